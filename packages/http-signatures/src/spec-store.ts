import { BoundedMap, integerOption } from "@fedikit/core";
import type { SignatureSpec } from "./shared/spec.js";

/**
 * Remembers, per origin (`https://example.com`), which spec a server accepted, so the next
 * request knocks right the first time. Implement it over Redis or a database to share it.
 */
export interface SpecStore {
  /** The spec that last worked for `origin`, or `undefined` when unknown. */
  get(origin: string): SignatureSpec | undefined | Promise<SignatureSpec | undefined>;
  /** Records that `spec` worked for `origin`. */
  set(origin: string, spec: SignatureSpec): void | Promise<void>;
}

/** Options of {@link createMemorySpecStore}. */
export interface MemorySpecStoreOptions {
  /**
   * Most origins remembered; the least recently used is forgotten first.
   * @defaultValue 10000
   */
  readonly maxEntries?: number;
}

/**
 * An in-process {@link SpecStore} bounded to `maxEntries` origins.
 *
 * @throws RangeError when `maxEntries` is not an integer of at least 1
 */
export function createMemorySpecStore(options: MemorySpecStoreOptions = {}): SpecStore {
  const entries = new BoundedMap<string, SignatureSpec>(
    integerOption(options.maxEntries, "maxEntries", 10_000, 1),
  );
  return {
    get: (origin) => entries.get(origin),
    set: (origin, spec) => {
      entries.set(origin, spec);
    },
  };
}
