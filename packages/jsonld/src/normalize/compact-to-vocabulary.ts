import { PUBLIC_COLLECTION } from "@fedikit/vocab";
import type { ExpandedNode } from "./fast-expand.js";
import { type NormalizeWarning, pointerSegment } from "./normalize-warning.js";
import type { ContextEntry, OutputContexts } from "./output-context.js";
import {
  type UndefinedTermPolicy,
  undefinedTermAssumed,
  undefinedTermDropped,
  undefinedTypeAssumed,
  undefinedTypeDropped,
} from "./undefined-terms.js";
import type { PropertyTarget, VocabularyIndex } from "./vocabulary-index.js";

/** Properties where the `Public` shorthand means the public collection, as `@fedikit/vocab` writes it. */
const addressing = new Set(["to", "cc", "bto", "bcc", "audience"]);
/** The undetermined language (BCP 47 `und`): a value tagged with it has no language to map. */
const undetermined = "und";

type Json = Record<string, unknown>;

function setOwn(target: Json, key: string, value: unknown): void {
  // A hostile `__proto__` key must become a property, not the prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function oneOrMany(values: unknown[]): unknown {
  return values.length === 1 ? values[0] : values;
}

/**
 * Turns JSON-LD expanded form into the compact form `@fedikit/vocab` describes: each property
 * under the schema's term for its IRI (`as:sensitive` → `sensitive`, PeerTube's
 * `pt:canReply` → `pt:canReply`, Lemmy's `as:endTime` → `endTime`), types as terms, IRIs as
 * strings, literals as plain JSON values, language-tagged values in the `…Map` form, lists as
 * arrays. Properties the schema does not know stay under their full IRI with values that keep
 * their meaning (`{ id }`, `{ "@value", "@type" }`). Blank-node terms (undefined in the sender's
 * context) are read as the schema's term of the same name or dropped, as `policy` says, and
 * keywords other than `@id`/`@type` are dropped, each with a warning.
 *
 * Deterministic: keys come out as `type`, `id`, then sorted, whatever the input order.
 */
export class VocabularyCompactor {
  readonly #index: VocabularyIndex;
  readonly #contexts: OutputContexts;
  readonly #policy: UndefinedTermPolicy;
  readonly warnings: NormalizeWarning[] = [];
  /** What the emitted terms need in `@context`. */
  readonly contextEntries = new Set<ContextEntry>();

  constructor(index: VocabularyIndex, contexts: OutputContexts, policy: UndefinedTermPolicy) {
    this.#index = index;
    this.#contexts = contexts;
    this.#policy = policy;
  }

  node(node: ExpandedNode, pointer: string): Json {
    const output: Json = {};
    const types = node["@type"];
    if (Array.isArray(types)) {
      const terms: string[] = [];
      for (const iri of types as string[]) {
        let term: string | undefined;
        if (iri.startsWith("_:")) {
          const name = iri.slice(2);
          if (this.#policy === "drop" || !this.#index.hasTypeNamed(name)) {
            this.#warn("undefined_term", pointer, undefinedTypeDropped(name));
            continue;
          }
          this.#warn("assumed_term", pointer, undefinedTypeAssumed(name));
          term = name;
        } else {
          term = this.#index.typeTerm(iri);
        }
        if (term === undefined) {
          terms.push(iri);
          continue;
        }
        terms.push(term);
        this.#use(this.#contexts.type(term));
      }
      if (terms.length > 0) output.type = oneOrMany(terms);
    }
    if (typeof node["@id"] === "string") output.id = node["@id"];
    const entries = new Map<string, unknown[]>();
    const maps = new Map<string, Json>();
    const lists = new Set<string>();
    /** Keys that are IRIs of properties the schema does not know: they need no context entry. */
    const unknown = new Set<string>();
    for (const iri of Object.keys(node).sort()) {
      if (iri === "@id" || iri === "@type") continue;
      if (iri.startsWith("@")) {
        this.#warn(
          "dropped_keyword",
          pointer,
          `Dropped ${iri}: the vocabulary's compact form reads one object`,
        );
        continue;
      }
      const values = node[iri] as unknown[];
      let plain: PropertyTarget | undefined;
      if (iri.startsWith("_:")) {
        const name = iri.slice(2);
        plain = this.#policy === "drop" ? undefined : this.#index.propertyNamed(name);
        if (plain === undefined) {
          this.#warn("undefined_term", pointer, undefinedTermDropped(name));
          continue;
        }
        this.#warn("assumed_term", pointer, undefinedTermAssumed(name, plain.term));
      } else {
        plain = this.#index.property(iri, false);
      }
      if (plain === undefined) {
        unknown.add(iri);
        this.#add(
          entries,
          iri,
          values.map((value) => this.#unknownValue(value, `${pointer}/${pointerSegment(iri)}`)),
        );
        continue;
      }
      for (const value of values) this.#place(iri, plain, value, pointer, entries, maps, lists);
    }
    for (const [term, map] of maps) this.#add(entries, term, [map]);
    for (const key of [...entries.keys()].sort()) {
      const values = entries.get(key) as unknown[];
      if (values.length === 0) continue;
      setOwn(output, key, lists.has(key) ? values.flat() : oneOrMany(values));
      if (!unknown.has(key)) this.#use(this.#contexts.property(key));
    }
    return output;
  }

  #use(entry: ContextEntry | undefined): void {
    if (entry !== undefined) this.contextEntries.add(entry);
  }

  #place(
    iri: string,
    plain: PropertyTarget,
    value: unknown,
    pointer: string,
    entries: Map<string, unknown[]>,
    maps: Map<string, Json>,
    lists: Set<string>,
  ): void {
    if (plain.list) lists.add(plain.term);
    if (isObject(value) && Array.isArray(value["@list"])) {
      const target = this.#index.property(iri, true) ?? plain;
      if (target.list) lists.add(target.term);
      const items = (value["@list"] as unknown[]).map((item, index) =>
        this.#knownValue(item, target.term, `${pointer}/${pointerSegment(target.term)}/${index}`),
      );
      this.#add(entries, target.term, target.list ? [items] : items);
      return;
    }
    const language = isObject(value) ? value["@language"] : undefined;
    if (typeof language === "string" && language !== undetermined && plain.languageMap !== undefined) {
      let map = maps.get(plain.languageMap);
      if (map === undefined) {
        map = {};
        maps.set(plain.languageMap, map);
      }
      const text = (value as Json)["@value"];
      const previous = Object.hasOwn(map, language) ? map[language] : undefined;
      setOwn(map, language, previous === undefined ? text : [previous, text].flat());
      return;
    }
    this.#add(entries, plain.term, [
      this.#knownValue(value, plain.term, `${pointer}/${pointerSegment(plain.term)}`),
    ]);
  }

  #knownValue(value: unknown, term: string, pointer: string): unknown {
    if (!isObject(value)) return value;
    if ("@value" in value) return value["@value"];
    if (Array.isArray(value["@list"])) {
      return (value["@list"] as unknown[]).map((item, index) =>
        this.#knownValue(item, term, `${pointer}/${index}`),
      );
    }
    const id = value["@id"];
    if (typeof id === "string" && Object.keys(value).length === 1) {
      return id === "Public" && addressing.has(term) ? PUBLIC_COLLECTION : id;
    }
    return this.node(value, pointer);
  }

  #unknownValue(value: unknown, pointer: string): unknown {
    if (!isObject(value)) return value;
    if ("@value" in value) {
      if (value["@type"] === undefined && value["@language"] === undefined) return value["@value"];
      // A fixed key order, whatever order expansion produced the keys in.
      const literal: Json = { "@value": value["@value"] };
      if (value["@type"] !== undefined) literal["@type"] = value["@type"];
      if (value["@language"] !== undefined) literal["@language"] = value["@language"];
      if (value["@direction"] !== undefined) literal["@direction"] = value["@direction"];
      return literal;
    }
    if (Array.isArray(value["@list"])) {
      return {
        "@list": (value["@list"] as unknown[]).map((item, index) =>
          this.#unknownValue(item, `${pointer}/${index}`),
        ),
      };
    }
    const id = value["@id"];
    if (typeof id === "string" && Object.keys(value).length === 1) return { id };
    return this.node(value, pointer);
  }

  #add(entries: Map<string, unknown[]>, key: string, values: unknown[]): void {
    const existing = entries.get(key);
    if (existing === undefined) entries.set(key, values);
    else for (const value of values) existing.push(value);
  }

  #warn(code: NormalizeWarning["code"], pointer: string, message: string): void {
    this.warnings.push({ code, pointer, message });
  }
}
