/**
 * A Linked Data signature as Mastodon writes it in a document's `signature` (Linked Data
 * Signatures 1.0, `RsaSignature2017`).
 */
export interface LinkedDataSignature {
  /** Always `"RsaSignature2017"`. */
  readonly type: "RsaSignature2017";
  /** The id of the key that signed, e.g. `https://example.com/users/alice#main-key`. */
  readonly creator: string;
  /** When it was signed, ISO 8601 (`2024-09-12T16:50:46Z`). */
  readonly created: string;
  /** The RSASSA-PKCS1-v1_5 / SHA-256 signature, base64. */
  readonly signatureValue: string;
}

/** The signature type Mastodon signs and verifies. */
export const rsaSignature2017 = "RsaSignature2017";

/**
 * The context the signature options are canonicalized under (Mastodon's
 * `ActivityPub::LinkedDataSignature::CONTEXT`); bundled, so never fetched.
 */
export const identityContext = "https://w3id.org/identity/v1";

/**
 * Longest key id read (`creator`, `verificationMethod`): an IRI far longer than any real key id,
 * and short enough to name in messages. Key ids come from the document, whose size the sender
 * chooses.
 */
export const maxKeyIdLength = 2048;
