export { type Acct, acctAuthority, type SameAcctOptions, sameAcct } from "./acct/acct.js";
export { AcctSyntaxError, type AcctSyntaxErrorCode } from "./acct/acct-syntax-error.js";
export { encodeUserPart, formatAcctUri, parseAcctUri } from "./acct/acct-uri.js";
export { activityStreamsProfile, findActorLink, isActivityPubLinkType } from "./documents/actor-link.js";
export { type FormatHandleOptions, formatHandle, parseHandle } from "./acct/handle.js";
export { formatHostAndPort, hostToUnicode, type ParsedHost, parseHost } from "./acct/host.js";
export {
  expandLrddTemplate,
  findLrddTemplate,
  type HostMetaFound,
  type LookupHostMetaResult,
  lookupHostMeta,
} from "./client/host-meta.js";
export {
  createHostMetaHandler,
  createHostMetaJsonHandler,
  type HostMetaHandlerOptions,
} from "./server/host-meta-handler.js";
export { filterJrdLinks, type Jrd, type JrdLink, parseJrd } from "./documents/jrd.js";
export {
  type LookupWebFingerOptions,
  type LookupWebFingerResult,
  lookupWebFinger,
  type WebFingerFound,
} from "./client/lookup-webfinger.js";
export type { WebFingerClientOptions } from "./client/client-options.js";
export {
  type HandleResolved,
  type ResolveHandleOptions,
  type ResolveHandleResult,
  resolveHandle,
} from "./client/resolve-handle.js";
export {
  type ActorHandleVerified,
  type VerifyActorHandleOptions,
  type VerifyActorHandleResult,
  verifyActorHandle,
} from "./client/verify-actor-handle.js";
export {
  WebFingerError,
  type WebFingerErrorCode,
  type WebFingerErrorDetails,
  type WebFingerFailure,
} from "./shared/webfinger-error.js";
export {
  createWebFingerHandler,
  type WebFingerHandlerOptions,
  type WebFingerResolution,
  type WebFingerResource,
} from "./server/webfinger-handler.js";
export { parseXrd } from "./documents/xrd.js";
