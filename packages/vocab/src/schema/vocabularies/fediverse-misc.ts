import { defineVocabulary } from "../model.js";

/** GNU social's conversation term. */
export const gnusocial = /* @__PURE__ */ defineVocabulary({
  id: "gnusocial",
  title: "GNU social",
  description: "inConversation, the thread a GNU social notice belongs to.",
  namespace: "https://www.gnu.org/software/social/ns#",
  prefix: "gs",
  specUrl: "https://www.gnu.org/software/social/",
  types: {},
  properties: {
    inConversation: {
      domain: ["Object"],
      range: ["iri"],
      functional: true,
      description: "The conversation (thread) the notice belongs to.",
      specUrl: "https://www.gnu.org/software/social/",
    },
  },
});

/** FEP-844e: which specifications an application implements. */
export const capabilityDiscovery = /* @__PURE__ */ defineVocabulary({
  id: "fep-844e",
  title: "Capability discovery (FEP-844e)",
  description: "implements: the specifications an application (the `generator` of an actor) implements.",
  namespace: "https://w3id.org/fep/844e/",
  prefix: "fep844e",
  specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/844e/fep-844e.md",
  types: {},
  properties: {
    implements: {
      domain: ["Object"],
      range: ["Link"],
      container: "list",
      description: "Links to the specifications the application implements, each with `href` and `name`.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/844e/fep-844e.md",
    },
  },
});

/** FEP-2c59: the WebFinger address of an actor. */
export const webfingerDiscovery = /* @__PURE__ */ defineVocabulary({
  id: "fep-2c59",
  title: "WebFinger address (FEP-2c59)",
  description: "webfinger: the preferred WebFinger address of an actor.",
  namespace: "https://purl.archive.org/socialweb/webfinger#",
  prefix: "wf",
  contextUrl: "https://purl.archive.org/socialweb/webfinger",
  specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/2c59/fep-2c59.md",
  types: {},
  properties: {
    webfinger: {
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "The actor's WebFinger address, `user@domain` without `acct:`.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/2c59/fep-2c59.md",
    },
  },
});
