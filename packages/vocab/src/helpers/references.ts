import { asArray, type OneOrMany } from "./values.js";

/** An IRI: the identifier of a node, given as a string. */
export type Iri = string;

/** A reference to a node: its IRI, or the node embedded. */
export type Ref<T> = Iri | T;

/**
 * The IRI a reference points to: the string itself, the `id` of an embedded object, or the
 * `href` of an embedded link without `id`. `undefined` for an embedded node without either.
 */
export function idOf(reference: unknown): Iri | undefined {
  if (typeof reference === "string") return reference;
  if (typeof reference !== "object" || reference === null || Array.isArray(reference)) return undefined;
  const { id, href } = reference as { id?: unknown; href?: unknown };
  if (typeof id === "string") return id;
  if (typeof href === "string") return href;
  return undefined;
}

/** The IRIs of one or many references, skipping embedded nodes without an identifier. */
export function idsOf(references: OneOrMany<unknown> | null | undefined): Iri[] {
  const ids: Iri[] = [];
  for (const reference of asArray(references)) {
    const id = idOf(reference);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}
