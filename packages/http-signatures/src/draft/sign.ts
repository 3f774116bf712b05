import type { ImportedKey } from "../keys/imported-key.js";
import { signWithKey } from "../keys/key-operations.js";
import { type Awaitable, andThen } from "../shared/awaitable.js";
import { defaultDraftAlgorithm, draftAlgorithm, draftMethods, draftMethodsForKey } from "./algorithms.js";
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
 * Signs a request the draft-cavage-12 way and returns the `Signature` header value
 * (synchronously for a node:crypto key, later for a non-extractable WebCrypto key).
 *
 * @throws TypeError when the algorithm does not fit the key or a covered header is missing
 */
export function createDraftSignature(
  request: DraftRequestView,
  input: DraftSignInput,
): Awaitable<DraftSignature> {
  const named = input.algorithm ?? defaultDraftAlgorithm(input.key.keyType);
  const algorithm = draftAlgorithm(named);
  if (algorithm === undefined || algorithm !== named)
    throw new TypeError(`"${named}" is not a draft-cavage algorithm.`);
  const { method } = (draftMethods(algorithm) ?? draftMethodsForKey(input.key.keyType))[0]!;
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
  return andThen(signWithKey(method, input.key, Buffer.from(signingString, "latin1")), (signature) => ({
    signingString,
    headerValue: serializeDraftSignatureHeader({
      keyId: input.keyId,
      algorithm,
      headers: covered,
      signature,
      ...params,
    }),
  }));
}
