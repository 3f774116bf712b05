import type { ContextLoader } from "../loader/context-loader.js";
import { endsWithGenDelim, isAbsoluteIri, looksLikeKeyword } from "./iri.js";

/**
 * One term of the fast path's active context: the subset of a JSON-LD term definition it
 * supports. Anything outside the subset makes the fast path bail out.
 */
export interface FastTerm {
  /** The IRI, or the keyword this term aliases (`@id`, `@type`). */
  readonly id: string;
  /** `"@id"` or a datatype IRI; absent when values are not coerced. */
  readonly type: string | undefined;
  /** `@list`, `@language` or `@set`; absent when none. */
  readonly container: "@list" | "@language" | "@set" | undefined;
  /** Whether the term may serve as the prefix of a compact IRI. */
  readonly prefix: boolean;
}

/** The fast path's active context: terms and `@vocab`, after every context was applied in order. */
export interface FastContext {
  readonly terms: ReadonlyMap<string, FastTerm>;
  readonly vocab: string | undefined;
  /** The default language of plain strings (`@language`), lowercased. */
  readonly language: string | undefined;
}

/** Thrown (and caught in this folder only) when a document needs more than the fast path does. */
export class Bail extends Error {}

/** Throws {@link Bail}: the document takes the full JSON-LD path. */
export function bail(): never {
  throw new Bail();
}

/** Language tags jsonld.js accepts without a warning (BCP 47 shape; linear to test). */
export const languageTag = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;
/** A bundled context can import others; deeper chains take the full path. */
const maxContextDepth = 4;

interface Building {
  terms: Map<string, FastTerm>;
  vocab: string | undefined;
  language: string | undefined;
}

function sameTerm(a: FastTerm, b: FastTerm): boolean {
  return a.id === b.id && a.type === b.type && a.container === b.container && a.prefix === b.prefix;
}

/**
 * Expands an IRI while a context is processed, as jsonld.js does with `vocab: true`: a term
 * (defined first when the local context has it), then a compact IRI, then `@vocab`.
 */
function expandDuringDefinition(
  value: string,
  building: Building,
  local: Readonly<Record<string, unknown>>,
  defining: Map<string, boolean>,
): string {
  if (value.startsWith("@")) return value;
  if (Object.hasOwn(local, value)) define(value, building, local, defining);
  const term = building.terms.get(value);
  if (term !== undefined) return term.id;
  const colon = value.indexOf(":");
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    if (prefix === "_" || suffix.startsWith("//")) return value;
    if (Object.hasOwn(local, prefix)) define(prefix, building, local, defining);
    const prefixTerm = building.terms.get(prefix);
    if (prefixTerm?.prefix === true) return prefixTerm.id + suffix;
    if (isAbsoluteIri(value)) return value;
  }
  if (building.vocab !== undefined) return building.vocab + value;
  return bail();
}

function define(
  term: string,
  building: Building,
  local: Readonly<Record<string, unknown>>,
  defining: Map<string, boolean>,
): void {
  const state = defining.get(term);
  if (state === true) return;
  // A term whose definition needs itself: jsonld.js reports a cyclic IRI mapping.
  if (state === false) bail();
  defining.set(term, false);
  // Terms shaped like IRIs have extra rules in JSON-LD 1.1; the full path applies them.
  if (term === "" || term.includes(":") || term.includes("/") || looksLikeKeyword(term)) bail();
  const value = local[term];
  let id: string;
  let type: string | undefined;
  let container: FastTerm["container"];
  let simple = false;
  if (typeof value === "string") {
    simple = true;
    id = value;
  } else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const definition = value as Record<string, unknown>;
    for (const key of Object.keys(definition)) {
      if (key !== "@id" && key !== "@type" && key !== "@container") bail();
    }
    const rawId = definition["@id"];
    if (typeof rawId !== "string") bail();
    id = rawId;
    const rawType = definition["@type"];
    if (rawType !== undefined) {
      if (typeof rawType !== "string" || rawType === "@vocab" || rawType === "@json" || rawType === "@none")
        bail();
      type = rawType === "@id" ? "@id" : expandDuringDefinition(rawType, building, local, defining);
      if (type !== "@id" && (type.startsWith("_:") || !isAbsoluteIri(type))) bail();
    }
    const rawContainer = definition["@container"];
    if (rawContainer !== undefined) {
      if (rawContainer !== "@list" && rawContainer !== "@language" && rawContainer !== "@set") bail();
      container = rawContainer;
    }
  } else {
    bail();
  }
  let expanded: string;
  if (id === "@id" || id === "@type") {
    if (type !== undefined || container !== undefined) bail();
    expanded = id;
  } else {
    if (id.startsWith("@") || id === term) bail();
    expanded = expandDuringDefinition(id, building, local, defining);
    if (!isAbsoluteIri(expanded)) bail();
  }
  const definition: FastTerm = {
    id: expanded,
    type,
    container,
    prefix: simple && !expanded.startsWith("@") && endsWithGenDelim(expanded),
  };
  const previous = building.terms.get(term);
  // A term that changes meaning part-way (Lemmy's `expires`, Mobilizon's `location`) is exactly
  // what the full algorithms are for.
  if (previous !== undefined && !sameTerm(previous, definition)) bail();
  building.terms.set(term, definition);
  defining.set(term, true);
}

function applyLocal(local: unknown, building: Building): void {
  if (typeof local !== "object" || local === null || Array.isArray(local)) bail();
  const record = local as Readonly<Record<string, unknown>>;
  const defining = new Map<string, boolean>();
  for (const key of Object.keys(record)) {
    if (key === "@version") {
      if (record[key] !== 1.1) bail();
      continue;
    }
    if (key === "@vocab") {
      const vocab = record[key];
      // jsonld.js expands a compact @vocab; only the plain forms stay on the fast path.
      if (
        typeof vocab !== "string" ||
        !(vocab === "_:" || vocab.startsWith("https://") || vocab.startsWith("http://"))
      ) {
        bail();
      }
      if (building.vocab !== undefined && building.vocab !== vocab) bail();
      building.vocab = vocab;
      continue;
    }
    if (key === "@language") {
      const language = record[key];
      if (language === null) building.language = undefined;
      else if (typeof language === "string" && languageTag.test(language))
        building.language = language.toLowerCase();
      else bail();
      continue;
    }
    if (key.startsWith("@")) bail();
  }
  for (const key of Object.keys(record)) {
    if (!key.startsWith("@")) define(key, building, record, defining);
  }
}

function applyContext(value: unknown, building: Building, loader: ContextLoader, depth: number): void {
  if (depth > maxContextDepth) bail();
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (typeof item === "string") {
      const loaded = loader.local(item);
      if (loaded === undefined) bail();
      const inner = (loaded.document as { "@context"?: unknown })["@context"];
      if (inner === undefined) bail();
      applyContext(inner, building, loader, depth + 1);
    } else if (item === null) {
      bail();
    } else {
      applyLocal(item, building);
    }
  }
}

/**
 * The active context of a document's top-level `@context` (after `initial`, a context URL applied
 * first), when every part of it is in memory and within the subset the fast path handles;
 * otherwise it throws {@link Bail}.
 */
export function fastContext(context: unknown, loader: ContextLoader, initial?: string): FastContext {
  const building: Building = { terms: new Map(), vocab: undefined, language: undefined };
  if (initial !== undefined) applyContext(initial, building, loader, 0);
  if (context !== undefined) applyContext(context, building, loader, 0);
  return building;
}
