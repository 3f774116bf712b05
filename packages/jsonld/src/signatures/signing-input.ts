import { createHash } from "node:crypto";
import { type Result, success } from "@fedikit/core";
import type { JsonLdCallOptions } from "../engine/run-options.js";
import type { JsonLdError } from "../jsonld-error.js";
import { coveredCanonicalForm } from "./covered-canonical-form.js";
import { identityContext } from "./linked-data-signature.js";

const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * The bytes an `RsaSignature2017` signs, as Mastodon computes them: the signature's options
 * (the signature without `type`, `id` and `signatureValue`, under the identity v1 context) and
 * the document without its `signature`, each canonicalized (RDFC-1.0), hashed with SHA-256 and
 * written in hex, one after the other. Both canonicalizations must drop nothing
 * (`uncovered_content`).
 *
 * @param signatureOptions - the signature's own members (any `type`, `id`, `signatureValue` and
 *   `@context` are left out here).
 * @param nextOptions - the call options for each canonicalization (what is left of `timeout`).
 */
export async function linkedDataSigningInput(
  unsignedDocument: object,
  signatureOptions: Readonly<Record<string, unknown>>,
  nextOptions: () => JsonLdCallOptions,
): Promise<Result<Uint8Array, JsonLdError>> {
  const { type: _type, id: _id, signatureValue: _value, "@context": _context, ...members } = signatureOptions;
  const optionsDocument = { ...members, "@context": identityContext };
  const optionsForm = await coveredCanonicalForm(optionsDocument, "the signature options", nextOptions());
  if (!optionsForm.ok) return optionsForm;
  const documentForm = await coveredCanonicalForm(unsignedDocument, "the document", nextOptions());
  if (!documentForm.ok) return documentForm;
  return success(Buffer.from(sha256Hex(optionsForm.value) + sha256Hex(documentForm.value), "utf8"));
}
