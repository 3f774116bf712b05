/**
 * The WebFinger client: look up any resource (`lookupWebFinger`), a host's host-meta
 * (`lookupHostMeta`), resolve a handle to its actor with Mastodon's checks (`resolveHandle`),
 * and check that an actor maps back to a handle (`verifyActorHandle`). Requests go through
 * `@fedikit/fetch`'s `safeFetch` unless you pass another `fetch`; results and errors are those
 * of `@fedikit/webfinger` (`WebFingerError`, `WebFingerWarning`).
 *
 * @packageDocumentation
 * @module client
 */
export type { WebFingerClientOptions } from "./client-options.js";
export { type LookupHostMetaOptions, lookupHostMeta } from "./host-meta.js";
export {
  createHostMetaCache,
  type HostMetaCache,
  type HostMetaCacheOptions,
  type HostMetaFound,
  type LookupHostMetaResult,
} from "./host-meta-cache.js";
export {
  type LookupWebFingerOptions,
  type LookupWebFingerResult,
  lookupWebFinger,
  type WebFingerFound,
} from "./lookup-webfinger.js";
export {
  type HandleResolved,
  type ResolveHandleOptions,
  type ResolveHandleResult,
  resolveHandle,
} from "./resolve-handle.js";
export {
  type ActorHandleVerified,
  type VerifyActorHandleOptions,
  type VerifyActorHandleResult,
  verifyActorHandle,
} from "./verify-actor-handle.js";
