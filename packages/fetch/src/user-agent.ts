/** Replaced with the package version by tsup (build) and vitest (tests). */
declare const __FEDIKIT_VERSION__: string;

/** The version of `@fedikit/fetch` (replaced at build time). */
export const version: string = __FEDIKIT_VERSION__;

/**
 * The `User-Agent` sent when a request sets none: names Fedikit and its version, the way
 * fediverse servers identify themselves in each other's logs.
 */
export const defaultUserAgent: string = `Fedikit/${version} (@fedikit/fetch; +https://github.com/fedikit/fedikit)`;
