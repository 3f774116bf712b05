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
   * Most origins remembered; the least recently set is forgotten first.
   * @defaultValue 10000
   */
  readonly maxEntries?: number;
}

/**
 * An in-process {@link SpecStore} bounded to `maxEntries` origins.
 *
 * @throws TypeError when `maxEntries` is below 1
 */
export function createMemorySpecStore(options: MemorySpecStoreOptions = {}): SpecStore {
  const maxEntries = options.maxEntries ?? 10_000;
  if (!(maxEntries >= 1)) throw new TypeError("maxEntries must be at least 1.");
  const entries = new Map<string, SignatureSpec>();
  return {
    get: (origin) => entries.get(origin),
    set: (origin, spec) => {
      entries.delete(origin);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(origin, spec);
    },
  };
}
