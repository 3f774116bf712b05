/**
 * WebFinger (RFC 7033) and `acct:` URIs (RFC 7565) the way the fediverse uses them: handle and
 * `acct:` URI parsing, JRD and XRD documents, and the server handlers. Nothing here needs Node:
 * this entry bundles for browsers and edge runtimes. The lookup client (`lookupWebFinger`,
 * `resolveHandle` …) is in `@fedikit/webfinger/client`, which uses `@fedikit/fetch`.
 *
 * @packageDocumentation
 */
export { type Acct, acctAuthority, formatHostAndPort, type SameAcctOptions, sameAcct } from "./acct/acct.js";
export { encodeUserPart, formatAcctUri, parseAcctUri } from "./acct/acct-uri.js";
export { type FormatHandleOptions, formatHandle, parseHandle } from "./acct/handle.js";
export { hostToUnicode, type ParsedHost, parseHost } from "./acct/host.js";
export { activityStreamsProfile, findActorLink, isActivityPubLinkType } from "./documents/actor-link.js";
export { filterJrdLinks, type Jrd, type JrdLink } from "./documents/jrd.js";
export { expandLrddTemplate, findLrddTemplate } from "./documents/lrdd-template.js";
export { parseJrd } from "./documents/parse-jrd.js";
export { parseXrd } from "./documents/xrd.js";
export {
  createHostMetaHandler,
  createHostMetaJsonHandler,
  type HostMetaHandlerOptions,
} from "./server/host-meta-handler.js";
export {
  createWebFingerHandler,
  type FoundResource,
  type WebFingerHandlerOptions,
} from "./server/webfinger-handler.js";
export type { WebFingerResource } from "./server/webfinger-resource.js";
export {
  type AcctSyntaxCode,
  type FetchFailureCode,
  WebFingerError,
  type WebFingerErrorCode,
  type WebFingerErrorDetails,
} from "./shared/webfinger-error.js";
export type { WebFingerWarning, WebFingerWarningCode } from "./shared/webfinger-warning.js";
