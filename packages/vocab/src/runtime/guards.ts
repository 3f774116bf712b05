import { defaultSchema } from "./default-schema.js";
import { type CoreType, coreTypeTerms, duckType } from "./duck-typing.js";
import type { Schema, SchemaType } from "./schema.js";

const duckTypedTargets: ReadonlySet<string> = /* @__PURE__ */ new Set(Object.values(coreTypeTerms));

/**
 * The first type a node declares that the schema knows, by term, term alias, IRI or alias IRI.
 * `undefined` for a node without a known type and for anything that is not an object. A node
 * that lists several types is an instance of each: see {@link declaredTypes}.
 */
export function declaredType(value: unknown, schema: Schema = defaultSchema()): SchemaType | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const declared = (value as { type?: unknown }).type;
  if (typeof declared === "string") return schema.typeOf(declared);
  if (Array.isArray(declared)) {
    for (const term of declared) {
      if (typeof term !== "string") continue;
      const type = schema.typeOf(term);
      if (type !== undefined) return type;
    }
  }
  return undefined;
}

/**
 * Every type a node declares that the schema knows, once each, in the order listed; empty for a
 * node without a known type and for anything that is not an object. These are the types the
 * guards count the node as, and the ones the parser checks its properties against.
 */
export function declaredTypes(value: unknown, schema: Schema = defaultSchema()): SchemaType[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const declared = (value as { type?: unknown }).type;
  const types: SchemaType[] = [];
  for (const term of Array.isArray(declared) ? declared : [declared]) {
    const type = typeof term === "string" ? schema.typeOf(term) : undefined;
    if (type !== undefined && !types.includes(type)) types.push(type);
  }
  return types;
}

/**
 * Classifies a node as one of the FEP-2277 core types by its shape alone (its `type` is not
 * looked at). `undefined` for anything that is not an object.
 */
export function coreTypeOf(value: unknown): CoreType | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return duckType(value as Record<string, unknown>);
}

/**
 * Whether a value is an object of the type with the given term or of one of its subtypes. A node
 * that lists several types is an instance of each (`["Hashtag", "Note"]` is a Note), and the
 * parsers check its properties against each. A node whose `type` the schema does not know (or
 * that has none) is classified by FEP-2277 duck typing, which can only establish the core types:
 * `Object`, `Link`, `Activity`, `Actor`, `Collection`, `CryptographicKey` and `Multikey`.
 */
export function isInstanceOf(value: unknown, term: string, schema: Schema = defaultSchema()): boolean {
  const target = schema.type(term);
  if (target === undefined || typeof value !== "object" || value === null || Array.isArray(value))
    return false;
  const declared = (value as { type?: unknown }).type;
  if (Array.isArray(declared)) {
    let known = false;
    for (const item of declared) {
      const type = typeof item === "string" ? schema.typeOf(item) : undefined;
      if (type?.ancestors.has(target)) return true;
      known ||= type !== undefined;
    }
    if (known) return false;
  } else if (typeof declared === "string") {
    const type = schema.typeOf(declared);
    if (type !== undefined) return type.ancestors.has(target);
  }
  if (!duckTypedTargets.has(target.term)) return false;
  const core = schema.type(coreTypeTerms[duckType(value as Record<string, unknown>)]);
  return core?.ancestors.has(target) === true;
}
