/** How a structured field is parsed (RFC 8941 / RFC 9651 top-level types). */
export type StructuredFieldType = "item" | "list" | "dictionary";

/**
 * Structured fields this package knows, for the `sf` and `key` component parameters. Others
 * can be added through the `structuredFields` option.
 */
export const KNOWN_STRUCTURED_FIELDS: Readonly<Record<string, StructuredFieldType>> = {
  "accept-signature": "dictionary",
  "cache-status": "list",
  "cdn-cache-control": "dictionary",
  "content-digest": "dictionary",
  priority: "dictionary",
  "proxy-status": "list",
  "repr-digest": "dictionary",
  signature: "dictionary",
  "signature-input": "dictionary",
  "want-content-digest": "dictionary",
  "want-repr-digest": "dictionary",
};
