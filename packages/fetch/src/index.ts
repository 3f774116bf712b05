/**
 * The one outbound HTTP path of Fedikit: {@link createSafeFetch}, a `fetch`-compatible function
 * guarded against server-side request forgery (DNS-rebinding safe), oversized bodies, slow
 * servers and redirect tricks, with per-call bounds; and bounded readers for fediverse documents
 * that return a `Result`.
 *
 * @packageDocumentation
 */
export { type AddressGuard, type AddressGuardOptions, createAddressGuard } from "./address-guard.js";
export { classifyAddress, isPublicAddress, type NonPublicReason } from "./address-policy.js";
export {
  exceedsJsonDepth,
  type ReadBytesOptions,
  type ReadJsonOptions,
  type ReadTextOptions,
  readBytes,
  readJson,
  readJsonDefaults,
  readText,
} from "./bounded-body.js";
export { createSafeFetch, type SafeFetch, safeFetch } from "./create-safe-fetch.js";
export {
  type FetchActivityStreamsOptions,
  type FetchedDocument,
  type FetchJrdOptions,
  fetchActivityStreams,
  fetchJrd,
} from "./fediverse-documents.js";
export { FetchError, type FetchErrorCode, type FetchErrorDetails, isFetchError } from "./fetch-error.js";
export {
  type FetchFollowingRedirectsOptions,
  type FollowedResponse,
  fetchFollowingRedirects,
} from "./follow-redirects.js";
export { type HostLookup, type ResolvedAddress, systemLookup } from "./guarded-lookup.js";
export { credentialHeaders, isRedirectStatus } from "./redirect.js";
export {
  type SafeFetchInit,
  type SafeFetchOptions,
  type SafeFetchRequestOptions,
  safeFetchDefaults,
} from "./safe-fetch-options.js";
export { isLocalhostName } from "./target-check.js";
export { defaultUserAgent, version } from "./user-agent.js";
