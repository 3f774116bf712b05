import { failure, type Result, success } from "@fedikit/core";
import { JsonLdError } from "../jsonld-error.js";

type Canonicalize = (value: unknown) => string | undefined;

let loading: Promise<Canonicalize> | undefined;

/**
 * The RFC 8785 implementation (`canonicalize`, by the RFC's authors), imported on first use: it
 * is published as an ES module only, which a dynamic import reaches from this package's CommonJS
 * build too, and importing this package stays free. The one module-level value: the import itself.
 */
function loadCanonicalize(): Promise<Canonicalize> {
  loading ??= import("canonicalize").then((module) => {
    const namespace = module as unknown as { default: Canonicalize };
    return namespace.default;
  });
  return loading;
}

/**
 * The JSON Canonicalization Scheme (RFC 8785) form of a parsed JSON value: members sorted by
 * their UTF-16 code units, numbers and strings as ECMAScript writes them. A value RFC 8785 cannot
 * represent (a string with a lone surrogate) fails with `malformed_document`. Recursive: callers
 * check the document's depth first.
 */
export async function jcs(value: unknown, what: string): Promise<Result<string, JsonLdError>> {
  const canonicalize = await loadCanonicalize();
  try {
    const text = canonicalize(value);
    if (text !== undefined) return success(text);
  } catch (error) {
    return failure(
      new JsonLdError(
        "malformed_document",
        `${what} cannot be canonicalized with JCS (RFC 8785): ${(error as Error).message}`,
        { cause: error },
      ),
    );
  }
  return failure(new JsonLdError("malformed_document", `${what} is not a JSON value.`));
}
