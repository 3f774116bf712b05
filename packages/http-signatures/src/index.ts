/**
 * HTTP signatures for the fediverse: sign and verify requests (and responses) with draft-cavage-12
 * and RFC 9421, with `Digest` / `Content-Digest`, key resolution with owner confirmation and
 * caching, double-knocking, and failures ({@link SignatureError}) that say what to fix.
 *
 * @packageDocumentation
 */
export {
  type ContentDigestAlgorithm,
  createContentDigestHeader,
  verifyContentDigestHeader,
} from "./digest/content-digest.js";
export type { DigestCheck, DigestMatch } from "./digest/digest-check.js";
export { createDigestHeader, type DigestAlgorithm, verifyDigestHeader } from "./digest/digest-header.js";
export {
  createDoubleKnockFetch,
  type DoubleKnockFetchOptions,
  type DoubleKnockSignOptions,
  type SpecSignOptions,
} from "./double-knock.js";
export type { DraftAlgorithm } from "./draft/algorithms.js";
export { findPublicKey } from "./keys/actor-key.js";
export {
  signBytes,
  type VerifiedBytes,
  type VerifyBytesOptions,
  verifyBytes,
} from "./keys/byte-signatures.js";
export {
  type CachingKeyResolver,
  type CachingKeyResolverOptions,
  createCachingKeyResolver,
  type KeyLoader,
} from "./keys/caching-key-resolver.js";
export { createFetchKeyLoader, type FetchKeyLoaderOptions } from "./keys/fetch-key-loader.js";
export { importPrivateKey, type PrivateKeyInput } from "./keys/import-private-key.js";
export { importPublicKey, type KeyDocument, type PublicKeyInput } from "./keys/import-public-key.js";
export type { ImportedKey } from "./keys/imported-key.js";
export type {
  KeyResolveOptions,
  KeyResolver,
  KeyResolverFunction,
  ResolvedKey,
} from "./keys/key-resolver.js";
export { decodeMultibaseBase58btc, encodeMultibaseBase58btc } from "./keys/multibase.js";
export type { Rfc9421Algorithm } from "./rfc9421/algorithms.js";
export type { StructuredFieldType } from "./rfc9421/structured-field-types.js";
export type { BodyInput } from "./shared/body.js";
export type { TimeInput } from "./shared/clock.js";
export type { HeadersInput, RequestLike, ResponseLike } from "./shared/message.js";
export {
  SignatureError,
  type SignatureErrorCode,
  type SignatureErrorContext,
} from "./shared/signature-error.js";
export type { KeyType } from "./shared/signature-method.js";
export type { SignatureSpec } from "./shared/spec.js";
export type { SignOptions, SignResponseOptions } from "./sign-options.js";
export { signRequest } from "./sign-request.js";
export { signResponse } from "./sign-response.js";
export { createMemorySpecStore, type MemorySpecStoreOptions, type SpecStore } from "./spec-store.js";
export type { VerificationResult, VerifiedSignature } from "./verified-signature.js";
export type { VerifyOptions, VerifyResponseOptions } from "./verify-options.js";
export { verifyRequest, verifyResponse } from "./verify-request.js";
