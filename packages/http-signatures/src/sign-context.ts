import { createContentDigestHeader } from "./digest/content-digest.js";
import { importPrivateKey } from "./keys/import-private-key.js";
import type { ImportedKey } from "./keys/imported-key.js";
import { type ComponentIdentifier, parseComponentIdentifier } from "./rfc9421/component-identifier.js";
import type { ComponentContext } from "./rfc9421/component-value.js";
import { appendDictionaryMember, createRfc9421Signature } from "./rfc9421/sign.js";
import { structuredFieldTypes } from "./rfc9421/structured-field-types.js";
import { bodyBytes, readBody } from "./shared/body.js";
import { epochMillis } from "./shared/clock.js";
import type { SignOptions } from "./sign-options.js";

/** What both signers start from: the imported key, the body bytes, and the signing time. */
export interface Signing {
  readonly key: ImportedKey;
  readonly body: Uint8Array | null;
  /** Epoch milliseconds: the default `created` and `Date`. */
  readonly now: number;
}

/**
 * Checks the options every signer shares, imports the key and reads the body (`options.body`,
 * else the message's own, without consuming it).
 *
 * @throws TypeError when options are incomplete or the key is not a signing key
 */
export async function prepareSigning(message: Request | Response, options: SignOptions): Promise<Signing> {
  if (typeof options !== "object" || options === null) throw new TypeError("Sign options are required.");
  if (typeof options.keyId !== "string" || options.keyId === "")
    throw new TypeError("options.keyId is required.");
  if (options.privateKey === undefined || options.privateKey === null) {
    throw new TypeError("options.privateKey is required.");
  }
  if (options.now !== undefined && typeof options.now !== "function") {
    throw new TypeError("options.now must be a function returning epoch milliseconds.");
  }
  const key = importPrivateKey(options.privateKey);
  const body =
    options.body === undefined
      ? await readBody(message)
      : options.body === null
        ? null
        : bodyBytes(options.body);
  return { key, body, now: options.now === undefined ? Date.now() : options.now() };
}

/** Epoch seconds of `created` (the signing time by default), or `undefined` when the caller passed `null`. */
export function createdSeconds(options: SignOptions, signing: Signing): number | undefined {
  if (options.created === null) return undefined;
  return Math.floor((options.created === undefined ? signing.now : epochMillis(options.created)) / 1000);
}

/** Epoch seconds of `expires`, if given. */
export function expiresSeconds(options: SignOptions): number | undefined {
  return options.expires === undefined ? undefined : Math.floor(epochMillis(options.expires) / 1000);
}

/** Epoch milliseconds of the `Date` header a draft signature adds: `created`, else the signing time. */
export function dateMillis(options: SignOptions, signing: Signing): number {
  return options.created === undefined || options.created === null
    ? signing.now
    : epochMillis(options.created);
}

/**
 * Adds an RFC 9421 signature to `headers` (of the message `context` describes): adds
 * `Content-Digest` when it is covered and missing, then appends to `Signature-Input` and
 * `Signature`.
 *
 * @throws TypeError when a covered component is missing or the label is taken
 */
export async function addRfc9421Signature(
  headers: Headers,
  signing: Signing,
  context: (headers: Headers) => Omit<ComponentContext, "structuredFields">,
  options: SignOptions,
  defaults: readonly string[],
): Promise<void> {
  const components: ComponentIdentifier[] = (options.components ?? defaults).map(parseComponentIdentifier);
  const coversContentDigest = components.some((c) => c.name === "content-digest" && !c.params.has("req"));
  if (coversContentDigest && !headers.has("content-digest")) {
    headers.set(
      "content-digest",
      createContentDigestHeader(signing.body ?? "", options.contentDigestAlgorithms),
    );
  }
  const signature = await createRfc9421Signature(
    { ...context(headers), structuredFields: structuredFieldTypes(options.structuredFields) },
    {
      key: signing.key,
      keyId: options.keyId,
      algorithm: options.algorithm,
      includeAlgorithm: options.includeAlgorithm ?? true,
      components,
      created: createdSeconds(options, signing),
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
