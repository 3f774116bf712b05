/**
 * The HTTP signature specifications this package speaks.
 *
 * - `"draft-cavage-12"`: the `Signature` header of draft-cavage-http-signatures-12, what most of
 *   the fediverse sends today.
 * - `"rfc9421"`: HTTP Message Signatures (`Signature-Input` + `Signature`), RFC 9421.
 */
export type SignatureSpec = "draft-cavage-12" | "rfc9421";

/** The spec that is not `spec`: the second knock of a double-knock. */
export function otherSpec(spec: SignatureSpec): SignatureSpec {
  return spec === "rfc9421" ? "draft-cavage-12" : "rfc9421";
}
