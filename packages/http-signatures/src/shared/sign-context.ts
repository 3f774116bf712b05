import { createContentDigestHeader } from "../digest/content-digest.js";
import { importPrivateKey } from "../keys/import-private-key.js";
import type { ImportedKey } from "../keys/imported-key.js";
import { type ComponentIdentifier, parseComponentIdentifier } from "../rfc9421/component-identifier.js";
import type { ComponentContext } from "../rfc9421/component-value.js";
import { appendDictionaryMember, createRfc9421Signature } from "../rfc9421/sign.js";
import { KNOWN_STRUCTURED_FIELDS } from "../rfc9421/structured-field-types.js";
import type { SignOptions } from "../sign-options.js";
import { epochMillis } from "./clock.js";

/** Checks the options every signer shares and imports the key. */
export function prepareSigning(options: SignOptions): ImportedKey {
  if (typeof options !== "object" || options === null) throw new TypeError("Sign options are required.");
  if (typeof options.keyId !== "string" || options.keyId === "")
    throw new TypeError("options.keyId is required.");
  if (options.privateKey === undefined || options.privateKey === null) {
    throw new TypeError("options.privateKey is required.");
  }
  return importPrivateKey(options.privateKey);
}

/** Epoch seconds of `created` (now by default), or `undefined` when the caller passed `null`. */
export function createdSeconds(options: SignOptions): number | undefined {
  return options.created === null ? undefined : Math.floor(epochMillis(options.created) / 1000);
}

/** Epoch seconds of `expires`, if given. */
export function expiresSeconds(options: SignOptions): number | undefined {
  return options.expires === undefined ? undefined : Math.floor(epochMillis(options.expires) / 1000);
}

/**
 * Adds an RFC 9421 signature to `headers` (of the message `context` describes): adds
 * `Content-Digest` when it is covered and missing, then appends to `Signature-Input` and
 * `Signature`.
 *
 * @throws TypeError when a covered component is missing or the label is taken
 */
export function addRfc9421Signature(
  headers: Headers,
  body: Uint8Array | null,
  context: (headers: Headers) => Omit<ComponentContext, "structuredFields">,
  key: ImportedKey,
  options: SignOptions,
  defaults: readonly string[],
): void {
  const components: ComponentIdentifier[] = (options.components ?? defaults).map(parseComponentIdentifier);
  const coversContentDigest = components.some((c) => c.name === "content-digest" && !c.params.has("req"));
  if (coversContentDigest && !headers.has("content-digest")) {
    headers.set("content-digest", createContentDigestHeader(body ?? "", options.contentDigestAlgorithms));
  }
  const structuredFields =
    options.structuredFields === undefined
      ? KNOWN_STRUCTURED_FIELDS
      : { ...KNOWN_STRUCTURED_FIELDS, ...options.structuredFields };
  const signature = createRfc9421Signature(
    { ...context(headers), structuredFields },
    {
      key,
      keyId: options.keyId,
      algorithm: options.algorithm,
      includeAlgorithm: options.includeAlgorithm ?? true,
      components,
      created: createdSeconds(options),
      expires: expiresSeconds(options),
      nonce: options.nonce,
      tag: options.tag,
    },
  );
  const label = options.label ?? "sig1";
  const input = appendDictionaryMember(headers.get("signature-input"), label, signature.signatureInput);
  const value = appendDictionaryMember(headers.get("signature"), label, signature.signature);
  headers.set("signature-input", input);
  headers.set("signature", value);
}
