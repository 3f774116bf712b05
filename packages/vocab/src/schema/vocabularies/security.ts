import { defineVocabulary } from "../model.js";

/**
 * The parts of the W3C Security Vocabulary (v1 context) that the fediverse uses: actor public
 * keys for HTTP Signatures and Linked Data Signatures (`RsaSignature2017`).
 */
export const security = /* @__PURE__ */ defineVocabulary({
  id: "security",
  title: "Security Vocabulary v1",
  description:
    "publicKey / publicKeyPem / owner for actor keys (what HTTP Signatures verify against) and the Linked Data Signature terms Mastodon signs activities with.",
  namespace: "https://w3id.org/security#",
  prefix: "sec",
  contextUrl: "https://w3id.org/security/v1",
  specUrl: "https://w3c-ccg.github.io/security-vocab/",
  types: {
    CryptographicKey: {
      iri: "https://w3id.org/security#Key",
      termAliases: ["Key"],
      extends: [],
      typeProperty: "optional",
      description:
        "A public key of an actor, in PEM form. Mastodon and most servers omit `type`; Misskey sends `Key`. FEP-2277 calls it a PublicKey.",
      specUrl: "https://w3c-ccg.github.io/security-vocab/#Key",
    },
    RsaSignature2017: {
      contextUrl: null,
      extends: [],
      description:
        "A Linked Data Signature over a document with RSASSA-PKCS1-v1_5 and SHA-256, as Mastodon signs public activities so that they can be relayed.",
      specUrl: "https://docs.joinmastodon.org/spec/security/#ld",
    },
  },
  properties: {
    publicKey: {
      domain: ["Actor"],
      range: ["CryptographicKey"],
      description:
        "The public key of an actor, against which HTTP Signatures and Linked Data Signatures made by the actor are verified.",
      specUrl: "https://w3c-ccg.github.io/security-vocab/#publicKey",
    },
    publicKeyPem: {
      domain: ["CryptographicKey"],
      range: ["string"],
      functional: true,
      description:
        "The public key as a PEM-encoded SubjectPublicKeyInfo (some servers use PKCS#1, or replace line breaks with spaces).",
      specUrl: "https://w3c-ccg.github.io/security-vocab/#publicKeyPem",
    },
    owner: {
      domain: ["CryptographicKey"],
      range: ["Actor"],
      functional: true,
      description: "The actor that owns the key; it must list the key in its `publicKey`.",
      specUrl: "https://w3c-ccg.github.io/security-vocab/#owner",
    },
    signatureAlgorithm: {
      iri: "https://w3id.org/security#signingAlgorithm",
      domain: ["CryptographicKey", "IdentityProof"],
      range: ["string"],
      functional: true,
      description: "The algorithm a key signs with or a signature was made with.",
      specUrl: "https://w3c-ccg.github.io/security-vocab/#signingAlgorithm",
    },
    signature: {
      domain: ["Object"],
      range: ["RsaSignature2017"],
      functional: true,
      description: "A Linked Data Signature over the document that contains it.",
      specUrl: "https://w3c-ccg.github.io/security-vocab/#signature",
    },
    signatureValue: {
      domain: ["RsaSignature2017", "IdentityProof"],
      range: ["string"],
      functional: true,
      description: "The Base64-encoded signature bytes.",
      specUrl: "https://w3c-ccg.github.io/security-vocab/#signatureValue",
    },
    creator: {
      iri: "http://purl.org/dc/terms/creator",
      domain: ["RsaSignature2017"],
      range: ["CryptographicKey"],
      functional: true,
      description: "The key that made the signature.",
      specUrl: "https://w3c-ccg.github.io/security-vocab/#creator",
    },
    created: {
      iri: "http://purl.org/dc/terms/created",
      domain: ["RsaSignature2017", "DataIntegrityProof"],
      range: ["dateTime"],
      functional: true,
      description: "When the signature or proof was made.",
      specUrl: "https://w3c-ccg.github.io/security-vocab/#created",
    },
    nonce: {
      domain: ["RsaSignature2017", "DataIntegrityProof"],
      range: ["string"],
      functional: true,
      description:
        "A random value included in the signature so that signing the same document twice differs.",
      specUrl: "https://w3c-ccg.github.io/security-vocab/#nonce",
    },
  },
});
