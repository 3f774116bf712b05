import { defaultSchema } from "./default-schema.js";
import { isAbsoluteIriTerm, type Schema, type SchemaProperty, type SchemaType } from "./schema.js";

/** A JSON-LD term definition, as it appears inside an inline `@context` object. */
export type TermDefinition =
  | string
  | { readonly "@id": string; readonly "@type"?: "@id"; readonly "@container"?: "@list" | "@language" };

/** How a term is declared in `@context`: by a published context document, or inline. */
export type TermContext =
  | { readonly kind: "url"; readonly url: string }
  | {
      readonly kind: "inline";
      /** The definition of the term itself; absent for a compact-IRI term such as `vcard:bday`. */
      readonly definition: TermDefinition | undefined;
      /** Prefixes the definition uses, with their namespace IRIs. */
      readonly prefixes: Readonly<Record<string, string>>;
    };

/** A JSON-LD `@context` value. */
export type JsonLdContext =
  | string
  | Readonly<Record<string, unknown>>
  | readonly (string | Readonly<Record<string, unknown>>)[];

const activityStreamsContext = "https://www.w3.org/ns/activitystreams";

function compactIri(iri: string, schema: Schema): { id: string; prefixes: Record<string, string> } {
  for (const vocabulary of schema.vocabularies) {
    if (iri.startsWith(vocabulary.namespace) && iri.length > vocabulary.namespace.length) {
      const local = iri.slice(vocabulary.namespace.length);
      if (local.includes("/") || local.includes("#")) continue;
      // `as:` comes from the ActivityStreams context, which every document includes.
      const prefixes: Record<string, string> =
        vocabulary.prefix === "as" ? {} : { [vocabulary.prefix]: vocabulary.namespace };
      return { id: `${vocabulary.prefix}:${local}`, prefixes };
    }
  }
  return { id: iri, prefixes: {} };
}

function prefixOfCompactTerm(term: string, iri: string): Record<string, string> {
  const colon = term.indexOf(":");
  const local = term.slice(colon + 1);
  const prefix = term.slice(0, colon);
  if (prefix === "as" || !iri.endsWith(local)) return {};
  return { [prefix]: iri.slice(0, iri.length - local.length) };
}

/** How to declare a property's term (or its language-map term) in `@context`. */
export function propertyContext(
  property: SchemaProperty,
  term: string,
  schema: Schema = defaultSchema(),
): TermContext {
  if (property.contextUrl !== null) return { kind: "url", url: property.contextUrl };
  // An absolute IRI needs no definition.
  if (isAbsoluteIriTerm(term)) return { kind: "inline", definition: undefined, prefixes: {} };
  if (term.includes(":")) {
    return { kind: "inline", definition: undefined, prefixes: prefixOfCompactTerm(term, property.iri) };
  }
  const { id, prefixes } = compactIri(property.iri, schema);
  const byReference =
    property.typeRange.length > 0 && property.literalRange.every((range) => range === "iri");
  const isMap = term !== property.term;
  let definition: TermDefinition = id;
  if (isMap) definition = { "@id": id, "@container": "@language" };
  else if (property.container === "list") {
    definition = byReference
      ? { "@id": id, "@type": "@id", "@container": "@list" }
      : { "@id": id, "@container": "@list" };
  } else if (byReference) definition = { "@id": id, "@type": "@id" };
  return { kind: "inline", definition, prefixes };
}

/** How to declare a type's term in `@context`. */
export function typeContext(type: SchemaType, schema: Schema = defaultSchema()): TermContext {
  if (type.contextUrl !== null) return { kind: "url", url: type.contextUrl };
  if (type.iri === undefined || isAbsoluteIriTerm(type.term)) {
    return { kind: "inline", definition: undefined, prefixes: {} };
  }
  if (type.term.includes(":")) {
    return { kind: "inline", definition: undefined, prefixes: prefixOfCompactTerm(type.term, type.iri) };
  }
  const { id, prefixes } = compactIri(type.iri, schema);
  return { kind: "inline", definition: id, prefixes };
}

/**
 * The `@context` a document needs for the terms it uses, anywhere in it: the ActivityStreams
 * context first, then the published contexts of the other vocabularies it uses (in schema
 * order), then one object with inline definitions of the remaining terms. Terms the schema does
 * not know are left out.
 */
export function contextFor(document: unknown, schema: Schema = defaultSchema()): JsonLdContext {
  const urls = new Set<string>([activityStreamsContext]);
  const inline: Record<string, unknown> = {};
  const prefixes: Record<string, string> = {};
  const add = (term: string, context: TermContext): void => {
    if (context.kind === "url") {
      urls.add(context.url);
      return;
    }
    Object.assign(prefixes, context.prefixes);
    if (context.definition !== undefined) inline[term] = context.definition;
  };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 64 || typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (key === "@context" || key === "id") continue;
      if (key === "type") {
        for (const term of Array.isArray(item) ? item : [item]) {
          const type = typeof term === "string" ? schema.typeOf(term) : undefined;
          if (type !== undefined && type.term === term) add(term, typeContext(type, schema));
        }
        continue;
      }
      const property = schema.property(key);
      if (property !== undefined) add(key, propertyContext(property, key, schema));
      visit(item, depth + 1);
    }
  };
  visit(document, 0);
  const ordered = [...urls].sort((a, b) => contextRank(a, schema) - contextRank(b, schema));
  const definitions = { ...prefixes, ...inline };
  if (Object.keys(definitions).length === 0) return ordered.length === 1 ? activityStreamsContext : ordered;
  return [...ordered, definitions];
}

function contextRank(url: string, schema: Schema): number {
  if (url === activityStreamsContext) return -1;
  let rank = 0;
  for (const vocabulary of schema.vocabularies) {
    if (vocabulary.contextUrl === url) return rank;
    for (const definition of [...Object.values(vocabulary.types), ...Object.values(vocabulary.properties)]) {
      if (definition.contextUrl === url) return rank;
    }
    rank++;
  }
  return rank;
}
