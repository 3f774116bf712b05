import { defineVocabulary } from "../model.js";

const spec = "https://docs.pleroma.social/backend/development/ap_extensions/";

/** LitePub, Pleroma and Akkoma's vocabulary: chat messages and emoji reactions (FEP-c0e0). */
export const litepub = /* @__PURE__ */ defineVocabulary({
  id: "litepub",
  title: "LitePub (Pleroma, Akkoma)",
  description:
    "ChatMessage, EmojiReact (FEP-c0e0) and the actor capabilities and flags Pleroma and Akkoma publish.",
  namespace: "http://litepub.social/ns#",
  prefix: "litepub",
  specUrl: spec,
  types: {
    ChatMessage: {
      extends: ["Object"],
      description: "A message in a one-to-one chat, addressed to exactly one recipient (Pleroma).",
      specUrl: spec,
    },
    EmojiReact: {
      extends: ["Activity"],
      description:
        "A reaction to `object` with an emoji: `content` holds a single Unicode emoji or a `:shortcode:` with its Emoji in `tag` (FEP-c0e0).",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/c0e0/fep-c0e0.md",
    },
    Capabilities: {
      extends: [],
      typeProperty: "none",
      description: "What an actor's software supports, in its `capabilities` (Pleroma).",
      specUrl: spec,
    },
  },
  properties: {
    capabilities: {
      domain: ["Actor"],
      range: ["Capabilities"],
      functional: true,
      description: "What the actor's software supports.",
      specUrl: spec,
    },
    acceptsChatMessages: {
      domain: ["Capabilities"],
      range: ["boolean"],
      functional: true,
      description: "Whether the actor accepts ChatMessage objects.",
      specUrl: spec,
    },
    directMessage: {
      domain: ["Object"],
      range: ["boolean"],
      functional: true,
      description: "Marks a post as a direct message rather than a limited-audience post.",
      specUrl: spec,
    },
    listMessage: {
      domain: ["Object"],
      range: ["iri"],
      functional: true,
      description: "The list a post is addressed to.",
      specUrl: spec,
    },
    invisible: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Marks an internal actor (a relay, the instance actor) that clients should not show.",
      specUrl: spec,
    },
    oauthRegistrationEndpoint: {
      domain: ["Endpoints"],
      range: ["iri"],
      functional: true,
      description: "Where a client registers for OAuth (Pleroma).",
      specUrl: spec,
    },
    formerRepresentations: {
      domain: ["Object"],
      range: ["Collection"],
      functional: true,
      description: "The earlier versions of an edited post.",
      specUrl: spec,
    },
  },
});
