import { isDeepStrictEqual } from "node:util";
import { failure, getOwn, type Result, sameOrigin, success } from "@fedikit/core";
import {
  decodeMultibaseBase58btc,
  type KeyResolver,
  type KeyResolverFunction,
  type PublicKeyInput,
  verifyBytes,
} from "@fedikit/http-signatures";
import type { Schema } from "@fedikit/vocab";
import type { JsonLdCallOptions } from "../engine/run-options.js";
import { JsonLdError, quote } from "../jsonld-error.js";
import { documentLimits, exceedsLimits } from "../limits/document-limits.js";
import type { NormalizeWarning } from "../normalize/normalize-warning.js";
import { callBudget } from "../signatures/call-budget.js";
import { coveredDocument } from "../signatures/covered-document.js";
import { keyFailure, withKeyId } from "../signatures/key-failure.js";
import { maxKeyIdLength } from "../signatures/linked-data-signature.js";
import {
  assertionMethod,
  type Cryptosuite,
  cryptosuites,
  dataIntegrityProof,
} from "./data-integrity-proof.js";
import { proofHashData } from "./proof-hash.js";
import { parseDateTimeStamp } from "./xsd-date-time.js";

/** Options of {@link verifyProof}. */
export interface VerifyProofOptions extends JsonLdCallOptions {
  /**
   * Looks up the key the proof's `verificationMethod` names: the same `KeyResolver` (or
   * function) that `@fedikit/http-signatures` takes, so one cached resolver serves HTTP
   * signatures, Linked Data signatures and proofs. `createFetchKeyLoader` finds Multikeys in an
   * actor's `assertionMethod` (FEP-521a) and confirms their owner.
   */
  readonly keyResolver: KeyResolver | KeyResolverFunction;
  /**
   * When the proof does not verify, ask the resolver once more with `refresh: true` and try the
   * key it returns then (the signer rotated its key).
   * @defaultValue `true`
   */
  readonly refreshKeyOnFailure?: boolean;
  /**
   * The clock, in epoch milliseconds, for a proof's `expires`.
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
  /**
   * The vocabulary whose compact form {@link VerifiedProof.document} is in for
   * `eddsa-rdfc-2022` proofs.
   * @defaultValue `defaultSchema()` from `@fedikit/vocab`
   */
  readonly schema?: Schema;
}

/** A verified object integrity proof: who made it, and what it covers. */
export interface VerifiedProof {
  /** The key that signed: the proof's `verificationMethod`. */
  readonly keyId: string;
  /**
   * The actor that owns the key, as the key resolver confirmed it (the key is in the actor's own
   * `assertionMethod`, as `createFetchKeyLoader` checks, or the application's records say so), or
   * `undefined` when nobody confirmed one. FEP-8b32 asks that it be the object's owner: accept
   * an activity only when `owner === document.actor` (an object: `document.attributedTo`), the
   * same check as for `VerifiedSignature.owner` in `@fedikit/http-signatures`.
   */
  readonly owner: string | undefined;
  /** The key that verified, as the key resolver returned it. */
  readonly key: PublicKeyInput;
  /** How the proof was made. */
  readonly cryptosuite: Cryptosuite;
  /** The proof's `created`, or `undefined` when it has none. */
  readonly created: Date | undefined;
  /**
   * What the proof covers, to read instead of the object as it arrived. For `eddsa-jcs-2022`,
   * the object without `proof` (and without a Linked Data `signature`), exactly as signed: JCS
   * covers every byte of its JSON. For `eddsa-rdfc-2022`, whose signature covers the RDF meaning
   * rather than the JSON, that object normalized to the vocabulary's compact form (as `normalize`
   * returns it), so that no context trick can make it read differently from what was signed.
   */
  readonly document: Readonly<Record<string, unknown>>;
}

type JsonObject = Readonly<Record<string, unknown>>;

/** The decoded length of an Ed25519 signature. */
const ed25519SignatureBytes = 64;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return typeof value === "string" ? quote(value) : typeof value;
}

function malformed(message: string, keyId?: string): JsonLdError {
  return new JsonLdError("malformed_signature", message, keyId === undefined ? {} : { keyId });
}

/** A proof read and checked for shape, before any cryptography. */
interface ReadProof {
  readonly proof: JsonObject;
  readonly cryptosuite: Cryptosuite;
  readonly verificationMethod: string;
  readonly signature: Uint8Array;
  readonly created: Date | undefined;
  readonly expires: Date | undefined;
}

/** The one proof an object carries. Sets and chains are refused: FEP-8b32 objects carry one. */
function findProof(object: JsonObject): JsonObject | JsonLdError {
  let proof = getOwn(object, "proof");
  if (Array.isArray(proof)) {
    if (proof.length > 1) {
      return new JsonLdError(
        "unsupported_proof_set",
        `The object carries ${proof.length} proofs; FEP-8b32 objects carry one, and proof sets are not verified.`,
      );
    }
    proof = proof[0];
  }
  if (proof === undefined || proof === null) {
    return new JsonLdError("missing_signature", "The object has no integrity proof (`proof`).");
  }
  if (!isObject(proof)) return malformed("The object's `proof` is not a JSON object.");
  return proof;
}

function readProof(object: JsonObject): ReadProof | JsonLdError {
  const proof = findProof(object);
  if (proof instanceof JsonLdError) return proof;
  const type = getOwn(proof, "type");
  if (type !== dataIntegrityProof) {
    return new JsonLdError(
      "unsupported_type",
      `The proof type is ${describe(type)}; only DataIntegrityProof (FEP-8b32) is verified.`,
    );
  }
  const cryptosuite = getOwn(proof, "cryptosuite");
  if (!cryptosuites.includes(cryptosuite as Cryptosuite)) {
    return new JsonLdError(
      "unsupported_type",
      `The proof's cryptosuite is ${describe(cryptosuite)}; ${cryptosuites.join(" and ")} are verified.`,
    );
  }
  const purpose = getOwn(proof, "proofPurpose");
  if (purpose !== assertionMethod) {
    return new JsonLdError(
      "unsupported_type",
      `The proof's purpose is ${describe(purpose)}; FEP-8b32 proofs are for assertionMethod.`,
    );
  }
  if (getOwn(proof, "previousProof") !== undefined) {
    return new JsonLdError(
      "unsupported_proof_set",
      "The proof is part of a proof chain (previousProof); FEP-8b32 objects carry one proof.",
    );
  }
  const verificationMethod = getOwn(proof, "verificationMethod");
  if (
    typeof verificationMethod !== "string" ||
    verificationMethod === "" ||
    verificationMethod.length > maxKeyIdLength
  ) {
    return malformed(
      `The proof has no \`verificationMethod\` (the id of the key that signed) of at most ${maxKeyIdLength} characters.`,
    );
  }
  const proofValue = getOwn(proof, "proofValue");
  const signature = typeof proofValue === "string" ? decodeMultibaseBase58btc(proofValue) : null;
  if (signature === null || signature.length !== ed25519SignatureBytes) {
    return malformed(
      "The proof's `proofValue` is not a base58btc (z…) Ed25519 signature.",
      verificationMethod,
    );
  }
  const times: (Date | undefined)[] = [];
  for (const name of ["created", "expires"]) {
    const value = getOwn(proof, name);
    const time = typeof value === "string" ? parseDateTimeStamp(value) : undefined;
    if (value !== undefined && time === undefined) {
      return malformed(`The proof's \`${name}\` is not an XML Schema dateTimeStamp.`, verificationMethod);
    }
    times.push(time);
  }
  return {
    proof,
    cryptosuite: cryptosuite as Cryptosuite,
    verificationMethod,
    signature,
    created: times[0],
    expires: times[1],
  };
}

function asList(context: unknown): readonly unknown[] {
  return Array.isArray(context) ? context : [context];
}

/**
 * The document and proof configuration a proof is checked over (vc-di-eddsa "Verify Proof"):
 * the object without `proof` (and, FEP-8b32, without a Linked Data `signature`), and the proof
 * without `proofValue`. A proof that carries an `@context` must carry the start of the object's,
 * and the document is then read under the proof's; otherwise the configuration is read under
 * the object's `@context`.
 */
function checkedInputs(
  object: JsonObject,
  read: ReadProof,
): { document: Record<string, unknown>; configuration: Record<string, unknown> } | JsonLdError {
  const { proof: _proof, signature: _signature, ...document }: Record<string, unknown> = object;
  const { proofValue: _value, ...configuration }: Record<string, unknown> = read.proof;
  if (Object.hasOwn(configuration, "@context")) {
    const proofContext = asList(configuration["@context"]);
    const objectContext = asList(document["@context"]);
    const prefix = proofContext.every((entry, index) => isDeepStrictEqual(entry, objectContext[index]));
    if (document["@context"] === undefined || !prefix) {
      return new JsonLdError(
        "signature_mismatch",
        "The proof's @context is not the start of the object's @context: the proof was made for another document.",
        { keyId: read.verificationMethod },
      );
    }
    document["@context"] = configuration["@context"];
  } else if (document["@context"] !== undefined) {
    configuration["@context"] = document["@context"];
  }
  return { document, configuration };
}

/**
 * FEP-fe34: a key speaks for its own origin. The object's `id` must be on the origin of the
 * verification method, or on the origin of the key's confirmed owner (an actor whose own
 * document lists a key kept elsewhere). An object without `id` is anonymous and has no origin.
 */
function originMismatch(
  object: JsonObject,
  keyId: string,
  owner: string | undefined,
): JsonLdError | undefined {
  const id = getOwn(object, "id");
  if (id === undefined) return undefined;
  if (typeof id === "string" && (sameOrigin(id, keyId) || (owner !== undefined && sameOrigin(id, owner)))) {
    return undefined;
  }
  return new JsonLdError(
    "key_origin_mismatch",
    `The object ${describe(id)} is not on the origin of the key ${quote(keyId)}${owner === undefined ? "" : ` nor of its owner ${quote(owner)}`}; a key speaks only for its own origin (FEP-fe34).`,
    { keyId },
  );
}

/**
 * Verifies an object integrity proof (FEP-8b32): a `DataIntegrityProof` for `assertionMethod`
 * made with `eddsa-jcs-2022` or `eddsa-rdfc-2022` (vc-di-eddsa), with the Ed25519 key its
 * `verificationMethod` names, looked up through `keyResolver`. A Linked Data `signature` beside
 * the proof is left out first, as FEP-8b32 says. The object's `id` must be on the key's origin
 * (or its confirmed owner's), as FEP-fe34 asks; a proof set (more than one proof) or a proof
 * chain fails with `unsupported_proof_set`; a proof past its `expires` with `expired`.
 * `eddsa-rdfc-2022` canonicalizes through the context loader and limits, and like
 * `verifyLinkedData` refuses content its signature would not cover (`uncovered_content`).
 *
 * On success, `value.owner` says whose key made the proof (check `value.owner ===
 * value.document.actor`) and `value.document` is what the proof covers: read it, not the input.
 * Never throws for the object: every failure comes back as a result. Proofs inside embedded
 * objects are not checked here; verify those objects on their own.
 *
 * @throws TypeError or RangeError when an option is of the wrong type or out of range.
 * @returns a promise that rejects only when `signal` aborts, with its reason.
 */
export async function verifyProof(
  object: unknown,
  options: VerifyProofOptions,
): Promise<Result<VerifiedProof, JsonLdError, NormalizeWarning>> {
  if (typeof options !== "object" || options === null || options.keyResolver === undefined) {
    throw new TypeError("verifyProof needs options.keyResolver.");
  }
  if (options.now !== undefined && typeof options.now !== "function") {
    throw new TypeError("options.now must be a function returning epoch milliseconds.");
  }
  const nextOptions = callBudget(options);
  const limits = documentLimits(options);
  options.signal?.throwIfAborted();
  if (!isObject(object)) {
    return failure(new JsonLdError("malformed_document", "Expected a JSON object at the top level"));
  }
  const tooBig = exceedsLimits(object, limits);
  if (tooBig !== undefined) return failure(tooBig);
  const read = readProof(object);
  if (read instanceof JsonLdError) return failure(read);
  const keyId = read.verificationMethod;
  if (read.expires !== undefined && read.expires.getTime() <= (options.now ?? Date.now)()) {
    return failure(
      new JsonLdError("expired", `The proof expired at ${read.expires.toISOString()}.`, { keyId }),
    );
  }
  const inputs = checkedInputs(object, read);
  if (inputs instanceof JsonLdError) return failure(inputs);
  const hashData = await proofHashData(read.cryptosuite, inputs.document, inputs.configuration, nextOptions);
  if (!hashData.ok) return failure(withKeyId(hashData.error, keyId));
  const verified = await verifyBytes(hashData.value, read.signature, {
    keyResolver: options.keyResolver,
    keyId,
    algorithm: "ed25519",
    refreshKeyOnFailure: options.refreshKeyOnFailure !== false,
  });
  if (!verified.ok) return failure(keyFailure(verified.error, keyId));
  const { owner, key } = verified.value;
  const mismatch = originMismatch(object, keyId, owner);
  if (mismatch !== undefined) return failure(mismatch);
  const base = { keyId, owner, key, cryptosuite: read.cryptosuite, created: read.created };
  if (read.cryptosuite === "eddsa-jcs-2022") return success({ ...base, document: inputs.document });
  const covered = await coveredDocument(inputs.document, nextOptions());
  if (!covered.ok) return failure(withKeyId(covered.error, keyId));
  return success({ ...base, document: covered.value }, covered.warnings);
}
