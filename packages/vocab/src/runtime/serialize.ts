import { isPublicCollection, PUBLIC_COLLECTION } from "../helpers/public-collection.js";
import { contextFor, type JsonLdContext } from "./context.js";
import { defaultSchema } from "./default-schema.js";
import { VocabularyError } from "./errors.js";
import type { Schema } from "./schema.js";

/** Options of {@link serialize}. */
export interface SerializeOptions {
  /**
   * What to do with the root's `@context`: `"keep"` keeps the document's own and adds one only if
   * it has none; `"replace"` always computes it from the terms used.
   * @defaultValue `"keep"`
   */
  readonly context?: "keep" | "replace";
  /**
   * The schema that knows the document's terms.
   * @defaultValue {@link defaultSchema}()
   */
  readonly schema?: Schema;
}

const addressingProperties = new Set(["to", "cc", "bto", "bcc", "audience"]);
const maxDepth = 64;

/**
 * Turns a parsed or built document into canonical JSON: `@context` first, then `type` and `id`;
 * `null` and `undefined` values dropped (in JSON-LD, `null` means "no value"); the public
 * collection written as its full IRI in addressing properties; everything else, including
 * properties the schema does not know, kept as it is. The input is not modified.
 *
 * @throws {@link VocabularyError} (`too_deep`) when the value nests deeper than 64 levels or contains
 *   itself.
 */
export function serialize<T extends object>(
  document: T,
  options: SerializeOptions = {},
): T & { readonly "@context": JsonLdContext } {
  const schema = options.schema ?? defaultSchema();
  const body = copy(document, 0, undefined) as Record<string, unknown>;
  const own = (document as { "@context"?: unknown })["@context"];
  const context =
    options.context !== "replace" && own !== undefined && own !== null ? own : contextFor(body, schema);
  delete body["@context"];
  return { "@context": context, ...orderKeys(body) } as T & { readonly "@context": JsonLdContext };
}

/**
 * {@link serialize}, then `JSON.stringify`.
 *
 * @throws {@link VocabularyError} (`too_deep`) when the value nests deeper than 64 levels or contains
 *   itself.
 */
export function stringify(document: object, options?: SerializeOptions): string {
  return JSON.stringify(serialize(document, options));
}

function orderKeys(node: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  if ("type" in node) ordered.type = node.type;
  if ("id" in node) ordered.id = node.id;
  for (const [key, value] of Object.entries(node)) {
    if (key === "type" || key === "id") continue;
    defineField(ordered, key, value);
  }
  return ordered;
}

function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  // A plain assignment of `__proto__` would set the prototype instead of a property.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function copy(value: unknown, depth: number, parentKey: string | undefined): unknown {
  if (typeof value !== "object" || value === null) {
    if (parentKey !== undefined && addressingProperties.has(parentKey) && isPublicCollection(value)) {
      return PUBLIC_COLLECTION;
    }
    return value;
  }
  if (depth >= maxDepth) {
    const message = `Nesting exceeds ${maxDepth} levels, or the value contains itself.`;
    throw new VocabularyError("too_deep", message, {
      issues: [{ code: "too_deep", path: [], pointer: "", message }],
    });
  }
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value)
      if (item !== null && item !== undefined) items.push(copy(item, depth + 1, parentKey));
    return items;
  }
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null || item === undefined) continue;
    defineField(result, key, copy(item, depth + 1, key));
  }
  return depth === 0 ? result : orderKeys(result);
}
