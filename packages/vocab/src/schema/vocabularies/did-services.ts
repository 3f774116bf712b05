import { defineVocabulary } from "../model.js";

const didSpec = "https://www.w3.org/TR/did-core/#services";
const fep9091 = "https://codeberg.org/fediverse/fep/src/branch/main/fep/9091/fep-9091.md";

/**
 * The `service` entries of DID Core, which actors carry for FEP-e3e9 actor-relative URLs and
 * FEP-9091 export endpoints. The DID context defines `service` and `serviceEndpoint`; the type
 * has no short term in it, so documents (and Fedify) write its full IRI.
 */
export const didServices = /* @__PURE__ */ defineVocabulary({
  id: "did-services",
  title: "DID Core services",
  description:
    "service, serviceEndpoint and the Service type of W3C Decentralized Identifiers, as actors use them (FEP-e3e9, FEP-9091).",
  namespace: "https://www.w3.org/ns/did#",
  prefix: "did",
  contextUrl: "https://www.w3.org/ns/did/v1",
  specUrl: didSpec,
  types: {
    "https://www.w3.org/ns/did#Service": {
      name: "DidService",
      contextUrl: null,
      extends: [],
      description:
        "A means of communicating or interacting with the subject (an actor): its `serviceEndpoint`. Entries in the wild often carry no `type` or a type of their own (`LinkedDomains`); the `service` property says what they are.",
      specUrl: didSpec,
    },
  },
  properties: {
    service: {
      domain: ["Actor"],
      range: ["https://www.w3.org/ns/did#Service"],
      description:
        "Services of the actor: an actor-relative URL storage endpoint (FEP-e3e9), an export endpoint (FEP-9091) …",
      specUrl: didSpec,
    },
    serviceEndpoint: {
      domain: ["https://www.w3.org/ns/did#Service"],
      range: ["iri"],
      description: "The URL at which the service operates.",
      specUrl: "https://www.w3.org/TR/did-core/#dfn-serviceendpoint",
    },
  },
});

/** FEP-9091's export service: where a client starts the export of an actor's account. */
export const exportActor = /* @__PURE__ */ defineVocabulary({
  id: "fep-9091",
  title: "Export actor service (FEP-9091)",
  description: "The Export service type an actor lists in `service` when its server can export the account.",
  namespace: "https://w3id.org/fep/9091#",
  prefix: "fep9091",
  specUrl: fep9091,
  types: {
    "https://w3id.org/fep/9091#Export": {
      name: "Export",
      extends: ["https://www.w3.org/ns/did#Service"],
      description:
        'The service whose `serviceEndpoint` starts the "Export Actor" operation (an authorized `POST`).',
      specUrl: fep9091,
    },
  },
  properties: {},
});
