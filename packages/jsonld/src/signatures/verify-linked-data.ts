import { failure, getOwn, type Result, success } from "@fedikit/core";
import {
  type KeyResolver,
  type KeyResolverFunction,
  type PublicKeyInput,
  verifyBytes,
} from "@fedikit/http-signatures";
import type { Schema } from "@fedikit/vocab";
import type { JsonLdCallOptions } from "../engine/run-options.js";
import { JsonLdError, quote } from "../jsonld-error.js";
import type { NormalizeWarning } from "../normalize/normalize-warning.js";
import { callBudget } from "./call-budget.js";
import { type CompactDocument, coveredDocument } from "./covered-document.js";
import { keyFailure, withKeyId } from "./key-failure.js";
import { maxKeyIdLength, rsaSignature2017 } from "./linked-data-signature.js";
import { linkedDataSigningInput } from "./signing-input.js";

/** Options of {@link verifyLinkedData}. */
export interface VerifyLinkedDataOptions extends JsonLdCallOptions {
  /**
   * Looks up the key the signature's `creator` names: the same `KeyResolver` (or function) that
   * `@fedikit/http-signatures` takes, so one cached resolver (`createCachingKeyResolver`) serves
   * HTTP signatures, Linked Data signatures and proofs.
   */
  readonly keyResolver: KeyResolver | KeyResolverFunction;
  /**
   * When the signature does not verify, ask the resolver once more with `refresh: true` and try
   * the key it returns then (the signer rotated its key).
   * @defaultValue `true`
   */
  readonly refreshKeyOnFailure?: boolean;
  /**
   * The vocabulary whose compact form {@link VerifiedLinkedData.document} is in.
   * @defaultValue `defaultSchema()` from `@fedikit/vocab`
   */
  readonly schema?: Schema;
}

/** A verified Linked Data signature: who signed, and what the signature covers. */
export interface VerifiedLinkedData {
  /** The key that signed: the signature's `creator`. */
  readonly keyId: string;
  /**
   * The actor that owns the key, as the key resolver confirmed it (found in the actor's own
   * document, as `createFetchKeyLoader` checks, or from the application's own records), or
   * `undefined` when nobody confirmed one. Accept the document as the actor's only when
   * `owner === document.actor`: the same meaning as `VerifiedSignature.owner` in
   * `@fedikit/http-signatures`.
   */
  readonly owner: string | undefined;
  /** The key that verified, as the key resolver returned it. */
  readonly key: PublicKeyInput;
  /** The signature's `created`, or `undefined` when it has none or it is not a date. */
  readonly created: Date | undefined;
  /**
   * What the signature covers, to read instead of the document as it arrived: the signed
   * document without its `signature`, normalized to the vocabulary's compact form (as
   * `normalize` returns it). The signature covers the document's RDF meaning, not its JSON, so a
   * context that swaps or renames terms keeps the signature valid; this form reads the meaning.
   */
  readonly document: CompactDocument;
}

/** Longest `signatureValue` read: the base64 of an RSA-16384 signature has 2,732 characters. */
const maxSignatureValueLength = 4096;
/** Standard base64 with padding (what Mastodon's `Base64.strict_encode64` writes); linear to test. */
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;
const whitespace = /\s+/g;

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function malformed(message: string, keyId?: string): JsonLdError {
  return new JsonLdError("malformed_signature", message, keyId === undefined ? {} : { keyId });
}

/** The `signature` object and what it names, or why it cannot be checked. */
function readSignature(
  document: JsonObject,
): { signature: JsonObject; creator: string; value: Buffer } | JsonLdError {
  const signature = getOwn(document, "signature");
  if (signature === undefined || signature === null) {
    return new JsonLdError("missing_signature", "The document has no Linked Data signature (`signature`).");
  }
  if (!isObject(signature)) return malformed("The document's `signature` is not a JSON object.");
  const type = getOwn(signature, "type");
  if (type !== rsaSignature2017) {
    return new JsonLdError(
      "unsupported_type",
      `The signature type is ${typeof type === "string" ? quote(type) : typeof type}; only RsaSignature2017 (what Mastodon signs) is verified.`,
    );
  }
  const creator = getOwn(signature, "creator");
  if (typeof creator !== "string" || creator === "" || creator.length > maxKeyIdLength) {
    return malformed(
      `The signature has no \`creator\` (the id of the key that signed) of at most ${maxKeyIdLength} characters.`,
    );
  }
  const signatureValue = getOwn(signature, "signatureValue");
  if (typeof signatureValue !== "string" || signatureValue.length > maxSignatureValueLength) {
    return malformed(
      `The signature has no \`signatureValue\` of at most ${maxSignatureValueLength} characters.`,
      creator,
    );
  }
  const compact = signatureValue.replace(whitespace, "");
  if (compact === "" || !base64.test(compact)) {
    return malformed("The signature's `signatureValue` is not base64.", creator);
  }
  return { signature, creator, value: Buffer.from(compact, "base64") };
}

function createdDate(signature: JsonObject): Date | undefined {
  const created = getOwn(signature, "created");
  if (typeof created !== "string") return undefined;
  const time = Date.parse(created);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/**
 * Verifies a Linked Data signature (`RsaSignature2017`) exactly as Mastodon does: the signature
 * options (the signature without `type`, `id` and `signatureValue`, under
 * `https://w3id.org/identity/v1`) and the document without `signature` are each canonicalized
 * (RDFC-1.0, through this package's context loader and work limits), hashed with SHA-256 and
 * joined in hex; the `creator` key must verify that with RSASSA-PKCS1-v1_5 / SHA-256.
 *
 * Stricter than Mastodon in one way: a document (or signature) with anything canonicalization
 * would drop, which the signature therefore does not cover (a term its context does not define,
 * a relative IRI), fails with `uncovered_content` instead of being accepted with unsigned data
 * in it. The fediverse's signed documents have none.
 *
 * On success, `value.owner` says whose key signed (check `value.owner === value.document.actor`)
 * and `value.document` is what the signature covers, normalized: read it, not the input.
 * Never throws for the document: failures (`missing_signature`, `malformed_signature`,
 * `unsupported_type`, `uncovered_content`, `key_not_found`, `key_fetch_failed`, `invalid_key`,
 * `wrong_key_type`, `signature_mismatch`, and every failure of `canonize` and `normalize`) come
 * back as results. `timeout` bounds the whole check, key lookup excepted (the resolver has its
 * own bounds).
 *
 * @throws TypeError or RangeError when an option is of the wrong type or out of range.
 * @returns a promise that rejects only when `signal` aborts, with its reason.
 */
export async function verifyLinkedData(
  document: unknown,
  options: VerifyLinkedDataOptions,
): Promise<Result<VerifiedLinkedData, JsonLdError, NormalizeWarning>> {
  if (typeof options !== "object" || options === null || options.keyResolver === undefined) {
    throw new TypeError("verifyLinkedData needs options.keyResolver.");
  }
  const nextOptions = callBudget(options);
  options.signal?.throwIfAborted();
  if (!isObject(document)) {
    return failure(new JsonLdError("malformed_document", "Expected a JSON object at the top level"));
  }
  const read = readSignature(document);
  if (read instanceof JsonLdError) return failure(read);
  const { signature: _signature, ...unsigned } = document;
  const input = await linkedDataSigningInput(unsigned, read.signature, nextOptions);
  if (!input.ok) return failure(withKeyId(input.error, read.creator));
  const verified = await verifyBytes(input.value, read.value, {
    keyResolver: options.keyResolver,
    keyId: read.creator,
    algorithm: "rsa-v1_5-sha256",
    refreshKeyOnFailure: options.refreshKeyOnFailure !== false,
  });
  if (!verified.ok) return failure(keyFailure(verified.error, read.creator));
  const covered = await coveredDocument(unsigned, nextOptions());
  if (!covered.ok) return failure(withKeyId(covered.error, read.creator));
  return success(
    {
      keyId: read.creator,
      owner: verified.value.owner,
      key: verified.value.key,
      created: createdDate(read.signature),
      document: covered.value,
    },
    covered.warnings,
  );
}
