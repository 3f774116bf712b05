import { defineVocabulary } from "../model.js";

const spec = "https://join-lemmy.org/docs/contributors/05-federation.html";

/**
 * Lemmy's terms for link aggregation in communities (FEP-1b12 groups). Lemmy's published
 * context does not define its moderation activity types (`Lock`, `Warn`, `Resolve`) or
 * `CommunityPostTag`; the schema gives them Lemmy's namespace so that they have one identity.
 */
export const lemmy = /* @__PURE__ */ defineVocabulary({
  id: "lemmy",
  title: "Lemmy",
  description:
    "Community moderators and posting restrictions, stickied and distinguished posts, removal of a user's data, moderation activities and post tags.",
  namespace: "https://join-lemmy.org/ns#",
  prefix: "lemmy",
  specUrl: spec,
  types: {
    Lock: {
      contextUrl: null,
      extends: ["Activity"],
      description: "Locks `object` (a post) so that it takes no more comments; undone with Undo.",
      specUrl: spec,
    },
    Warn: {
      contextUrl: null,
      extends: ["Activity"],
      description: "A moderator's warning to the author of `object`, with the reason in `summary`.",
      specUrl: spec,
    },
    Resolve: {
      contextUrl: null,
      extends: ["Activity"],
      description: "Marks `object` (a Flag, a report) as resolved.",
      specUrl: spec,
    },
    CommunityPostTag: {
      contextUrl: null,
      extends: ["Object"],
      description: "A tag that a community defines and its posts can carry.",
      specUrl: spec,
    },
  },
  properties: {
    moderators: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description: "The collection of a community's moderators.",
      specUrl: spec,
    },
    postingRestrictedToMods: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether only moderators may post in the community.",
      specUrl: spec,
    },
    removeData: {
      domain: ["Activity"],
      range: ["boolean"],
      functional: true,
      description: "On a Block or Delete of a user, whether their posts and comments are removed too.",
      specUrl: spec,
    },
    stickied: {
      domain: ["Object"],
      range: ["boolean"],
      functional: true,
      description: "Whether a post is pinned to the top of its community.",
      specUrl: spec,
    },
    distinguished: {
      domain: ["Object"],
      range: ["boolean"],
      functional: true,
      description: "Whether a moderator's comment is highlighted as speaking for the moderators.",
      specUrl: spec,
    },
    matrixUserId: {
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "The user's Matrix ID.",
      specUrl: spec,
    },
  },
});
