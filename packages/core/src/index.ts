/**
 * The grammar every Fedikit package shares: {@link FedikitError} with stable codes, one
 * {@link Result} shape for functions that read remote input, bounded caches, the same-origin rule
 * for remote documents, media types, and option checks that name the option.
 *
 * @packageDocumentation
 */
export { BoundedMap } from "./bounded-map.js";
export { FedikitError, hasCode, isFedikitError } from "./fedikit-error.js";
export type { FetchFunction } from "./fetch-function.js";
export {
  activityStreamsAccept,
  isActivityStreamsMediaType,
  isJrdMediaType,
  jrdAccept,
  type MediaType,
  parseMediaType,
} from "./media-type.js";
export { durationOption, integerOption } from "./option-checks.js";
export { httpOrigin, mayClaimId, sameOrigin } from "./origin.js";
export { getOwn } from "./own-property.js";
export { type Failure, failure, type Result, type Success, success, unwrap, type Warning } from "./result.js";
export { type CacheEntry, TtlCache, type TtlCacheOptions } from "./ttl-cache.js";
