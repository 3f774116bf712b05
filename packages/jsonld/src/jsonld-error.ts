import { FedikitError } from "@fedikit/core";
import type { FetchErrorCode } from "@fedikit/fetch";

/**
 * Stable machine-readable reasons for a {@link JsonLdError}.
 *
 * - `remote_context_blocked`: the document names a context that is neither bundled nor given in
 *   `contexts`, and the context loader does not allow remote contexts.
 * - `context_origin_mismatch`: a remote context was served from another origin than its URL (a
 *   redirect elsewhere); a document speaks only for its own origin.
 * - `too_many_contexts`: the document needs more remote contexts than `maxContexts`.
 * - `invalid_context`: a context (inline or loaded) is not a valid JSON-LD context.
 * - `protected_term_redefinition`: a context tries to redefine a protected term.
 * - `malformed_document`: the input is not a JSON object, or not valid JSON-LD.
 * - `not_a_single_node`: the document expands to no node, or to more than one (a top-level
 *   `@graph` of several objects); normalization reads one object.
 * - `too_many_nodes` / `too_deep`: the document has more objects and arrays than `maxNodes`, or
 *   nests deeper than `maxDepth`; checked before any JSON-LD algorithm runs.
 * - `work_limit_exceeded`: canonicalization needed more work than `maxWorkFactor` allows.
 * - `timeout`: the operation took longer than `timeout` (loading contexts included).
 * - `ssrf_blocked`, `too_large`, `http_status`, `bad_content_type`, `invalid_json`, `origin_mismatch`,
 *   `bad_scheme`, `too_many_redirects`, `network`: loading a remote context failed in
 *   `@fedikit/fetch`; the same code as the `FetchError`, which is the `cause`.
 *
 * Linked Data signatures and FEP-8b32 proofs add:
 *
 * - `missing_signature`: the document has no `signature` (or no `proof`).
 * - `malformed_signature`: the signature or proof is not an object, or a member of it is
 *   missing or malformed (`creator`, `signatureValue`, `verificationMethod`, `proofValue`,
 *   `created` …).
 * - `unsupported_type`: a signature type other than `RsaSignature2017`, a proof type other than
 *   `DataIntegrityProof`, a cryptosuite other than `eddsa-jcs-2022` / `eddsa-rdfc-2022`, or a
 *   `proofPurpose` other than `assertionMethod`.
 * - `unsupported_proof_set`: more than one proof, or a proof chain (`previousProof`).
 * - `uncovered_content`: part of the document would not be covered by the signature: a term its
 *   context does not define, a relative IRI, or anything else RDF canonicalization drops.
 * - `key_not_found`, `key_fetch_failed`, `invalid_key`, `wrong_key_type`, `signature_mismatch`:
 *   as in `@fedikit/http-signatures`, whose `SignatureError` is the `cause`.
 * - `key_origin_mismatch`: the proof's verification method is on another origin than the
 *   object's `id`, and is not the key of an owner on that origin (FEP-fe34).
 * - `expired`: the proof's `expires` time has passed.
 */
export type JsonLdErrorCode =
  | "remote_context_blocked"
  | "context_origin_mismatch"
  | "too_many_contexts"
  | "invalid_context"
  | "protected_term_redefinition"
  | "malformed_document"
  | "not_a_single_node"
  | "too_many_nodes"
  | "too_deep"
  | "work_limit_exceeded"
  | "missing_signature"
  | "malformed_signature"
  | "unsupported_type"
  | "unsupported_proof_set"
  | "uncovered_content"
  | "key_not_found"
  | "key_fetch_failed"
  | "invalid_key"
  | "wrong_key_type"
  | "key_origin_mismatch"
  | "expired"
  | "signature_mismatch"
  | FetchErrorCode;

/** What a {@link JsonLdError} carries beside its code and message. */
export interface JsonLdErrorDetails {
  /** The context URL involved, for context errors. */
  readonly url?: string;
  /** The error code of the JSON-LD specification that jsonld.js reported (`invalid local context` …). */
  readonly jsonLdCode?: string;
  /** The failure behind this one (a `FetchError`, a jsonld.js error, a `SignatureError`). */
  readonly cause?: unknown;
  /** The key id of the signature or proof, for signature errors. */
  readonly keyId?: string;
}

/**
 * The one error type of `@fedikit/jsonld`. Switch on {@link JsonLdError.code}; the message says
 * what happened and which option changes it.
 */
export class JsonLdError extends FedikitError<JsonLdErrorCode> {
  /** The context URL involved, when there is one. */
  readonly url: string | undefined;
  /** The JSON-LD specification's error code, when jsonld.js reported one. */
  readonly jsonLdCode: string | undefined;
  /** The key id of the signature or proof, when one was read. */
  readonly keyId: string | undefined;

  /**
   * @param code - why it failed.
   * @param message - what happened and what to change.
   * @param details - the URL, the JSON-LD error code, the key id and the cause, where there are some.
   */
  constructor(code: JsonLdErrorCode, message: string, details: JsonLdErrorDetails = {}) {
    super(code, message, details.cause === undefined ? {} : { cause: details.cause });
    this.name = "JsonLdError";
    this.url = details.url;
    this.jsonLdCode = details.jsonLdCode;
    this.keyId = details.keyId;
  }
}

/** Whether a value is a {@link JsonLdError}, optionally with one of the given codes. */
export function isJsonLdError(value: unknown, ...codes: JsonLdErrorCode[]): value is JsonLdError {
  return value instanceof JsonLdError && (codes.length === 0 || codes.includes(value.code));
}

const maxQuoted = 120;

/** A value a remote party chose, shortened for a message (a hostile server controls its length). */
export function quote(value: string): string {
  return JSON.stringify(value.length > maxQuoted ? `${value.slice(0, maxQuoted)}…` : value);
}
