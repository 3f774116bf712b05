import type { FetchFunction } from "../../packages/core/src/fetch-function.js";

/**
 * Options types that break each rule once, and one that breaks none: `option-names.test.ts`
 * checks that the rules see every break (so a rule that stopped working cannot pass silently).
 */

/** Breaks every rule. */
export interface BrokenOptions {
  /** A DNS resolver under the retired name. */
  readonly resolve?: (host: string) => Promise<string>;
  /** The retired body cap. @defaultValue `1000` */
  readonly maxResponseBytes?: number;
  /** The retired scheme switch. @defaultValue `"https:"` */
  readonly protocol?: "http:" | "https:";
  /** A duration in seconds. @defaultValue `60` */
  readonly ttlSeconds?: number;
  /** The clock as a value. @defaultValue `Date.now()` */
  readonly now?: number;
  /** A fetch that only takes strings and returns text. @defaultValue `globalThis.fetch` */
  readonly fetch?: (url: string) => Promise<string>;
  /** A duration as a string. @defaultValue `"5s"` */
  readonly timeout?: string;
  /** Another duration as a string. @defaultValue `"1m"` */
  readonly refreshInterval?: string;
  /** Optional but no default documented. */
  readonly maxEntries?: number;
  /** Not readonly. @defaultValue `false` */
  httpsOnly?: boolean;
}

/** Follows every rule. */
export interface GoodOptions {
  /** Body cap in bytes. @defaultValue `1_048_576` */
  readonly maxBytes?: number;
  /** Total time in milliseconds. @defaultValue `10_000` */
  readonly timeout?: number;
  /** The clock. @defaultValue `Date.now` */
  readonly now?: () => number;
  /** How requests are made. @defaultValue `globalThis.fetch` */
  readonly fetch?: FetchFunction;
  /** Required, so no default. */
  readonly keyId: string;
}

/** Inherits `GoodOptions` and adds nothing wrong. */
export interface DerivedOptions extends Omit<GoodOptions, "keyId"> {
  /** Cache lifetime in milliseconds. @defaultValue `60_000` */
  readonly ttl?: number;
}
