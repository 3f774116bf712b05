import { defaultSchema } from "./default-schema.js";
import { coreTypeTerms, duckType } from "./duck-typing.js";
import type { CoreType, Schema, SchemaType } from "./schema.js";

const duckTypedTargets: ReadonlySet<string> = /* @__PURE__ */ new Set(Object.values(coreTypeTerms));

/**
 * The type a node declares, resolved in the schema: its `type` (the first known one when it
 * lists several), by term, term alias, IRI or alias IRI. `undefined` for a node without a known
 * type and for anything that is not an object.
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
 * Classifies a node as one of the FEP-2277 core types by its shape alone (its `type` is not
 * looked at). `undefined` for anything that is not an object.
 */
export function coreTypeOf(value: unknown): CoreType | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return duckType(value as Record<string, unknown>);
}

/**
 * Whether a value is an object of the type with the given term or of one of its subtypes. A node
 * whose `type` the schema does not know (or that has none) is classified by FEP-2277 duck typing,
 * which can only establish the core types: `Object`, `Link`, `Activity`, `Actor`, `Collection`,
 * `CryptographicKey` and `Multikey`.
 */
export function isInstanceOf(value: unknown, term: string, schema: Schema = defaultSchema()): boolean {
  const target = schema.type(term);
  if (target === undefined || typeof value !== "object" || value === null || Array.isArray(value))
    return false;
  const declared = declaredType(value, schema);
  if (declared !== undefined) return declared.ancestors.has(target);
  if (!duckTypedTargets.has(target.term)) return false;
  const core = schema.type(coreTypeTerms[duckType(value as Record<string, unknown>)]);
  return core?.ancestors.has(target) === true;
}
