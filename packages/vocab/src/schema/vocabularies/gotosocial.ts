import { defineVocabulary } from "../model.js";

const spec = "https://docs.gotosocial.org/en/latest/federation/interaction_policy/";

/**
 * GoToSocial's interaction policies and approvals, which FEP-044f adopted for quote posts and
 * Mastodon publishes too.
 */
export const gotosocial = /* @__PURE__ */ defineVocabulary({
  id: "gotosocial",
  title: "GoToSocial interaction policy",
  description:
    "interactionPolicy with its canLike / canReply / canAnnounce / canQuote rules, the request activities and the authorization stamps that approve an interaction.",
  namespace: "https://gotosocial.org/ns#",
  prefix: "gts",
  contextUrl: "https://gotosocial.org/ns",
  specUrl: spec,
  types: {
    InteractionPolicy: {
      extends: [],
      typeProperty: "implicit",
      contextUrl: null,
      description:
        "Who may like, reply to, announce or quote an object, and whose interactions need approval. Documents write it without `type`.",
      specUrl: spec,
    },
    InteractionRule: {
      extends: [],
      typeProperty: "implicit",
      contextUrl: null,
      description:
        "One sub-policy of an interaction policy: the actors or collections whose interactions are approved automatically or reviewed manually. Documents write it without `type`.",
      specUrl: spec,
    },
    LikeRequest: {
      extends: ["Activity"],
      description: "Asks the author of `object` to approve a like (`instrument`).",
      specUrl: spec,
    },
    ReplyRequest: {
      extends: ["Activity"],
      description: "Asks the author of `object` to approve a reply (`instrument`).",
      specUrl: spec,
    },
    AnnounceRequest: {
      extends: ["Activity"],
      description: "Asks the author of `object` to approve a boost (`instrument`).",
      specUrl: spec,
    },
    LikeAuthorization: {
      iri: "https://gotosocial.org/ns#LikeApproval",
      extends: ["Object"],
      description: "A stamp proving that a like was approved.",
      specUrl: spec,
    },
    ReplyAuthorization: {
      extends: ["Object"],
      description: "A stamp proving that a reply was approved.",
      specUrl: spec,
    },
    AnnounceAuthorization: {
      extends: ["Object"],
      description: "A stamp proving that a boost was approved.",
      specUrl: spec,
    },
  },
  properties: {
    interactionPolicy: {
      domain: ["Object"],
      range: ["InteractionPolicy"],
      functional: true,
      description: "Who may interact with the object, and how.",
      specUrl: spec,
    },
    canLike: {
      domain: ["InteractionPolicy"],
      range: ["InteractionRule"],
      functional: true,
      description: "Who may like the object.",
      specUrl: spec,
    },
    canReply: {
      domain: ["InteractionPolicy"],
      range: ["InteractionRule"],
      functional: true,
      description: "Who may reply to the object.",
      specUrl: spec,
    },
    canAnnounce: {
      domain: ["InteractionPolicy"],
      range: ["InteractionRule"],
      functional: true,
      description: "Who may announce (boost) the object.",
      specUrl: spec,
    },
    canQuote: {
      domain: ["InteractionPolicy"],
      range: ["InteractionRule"],
      functional: true,
      description: "Who may quote the object (FEP-044f).",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/044f/fep-044f.md",
    },
    automaticApproval: {
      domain: ["InteractionRule"],
      range: ["Object"],
      description:
        "Actors and collections whose interactions are approved automatically (`as:Public` for anyone).",
      specUrl: spec,
    },
    manualApproval: {
      domain: ["InteractionRule"],
      range: ["Object"],
      description: "Actors and collections whose interactions the author reviews.",
      specUrl: spec,
    },
    always: {
      domain: ["InteractionRule"],
      range: ["Object"],
      description: "The earlier name of `automaticApproval` (GoToSocial before 0.20).",
      specUrl: spec,
    },
    approvalRequired: {
      domain: ["InteractionRule"],
      range: ["Object"],
      description: "The earlier name of `manualApproval` (GoToSocial before 0.20).",
      specUrl: spec,
    },
    approvedBy: {
      domain: ["Object"],
      range: ["Object"],
      functional: true,
      description: "The stamp that approved this interaction (GoToSocial before the authorization types).",
      specUrl: spec,
    },
    interactingObject: {
      domain: ["Object"],
      range: ["Object"],
      functional: true,
      description: "On a stamp, the interaction that was approved (the reply, the like, the quote).",
      specUrl: spec,
    },
    interactionTarget: {
      domain: ["Object"],
      range: ["Object"],
      functional: true,
      description: "On a stamp, the object that was interacted with.",
      specUrl: spec,
    },
    likeAuthorization: {
      domain: ["Object"],
      range: ["LikeAuthorization"],
      functional: true,
      description: "The stamp that approved this like.",
      specUrl: spec,
    },
    replyAuthorization: {
      domain: ["Object"],
      range: ["ReplyAuthorization"],
      functional: true,
      description: "The stamp that approved this reply.",
      specUrl: spec,
    },
    announceAuthorization: {
      domain: ["Object"],
      range: ["AnnounceAuthorization"],
      functional: true,
      description: "The stamp that approved this announce.",
      specUrl: spec,
    },
    hidesToPublicFromUnauthedWeb: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether the actor's public posts are hidden from visitors who are not signed in.",
      specUrl: spec,
    },
    hidesCcPublicFromUnauthedWeb: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether the actor's unlisted posts are hidden from visitors who are not signed in.",
      specUrl: spec,
    },
  },
});
