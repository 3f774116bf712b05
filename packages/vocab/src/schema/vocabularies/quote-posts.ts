import { defineVocabulary } from "../model.js";

const fep044f = "https://codeberg.org/fediverse/fep/src/branch/main/fep/044f/fep-044f.md";

/** Consent-respecting quote posts (FEP-044f), which Mastodon implements. */
export const quotePosts = /* @__PURE__ */ defineVocabulary({
  id: "fep-044f",
  title: "Quote posts (FEP-044f)",
  description:
    "The quote property, QuoteRequest activities and QuoteAuthorization stamps of FEP-044f; the interaction policy it relies on is GoToSocial's.",
  namespace: "https://w3id.org/fep/044f#",
  prefix: "fep044f",
  specUrl: fep044f,
  types: {
    QuoteRequest: {
      extends: ["Activity"],
      description: "Asks the author of `object` to approve a quote of it; `instrument` is the quote post.",
      specUrl:
        "https://codeberg.org/fediverse/fep/src/branch/main/fep/044f/fep-044f.md#quoterequest-request-activity",
    },
    QuoteAuthorization: {
      extends: ["Object"],
      description:
        "A stamp proving that the author of `interactionTarget` approved `interactingObject` as a quote of it.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/044f/fep-044f.md#approval-stamps",
    },
  },
  properties: {
    quote: {
      domain: ["Object"],
      range: ["Object"],
      functional: true,
      description: "The object this post quotes.",
      specUrl:
        "https://codeberg.org/fediverse/fep/src/branch/main/fep/044f/fep-044f.md#representation-of-a-quote-post",
    },
    quoteAuthorization: {
      domain: ["Object"],
      range: ["QuoteAuthorization"],
      functional: true,
      description: "The stamp by which the quoted author approved this quote.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/044f/fep-044f.md#approval-stamps",
    },
  },
});

/** Fedibird's terms: its quote property, which Mastodon and Pleroma still read, and its emoji reactions. */
export const fedibird = /* @__PURE__ */ defineVocabulary({
  id: "fedibird",
  title: "Fedibird",
  description:
    "quoteUri, Fedibird's quote-post property, and emojiReactions, the collection of a post's emoji reactions.",
  namespace: "http://fedibird.com/ns#",
  prefix: "fedibird",
  specUrl: fep044f,
  types: {},
  properties: {
    quoteUri: {
      domain: ["Object"],
      range: ["Object"],
      functional: true,
      description: "The object this post quotes (Fedibird's form; see FEP-044f `quote`).",
      specUrl:
        "https://codeberg.org/fediverse/fep/src/branch/main/fep/044f/fep-044f.md#compatibility-with-other-quote-implementations",
    },
    emojiReactions: {
      domain: ["Object"],
      range: ["Collection"],
      functional: true,
      description:
        "The collection of the emoji reactions (`EmojiReact` activities) to this object, as Fedibird publishes it (FEP-c0e0).",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/c0e0/fep-c0e0.md",
    },
  },
});
