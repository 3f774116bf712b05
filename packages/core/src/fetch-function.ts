/**
 * Any `fetch`-compatible function: the global `fetch`, `@fedikit/fetch`'s `safeFetch`, or a
 * wrapper that signs requests. Every Fedikit option that makes a request takes one as `fetch`.
 */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
