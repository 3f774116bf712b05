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
  typeEntry,
} from "./direct-tables.js";
import { Bail, bail, languageTag, maxFastDepth } from "./fast-context.js";
import { expandIdIri } from "./fast-expand.js";
import { type NormalizeWarning, pointerSegment } from "./normalize-warning.js";
import type { ContextEntry } from "./output-context.js";
import {
  type UndefinedTermPolicy,
  undefinedTermAssumed,
  undefinedTermDropped,
  undefinedTypeAssumed,
  undefinedTypeDropped,
} from "./undefined-terms.js";
import type { PropertyTarget } from "./vocabulary-index.js";

type Json = Record<string, unknown>;

/** The undetermined language (BCP 47 `und`): a value tagged with it has no language to map. */
const undetermined = "und";

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
  readonly contextEntries: Set<ContextEntry>;
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

/** Counts one object or array against the limits; past one, the other paths report it. */
function enter(walk: Walk, depth: number): void {
  if (++walk.nodes > walk.maxNodes || depth > walk.maxDepth || depth > maxFastDepth) bail();
}

function warn(walk: Walk, code: NormalizeWarning["code"], pointer: string, message: string): void {
  if (walk.muted === 0) walk.warnings.push({ code, pointer, message });
}

function put(out: Json, key: string, value: unknown): void {
  // Two keys that land on one term are merged by the other paths, in their order.
  if (Object.hasOwn(out, key)) bail();
  out[key] = value;
}

function use(walk: Walk, entry: ContextEntry | undefined): void {
  if (entry !== undefined && walk.muted === 0) walk.contextEntries.add(entry);
}

/**
 * Normalizes a document in one walk, without expanding it, when its `@context` value has a
 * table (bundled contexts within the fast subset) and every key and value is one the table
 * decides exactly; otherwise `undefined`, and the document takes the other paths. The output
 * equals what expansion and compaction give (the differential tests hold it to that), with the
 * sender's key order; the work limits are counted in the same walk.
 */
export function directNormalize(
  document: Json,
  settings: RunSettings,
  schema: Schema,
  policy: UndefinedTermPolicy,
  initialContext: string,
): DirectResult | undefined {
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
    contextEntries: new Set(),
    warnings: [],
  };
  try {
    const out = walkNode(walk, document, "", 1, true);
    out["@context"] = table.contexts.build(walk.contextEntries);
    return { document: out as DirectResult["document"], warnings: walk.warnings };
  } catch (error) {
    if (error instanceof Bail) return undefined;
    throw error;
  }
}

function walkNode(walk: Walk, input: Json, pointer: string, depth: number, top: boolean): Json {
  enter(walk, depth);
  const out: Json = top ? { "@context": undefined } : {};
  let hasId = false;
  let hasType = false;
  let properties = 0;
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (key === "@context") {
      if (!top) bail();
      continue;
    }
    const entry = keyEntry(walk.table, key);
    if (entry.kind === keyIsProperty) {
      // JSON-LD: null means "no value"; the key is ignored.
      if (value === null) continue;
      properties++;
      property(walk, out, entry, value, pointer, depth);
    } else if (entry.kind === keyIsId) {
      if (hasId || typeof value !== "string") bail();
      hasId = true;
      out.id = expandIdIri(value, walk.table.context);
    } else if (entry.kind === keyIsType) {
      if (hasType) bail();
      hasType = true;
      types(walk, out, value, pointer, depth);
    } else {
      bail();
    }
  }
  // Expansion drops empty nodes, and top-level nodes with nothing but an id.
  if (properties === 0 && !hasType && (top || !hasId)) bail();
  walk.onlyId = hasId && !hasType && properties === 0;
  return out;
}

function types(walk: Walk, out: Json, value: unknown, pointer: string, depth: number): void {
  if (typeof value === "string") {
    const name = typeName(walk, value, pointer);
    if (name !== undefined) out.type = name;
    return;
  }
  if (!Array.isArray(value) || value.length === 0) bail();
  enter(walk, depth + 1);
  const names: string[] = [];
  for (const item of value) {
    if (typeof item !== "string") bail();
    const name = typeName(walk, item, pointer);
    if (name !== undefined) names.push(name);
  }
  if (names.length > 0) out.type = names.length === 1 ? names[0] : names;
}

function typeName(walk: Walk, value: string, pointer: string): string | undefined {
  const entry = typeEntry(walk.table, value);
  if (!entry.ok) bail();
  const name = entry.undefinedName;
  if (name !== undefined) {
    if (walk.policy === "drop" || !walk.table.index.hasTypeNamed(name)) {
      warn(walk, "undefined_term", pointer, undefinedTypeDropped(name));
      return undefined;
    }
    warn(walk, "assumed_term", pointer, undefinedTypeAssumed(name));
  }
  use(walk, entry.contextEntry);
  return entry.out;
}

/**
 * Reads a value that is then dropped, with nothing emitted: expansion reads it too (and would
 * fail on, or report, what the fast subset leaves out), and the limits cover it.
 */
function readDropped(walk: Walk, entry: KeyEntry, value: unknown, pointer: string, depth: number): void {
  walk.muted++;
  unknownProperty(walk, {}, entry, value, pointer, depth);
  walk.muted--;
}

function property(
  walk: Walk,
  out: Json,
  entry: KeyEntry,
  value: unknown,
  pointer: string,
  depth: number,
): void {
  const target = entry.target;
  const name = entry.undefinedName;
  if (name !== undefined) {
    if (walk.policy === "drop" || target === undefined) {
      warn(walk, "undefined_term", pointer, undefinedTermDropped(name));
      readDropped(walk, entry, value, pointer, depth);
      return;
    }
    warn(walk, "assumed_term", pointer, undefinedTermAssumed(name, target.term));
  }
  if (target === undefined) {
    unknownProperty(walk, out, entry, value, pointer, depth);
    return;
  }
  const outKey = entry.outKey;
  if (entry.container === "@language") {
    languageMap(walk, out, entry, value, depth);
    return;
  }
  if (entry.container === "@list") {
    const items = list(walk, entry, target, value, `${pointer}/${pointerSegment(outKey)}`, depth, true);
    if (target.list) put(out, outKey, items);
    else if (items.length > 0) put(out, outKey, items.length === 1 ? items[0] : items);
    else return;
    use(walk, entry.contextEntry);
    return;
  }
  const language = walk.table.context.language;
  if (
    entry.coercion === undefined &&
    language !== undefined &&
    language !== undetermined &&
    target.languageMap !== undefined
  ) {
    defaultLanguage(walk, out, target.languageMap, language, value, depth);
    return;
  }
  let result: unknown;
  if (Array.isArray(value)) {
    enter(walk, depth + 1);
    const items: unknown[] = [];
    for (const item of value) {
      if (item === null) continue;
      if (Array.isArray(item)) bail();
      items.push(knownItem(walk, entry, target, item, pointer, depth + 2, false));
    }
    if (items.length === 0) return;
    result = target.list || items.length > 1 ? items : items[0];
  } else {
    const item = knownItem(walk, entry, target, value, pointer, depth + 1, false);
    result = target.list ? [item] : item;
  }
  put(out, outKey, result);
  use(walk, entry.contextEntry);
}

/**
 * One value of a property the schema knows, as the compaction step writes it: an IRI or a
 * literal as its plain JSON value, a node as an object, or as its IRI when it holds only an id.
 */
function knownItem(
  walk: Walk,
  entry: KeyEntry,
  target: PropertyTarget,
  item: unknown,
  pointer: string,
  depth: number,
  inList: boolean,
): unknown {
  if (typeof item === "string") {
    const coercion = entry.coercion;
    if (coercion === "@id") return expandIdIri(item, walk.table.context);
    const language = walk.table.context.language;
    if (
      !inList &&
      coercion === undefined &&
      language !== undefined &&
      language !== undetermined &&
      target.languageMap !== undefined
    ) {
      // The value belongs in the language map, merged with any other: the other paths do that.
      bail();
    }
    return item;
  }
  if (typeof item === "number") {
    if (!Number.isFinite(item)) bail();
    return item;
  }
  if (typeof item === "boolean") return item;
  if (!isPlainObject(item)) return bail();
  const node = walkNode(
    walk,
    item,
    inList ? pointer : `${pointer}/${pointerSegment(entry.outKey)}`,
    depth,
    false,
  );
  return walk.onlyId ? node.id : node;
}

/** The items of an `@list` value (an array, or one item), nulls left out. */
function list(
  walk: Walk,
  entry: KeyEntry,
  target: PropertyTarget | undefined,
  value: unknown,
  pointer: string,
  depth: number,
  known: boolean,
): unknown[] {
  const items: unknown[] = [];
  let itemDepth = depth + 1;
  let values: readonly unknown[] = [value];
  if (Array.isArray(value)) {
    enter(walk, depth + 1);
    itemDepth = depth + 2;
    values = value;
  }
  for (const item of values) {
    if (item === null) continue;
    if (Array.isArray(item)) bail();
    const itemPointer = isPlainObject(item) ? `${pointer}/${items.length}` : pointer;
    items.push(
      known
        ? knownItem(walk, entry, target as PropertyTarget, item, itemPointer, itemDepth, true)
        : unknownItem(walk, entry, item, itemPointer, itemDepth),
    );
  }
  return items;
}

/**
 * Text under the context's default language, which goes into the property's language map
 * (`content` → `contentMap`); only plain text, since anything else would split the values.
 */
function defaultLanguage(
  walk: Walk,
  out: Json,
  mapKey: string,
  language: string,
  value: unknown,
  depth: number,
): void {
  let text: unknown = value;
  if (Array.isArray(value)) {
    enter(walk, depth + 1);
    const texts: string[] = [];
    for (const item of value) {
      if (item === null) continue;
      if (typeof item !== "string") bail();
      texts.push(item);
    }
    if (texts.length === 0) return;
    text = texts.length === 1 ? texts[0] : texts;
  } else if (typeof value !== "string") {
    bail();
  }
  const map: Json = {};
  // `language` passed the language-tag check, so it is no special key.
  map[language] = text;
  put(out, mapKey, map);
  use(walk, walk.table.contexts.property(mapKey));
}

function languageMap(walk: Walk, out: Json, entry: KeyEntry, value: unknown, depth: number): void {
  if (!isPlainObject(value) || entry.outKey === "") bail();
  enter(walk, depth + 1);
  const map: Json = {};
  let count = 0;
  for (const tag of Object.keys(value)) {
    const text = value[tag];
    if (typeof text !== "string" || !languageTag.test(tag)) bail();
    const language = tag.toLowerCase();
    // `und` goes to the plain property, and two tags that differ in case merge: the other paths do that.
    if (language === undetermined || Object.hasOwn(map, language)) bail();
    Object.defineProperty(map, language, {
      value: text,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    count++;
  }
  if (count === 0) return;
  put(out, entry.outKey, map);
  use(walk, entry.contextEntry);
}

function unknownProperty(
  walk: Walk,
  out: Json,
  entry: KeyEntry,
  value: unknown,
  pointer: string,
  depth: number,
): void {
  const key = entry.iri;
  const itemPointer = `${pointer}/${pointerSegment(key)}`;
  if (entry.container === "@language") bail();
  if (entry.container === "@list") {
    put(out, key, { "@list": list(walk, entry, undefined, value, itemPointer, depth, false) });
    return;
  }
  if (!Array.isArray(value)) {
    put(out, key, unknownItem(walk, entry, value, itemPointer, depth + 1));
    return;
  }
  enter(walk, depth + 1);
  const items: unknown[] = [];
  for (const item of value) {
    if (item === null) continue;
    if (Array.isArray(item)) bail();
    items.push(unknownItem(walk, entry, item, itemPointer, depth + 2));
  }
  if (items.length > 0) put(out, key, items.length === 1 ? items[0] : items);
}

/**
 * One value of a property the schema does not know, keeping its JSON-LD meaning: IRIs as
 * `{ id }`, typed and language-tagged literals as value objects, nodes as objects.
 */
function unknownItem(walk: Walk, entry: KeyEntry, item: unknown, pointer: string, depth: number): unknown {
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
  return walkNode(walk, item, pointer, depth, false);
}
