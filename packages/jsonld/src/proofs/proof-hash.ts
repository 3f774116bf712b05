import { createHash } from "node:crypto";
import { type Result, success } from "@fedikit/core";
import type { JsonLdCallOptions } from "../engine/run-options.js";
import type { JsonLdError } from "../jsonld-error.js";
import { coveredCanonicalForm } from "../signatures/covered-canonical-form.js";
import type { Cryptosuite } from "./data-integrity-proof.js";
import { jcs } from "./jcs.js";

const sha256 = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

/**
 * The bytes an EdDSA Data Integrity proof signs (vc-di-eddsa "Hashing"): SHA-256 of the
 * canonical proof configuration, then SHA-256 of the canonical document, 64 bytes. `eddsa-jcs-2022`
 * canonicalizes with JCS; `eddsa-rdfc-2022` with RDFC-1.0 through this package's loader and limits,
 * and, as for Linked Data signatures, only when nothing would be dropped (`uncovered_content`).
 *
 * @param unsecuredDocument - the object without its `proof` (and, FEP-8b32, without `signature`).
 * @param proofConfiguration - the proof without `proofValue`, with the `@context` it is read under.
 * @param nextOptions - the call options for each canonicalization (what is left of `timeout`).
 */
export async function proofHashData(
  cryptosuite: Cryptosuite,
  unsecuredDocument: object,
  proofConfiguration: object,
  nextOptions: () => JsonLdCallOptions,
): Promise<Result<Uint8Array, JsonLdError>> {
  const canonical =
    cryptosuite === "eddsa-jcs-2022"
      ? (value: object, what: string) => jcs(value, what)
      : (value: object, what: string) => coveredCanonicalForm(value, what, nextOptions());
  const config = await canonical(proofConfiguration, "the proof configuration");
  if (!config.ok) return config;
  const document = await canonical(unsecuredDocument, "the document");
  if (!document.ok) return document;
  return success(Buffer.concat([sha256(config.value), sha256(document.value)]));
}
