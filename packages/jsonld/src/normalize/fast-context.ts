import { BoundedMap } from "@fedikit/core";
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

/** Term lookups of a {@link FastContext}: the terms of the document's own contexts over the bundled ones. */
export interface FastTerms {
  get(term: string): FastTerm | undefined;
  entries(): IterableIterator<[string, FastTerm]>;
}

/** The fast path's active context: terms and `@vocab`, after every context was applied in order. */
export interface FastContext {
  readonly terms: FastTerms;
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
/**
 * Nodes nested deeper than this take the full path: the fast paths recurse, and no common
 * document comes near it (`maxDepth` may be set far higher).
 */
export const maxFastDepth = 100;
/** A bundled context can import others; deeper chains take the full path. */
const maxContextDepth = 4;

/** Terms defined over a frozen base: the base is shared between documents, never copied. */
class LayeredTerms implements FastTerms {
  readonly #base: ReadonlyMap<string, FastTerm>;
  readonly #own = new Map<string, FastTerm>();

  constructor(base: ReadonlyMap<string, FastTerm>) {
    this.#base = base;
  }

  get(term: string): FastTerm | undefined {
    return this.#own.get(term) ?? this.#base.get(term);
  }

  set(term: string, definition: FastTerm): void {
    this.#own.set(term, definition);
  }

  *entries(): IterableIterator<[string, FastTerm]> {
    for (const entry of this.#base) if (!this.#own.has(entry[0])) yield entry;
    yield* this.#own;
  }

  /** All terms in one map, for a base that later documents share. */
  flatten(): ReadonlyMap<string, FastTerm> {
    return new Map(this.entries());
  }
}

interface Building {
  terms: LayeredTerms;
  vocab: string | undefined;
  language: string | undefined;
}

/** The state after a sequence of bundled context URLs, or `null` when the fast path cannot take it. */
interface BundledState {
  readonly terms: ReadonlyMap<string, FastTerm>;
  readonly vocab: string | undefined;
  readonly language: string | undefined;
}

/**
 * Processed bundled-context sequences (`AS`, `AS security/v1` …), keyed by their URLs: they never
 * change, and processing the ActivityStreams context is most of the fast path's work otherwise.
 * Bounded: a document choosing odd sequences evicts old ones, and costs only the processing.
 */
const bundledStates = new BoundedMap<string, BundledState | null>(64);

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
  // A later definition replaces an earlier one (Lemmy's `expires`, Mobilizon's `location`,
  // Mastodon's `EncryptedMessage` over security/v1's), as JSON-LD says for terms that are not
  // protected; no context the fast path accepts protects a term (`@protected` makes it bail).
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
  const items = context === undefined ? [] : Array.isArray(context) ? context : [context];
  const urls: string[] = initial === undefined ? [] : [initial];
  let index = 0;
  while (index < items.length && typeof items[index] === "string") urls.push(items[index++] as string);
  const base = bundledState(urls, loader);
  const building: Building = {
    terms: new LayeredTerms(base.terms),
    vocab: base.vocab,
    language: base.language,
  };
  for (; index < items.length; index++) applyContext(items[index], building, loader, 0);
  return building;
}

function bundledState(urls: readonly string[], loader: ContextLoader): BundledState {
  // Only bundled contexts are the same for every loader; given ones are processed each time.
  const cacheable = urls.every((url) => loader.local(url)?.source === "bundled");
  const key = urls.join(" ");
  if (cacheable) {
    const cached = bundledStates.get(key);
    if (cached === null) bail();
    if (cached !== undefined) return cached;
  }
  const building: Building = { terms: new LayeredTerms(new Map()), vocab: undefined, language: undefined };
  try {
    for (const url of urls) applyContext(url, building, loader, 0);
  } catch (error) {
    if (cacheable && error instanceof Bail) bundledStates.set(key, null);
    throw error;
  }
  const state: BundledState = {
    terms: building.terms.flatten(),
    vocab: building.vocab,
    language: building.language,
  };
  if (cacheable) bundledStates.set(key, state);
  return state;
}
