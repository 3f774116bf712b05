import { BoundedMap } from "@fedikit/core";
import type { Schema } from "@fedikit/vocab";
import { bundledContextUrl } from "../contexts/bundled-contexts.js";
import type { ContextLoader } from "../loader/context-loader.js";
import {
  type ContextSnapshot,
  contextFingerprint,
  matchesSnapshot,
  takeSnapshot,
} from "./context-snapshot.js";
import { Bail, type FastContext, fastContext } from "./fast-context.js";
import { expandVocabIri } from "./fast-expand.js";
import { isAbsoluteIri } from "./iri.js";
import { type ContextEntry, type OutputContexts, outputContexts } from "./output-context.js";
import { type PropertyTarget, type VocabularyIndex, vocabularyIndex } from "./vocabulary-index.js";

/** What a key of a node means: `id`, `type`, a property, or something only the other paths read. */
export const keyIsId = 1;
export const keyIsType = 2;
export const keyIsProperty = 3;
export const keyNeedsOtherPath = 0;

/** How the direct path reads one key of a node, worked out once per context and key. */
export interface KeyEntry {
  readonly kind: typeof keyIsId | typeof keyIsType | typeof keyIsProperty | typeof keyNeedsOtherPath;
  /** The property IRI the key expands to. */
  readonly iri: string;
  /** `"@id"` or a datatype IRI the sender's term coerces values to. */
  readonly coercion: string | undefined;
  /** The sender's container for the term. */
  readonly container: "@list" | "@language" | "@set" | undefined;
  /** The term's name when the sender's context leaves it undefined (`iri` is `_:name`). */
  readonly undefinedName: string | undefined;
  /**
   * Where values go in the vocabulary: the schema's property for `iri` (for an undefined
   * term, the schema's property of the same name); `undefined` for a property the schema does
   * not know, which stays under `iri`.
   */
  readonly target: PropertyTarget | undefined;
  /** The output key: the target's term (its list or language-map form when the container says so), or `iri`. */
  readonly outKey: string;
  /** What the output key adds to the output `@context`. */
  readonly contextEntry: ContextEntry | undefined;
}

/** How the direct path reads one type name. */
export interface TypeEntry {
  /** `false` when only the other paths read the name (a keyword, a relative IRI). */
  readonly ok: boolean;
  /** The type's name when the sender's context leaves it undefined. */
  readonly undefinedName: string | undefined;
  /** The output name: the vocabulary's term, or the IRI. */
  readonly out: string;
  /** What the output name adds to the output `@context`. */
  readonly contextEntry: ContextEntry | undefined;
}

/** Everything the direct path needs to read documents with one `@context` value. */
export interface ContextTable {
  readonly context: FastContext;
  /** Objects and arrays in the `@context` value, and their levels, for the work limits. */
  readonly contextNodes: number;
  readonly contextDepth: number;
  readonly index: VocabularyIndex;
  readonly contexts: OutputContexts;
  readonly keys: Map<string, KeyEntry>;
  readonly types: Map<string, TypeEntry>;
}

/** Keys outside the context's own terms (compact IRIs, undefined terms) remembered per table. */
const maxExtraKeys = 256;
/**
 * Context values remembered per schema (a table is some tens of KB), and variants per
 * fingerprint. Senders' contexts vary by software, version and object type, not by instance
 * (bundled context URLs are compared as the contexts they name), so this covers a busy server.
 */
const maxTables = 128;
const maxVariants = 4;

/**
 * A context value seen before, and its table; `null` for a value the direct path cannot read,
 * remembered so that the sender's next document skips it fast.
 */
interface Remembered {
  readonly snapshot: ContextSnapshot;
  readonly table: ContextTable | null;
}

/** Per schema: fingerprint → the context values that have it. */
const cache = new WeakMap<Schema, BoundedMap<string, Remembered[]>>();

function canonicalUrl(url: string): string {
  return bundledContextUrl(url) ?? url;
}

/** Whether every context URL of the value is a bundled context for `loader` (only those mean the same for every loader). */
function onlyBundled(context: unknown, loader: ContextLoader): boolean {
  if (typeof context === "string") return loader.local(context)?.source === "bundled";
  if (!Array.isArray(context)) return true;
  for (const item of context) {
    if (typeof item === "string" && loader.local(item)?.source !== "bundled") return false;
  }
  return true;
}

/**
 * The table for a document's `@context` value (read after `initial`, the ActivityStreams
 * context), or `undefined` when the direct path cannot read documents with it: a context that is
 * not bundled, a definition outside the fast subset, a value too big to remember. Tables are
 * kept per schema (at most 128 fingerprints, 4 context values each), so a sender's next document
 * costs a comparison with the remembered value, not a context processing.
 */
export function contextTable(
  context: unknown,
  loader: ContextLoader,
  schema: Schema,
  initial: string,
): ContextTable | undefined {
  const fingerprint = contextFingerprint(context, canonicalUrl);
  if (fingerprint === undefined || !onlyBundled(context, loader)) return undefined;
  let tables = cache.get(schema);
  if (tables === undefined) {
    tables = new BoundedMap(maxTables);
    cache.set(schema, tables);
  }
  const variants = tables.get(fingerprint);
  if (variants !== undefined) {
    for (const { snapshot, table } of variants) {
      if (matchesSnapshot(context, snapshot, canonicalUrl)) return table ?? undefined;
    }
  }
  const snapshot = takeSnapshot(context, canonicalUrl);
  if (snapshot === undefined) return undefined;
  let table: ContextTable | null;
  try {
    table = {
      context: fastContext(context, loader, initial),
      contextNodes: snapshot.nodes,
      contextDepth: snapshot.depth,
      index: vocabularyIndex(schema),
      contexts: outputContexts(schema),
      keys: new Map(),
      types: new Map(),
    };
  } catch (error) {
    if (!(error instanceof Bail)) throw error;
    table = null;
  }
  const list = variants ?? [];
  if (list.length >= maxVariants) list.shift();
  list.push({ snapshot, table });
  tables.set(fingerprint, list);
  return table ?? undefined;
}

const needsOtherPath: KeyEntry = Object.freeze({
  kind: keyNeedsOtherPath,
  iri: "",
  coercion: undefined,
  container: undefined,
  undefinedName: undefined,
  target: undefined,
  outKey: "",
  contextEntry: undefined,
});

function remember<V>(map: Map<string, V>, key: string, value: V, term: boolean): V {
  // A context's own terms are a fixed set; other keys come from documents, so only a few stay.
  if (term || map.size < maxExtraKeys) map.set(key, value);
  return value;
}

/** How the direct path reads `key` under the table's context. */
export function keyEntry(table: ContextTable, key: string): KeyEntry {
  const known = table.keys.get(key);
  if (known !== undefined) return known;
  const term = table.context.terms.get(key);
  return remember(table.keys, key, computeKeyEntry(table, key), term !== undefined);
}

function computeKeyEntry(table: ContextTable, key: string): KeyEntry {
  if (key === "@id") return { ...needsOtherPath, kind: keyIsId };
  if (key === "@type") return { ...needsOtherPath, kind: keyIsType };
  if (key.startsWith("@") || key === "__proto__") return needsOtherPath;
  let iri: string;
  try {
    iri = expandVocabIri(key, table.context);
  } catch (error) {
    if (error instanceof Bail) return needsOtherPath;
    throw error;
  }
  if (iri === "@id") return { ...needsOtherPath, kind: keyIsId };
  if (iri === "@type") return { ...needsOtherPath, kind: keyIsType };
  if (iri.startsWith("@")) return needsOtherPath;
  const term = table.context.terms.get(key);
  const coercion = term?.type;
  const container = term?.container;
  const undefinedName = iri.startsWith("_:") ? iri.slice(2) : undefined;
  const { index, contexts } = table;
  let target: PropertyTarget | undefined;
  let listTarget: PropertyTarget | undefined;
  if (undefinedName !== undefined) {
    target = index.propertyNamed(undefinedName);
    listTarget = target;
  } else {
    target = index.property(iri, false);
    listTarget = index.property(iri, true) ?? target;
  }
  let outKey = iri;
  if (target !== undefined) {
    if (container === "@list") outKey = (listTarget as PropertyTarget).term;
    else if (container === "@language") outKey = target.languageMap ?? "";
    else outKey = target.term;
  }
  return {
    kind: keyIsProperty,
    iri,
    coercion,
    container,
    undefinedName,
    target: container === "@list" ? listTarget : target,
    outKey,
    contextEntry: target === undefined ? undefined : contexts.property(outKey),
  };
}

const typeNeedsOtherPath: TypeEntry = Object.freeze({
  ok: false,
  undefinedName: undefined,
  out: "",
  contextEntry: undefined,
});

/** How the direct path reads the type name `name` under the table's context. */
export function typeEntry(table: ContextTable, name: string): TypeEntry {
  const known = table.types.get(name);
  if (known !== undefined) return known;
  const term = table.context.terms.get(name);
  return remember(table.types, name, computeTypeEntry(table, name), term !== undefined);
}

function computeTypeEntry(table: ContextTable, name: string): TypeEntry {
  if (name.startsWith("@") || name === "__proto__") return typeNeedsOtherPath;
  let iri: string;
  try {
    iri = expandVocabIri(name, table.context);
  } catch (error) {
    if (error instanceof Bail) return typeNeedsOtherPath;
    throw error;
  }
  if (!isAbsoluteIri(iri)) return typeNeedsOtherPath;
  if (iri.startsWith("_:")) {
    const undefinedName = iri.slice(2);
    const known = table.index.hasTypeNamed(undefinedName);
    return {
      ok: true,
      undefinedName,
      out: undefinedName,
      contextEntry: known ? table.contexts.type(undefinedName) : undefined,
    };
  }
  const term = table.index.typeTerm(iri);
  return {
    ok: true,
    undefinedName: undefined,
    out: term ?? iri,
    contextEntry: term === undefined ? undefined : table.contexts.type(term),
  };
}
