/**
 * The value of `record[key]` when `key` is the record's own property, else `undefined`. Use it
 * whenever the key comes from outside (a header name, a JSON key, a term): a plain lookup of
 * `constructor` or `__proto__` finds `Object.prototype`'s members instead.
 */
export function getOwn<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
