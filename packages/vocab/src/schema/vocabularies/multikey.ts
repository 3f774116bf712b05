import { defineVocabulary } from "../model.js";

/**
 * Multikey verification methods and controlled-identifier relationships: how an actor lists
 * the keys it signs objects with (FEP-521a) and how a proof points at its key.
 */
export const multikey = /* @__PURE__ */ defineVocabulary({
  id: "multikey",
  title: "Multikey (FEP-521a)",
  description:
    "Multikey objects with controller and publicKeyMultibase, in an actor's assertionMethod (FEP-521a), as defined by the W3C Controlled Identifiers specification.",
  namespace: "https://w3id.org/security#",
  prefix: "sec",
  contextUrl: "https://w3id.org/security/multikey/v1",
  specUrl: "https://www.w3.org/TR/cid-1.0/#Multikey",
  types: {
    Multikey: {
      extends: [],
      description:
        "A public key encoded as a Multibase string of a Multicodec-prefixed key (FEP-2277 calls it a VerificationMethod).",
      specUrl: "https://www.w3.org/TR/cid-1.0/#Multikey",
    },
  },
  properties: {
    controller: {
      domain: ["Multikey"],
      range: ["Actor"],
      functional: true,
      description: "The actor that controls the key; it must list the key in its `assertionMethod`.",
      specUrl: "https://www.w3.org/TR/cid-1.0/#dfn-controller",
    },
    publicKeyMultibase: {
      domain: ["Multikey"],
      range: ["string"],
      functional: true,
      description:
        "The public key as Multibase (base58-btc, leading `z`) of a Multicodec prefix followed by the raw key.",
      specUrl: "https://www.w3.org/TR/cid-1.0/#dfn-publickeymultibase",
    },
    expires: {
      iri: "https://w3id.org/security#expiration",
      domain: ["Multikey", "CryptographicKey", "DataIntegrityProof"],
      range: ["dateTime"],
      functional: true,
      description: "When the key or proof stops being valid.",
      specUrl: "https://www.w3.org/TR/cid-1.0/#dfn-expires",
    },
    revoked: {
      domain: ["Multikey", "CryptographicKey"],
      range: ["dateTime"],
      functional: true,
      description: "When the key was revoked.",
      specUrl: "https://www.w3.org/TR/cid-1.0/#dfn-revoked",
    },
    assertionMethod: {
      contextUrl: "https://www.w3.org/ns/did/v1",
      domain: ["Actor"],
      range: ["Multikey"],
      description: "The keys that may sign objects on behalf of the actor (FEP-521a).",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/521a/fep-521a.md",
    },
  },
});
