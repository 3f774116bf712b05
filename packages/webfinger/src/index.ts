export { type Acct, acctAuthority, type SameAcctOptions, sameAcct } from "./acct.js";
export { AcctSyntaxError, type AcctSyntaxErrorCode } from "./acct-syntax-error.js";
export { encodeUserPart, formatAcctUri, parseAcctUri } from "./acct-uri.js";
export { activityStreamsProfile, findActorLink, isActivityPubLinkType } from "./actor-link.js";
export { type FormatHandleOptions, formatHandle, parseHandle } from "./handle.js";
export { formatHostAndPort, hostToUnicode, type ParsedHost, parseHost } from "./host.js";
export {
  expandLrddTemplate,
  findLrddTemplate,
  type HostMetaFound,
  type LookupHostMetaResult,
  lookupHostMeta,
} from "./host-meta.js";
export {
  createHostMetaHandler,
  createHostMetaJsonHandler,
  type HostMetaHandlerOptions,
} from "./host-meta-handler.js";
export { filterJrdLinks, type Jrd, type JrdLink, parseJrd } from "./jrd.js";
export {
  type LookupWebFingerOptions,
  type LookupWebFingerResult,
  lookupWebFinger,
  type WebFingerFound,
} from "./lookup.js";
export type { WebFingerClientOptions } from "./lookup-options.js";
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
export {
  WebFingerError,
  type WebFingerErrorCode,
  type WebFingerErrorDetails,
  type WebFingerFailure,
} from "./webfinger-error.js";
export {
  createWebFingerHandler,
  type WebFingerHandlerOptions,
  type WebFingerResolution,
  type WebFingerResource,
} from "./webfinger-handler.js";
export { parseXrd } from "./xrd.js";
