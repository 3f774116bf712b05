import { failure, type Result } from "@fedikit/core";
import { type CanonizeOptions, canonize } from "../canonize/canonize.js";
import { JsonLdError, quote } from "../jsonld-error.js";

/** What jsonld.js's safe mode reports when it would drop part of a document. */
interface SafeModeEvent {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The safe-mode event behind a canonicalization failure, if that is what it was. */
function safeModeEvent(error: JsonLdError): SafeModeEvent | undefined {
  const cause = error.cause as { name?: unknown; details?: { event?: SafeModeEvent } } | undefined;
  return cause?.name === "jsonld.ValidationError" ? cause.details?.event : undefined;
}

/** The first string among an event's details (the property, IRI or id it is about), shortened. */
function subject(event: SafeModeEvent): string {
  for (const value of Object.values(event.details ?? {})) {
    if (typeof value === "string") return ` (${quote(value)})`;
  }
  return "";
}

/**
 * RDFC-1.0 N-Quads of `document`, computed only when canonicalization drops nothing: a document
 * whose JSON says more than its signature covers (a term its context does not define, a relative
 * IRI, an empty or free-floating value) fails with `uncovered_content`, so that nobody reads a
 * property the signer never signed. The N-Quads are the same as without the check.
 *
 * @param what - what is being canonicalized, for the message ("the document", "the signature options").
 */
export async function coveredCanonicalForm(
  document: object,
  what: string,
  options: Omit<CanonizeOptions, "strict">,
): Promise<Result<string, JsonLdError>> {
  const result = await canonize(document, { ...options, strict: true });
  if (result.ok) return result;
  const event = safeModeEvent(result.error);
  if (event === undefined) return result;
  return failure(
    new JsonLdError(
      "uncovered_content",
      `Part of ${what} would not be covered by its signature: ${String(event.code)}${subject(event)}. ${String(event.message)} A signature covers only what RDF canonicalization keeps, so such a document is refused rather than read with unsigned data in it.`,
      { cause: result.error },
    ),
  );
}
