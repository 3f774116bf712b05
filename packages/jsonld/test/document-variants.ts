import { createBundledContextLoader } from "../src/loader/bundled-context-loader.js";
import { Bail, type FastTerm, fastContext } from "../src/normalize/fast-context.js";

/**
 * Re-expresses a JSON-LD document in ways a sender may choose, driven by `choices` (numbers that
 * fast-check generates and shrinks), for the differential tests.
 *
 * `meaningPreserving` variants only use rewrites that keep the JSON-LD meaning: a term written as
 * its compact or full IRI (string IRIs then wrapped as `{ id }` and typed values as value objects,
 * since the IRI form has no coercion), `type`/`id` under aliases or as `@type`/`@id`, single
 * values wrapped in arrays, IRIs as `{ id }` objects, nulls in arrays. The others also reorder the
 * contexts, add a bundled context the document did not use, drop the inline definitions (so that
 * extension terms are undefined), set a default language, and add keys to nodes: empty arrays,
 * nulls, undefined terms the vocabulary knows or not, a term beside its own IRI form, unknown
 * IRIs. They may change meaning; the fast and the full paths must still agree on them.
 */
export function documentVariant(
  document: Record<string, unknown>,
  choices: readonly number[],
  meaningPreserving: boolean,
): Record<string, unknown> {
  let cursor = 0;
  const next = (): number => choices[cursor++ % choices.length] ?? 0;
  let terms: { get(term: string): FastTerm | undefined; entries(): IterableIterator<[string, FastTerm]> };
  try {
    terms = fastContext(
      document["@context"],
      createBundledContextLoader(),
      "https://www.w3.org/ns/activitystreams",
    ).terms;
  } catch (error) {
    if (!(error instanceof Bail)) throw error;
    terms = new Map();
  }
  const prefixes = [...terms.entries()].filter(([, term]) => term.prefix);
  const compactForm = (iri: string): string | undefined => {
    for (const [prefix, term] of prefixes) {
      if (iri.startsWith(term.id) && iri.length > term.id.length)
        return `${prefix}:${iri.slice(term.id.length)}`;
    }
    return undefined;
  };
  const aliases = new Map<string, string>();
  const rewriteValue = (value: unknown, term: FastTerm | undefined, toIri: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => rewriteValue(item, term, toIri));
    if (typeof value === "object" && value !== null) return rewriteNode(value as Record<string, unknown>);
    if (term?.type === "@id" && typeof value === "string" && (toIri || next() % 3 === 0))
      return { id: value };
    if (toIri && term?.type !== undefined && term.type !== "@id" && value !== null) {
      return { "@value": value, "@type": term.type };
    }
    return value;
  };
  const rewriteNode = (node: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "@context") {
        out[key] = value;
        continue;
      }
      const term = terms.get(key);
      const choice = next() % 6;
      if (key.startsWith("@") || key === "id" || key === "type" || term?.id.startsWith("@") === true) {
        if (key.startsWith("@") || term === undefined || (key !== "id" && key !== "type")) {
          out[key] = value;
          continue;
        }
        if (choice === 0) out[(term as FastTerm).id] = value;
        else if (choice === 1) {
          const alias = `${key}Alias`;
          aliases.set(alias, (term as FastTerm).id);
          out[alias] = value;
        } else out[key] = value;
        continue;
      }
      let outKey = key;
      let toIri = false;
      if (
        term !== undefined &&
        term.container === undefined &&
        !term.id.startsWith("@") &&
        !term.id.startsWith("_:")
      ) {
        if (choice === 0) {
          outKey = term.id;
          toIri = true;
        } else if (choice === 1) {
          const compact = compactForm(term.id);
          if (compact !== undefined) {
            outKey = compact;
            toIri = true;
          }
        }
      }
      if (Object.hasOwn(out, outKey)) outKey = key;
      let rewritten = rewriteValue(value, term, toIri && outKey !== key);
      // Only a known term without a container means the same as a one-element array of itself.
      const wrappable = term !== undefined && term.container === undefined;
      if (!Array.isArray(rewritten) && wrappable && next() % 4 === 0) rewritten = [rewritten];
      // JSON-LD drops nulls in arrays (lists included).
      if (Array.isArray(rewritten) && next() % 5 === 0) rewritten = [...rewritten, null];
      out[outKey] = rewritten;
    }
    if (!meaningPreserving && next() % 3 === 0) {
      const [extraKey, extraValue] = extraProperties[next() % extraProperties.length] as [string, unknown];
      if (!Object.hasOwn(out, extraKey)) out[extraKey] = extraValue;
    }
    return out;
  };
  const body = rewriteNode(document);
  let context = document["@context"];
  if (aliases.size > 0) {
    const definitions = Object.fromEntries(aliases);
    context =
      context === undefined ? definitions : [...(Array.isArray(context) ? context : [context]), definitions];
  }
  if (!meaningPreserving) {
    let items = context === undefined ? [] : Array.isArray(context) ? [...context] : [context];
    if (next() % 2 === 0 && items.length > 1) items.reverse();
    const extra = extraContexts[next() % extraContexts.length] as string;
    if (next() % 2 === 0) items.push(extra);
    const change = next() % 6;
    // A sender that forgot its definitions: its extension terms are undefined.
    if (change === 0) items = items.filter((item) => typeof item === "string");
    if (change === 1) items.push({ "@language": "en" });
    if (change === 2) items.push({ "@language": "und" });
    context = items;
  }
  const result: Record<string, unknown> = { ...body };
  if (context !== undefined) result["@context"] = context;
  return result;
}

/** Bundled contexts documents rarely name, added by the variants that may change meaning. */
const extraContexts = [
  "https://w3id.org/fep/5711",
  "https://purl.archive.org/miscellany",
  "https://gotosocial.org/ns",
  "http://joinmastodon.org/ns",
  "https://w3id.org/security/v1",
  "https://w3id.org/identity/v1",
];

/**
 * Keys the variants that may change meaning add to nodes: an empty array (which keeps a node
 * with an id from reading as a bare reference), a null, undefined terms the vocabulary knows
 * (`sensitive`, `featured`) and one it does not (with a node inside), a term beside its own
 * IRI form, an unknown IRI, a type the ActivityStreams context leaves undefined.
 */
const extraProperties: readonly (readonly [string, unknown])[] = [
  ["tag", []],
  ["summary", null],
  ["sensitive", true],
  ["as:sensitive", false],
  ["featured", "https://a.example/featured"],
  ["unknownTerm", { type: "Note", content: "hidden", sensitive: true }],
  ["https://vocab.example/ns#custom", ["x", { id: "https://a.example/r" }]],
  ["as:name", "by IRI"],
  ["type", "Hashtag"],
];
