import { quote } from "../jsonld-error.js";

/**
 * What {@link normalize} does with a property or type the sender's context leaves undefined
 * (which the ActivityStreams context turns into a blank-node IRI such as `_:sensitive`, and
 * which RDF, hence any Linked Data signature or proof, leaves out):
 *
 * - `"keep-known"`: read it as the vocabulary's term of the same name when the vocabulary has
 *   one (Mastodon reads `sensitive` whatever the context says, so content warnings from
 *   senders that forget to define it are kept), with an `assumed_term` warning; drop any other
 *   with an `undefined_term` warning.
 * - `"drop"`: drop every one, with an `undefined_term` warning. Use it when the only thing that
 *   vouches for a document is a Linked Data signature or an integrity proof: neither covers
 *   undefined terms, so a relay could add `sensitive: false` to a signed post unnoticed.
 */
export type UndefinedTermPolicy = "keep-known" | "drop";

/**
 * The `undefinedTerms` option, checked.
 * @throws TypeError when it is neither `"keep-known"` nor `"drop"`.
 */
export function undefinedTermPolicy(value: unknown): UndefinedTermPolicy {
  if (value === undefined) return "keep-known";
  if (value === "keep-known" || value === "drop") return value;
  throw new TypeError(`undefinedTerms must be "keep-known" or "drop", not ${String(value)}`);
}

/** The warning for an undefined type that was dropped. */
export function undefinedTypeDropped(name: string): string {
  return `Dropped the type ${quote(name)}: the sender's context does not define it`;
}

/** The warning for an undefined type read as the vocabulary's type of that name. */
export function undefinedTypeAssumed(name: string): string {
  return `Read the type ${quote(name)}, which the sender's context does not define, as the vocabulary's ${name}`;
}

/** The warning for an undefined property that was dropped. */
export function undefinedTermDropped(name: string): string {
  return `Dropped ${quote(name)}: the sender's context does not define it, so it has no meaning`;
}

/** The warning for an undefined property read as the vocabulary's property of that name. */
export function undefinedTermAssumed(name: string, term: string): string {
  return `Read ${quote(name)}, which the sender's context does not define, as the vocabulary's ${term}`;
}
