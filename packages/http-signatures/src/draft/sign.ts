import type { ImportedKey } from "../keys/imported-key.js";
import { signWithMethod } from "../shared/signature-method.js";
import {
  DRAFT_METHODS,
  type DraftAlgorithm,
  defaultDraftAlgorithm,
  draftMethodsForKey,
  isDraftAlgorithm,
} from "./algorithms.js";
import { serializeDraftSignatureHeader } from "./signature-header.js";
import { createSigningString, type DraftRequestView } from "./signing-string.js";

/** What {@link createDraftSignature} needs besides the request. */
export interface DraftSignInput {
  readonly key: ImportedKey;
  readonly keyId: string;
  readonly algorithm: string | undefined;
  readonly covered: readonly string[];
  readonly created: number | undefined;
  readonly expires: number | undefined;
}

/** A draft signature: the header value and the signing string it signs. */
export interface DraftSignature {
  readonly headerValue: string;
  readonly signingString: string;
}

/**
 * Signs a request the draft-cavage-12 way and returns the `Signature` header value.
 *
 * @throws TypeError when the algorithm does not fit the key or a covered header is missing
 */
export function createDraftSignature(request: DraftRequestView, input: DraftSignInput): DraftSignature {
  const algorithm = (input.algorithm ?? defaultDraftAlgorithm(input.key.keyType)) as DraftAlgorithm;
  if (!isDraftAlgorithm(algorithm)) throw new TypeError(`"${algorithm}" is not a draft-cavage algorithm.`);
  const method =
    algorithm === "hs2019" ? draftMethodsForKey(input.key.keyType)[0]!.method : DRAFT_METHODS[algorithm];
  if (method.keyType !== input.key.keyType) {
    throw new TypeError(
      `algorithm ${algorithm} needs a ${method.keyType} key; this key is ${input.key.keyType}.`,
    );
  }
  const covered = input.covered.map((name) => name.toLowerCase());
  const params = {
    created: covered.includes("(created)") ? input.created : undefined,
    expires: covered.includes("(expires)") ? input.expires : undefined,
  };
  const signingString = createSigningString(covered, request, params);
  if (typeof signingString !== "string") throw new TypeError(signingString.message);
  const signature = signWithMethod(method, input.key.keyObject, Buffer.from(signingString, "latin1"));
  return {
    signingString,
    headerValue: serializeDraftSignatureHeader({
      keyId: input.keyId,
      algorithm,
      headers: covered,
      signature,
      ...params,
    }),
  };
}
