import { BoundedMap } from "@fedikit/core";
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
  /** Numbers the entry (from 1) for cache keys. */
  readonly id: number;
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
  build(entries: readonly ContextEntry[]): JsonLdContext;
}

/**
 * Contexts built per schema, by the entries they were built from: the documents of one sender
 * use the same terms again and again. Evicted oldest first past the bound.
 */
const maxBuiltContexts = 256;

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

/** A context built for a list of entries. */
interface Built {
  readonly entries: readonly ContextEntry[];
  readonly context: JsonLdContext;
}

function sameEntries(a: readonly ContextEntry[], b: readonly ContextEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** A fresh copy of a built context, so that no two documents share one. */
function copyContext(context: JsonLdContext): JsonLdContext {
  if (typeof context === "string") return context;
  return (context as readonly unknown[]).map((item) => {
    if (typeof item === "string") return item;
    const copy: Record<string, unknown> = {};
    for (const [term, definition] of Object.entries(item as Record<string, unknown>)) {
      copy[term] = typeof definition === "object" && definition !== null ? { ...definition } : definition;
    }
    return copy;
  }) as JsonLdContext;
}

/** The output-context tables of a schema, built on first use. */
export function outputContexts(schema: Schema): OutputContexts {
  let found = tables.get(schema);
  if (found !== undefined) return found;
  let ids = 0;
  const properties = new Map<string, ContextEntry>();
  for (const property of schema.properties) {
    for (const term of [property.term, property.languageMap]) {
      if (term === undefined) continue;
      const context = propertyContext(property, term, schema);
      if (needsMore(context)) properties.set(term, { term, kind: "property", context, id: ++ids });
    }
  }
  const types = new Map<string, ContextEntry>();
  for (const type of schema.types) {
    const context = typeContext(type, schema);
    if (needsMore(context)) {
      types.set(type.term, { term: type.term, kind: "type", context, id: ++ids });
    }
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
  const construct = (entries: readonly ContextEntry[]): JsonLdContext => {
    const urls = new Set<string>([activityStreamsContext]);
    const prefixes: Record<string, string> = {};
    const inline: Record<string, TermDefinition> = {};
    for (const { term, context } of [...entries].sort(byTerm)) {
      if (context.kind === "url") {
        urls.add(context.url);
        continue;
      }
      Object.assign(prefixes, context.prefixes);
      if (context.definition !== undefined) inline[term] = context.definition;
    }
    const ordered = [...urls].sort((a, b) => rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0));
    const definitions = { ...prefixes, ...inline };
    if (Object.keys(definitions).length === 0) return ordered.length === 1 ? activityStreamsContext : ordered;
    return [...ordered, definitions];
  };
  const built = new BoundedMap<number, Built>(maxBuiltContexts);
  found = {
    property: (term) => properties.get(term),
    type: (term) => types.get(term),
    build(entries) {
      if (entries.length === 0) return activityStreamsContext;
      let signature = entries.length;
      for (const entry of entries) signature = (Math.imul(signature, 31) + entry.id) | 0;
      let found = built.peek(signature);
      if (found === undefined || !sameEntries(found.entries, entries)) {
        found = { entries: [...entries], context: construct(entries) };
        built.set(signature, found);
      }
      return copyContext(found.context);
    },
  };
  tables.set(schema, found);
  return found;
}
