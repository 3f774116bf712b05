import type { Schema, SchemaProperty } from "@fedikit/vocab";

/** Where values of one expanded property go in the vocabulary's compact form. */
export interface PropertyTarget {
  /** The property's term (`content`, `orderedItems`, `pt:canReply`). */
  readonly term: string;
  /** The term of its language-map form (`contentMap`), when it has one. */
  readonly languageMap: string | undefined;
  /** Whether values are an ordered list (`@list`). */
  readonly list: boolean;
  /** Whether the property holds at most one value. */
  readonly functional: boolean;
}

/** IRI lookups into a schema for the compaction step. */
export interface VocabularyIndex {
  /**
   * The target of a property IRI; `list` picks the list-valued property when one IRI has two
   * (`as:items` is `items`, or `orderedItems` for an ordered list).
   */
  property(iri: string, list: boolean): PropertyTarget | undefined;
  /** The term of a type IRI (`Note`), or `undefined` for a type the schema does not know. */
  typeTerm(iri: string): string | undefined;
  /**
   * The target of the schema's property named exactly `term` (`sensitive`; not a language-map
   * form such as `contentMap`), for a term the sender's context leaves undefined.
   */
  propertyNamed(term: string): PropertyTarget | undefined;
  /** Whether the schema has a concrete type named exactly `term` (`Hashtag`), for the same use. */
  hasTypeNamed(term: string): boolean;
}

function target(property: SchemaProperty): PropertyTarget {
  return {
    term: property.term,
    languageMap: property.languageMap,
    list: property.container === "list",
    functional: property.functional,
  };
}

/** Indexes per schema; a schema is immutable, so its index is too (kept as long as the schema lives). */
const indexes = new WeakMap<Schema, VocabularyIndex>();

/** The index of a schema, built on first use. */
export function vocabularyIndex(schema: Schema): VocabularyIndex {
  let index = indexes.get(schema);
  if (index !== undefined) return index;
  const plain = new Map<string, PropertyTarget>();
  const lists = new Map<string, PropertyTarget>();
  for (const property of schema.properties) {
    const entry = target(property);
    for (const iri of [property.iri, ...property.aliases]) {
      const table = entry.list ? lists : plain;
      if (!table.has(iri)) table.set(iri, entry);
    }
  }
  const named = new Map<string, PropertyTarget>();
  for (const property of schema.properties) named.set(property.term, target(property));
  const types = new Map<string, string>();
  const typeNames = new Set<string>();
  for (const type of schema.types) {
    if (type.iri === undefined || type.abstract || type.typeProperty === "none") continue;
    typeNames.add(type.term);
    for (const iri of [type.iri, ...type.aliases]) if (!types.has(iri)) types.set(iri, type.term);
  }
  index = {
    property: (iri, list) => (list ? (lists.get(iri) ?? plain.get(iri)) : (plain.get(iri) ?? lists.get(iri))),
    typeTerm: (iri) => types.get(iri),
    propertyNamed: (term) => named.get(term),
    hasTypeNamed: (term) => typeNames.has(term),
  };
  indexes.set(schema, index);
  return index;
}
