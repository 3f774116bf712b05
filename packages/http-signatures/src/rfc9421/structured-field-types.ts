/** How a structured field is parsed (RFC 8941 / RFC 9651 top-level types). */
export type StructuredFieldType = "item" | "list" | "dictionary";

/**
 * Structured fields this package knows, for the `sf` and `key` component parameters. A Map, since
 * it is asked about names a sender chose (`constructor`, `__proto__` find nothing); never changed.
 * Others can be added through the `structuredFields` option.
 */
const KNOWN_STRUCTURED_FIELDS: ReadonlyMap<string, StructuredFieldType> = new Map([
  ["accept-signature", "dictionary"],
  ["cache-status", "list"],
  ["cdn-cache-control", "dictionary"],
  ["content-digest", "dictionary"],
  ["priority", "dictionary"],
  ["proxy-status", "list"],
  ["repr-digest", "dictionary"],
  ["signature", "dictionary"],
  ["signature-input", "dictionary"],
  ["want-content-digest", "dictionary"],
  ["want-repr-digest", "dictionary"],
]);

/**
 * The known structured fields plus the caller's `extra` ones (its own properties only, by
 * lower-case name).
 */
export function structuredFieldTypes(
  extra: Readonly<Record<string, StructuredFieldType>> | undefined,
): ReadonlyMap<string, StructuredFieldType> {
  if (extra === undefined) return KNOWN_STRUCTURED_FIELDS;
  const types = new Map(KNOWN_STRUCTURED_FIELDS);
  for (const [name, type] of Object.entries(extra)) types.set(name.toLowerCase(), type);
  return types;
}
