import type { AnyLink, AnyObject } from "./generated/types.generated.js";
import type { ParseResult } from "./runtime/errors.js";
import { type ParseOptions, parseAs, parseJsonAs } from "./runtime/parse.js";

/**
 * Validates any document in compact JSON: its root may be of any type (an untyped root is
 * classified by FEP-2277 duck typing). Never throws for the document; see {@link parseAs}.
 *
 * @param json - the document, already parsed from JSON (normalized to compact form)
 * @param options - bounds and strictness
 */
export function parse(json: unknown, options?: ParseOptions): ParseResult<AnyObject | AnyLink> {
  return parseAs(undefined, json, options);
}

/**
 * Parses JSON text and validates it like {@link parse}. Never throws for the text: text that is
 * not JSON gives an `invalid_json` issue.
 *
 * @param text - the JSON text of the document
 * @param options - bounds and strictness
 */
export function parseJson(text: string, options?: ParseOptions): ParseResult<AnyObject | AnyLink> {
  return parseJsonAs(undefined, text, options);
}
