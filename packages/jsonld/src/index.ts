/**
 * Receiving JSON-LD safely: bundled fediverse contexts served from memory, a context loader
 * that fetches nothing unless allowed (and then only through `@fedikit/fetch`), work limits on
 * every call into jsonld.js, {@link normalize} to the compact form of `@fedikit/vocab` with a
 * fast path proven equal to the JSON-LD algorithms, and {@link canonize} to RDFC-1.0 N-Quads.
 *
 * @packageDocumentation
 */
export { type CanonizeOptions, canonize, canonizeNQuads } from "./canonize/canonize.js";
export {
  type BundledContext,
  bundledContexts,
  bundledContextUrl,
  getBundledContext,
  type JsonObject,
} from "./contexts/bundled-contexts.js";
export type { JsonLdCallOptions } from "./engine/run-options.js";
export {
  isJsonLdError,
  JsonLdError,
  type JsonLdErrorCode,
  type JsonLdErrorDetails,
} from "./jsonld-error.js";
export { documentLimitDefaults } from "./limits/document-limits.js";
export {
  type ContextLoader,
  type ContextLoaderOptions,
  contextLoaderDefaults,
  type LoadedContext,
} from "./loader/context-loader.js";
export { createContextLoader } from "./loader/create-context-loader.js";
export {
  type NormalizedDocument,
  type NormalizeOptions,
  normalize,
} from "./normalize/normalize.js";
export type { NormalizeWarning, NormalizeWarningCode } from "./normalize/normalize-warning.js";
export type { UndefinedTermPolicy } from "./normalize/undefined-terms.js";
export { type CreateProofOptions, createProof } from "./proofs/create-proof.js";
export { type Cryptosuite, cryptosuites, type DataIntegrityProof } from "./proofs/data-integrity-proof.js";
export { type VerifiedProof, type VerifyProofOptions, verifyProof } from "./proofs/verify-proof.js";
export type { CompactDocument } from "./signatures/covered-document.js";
export type { LinkedDataSignature } from "./signatures/linked-data-signature.js";
export { type SignLinkedDataOptions, signLinkedData } from "./signatures/sign-linked-data.js";
export {
  type VerifiedLinkedData,
  type VerifyLinkedDataOptions,
  verifyLinkedData,
} from "./signatures/verify-linked-data.js";
