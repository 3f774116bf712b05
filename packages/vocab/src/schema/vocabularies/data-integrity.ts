import { defineVocabulary } from "../model.js";

/** Data Integrity proofs embedded in objects and activities (FEP-8b32). */
export const dataIntegrity = /* @__PURE__ */ defineVocabulary({
  id: "data-integrity",
  title: "Data Integrity (FEP-8b32)",
  description:
    "The proof property and DataIntegrityProof objects (eddsa-jcs-2022) that FEP-8b32 Object Integrity Proofs use.",
  namespace: "https://w3id.org/security#",
  prefix: "sec",
  contextUrl: "https://w3id.org/security/data-integrity/v1",
  specUrl: "https://www.w3.org/TR/vc-data-integrity/",
  types: {
    DataIntegrityProof: {
      extends: [],
      description:
        "A proof over the document that contains it, made with the cryptosuite it names (eddsa-jcs-2022 in the fediverse).",
      specUrl: "https://www.w3.org/TR/vc-data-integrity/#dataintegrityproof",
    },
  },
  properties: {
    proof: {
      domain: ["Object"],
      range: ["DataIntegrityProof"],
      description: "One or more proofs of the integrity of the containing object (FEP-8b32).",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/8b32/fep-8b32.md",
    },
    cryptosuite: {
      domain: ["DataIntegrityProof"],
      range: ["string"],
      functional: true,
      description: "The cryptographic suite of the proof (`eddsa-jcs-2022`).",
      specUrl: "https://www.w3.org/TR/vc-data-integrity/#dfn-cryptosuite",
    },
    proofPurpose: {
      domain: ["DataIntegrityProof"],
      range: ["string"],
      functional: true,
      description: "Why the proof was made; `assertionMethod` for FEP-8b32.",
      specUrl: "https://www.w3.org/TR/vc-data-integrity/#dfn-proofpurpose",
    },
    proofValue: {
      domain: ["DataIntegrityProof"],
      range: ["string"],
      functional: true,
      description: "The Multibase-encoded signature.",
      specUrl: "https://www.w3.org/TR/vc-data-integrity/#dfn-proofvalue",
    },
    verificationMethod: {
      domain: ["DataIntegrityProof"],
      range: ["Multikey"],
      functional: true,
      description: "The key the proof verifies with; its controller must be the document's author.",
      specUrl: "https://www.w3.org/TR/vc-data-integrity/#dfn-verificationmethod",
    },
  },
});
