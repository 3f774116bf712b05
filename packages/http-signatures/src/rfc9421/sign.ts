import type { BareItem } from "structured-headers";
import { parseDictionary } from "structured-headers";
import { type ImportedKey, isPssOnly } from "../keys/imported-key.js";
import { signWithKey } from "../keys/key-operations.js";
import { type Awaitable, andThen } from "../shared/awaitable.js";
import { SignatureError } from "../shared/signature-error.js";
import { defaultRfc9421Algorithm, isRfc9421Algorithm, rfc9421Method } from "./algorithms.js";
import type { ComponentIdentifier } from "./component-identifier.js";
import type { ComponentContext } from "./component-value.js";
import { createSignatureBase } from "./signature-base.js";

/** What {@link createRfc9421Signature} needs besides the message. */
export interface Rfc9421SignInput {
  readonly key: ImportedKey;
  readonly keyId: string;
  readonly algorithm: string | undefined;
  readonly includeAlgorithm: boolean;
  readonly components: readonly ComponentIdentifier[];
  readonly created: number | undefined;
  readonly expires: number | undefined;
  readonly nonce: string | undefined;
  readonly tag: string | undefined;
}

/** An RFC 9421 signature: the `Signature-Input` and `Signature` member values and the base. */
export interface Rfc9421Signature {
  readonly signatureInput: string;
  readonly signature: string;
  readonly base: string;
}

/**
 * Signs a message the RFC 9421 way (synchronously for a node:crypto key, later for a
 * non-extractable WebCrypto key). Parameters are written in the order of the RFC's examples:
 * `created`, `keyid`, `alg`, `expires`, `nonce`, `tag`.
 *
 * @throws TypeError when the algorithm does not fit the key or a covered component is missing
 */
export function createRfc9421Signature(
  context: ComponentContext,
  input: Rfc9421SignInput,
): Awaitable<Rfc9421Signature> {
  const algorithm = input.algorithm ?? defaultRfc9421Algorithm(input.key.keyType, isPssOnly(input.key));
  if (!isRfc9421Algorithm(algorithm)) throw new TypeError(`"${algorithm}" is not an RFC 9421 algorithm.`);
  const method = rfc9421Method(algorithm);
  if (method.keyType !== input.key.keyType) {
    throw new TypeError(`alg ${algorithm} needs a ${method.keyType} key; this key is ${input.key.keyType}.`);
  }
  const params = new Map<string, BareItem>();
  if (input.created !== undefined) params.set("created", input.created);
  params.set("keyid", input.keyId);
  if (input.includeAlgorithm) params.set("alg", algorithm);
  if (input.expires !== undefined) params.set("expires", input.expires);
  if (input.nonce !== undefined) params.set("nonce", input.nonce);
  if (input.tag !== undefined) params.set("tag", input.tag);
  const base = createSignatureBase(input.components, params, context);
  if (base instanceof SignatureError) throw new TypeError(`Cannot sign: ${base.message}`);
  return andThen(signWithKey(method, input.key, Buffer.from(base.base, "latin1")), (signature) => ({
    signatureInput: base.signatureParams,
    signature: `:${signature.toString("base64")}:`,
    base: base.base,
  }));
}

/**
 * Adds `label=value` to a dictionary field's existing value (another signature stays as sent).
 *
 * @throws TypeError when the label is invalid or already taken, or the existing value does not parse
 */
export function appendDictionaryMember(existing: string | null, label: string, value: string): string {
  if (!/^[a-z*][a-z0-9_\-.*]*$/.test(label)) {
    throw new TypeError(`"${label}" is not a valid signature label (lower-case letters, digits, _ - . *).`);
  }
  if (existing === null || existing.trim() === "") return `${label}=${value}`;
  if (parseDictionary(existing).has(label)) {
    throw new TypeError(`The message already has a signature labelled ${label}; choose another label.`);
  }
  return `${existing}, ${label}=${value}`;
}
