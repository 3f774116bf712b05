import type { ContextLoader } from "../loader/context-loader.js";
import {
  Bail,
  bail,
  type FastContext,
  type FastTerm,
  fastContext,
  languageTag,
  maxFastDepth,
} from "./fast-context.js";
import { isAbsoluteIri } from "./iri.js";

/** A node object in JSON-LD expanded form. */
export type ExpandedNode = Record<string, unknown>;

/**
 * Expands an IRI in `@id` position (or a value coerced with `"@type": "@id"`): compact IRIs by
 * their prefix, absolute IRIs and blank node identifiers as they are; anything relative bails.
 */
export function expandIdIri(value: string, context: FastContext): string {
  // Keyword-like values (`@foo`) and keywords are not IRIs.
  if (value.startsWith("@")) bail();
  const colon = value.indexOf(":");
  if (colon > 0) {
    // `scheme://…` is absolute whatever the context says: no slicing for the common case.
    if (value.startsWith("//", colon + 1)) return value;
    const prefix = value.slice(0, colon);
    if (prefix === "_") return value;
    const prefixTerm = context.terms.get(prefix);
    if (prefixTerm?.prefix === true) return prefixTerm.id + value.slice(colon + 1);
    if (isAbsoluteIri(value)) return value;
  }
  return bail();
}

/** Expands a key or a type name (`vocab: true`): a term, a compact or absolute IRI, or `@vocab`. */
export function expandVocabIri(value: string, context: FastContext): string {
  if (value.startsWith("@")) return value;
  const term = context.terms.get(value);
  if (term !== undefined) return term.id;
  const colon = value.indexOf(":");
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    if (prefix === "_" || suffix.startsWith("//")) return value;
    const prefixTerm = context.terms.get(prefix);
    if (prefixTerm?.prefix === true) return prefixTerm.id + suffix;
    if (isAbsoluteIri(value)) return value;
  }
  if (context.vocab !== undefined) return context.vocab + value;
  // jsonld.js drops the key (and reports it); the full path does that and says so.
  return bail();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function expandScalar(
  value: string | number | boolean,
  term: FastTerm | undefined,
  context: FastContext,
): unknown {
  const type = term?.type;
  if (type === "@id") {
    if (typeof value === "string") return { "@id": expandIdIri(value, context) };
    return { "@value": value };
  }
  if (type !== undefined) return { "@value": value, "@type": type };
  if (typeof value === "string" && context.language !== undefined) {
    return { "@value": value, "@language": context.language };
  }
  return { "@value": value };
}

/** Expands one item of a property value (never an array; arrays are handled by the caller). */
function expandItem(
  value: unknown,
  term: FastTerm | undefined,
  context: FastContext,
  depth: number,
): unknown {
  if (typeof value === "string" || typeof value === "boolean") return expandScalar(value, term, context);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) bail();
    return expandScalar(value, term, context);
  }
  if (isPlainObject(value)) return expandNode(value, context, depth + 1, false);
  // null inside values, nested arrays: the full algorithms define what they mean.
  return bail();
}

function expandLanguageMap(map: Record<string, unknown>): unknown[] {
  const values: unknown[] = [];
  for (const language of Object.keys(map).sort()) {
    if (!languageTag.test(language)) bail();
    const entry = map[language];
    const items = Array.isArray(entry) ? entry : [entry];
    for (const item of items) {
      if (typeof item !== "string") bail();
      values.push({ "@value": item, "@language": language.toLowerCase() });
    }
  }
  return values;
}

function expandPropertyValue(
  value: unknown,
  term: FastTerm | undefined,
  context: FastContext,
  depth: number,
): unknown[] {
  if (term?.container === "@language" && isPlainObject(value)) return expandLanguageMap(value);
  if (term?.container === "@list") {
    const items = Array.isArray(value) ? value : [value];
    const list: unknown[] = [];
    for (const item of items) {
      if (Array.isArray(item)) bail();
      if (item !== null) list.push(expandItem(item, term, context, depth));
    }
    return [{ "@list": list }];
  }
  if (Array.isArray(value)) {
    const values: unknown[] = [];
    for (const item of value) {
      if (Array.isArray(item)) bail();
      if (item !== null) values.push(expandItem(item, term, context, depth));
    }
    return values;
  }
  return [expandItem(value, term, context, depth)];
}

function expandNode(
  node: Record<string, unknown>,
  context: FastContext,
  depth: number,
  top: boolean,
): ExpandedNode {
  if (depth > maxFastDepth) bail();
  const result: ExpandedNode = {};
  let hasId = false;
  let hasType = false;
  let properties = 0;
  for (const key of Object.keys(node).sort()) {
    if (key === "@context") {
      if (!top) bail();
      continue;
    }
    if (key === "__proto__") bail();
    const expanded = expandVocabIri(key, context);
    const value = node[key];
    if (expanded === "@id") {
      if (hasId || typeof value !== "string") bail();
      hasId = true;
      result["@id"] = expandIdIri(value, context);
      continue;
    }
    if (expanded === "@type") {
      if (hasType) bail();
      hasType = true;
      const names = Array.isArray(value) ? value : [value];
      if (names.length === 0) bail();
      const types: string[] = [];
      for (const name of names) {
        if (typeof name !== "string" || name.startsWith("@")) bail();
        const iri = expandVocabIri(name, context);
        if (!isAbsoluteIri(iri)) bail();
        types.push(iri);
      }
      result["@type"] = types;
      continue;
    }
    if (expanded.startsWith("@")) bail();
    // JSON-LD: null means "no value"; the key is ignored.
    if (value === null) continue;
    const values = expandPropertyValue(value, context.terms.get(key), context, depth);
    const existing = result[expanded] as unknown[] | undefined;
    if (existing === undefined) {
      properties++;
      result[expanded] = values;
    } else {
      for (const item of values) existing.push(item);
    }
  }
  // jsonld.js drops empty nodes, and top-level nodes with nothing but an @id.
  if (properties === 0 && !hasType && (top || !hasId)) bail();
  return result;
}

/**
 * Expands a document whose contexts are all in memory and within the fast path's subset, giving
 * exactly what jsonld.js `expand` gives (the differential tests hold it to that), or
 * `undefined` when the document needs the full algorithms: unknown or remote contexts,
 * redefined terms, nested contexts, keywords other than `@id`/`@type`, value objects, `null`s,
 * relative IRIs, dropped keys.
 */
export function fastExpand(
  document: Record<string, unknown>,
  loader: ContextLoader,
  initialContext?: string,
): ExpandedNode | undefined {
  try {
    const context = fastContext(document["@context"], loader, initialContext);
    return expandNode(document, context, 0, true);
  } catch (error) {
    if (error instanceof Bail) return undefined;
    throw error;
  }
}
