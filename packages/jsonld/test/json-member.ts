/** A JSON object as tests read and edit it. */
export type JsonRecord = Record<string, unknown>;

/**
 * The object under `key` in `document`, to read or edit in place (a nested object, a signature).
 * @throws Error when there is no object there (the test's assumption about the fixture is wrong).
 */
export function member(document: JsonRecord, key: string): JsonRecord {
  const value = document[key];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`expected an object under ${key}`);
  }
  return value as JsonRecord;
}

/** The array under `key` in `document`, to read or edit in place. */
export function list(document: JsonRecord, key: string): unknown[] {
  const value = document[key];
  if (!Array.isArray(value)) throw new Error(`expected an array under ${key}`);
  return value;
}
