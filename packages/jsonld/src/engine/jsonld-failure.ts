import { JsonLdError } from "../jsonld-error.js";

/** JSON-LD error codes (jsonld.js `details.code`) that mean a context is wrong, not the data. */
const contextErrorCodes = new Set([
  "invalid local context",
  "invalid remote context",
  "invalid term definition",
  "keyword redefinition",
  "invalid IRI mapping",
  "invalid type mapping",
  "invalid container mapping",
  "invalid scoped context",
  "cyclic IRI mapping",
  "invalid context entry",
  "invalid context member",
  "invalid @version value",
  "invalid vocab mapping",
  "invalid default language",
  "invalid base IRI",
  "invalid base direction",
  "invalid reverse property",
  "invalid @propagate value",
  "invalid @import value",
  "invalid context nullification",
  "processing mode conflict",
  "recursive context inclusion",
  "context overflow",
  "loading remote context failed",
  "reserved term",
]);

/** How deep {@link ownError} looks into causes (jsonld.js wraps a loader's error once or twice). */
const maxCauseDepth = 8;

/** Our own error inside a jsonld.js error (a loader failure it wrapped), if there is one. */
export function ownError(error: unknown): JsonLdError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < maxCauseDepth && typeof current === "object" && current !== null; depth++) {
    if (current instanceof JsonLdError) return current;
    const details = (current as { details?: { cause?: unknown } }).details;
    current = details?.cause ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** What jsonld.js or rdf-canonize threw, as a {@link JsonLdError} with a specific code. */
export function jsonLdFailure(error: unknown): JsonLdError {
  const own = ownError(error);
  if (own !== undefined) return own;
  const details = (error as { details?: { code?: unknown } } | null)?.details;
  const jsonLdCode = typeof details?.code === "string" ? details.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (jsonLdCode === "protected term redefinition") {
    return new JsonLdError(
      "protected_term_redefinition",
      `A context redefines a protected term: ${message}`,
      { jsonLdCode, cause: error },
    );
  }
  if (jsonLdCode !== undefined && contextErrorCodes.has(jsonLdCode)) {
    return new JsonLdError("invalid_context", `The document's context is not valid JSON-LD: ${message}`, {
      jsonLdCode,
      cause: error,
    });
  }
  if (message.startsWith("Maximum deep iterations exceeded")) {
    return new JsonLdError(
      "work_limit_exceeded",
      "Canonicalizing the document needs more work than maxWorkFactor allows (a blank-node pattern built to be expensive); raise maxWorkFactor only for trusted documents",
      { cause: error },
    );
  }
  return new JsonLdError("malformed_document", `The document is not valid JSON-LD: ${message}`, {
    ...(jsonLdCode === undefined ? {} : { jsonLdCode }),
    cause: error,
  });
}
