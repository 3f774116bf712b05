import { type Result, success } from "@fedikit/core";
import type { JsonLdError } from "../jsonld-error.js";
import { type NormalizedDocument, type NormalizeOptions, normalize } from "../normalize/normalize.js";
import type { NormalizeWarning } from "../normalize/normalize-warning.js";

/** A document in the vocabulary's compact form, with the `@context` its terms need. */
export type CompactDocument = NormalizedDocument["document"];

/**
 * What an RDF-based signature authenticates, in a form that reads only that: the signed document
 * through {@link normalize}, so a context that renames or swaps terms without changing the RDF
 * (which keeps the signature valid) cannot make it read differently from what was signed.
 */
export async function coveredDocument(
  unsignedDocument: object,
  options: NormalizeOptions,
): Promise<Result<CompactDocument, JsonLdError, NormalizeWarning>> {
  const normalized = await normalize(unsignedDocument, options);
  if (!normalized.ok) return normalized;
  return success(normalized.value.document, normalized.warnings);
}
