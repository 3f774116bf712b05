import type { Warning } from "@fedikit/core";

/**
 * What {@link normalize} wants you to know about:
 *
 * - `undefined_term`: it dropped a property or type the sender's own context does not define
 *   (the ActivityStreams context turns such terms into blank-node IRIs, which carry no meaning
 *   and which RDF canonicalization, hence any Linked Data signature, leaves out): one the
 *   vocabulary does not know, or any one with `undefinedTerms: "drop"`.
 * - `assumed_term`: it read such an undefined property or type as the vocabulary's term of the
 *   same name (`sensitive`), as Mastodon does (`undefinedTerms: "keep-known"`, the default).
 * - `dropped_keyword`: it dropped `@graph`, `@included`, `@reverse` or `@index` inside a node;
 *   the vocabulary's compact form is one object, so data hidden in them is not read.
 * - `json_ld_notice`: what jsonld.js reported while expanding (a dropped key without any
 *   definition, a relative IRI, a malformed language tag).
 */
export type NormalizeWarningCode = "undefined_term" | "assumed_term" | "dropped_keyword" | "json_ld_notice";

/** A warning of {@link normalize}: what was dropped or assumed, and where. */
export interface NormalizeWarning extends Warning {
  /** Why it was dropped or assumed. */
  readonly code: NormalizeWarningCode;
  /** JSON Pointer to the object in the normalized document it was dropped from or read in (`""`: the root). */
  readonly pointer: string;
}

/** Escapes a key for a JSON Pointer (RFC 6901). */
export function pointerSegment(key: string | number): string {
  return typeof key === "number" ? String(key) : key.replaceAll("~", "~0").replaceAll("/", "~1");
}
