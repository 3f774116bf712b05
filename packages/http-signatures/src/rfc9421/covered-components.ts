import { type ComponentIdentifier, hasFlag } from "./component-identifier.js";

/** Components the verification policy asks about, as bits of {@link coveredOwnComponents}. */
export enum Covered {
  METHOD = 1,
  TARGET_URI = 2,
  AUTHORITY = 4,
  HOST = 8,
  REQUEST_TARGET = 16,
  PATH = 32,
  DIGEST = 64,
  CONTENT_DIGEST = 128,
}

function bitOf(name: string): number {
  switch (name) {
    case "@method":
      return Covered.METHOD;
    case "@target-uri":
      return Covered.TARGET_URI;
    case "@authority":
      return Covered.AUTHORITY;
    case "host":
      return Covered.HOST;
    case "@request-target":
      return Covered.REQUEST_TARGET;
    case "@path":
      return Covered.PATH;
    case "digest":
      return Covered.DIGEST;
    case "content-digest":
      return Covered.CONTENT_DIGEST;
    default:
      return 0;
  }
}

/**
 * Which of the {@link Covered} components a signature covers from its own message (not marked
 * `;req`), as bits: the policy asks a few fixed questions, so no set of names is built.
 */
export function coveredOwnComponents(components: readonly ComponentIdentifier[]): number {
  let covered = 0;
  for (const { name, params } of components) {
    if (params.size === 0 || !hasFlag(params, "req")) covered |= bitOf(name);
  }
  return covered;
}
