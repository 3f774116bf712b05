import { encodeMultibaseBase58btc, type PrivateKeyInput, signBytes } from "@fedikit/http-signatures";
import type { JsonLdCallOptions } from "../engine/run-options.js";
import { documentLimits, exceedsLimits } from "../limits/document-limits.js";
import { callBudget } from "../signatures/call-budget.js";
import { signingTime } from "../signatures/signing-time.js";
import {
  assertionMethod,
  type Cryptosuite,
  cryptosuites,
  type DataIntegrityProof,
  dataIntegrityProof,
} from "./data-integrity-proof.js";
import { proofHashData } from "./proof-hash.js";

/** Options of {@link createProof}. */
export interface CreateProofOptions extends JsonLdCallOptions {
  /**
   * The id of the key that signs: a Multikey the actor lists in its `assertionMethod`
   * (FEP-521a), on the object's origin, e.g. `https://example.com/users/alice#ed25519-key`.
   */
  readonly verificationMethod: string;
  /**
   * The Ed25519 private key: a PEM, a `KeyObject`, a `CryptoKey`, a JWK, or what
   * `importPrivateKey` from `@fedikit/http-signatures` returned (import once, sign many).
   */
  readonly privateKey: PrivateKeyInput;
  /**
   * How to canonicalize: `eddsa-jcs-2022` (JCS, what FEP-8b32 recommends and the fediverse
   * sends) or `eddsa-rdfc-2022` (RDF canonicalization, through the context loader and limits).
   * @defaultValue `"eddsa-jcs-2022"`
   */
  readonly cryptosuite?: Cryptosuite;
  /**
   * When the proof was made (`created`, written to the second).
   * @defaultValue the time `now` returns
   */
  readonly created?: Date | number;
  /**
   * The clock, in epoch milliseconds.
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const activityStreamsContext = "https://www.w3.org/ns/activitystreams";
const dataIntegrityContexts: readonly string[] = [
  "https://w3id.org/security/data-integrity/v2",
  "https://w3id.org/security/data-integrity/v1",
];

/**
 * The object's `@context` with the data integrity context added when it names none: without it
 * `proof` is a term JSON-LD readers (Fedify, any verifier of `eddsa-rdfc-2022`) do not know, so
 * they would not see the proof. An object without `@context` is ActivityStreams (AS2 §2.1).
 */
function withDataIntegrityContext(context: unknown): unknown {
  const entries =
    context === undefined ? [activityStreamsContext] : Array.isArray(context) ? context : [context];
  if (entries.some((entry) => typeof entry === "string" && dataIntegrityContexts.includes(entry)))
    return context;
  return [...entries, dataIntegrityContexts[0]];
}

/**
 * Adds an object integrity proof (FEP-8b32) to an object and returns the copy: a
 * `DataIntegrityProof` with `proofPurpose: "assertionMethod"`, signed with EdDSA (Ed25519) over
 * SHA-256 of the canonical proof configuration and of the canonical object, as vc-di-eddsa
 * specifies for `eddsa-jcs-2022` and `eddsa-rdfc-2022`. For `eddsa-jcs-2022` the proof repeats
 * the object's `@context`, as that spec and FEP-8b32's test vector do. When the object's
 * `@context` names no data integrity context, `https://w3id.org/security/data-integrity/v2` is
 * added to it (before signing): JSON-LD readers such as Fedify see no `proof` without it.
 *
 * An object carries one proof (FEP-8b32): one that already has a `proof` is refused, and so is
 * one with a Linked Data `signature`, which must be made after the proof (sign the result with
 * `signLinkedData`).
 *
 * @throws TypeError when the object is not a JSON object or already has a `proof` or
 *   `signature`, when `verificationMethod` or `privateKey` is missing, the key is not an Ed25519
 *   private key, `cryptosuite` is unknown, or an option is out of range.
 * @returns a promise that rejects with a {@link JsonLdError} when the object cannot be
 *   canonicalized (`too_deep`, `uncovered_content` or `remote_context_blocked` for
 *   `eddsa-rdfc-2022` …), and with the signal's reason when `signal` aborts.
 */
export async function createProof<T extends object>(
  object: T,
  options: CreateProofOptions,
): Promise<Omit<T, "@context"> & { readonly "@context": unknown; readonly proof: DataIntegrityProof }> {
  if (!isObject(object)) throw new TypeError("createProof signs a JSON object.");
  if (Object.hasOwn(object, "proof")) {
    throw new TypeError("The object already has a proof; FEP-8b32 objects carry one.");
  }
  if (Object.hasOwn(object, "signature")) {
    throw new TypeError(
      "The object has a Linked Data signature: create the proof first, then sign with signLinkedData.",
    );
  }
  if (typeof options !== "object" || options === null) throw new TypeError("createProof needs options.");
  const { verificationMethod, privateKey } = options;
  if (typeof verificationMethod !== "string" || verificationMethod === "") {
    throw new TypeError("options.verificationMethod is required.");
  }
  if (privateKey === undefined || privateKey === null) throw new TypeError("options.privateKey is required.");
  const cryptosuite = options.cryptosuite ?? "eddsa-jcs-2022";
  if (!cryptosuites.includes(cryptosuite)) {
    throw new TypeError(`options.cryptosuite must be one of ${cryptosuites.join(", ")}.`);
  }
  const created = signingTime(options.created, options.now);
  const nextOptions = callBudget(options);
  options.signal?.throwIfAborted();
  const tooBig = exceedsLimits(object, documentLimits(options));
  if (tooBig !== undefined) throw tooBig;
  const context = withDataIntegrityContext((object as Readonly<Record<string, unknown>>)["@context"]);
  const unsecured = { ...object, "@context": context };
  const members = {
    type: dataIntegrityProof,
    cryptosuite,
    verificationMethod,
    proofPurpose: assertionMethod,
  };
  const configuration = { "@context": context, ...members, created };
  const hashData = await proofHashData(cryptosuite, unsecured, configuration, nextOptions);
  if (!hashData.ok) throw hashData.error;
  const proofValue = encodeMultibaseBase58btc(await signBytes(hashData.value, privateKey, "ed25519"));
  const written = cryptosuite === "eddsa-jcs-2022" ? { "@context": context } : {};
  const proof = { ...written, ...members, proofValue, created } as DataIntegrityProof;
  return { ...unsecured, proof };
}
