/** The package version, replaced at build time (tsup) and test time (vitest). */
declare const __FEDIKIT_VERSION__: string;
