import {
  type JsonLdContext,
  propertyContext,
  type Schema,
  type TermContext,
  type TermDefinition,
  typeContext,
} from "@fedikit/vocab";

/** The context every normalized document starts with (and all most documents need). */
const activityStreamsContext = "https://www.w3.org/ns/activitystreams";

/** What one term of the normalized document adds to its `@context`. */
export interface ContextEntry {
  /** The term (`sensitive`, `contentMap`, `Emoji`). */
  readonly term: string;
  /** Whether it is a property (or language-map) term or a type term. */
  readonly kind: "property" | "type";
  /** A context URL to name, or an inline definition with the prefixes it uses. */
  readonly context: TermContext;
}

/**
 * The `@context` of normalized documents for one schema: which entry each term adds, and the
 * context built from the entries of the terms a document uses. Both normalization paths build
 * it from the terms they emit, so they agree on it whatever order they emit terms in.
 */
export interface OutputContexts {
  /** The entry of a property or language-map term; `undefined` when it needs nothing beyond ActivityStreams (or is not a term). */
  property(term: string): ContextEntry | undefined;
  /** The entry of a type term; `undefined` when it needs nothing beyond ActivityStreams (or is not a term). */
  type(term: string): ContextEntry | undefined;
  /**
   * The `@context` for a document using the terms of `entries`: the ActivityStreams context
   * first, the other context URLs in schema order, then one object with the inline definitions
   * and their prefixes; the ActivityStreams URL alone when nothing else is needed. The same
   * as `contextFor` of `@fedikit/vocab`, and independent of the order of `entries`.
   */
  build(entries: Iterable<ContextEntry>): JsonLdContext;
}

/** Per schema; a schema is immutable, so its tables are too (kept as long as the schema lives). */
const tables = new WeakMap<Schema, OutputContexts>();

function needsMore(context: TermContext): boolean {
  if (context.kind === "url") return context.url !== activityStreamsContext;
  return context.definition !== undefined || Object.keys(context.prefixes).length > 0;
}

function byTerm(a: ContextEntry, b: ContextEntry): number {
  if (a.term !== b.term) return a.term < b.term ? -1 : 1;
  return a.kind === b.kind ? 0 : a.kind === "property" ? -1 : 1;
}

function copyDefinition(definition: TermDefinition): TermDefinition {
  return typeof definition === "string" ? definition : { ...definition };
}

/** The output-context tables of a schema, built on first use. */
export function outputContexts(schema: Schema): OutputContexts {
  let found = tables.get(schema);
  if (found !== undefined) return found;
  const properties = new Map<string, ContextEntry>();
  for (const property of schema.properties) {
    for (const term of [property.term, property.languageMap]) {
      if (term === undefined) continue;
      const context = propertyContext(property, term, schema);
      if (needsMore(context)) properties.set(term, { term, kind: "property", context });
    }
  }
  const types = new Map<string, ContextEntry>();
  for (const type of schema.types) {
    const context = typeContext(type, schema);
    if (needsMore(context)) types.set(type.term, { term: type.term, kind: "type", context });
  }
  const ranks = new Map<string, number>();
  schema.vocabularies.forEach((vocabulary, rank) => {
    const urls: unknown[] = [vocabulary.contextUrl];
    for (const definition of [...Object.values(vocabulary.types), ...Object.values(vocabulary.properties)]) {
      urls.push(definition.contextUrl);
    }
    for (const url of urls) if (typeof url === "string" && !ranks.has(url)) ranks.set(url, rank);
  });
  const rankOf = (url: string): number =>
    url === activityStreamsContext ? -1 : (ranks.get(url) ?? schema.vocabularies.length);
  found = {
    property: (term) => properties.get(term),
    type: (term) => types.get(term),
    build(entries) {
      const sorted = [...entries].sort(byTerm);
      if (sorted.length === 0) return activityStreamsContext;
      const urls = new Set<string>([activityStreamsContext]);
      const prefixes: Record<string, string> = {};
      const inline: Record<string, TermDefinition> = {};
      for (const { term, context } of sorted) {
        if (context.kind === "url") {
          urls.add(context.url);
          continue;
        }
        Object.assign(prefixes, context.prefixes);
        if (context.definition !== undefined) inline[term] = copyDefinition(context.definition);
      }
      const ordered = [...urls].sort((a, b) => rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0));
      const definitions = { ...prefixes, ...inline };
      if (Object.keys(definitions).length === 0)
        return ordered.length === 1 ? activityStreamsContext : ordered;
      return [...ordered, definitions];
    },
  };
  tables.set(schema, found);
  return found;
}
