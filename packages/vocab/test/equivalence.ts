import { isPublicCollection, PUBLIC_COLLECTION } from "../src/index.js";

const addressing = new Set(["to", "cc", "bto", "bcc", "audience"]);

/**
 * A document in the form JSON-LD considers equal: `null` values removed (JSON-LD ignores
 * them) and the public collection written as its full IRI in addressing properties (all three
 * forms mean it).
 */
export function canonicalForm(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    return value.filter((item) => item !== null).map((item) => canonicalForm(item, key));
  }
  if (typeof value === "object" && value !== null) {
    const result: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) {
      if (item === null || item === undefined) continue;
      result[name] = canonicalForm(item, name);
    }
    return result;
  }
  if (key !== undefined && addressing.has(key) && isPublicCollection(value)) return PUBLIC_COLLECTION;
  return value;
}
