import { BoundedMap } from "@fedikit/core";
import type { Schema } from "@fedikit/vocab";
import { bundledContextId, bundledContextUrl } from "../contexts/bundled-contexts.js";
import { createBundledContextLoader } from "../loader/bundled-context-loader.js";
import type { ContextLoader } from "../loader/context-loader.js";
import { type ContextSnapshot, contextSignature, matchesSnapshot, takeSnapshot } from "./context-snapshot.js";
import { Bail, type FastContext, type FastTerm, fastContext } from "./fast-context.js";
import { expandVocabIri } from "./fast-expand.js";
import { isAbsoluteIri } from "./iri.js";
import { pointerSegment } from "./normalize-warning.js";
import { type ContextEntry, type OutputContexts, outputContexts } from "./output-context.js";
import {
  undefinedTermAssumed,
  undefinedTermDropped,
  undefinedTypeAssumed,
  undefinedTypeDropped,
} from "./undefined-terms.js";
import { type PropertyTarget, type VocabularyIndex, vocabularyIndex } from "./vocabulary-index.js";

/** What a key of a node means: `id`, `type`, a property, or something only the other paths read. */
export const keyIsId = 1;
export const keyIsType = 2;
export const keyIsProperty = 3;
export const keyNeedsOtherPath = 0;

/** How the values of a property are read. */
export const readPlain = 1;
/** An `@list` container: the items, in order. */
export const readList = 2;
/** An `@language` container: a map from language tags to text. */
export const readLanguageMap = 3;
/** Text under the context's default language, which goes into the property's language map. */
export const readDefaultLanguage = 4;
/** A property the schema does not know, kept under its IRI with values that keep their meaning. */
export const readUnknown = 5;
/** The same, with an `@list` container. */
export const readUnknownList = 6;
/** Only the other paths read it (an `@language` container without a language map …). */
export const readOther = 0;

/** How the direct path reads one key of a node, worked out once per context and key. */
export interface KeyEntry {
  readonly kind: typeof keyIsId | typeof keyIsType | typeof keyIsProperty | typeof keyNeedsOtherPath;
  /** How values are read (for an undefined term: when it is kept). */
  readonly mode: number;
  /** How values are read when they are dropped (they are read all the same, and discarded). */
  readonly dropMode: number;
  /** The property IRI the key expands to. */
  readonly iri: string;
  /** `"@id"` or a datatype IRI the sender's term coerces values to. */
  readonly coercion: string | undefined;
  /** The term's name when the sender's context leaves it undefined (`iri` is `_:name`). */
  readonly undefinedName: string | undefined;
  /**
   * Where values go in the vocabulary: the schema's property for `iri` (its list form for an
   * `@list` container; for an undefined term, the schema's property of the same name);
   * `undefined` for a property the schema does not know, which stays under `iri`.
   */
  readonly target: PropertyTarget | undefined;
  /** The output key: the target's term (its list or language-map form as the values need), or `iri`. */
  readonly outKey: string;
  /** `outKey` as a JSON Pointer segment. */
  readonly segment: string;
  /** What the output key adds to the output `@context`. */
  readonly contextEntry: ContextEntry | undefined;
  /** For an undefined term: the warning for dropping it. */
  readonly droppedMessage: string;
  /** For an undefined term the vocabulary knows: the warning for reading it as the vocabulary's. */
  readonly assumedMessage: string;
}

/** How the direct path reads one type name. */
export interface TypeEntry {
  /** `false` when only the other paths read the name (a keyword, a relative IRI). */
  readonly ok: boolean;
  /** The type's name when the sender's context leaves it undefined. */
  readonly undefinedName: string | undefined;
  /** For an undefined name: whether the vocabulary has a type of that name. */
  readonly known: boolean;
  /** For an undefined name: the warning for dropping it. */
  readonly droppedMessage: string;
  /** For an undefined name: the warning for reading it as the vocabulary's type. */
  readonly assumedMessage: string;
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

/** The undetermined language (BCP 47 `und`): text tagged with it has no language to map. */
const undetermined = "und";
/** Keys outside the context's own terms (compact IRIs, undefined terms) remembered per table. */
const maxExtraKeys = 256;
/**
 * Context values remembered per schema (a table is some tens of KB), and variants per
 * signature. Senders' contexts vary by software, version and object type, not by instance
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

/** Per schema: signature → the context values that have it. */
const cache = new WeakMap<Schema, BoundedMap<number, Remembered[]>>();

const bundledOnly = createBundledContextLoader();

function canonicalUrl(url: string): string {
  return bundledContextUrl(url) ?? url;
}

/** Whether every context URL of the value is a bundled context for `loader` (only those mean the same for every loader). */
function onlyBundled(context: unknown, loader: ContextLoader): boolean {
  // The default loader serves bundled contexts and nothing else: a table exists only for them.
  if (loader === bundledOnly) return true;
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
 * kept per schema (at most 128 signatures, 4 context values each), so a sender's next document
 * costs a comparison with the remembered value, not a context processing.
 */
export function contextTable(
  context: unknown,
  loader: ContextLoader,
  schema: Schema,
  initial: string,
): ContextTable | undefined {
  const signature = contextSignature(context, bundledContextId);
  if (signature === undefined || !onlyBundled(context, loader)) return undefined;
  let tables = cache.get(schema);
  if (tables === undefined) {
    tables = new BoundedMap(maxTables);
    cache.set(schema, tables);
  }
  // peek, not get: refreshing recency on every document costs more than it saves here.
  const variants = tables.peek(signature);
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
  tables.set(signature, list);
  return table ?? undefined;
}

const needsOtherPath: KeyEntry = Object.freeze({
  kind: keyNeedsOtherPath,
  mode: readOther,
  dropMode: readOther,
  iri: "",
  coercion: undefined,
  undefinedName: undefined,
  target: undefined,
  outKey: "",
  segment: "",
  contextEntry: undefined,
  droppedMessage: "",
  assumedMessage: "",
});
const isId: KeyEntry = Object.freeze({ ...needsOtherPath, kind: keyIsId, outKey: "id", segment: "id" });
const isType: KeyEntry = Object.freeze({
  ...needsOtherPath,
  kind: keyIsType,
  outKey: "type",
  segment: "type",
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

function unknownMode(container: FastTerm["container"]): number {
  if (container === "@list") return readUnknownList;
  return container === "@language" ? readOther : readUnknown;
}

function computeKeyEntry(table: ContextTable, key: string): KeyEntry {
  if (key === "@id") return isId;
  if (key === "@type") return isType;
  if (key.startsWith("@") || key === "__proto__") return needsOtherPath;
  let iri: string;
  try {
    iri = expandVocabIri(key, table.context);
  } catch (error) {
    if (error instanceof Bail) return needsOtherPath;
    throw error;
  }
  if (iri === "@id") return isId;
  if (iri === "@type") return isType;
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
  let mode = unknownMode(container);
  let outKey = iri;
  if (target !== undefined) {
    const language = table.context.language;
    if (container === "@list") {
      mode = readList;
      target = listTarget as PropertyTarget;
      outKey = target.term;
    } else if (container === "@language") {
      mode = target.languageMap === undefined ? readOther : readLanguageMap;
      outKey = target.languageMap ?? "";
    } else if (
      coercion === undefined &&
      language !== undefined &&
      language !== undetermined &&
      target.languageMap !== undefined
    ) {
      mode = readDefaultLanguage;
      outKey = target.languageMap;
    } else {
      mode = readPlain;
      outKey = target.term;
    }
  }
  return {
    kind: keyIsProperty,
    mode,
    dropMode: unknownMode(container),
    iri,
    coercion,
    undefinedName,
    target,
    outKey,
    segment: pointerSegment(outKey),
    contextEntry: target === undefined ? undefined : contexts.property(outKey),
    droppedMessage: undefinedName === undefined ? "" : undefinedTermDropped(undefinedName),
    assumedMessage:
      undefinedName === undefined || target === undefined
        ? ""
        : undefinedTermAssumed(undefinedName, target.term),
  };
}

const typeNeedsOtherPath: TypeEntry = Object.freeze({
  ok: false,
  undefinedName: undefined,
  known: false,
  droppedMessage: "",
  assumedMessage: "",
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
      known,
      droppedMessage: undefinedTypeDropped(undefinedName),
      assumedMessage: undefinedTypeAssumed(undefinedName),
      out: undefinedName,
      contextEntry: known ? table.contexts.type(undefinedName) : undefined,
    };
  }
  const term = table.index.typeTerm(iri);
  return {
    ok: true,
    undefinedName: undefined,
    known: true,
    droppedMessage: "",
    assumedMessage: "",
    out: term ?? iri,
    contextEntry: term === undefined ? undefined : table.contexts.type(term),
  };
}
