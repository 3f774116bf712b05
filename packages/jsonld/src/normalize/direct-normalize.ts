import type { JsonLdContext, Schema } from "@fedikit/vocab";
import type { RunSettings } from "../engine/run-options.js";
import {
  type ContextTable,
  contextTable,
  type KeyEntry,
  keyEntry,
  keyIsId,
  keyIsProperty,
  keyIsType,
  readDefaultLanguage,
  readLanguageMap,
  readList,
  readPlain,
  readUnknown,
  readUnknownList,
  typeEntry,
} from "./direct-tables.js";
import { Bail, bail, languageTag, maxFastDepth } from "./fast-context.js";
import { expandIdIri } from "./fast-expand.js";
import type { NormalizeWarning } from "./normalize-warning.js";
import type { ContextEntry } from "./output-context.js";
import type { UndefinedTermPolicy } from "./undefined-terms.js";
import type { PropertyTarget } from "./vocabulary-index.js";

type Json = Record<string, unknown>;

/** The undetermined language (BCP 47 `und`): text tagged with it has no language to map. */
const undetermined = "und";

/** What a value reads as when the output leaves it out (an empty array, a dropped term). */
const omitted: unique symbol = Symbol("omitted");

/** One document's walk: the table, the policy, the work done, what the output needs. */
interface Walk {
  readonly table: ContextTable;
  readonly policy: UndefinedTermPolicy;
  readonly maxNodes: number;
  readonly maxDepth: number;
  nodes: number;
  /** Set by {@link walkNode}: whether the node it returned holds nothing but an `id`. */
  onlyId: boolean;
  /** Above 0 while a dropped value is read: nothing it holds is emitted. */
  muted: number;
  /** What the emitted terms need in `@context`, each once. */
  readonly contextEntries: ContextEntry[];
  readonly warnings: NormalizeWarning[];
}

/** What the direct path made of a document. */
export interface DirectResult {
  readonly document: Json & { readonly "@context": JsonLdContext };
  readonly warnings: NormalizeWarning[];
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether Object.prototype has no enumerable property (someone's polyfill may add one). */
function plainPrototype(): boolean {
  for (const _ in emptyObject) return false;
  return true;
}

const emptyObject = Object.freeze({});

/** Counts one object or array against the limits; past one, the other paths report it. */
function enter(walk: Walk, depth: number): void {
  if (++walk.nodes > walk.maxNodes || depth > walk.maxDepth || depth > maxFastDepth) bail();
}

function warn(walk: Walk, code: NormalizeWarning["code"], pointer: string, message: string): void {
  if (walk.muted === 0) walk.warnings.push({ code, pointer, message });
}

function use(walk: Walk, entry: ContextEntry | undefined): void {
  // A document uses a handful of terms that need more than ActivityStreams: a list is enough.
  if (entry !== undefined && walk.muted === 0 && !walk.contextEntries.includes(entry)) {
    walk.contextEntries.push(entry);
  }
}

/**
 * Normalizes a document in one walk, without expanding it, when its `@context` value has a
 * table (bundled contexts within the fast subset) and every key and value is one the table
 * decides exactly; otherwise `undefined`, and the document takes the other paths. The output
 * equals what expansion and compaction give (the differential tests hold it to that), with the
 * sender's key order. Copy on write: an object or array that normalization leaves as it is is
 * the input's own, not a copy. The work limits are counted in the same walk.
 */
export function directNormalize(
  document: Json,
  settings: RunSettings,
  schema: Schema,
  policy: UndefinedTermPolicy,
  initialContext: string,
): DirectResult | undefined {
  if (!plainPrototype()) return undefined;
  const table = contextTable(document["@context"], settings.contextLoader, schema, initialContext);
  if (table === undefined) return undefined;
  const { maxNodes, maxDepth } = settings.limits;
  // The root is level 1 and its @context value starts at level 2.
  if (1 + table.contextDepth > maxDepth) return undefined;
  const walk: Walk = {
    table,
    policy,
    maxNodes,
    maxDepth,
    nodes: table.contextNodes,
    onlyId: false,
    muted: 0,
    contextEntries: [],
    warnings: [],
  };
  try {
    const body = walkNode(walk, document, "", 1, true);
    // The root is always a new object: its @context is the vocabulary's.
    const out = body === document ? { ...document } : body;
    out["@context"] = table.contexts.build(walk.contextEntries);
    return { document: out as DirectResult["document"], warnings: walk.warnings };
  } catch (error) {
    if (error instanceof Bail) return undefined;
    throw error;
  }
}

/** A new object with the first `count` keys of `input` (which normalization keeps as they are). */
function copyFirst(input: Json, count: number): Json {
  const out: Json = {};
  let index = 0;
  for (const key in input) {
    if (index++ === count) break;
    out[key] = input[key];
  }
  return out;
}

/** The node as the vocabulary writes it: `input` itself when nothing in it changes. */
function walkNode(walk: Walk, input: Json, pointer: string, depth: number, top: boolean): Json {
  enter(walk, depth);
  // for…in reads own keys only for plain objects (what JSON.parse makes) while Object.prototype
  // has no enumerable property (checked once per document); V8 runs it fast.
  const prototype = Object.getPrototypeOf(input);
  if (prototype !== Object.prototype && prototype !== null) bail();
  let out: Json | undefined;
  let hasId = false;
  let hasType = false;
  let properties = 0;
  let index = -1;
  for (const key in input) {
    index++;
    const value = input[key];
    if (key === "@context") {
      if (!top) bail();
      continue;
    }
    const entry = keyEntry(walk.table, key);
    let result: unknown;
    const outKey = entry.outKey;
    if (entry.kind === keyIsProperty) {
      // JSON-LD: null means "no value"; the key is ignored.
      if (value === null) result = omitted;
      else {
        properties++;
        if (entry.undefinedName !== undefined && !keepUndefined(walk, entry, pointer)) {
          readValue(walk, entry, entry.dropMode, value, pointer, depth, true);
          result = omitted;
        } else {
          result = readValue(walk, entry, entry.mode, value, pointer, depth, false);
          if (result !== omitted) use(walk, entry.contextEntry);
        }
      }
    } else if (entry.kind === keyIsId) {
      if (hasId || typeof value !== "string") bail();
      hasId = true;
      result = expandIdIri(value, walk.table.context);
    } else if (entry.kind === keyIsType) {
      if (hasType) bail();
      hasType = true;
      result = types(walk, value, pointer, depth);
    } else {
      return bail();
    }
    if (out === undefined) {
      if (outKey === key && result === value) continue;
      out = copyFirst(input, index);
    }
    if (result === omitted) continue;
    // Two keys that land on one term are merged by the other paths, in their order.
    if (outKey !== key && (Object.hasOwn(out, outKey) || Object.hasOwn(input, outKey))) bail();
    out[outKey] = result;
  }
  // Expansion drops empty nodes, and top-level nodes with nothing but an id.
  if (properties === 0 && !hasType && (top || !hasId)) bail();
  walk.onlyId = hasId && !hasType && properties === 0;
  return out ?? input;
}

/** Whether an undefined term is kept (with a warning saying so) or dropped (with one too). */
function keepUndefined(walk: Walk, entry: KeyEntry, pointer: string): boolean {
  if (walk.policy === "drop" || entry.target === undefined) {
    warn(walk, "undefined_term", pointer, entry.droppedMessage);
    return false;
  }
  warn(walk, "assumed_term", pointer, entry.assumedMessage);
  return true;
}

function types(walk: Walk, value: unknown, pointer: string, depth: number): unknown {
  if (typeof value === "string") return typeName(walk, value, pointer);
  if (!Array.isArray(value) || value.length === 0) bail();
  enter(walk, depth + 1);
  let names: unknown[] | undefined;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (typeof item !== "string") bail();
    const name = typeName(walk, item, pointer);
    if (names === undefined) {
      if (name === item) continue;
      names = value.slice(0, index);
    }
    if (name !== omitted) names.push(name);
  }
  const result = names ?? value;
  if (result.length === 0) return omitted;
  return result.length === 1 ? result[0] : result;
}

function typeName(walk: Walk, value: string, pointer: string): string | typeof omitted {
  const entry = typeEntry(walk.table, value);
  if (!entry.ok) bail();
  const name = entry.undefinedName;
  if (name !== undefined) {
    if (walk.policy === "drop" || !entry.known) {
      warn(walk, "undefined_term", pointer, entry.droppedMessage);
      return omitted;
    }
    warn(walk, "assumed_term", pointer, entry.assumedMessage);
  }
  use(walk, entry.contextEntry);
  return entry.out;
}

/**
 * A property's value as the vocabulary writes it (`value` itself when it does not change), or
 * {@link omitted}. `dropping`: the value is read only to be discarded (nothing is emitted).
 */
function readValue(
  walk: Walk,
  entry: KeyEntry,
  mode: number,
  value: unknown,
  pointer: string,
  depth: number,
  dropping: boolean,
): unknown {
  if (dropping) walk.muted++;
  let result: unknown;
  const target = entry.target as PropertyTarget;
  if (mode === readPlain) result = plainValues(walk, entry, target, value, pointer, depth);
  else if (mode === readList) {
    const items = listItems(walk, entry, target, value, pointer, depth, true);
    if (target.list) result = items;
    else result = items.length === 0 ? omitted : items.length === 1 ? items[0] : items;
  } else if (mode === readLanguageMap) result = languageMap(walk, value, depth);
  else if (mode === readDefaultLanguage) result = defaultLanguage(walk, value, depth);
  else if (mode === readUnknown) result = unknownValues(walk, entry, value, pointer, depth);
  else if (mode === readUnknownList) {
    result = { "@list": listItems(walk, entry, undefined, value, pointer, depth, false) };
  } else bail();
  if (dropping) walk.muted--;
  return result;
}

function plainValues(
  walk: Walk,
  entry: KeyEntry,
  target: PropertyTarget,
  value: unknown,
  pointer: string,
  depth: number,
): unknown {
  if (!Array.isArray(value)) {
    const item = knownItem(walk, entry, value, pointer, -1, depth + 1);
    return target.list ? [item] : item;
  }
  enter(walk, depth + 1);
  let items: unknown[] | undefined;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (Array.isArray(item)) bail();
    const result = item === null ? omitted : knownItem(walk, entry, item, pointer, -1, depth + 2);
    if (items === undefined) {
      if (result === item) continue;
      items = value.slice(0, index);
    }
    if (result !== omitted) items.push(result);
  }
  const result = items ?? value;
  if (result.length === 0) return omitted;
  // The vocabulary writes one value as itself, except for list properties.
  return result.length === 1 && !target.list ? result[0] : result;
}

/** Where a node under a property is, for warnings: `/key`, or `/key/index` in a list. */
function childPointer(pointer: string, entry: KeyEntry, index: number): string {
  return index < 0 ? `${pointer}/${entry.segment}` : `${pointer}/${entry.segment}/${index}`;
}

/**
 * One value of a property the schema knows, as the compaction step writes it: an IRI or a
 * literal as its plain JSON value, a node as an object, or as its IRI when it holds only an id.
 * `pointer` is the node's that holds the property; `index` the value's place in a list, or -1.
 */
function knownItem(
  walk: Walk,
  entry: KeyEntry,
  item: unknown,
  pointer: string,
  index: number,
  depth: number,
): unknown {
  if (typeof item === "string") {
    return entry.coercion === "@id" ? expandIdIri(item, walk.table.context) : item;
  }
  if (typeof item === "number") {
    if (!Number.isFinite(item)) bail();
    return item;
  }
  if (typeof item === "boolean") return item;
  if (!isPlainObject(item)) return bail();
  const node = walkNode(walk, item, childPointer(pointer, entry, index), depth, false);
  return walk.onlyId ? node.id : node;
}

/** The items of an `@list` value (an array, or one item), nulls left out. */
function listItems(
  walk: Walk,
  entry: KeyEntry,
  target: PropertyTarget | undefined,
  value: unknown,
  pointer: string,
  depth: number,
  known: boolean,
): unknown[] {
  if (!Array.isArray(value)) {
    return [
      known
        ? knownItem(walk, entry, value, pointer, 0, depth + 1)
        : unknownItem(walk, entry, value, pointer, 0, depth + 1),
    ];
  }
  enter(walk, depth + 1);
  let items: unknown[] | undefined;
  let kept = 0;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (Array.isArray(item)) bail();
    let result: unknown = omitted;
    if (item !== null) {
      result = known
        ? knownItem(walk, entry, item, pointer, kept, depth + 2)
        : unknownItem(walk, entry, item, pointer, kept, depth + 2);
      kept++;
    }
    if (items === undefined) {
      if (result === item) continue;
      items = value.slice(0, index);
    }
    if (result !== omitted) items.push(result);
  }
  // A list target keeps its array as it is; another one is read from a copy.
  return items ?? (known && target?.list === true ? value : [...value]);
}

/** A language map as the vocabulary writes it: lowercase tags to text (`value` itself when it is so). */
function languageMap(walk: Walk, value: unknown, depth: number): unknown {
  if (!isPlainObject(value)) bail();
  enter(walk, depth + 1);
  let map: Json | undefined;
  let count = 0;
  const tags = Object.keys(value);
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index] as string;
    const text = value[tag];
    if (typeof text !== "string" || !languageTag.test(tag)) bail();
    const language = tag.toLowerCase();
    // `und` goes to the plain property, and tags that differ in case merge: the other paths do that.
    if (language === undetermined) bail();
    if (language !== tag && map === undefined) map = copyFirst(value, index);
    if (map !== undefined) {
      if (Object.hasOwn(map, language)) bail();
      // A language tag is letters, digits and hyphens: no special key.
      map[language] = text;
    }
    count++;
  }
  if (count === 0) return omitted;
  return map ?? value;
}

/**
 * Text under the context's default language, in the property's language map (`content` →
 * `contentMap`); only plain text, since anything else would split the values.
 */
function defaultLanguage(walk: Walk, value: unknown, depth: number): unknown {
  let text: unknown = value;
  if (Array.isArray(value)) {
    enter(walk, depth + 1);
    const texts: string[] = [];
    for (const item of value) {
      if (item === null) continue;
      if (typeof item !== "string") bail();
      texts.push(item);
    }
    if (texts.length === 0) return omitted;
    text = texts.length === 1 ? texts[0] : texts;
  } else if (typeof value !== "string") {
    bail();
  }
  const map: Json = {};
  // The language passed the language-tag check when the context was read: no special key.
  map[walk.table.context.language as string] = text;
  return map;
}

function unknownValues(walk: Walk, entry: KeyEntry, value: unknown, pointer: string, depth: number): unknown {
  if (!Array.isArray(value)) return unknownItem(walk, entry, value, pointer, -1, depth + 1);
  enter(walk, depth + 1);
  let items: unknown[] | undefined;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (Array.isArray(item)) bail();
    const result = item === null ? omitted : unknownItem(walk, entry, item, pointer, -1, depth + 2);
    if (items === undefined) {
      if (result === item) continue;
      items = value.slice(0, index);
    }
    if (result !== omitted) items.push(result);
  }
  const result = items ?? value;
  if (result.length === 0) return omitted;
  return result.length === 1 ? result[0] : result;
}

/**
 * One value of a property the schema does not know, keeping its JSON-LD meaning: IRIs as
 * `{ id }`, typed and language-tagged literals as value objects, nodes as objects.
 */
function unknownItem(
  walk: Walk,
  entry: KeyEntry,
  item: unknown,
  pointer: string,
  index: number,
  depth: number,
): unknown {
  const coercion = entry.coercion;
  if (typeof item === "string") {
    if (coercion === "@id") return { id: expandIdIri(item, walk.table.context) };
    if (coercion !== undefined) return { "@value": item, "@type": coercion };
    const language = walk.table.context.language;
    return language === undefined ? item : { "@value": item, "@language": language };
  }
  if (typeof item === "number" || typeof item === "boolean") {
    if (typeof item === "number" && !Number.isFinite(item)) bail();
    return coercion === undefined || coercion === "@id" ? item : { "@value": item, "@type": coercion };
  }
  if (!isPlainObject(item)) return bail();
  return walkNode(walk, item, childPointer(pointer, entry, index), depth, false);
}
