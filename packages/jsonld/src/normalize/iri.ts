/**
 * What jsonld.js calls an absolute IRI (a scheme, a colon, no whitespace) or a blank node
 * identifier. Character classes only, so it cannot backtrack.
 */
const absoluteIri = /^([A-Za-z][A-Za-z0-9+\-.]*|_):[^\s]*$/;
/** Strings that look like keywords (`@foo`); JSON-LD ignores them where an IRI is expected. */
const keywordLike = /^@[a-zA-Z]+$/;

/** Whether jsonld.js treats `value` as an absolute IRI (or a blank node identifier). */
export function isAbsoluteIri(value: string): boolean {
  return absoluteIri.test(value);
}

/** Whether `value` has the form of a keyword (`@` then letters). */
export function looksLikeKeyword(value: string): boolean {
  return keywordLike.test(value);
}

/** Characters that let a simple term serve as a compact-IRI prefix when its IRI ends with one. */
const genDelims = new Set([":", "/", "?", "#", "[", "]", "@"]);

/** Whether an IRI ends with a general delimiter (JSON-LD 1.1 prefix rule). */
export function endsWithGenDelim(iri: string): boolean {
  return genDelims.has(iri.charAt(iri.length - 1));
}
