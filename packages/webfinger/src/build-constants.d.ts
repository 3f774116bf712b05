/**
 * Declared here because type checks read `@fedikit/fetch` from its sources (the
 * `@fedikit/source` condition), and its `user-agent.ts` names this build-time constant.
 */
declare const __FEDIKIT_VERSION__: string;
