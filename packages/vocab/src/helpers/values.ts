/** A value that may be given once or as an array, as JSON-LD allows for any non-functional property. */
export type OneOrMany<T> = T | readonly T[];

/**
 * The values of a property as an array: `[]` for a missing or `null` value, the array itself
 * for an array (without `null` entries), and a one-element array otherwise.
 */
export function asArray<T>(value: OneOrMany<T> | null | undefined): readonly T[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value))
    return (value as readonly (T | null)[]).filter((item): item is T => item !== null);
  return [value as T];
}

/** The first value of a property, or `undefined` when it has none. */
export function firstValue<T>(value: OneOrMany<T> | null | undefined): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return (value as readonly (T | null)[]).find((item): item is T => item !== null);
  return value as T;
}

/** Any JSON value. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };
