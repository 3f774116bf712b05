import { defineVocabulary } from "../model.js";

/** Mastodon's `toot:` extensions. */
export const mastodon = /* @__PURE__ */ defineVocabulary({
  id: "mastodon",
  title: "Mastodon (toot:)",
  description:
    "Terms Mastodon defines for its features (custom emoji, featured posts and tags, profile flags, media focal points and blurhash, poll voter counts) and that much of the fediverse reuses.",
  namespace: "http://joinmastodon.org/ns#",
  prefix: "toot",
  specUrl: "https://docs.joinmastodon.org/spec/activitypub/#toot",
  types: {
    Emoji: {
      extends: ["Object"],
      description:
        "A custom emoji: `name` is its `:shortcode:` as it appears in the text, `icon` the image that replaces it.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#Emoji",
    },
    IdentityProof: {
      extends: ["Object"],
      description: "A proof that the account is linked to an identity elsewhere (deprecated by Mastodon).",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#IdentityProof",
    },
  },
  properties: {
    featured: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description: "The collection of the actor's pinned (featured) posts.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#featured",
    },
    featuredTags: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description: "The collection of hashtags the actor features on its profile.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#featuredTags",
    },
    discoverable: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether the actor opts in to discovery features such as the profile directory.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#discoverable",
    },
    indexable: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether the actor's public posts may be indexed for full-text search.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#indexable",
    },
    memorial: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether the account has been turned into a memorial.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#memorial",
    },
    suspended: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether the account is suspended on its home server (it then returns empty data).",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#suspended",
    },
    attributionDomains: {
      domain: ["Actor"],
      range: ["string"],
      description: "Domains allowed to credit this actor as author of articles with `fediverse:creator`.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#as",
    },
    showFeatured: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether to show the featured tab on the actor's profile.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#profile",
    },
    showMedia: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether to show the media tab on the actor's profile.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#profile",
    },
    showRepliesInMedia: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether the media tab of the actor's profile includes replies.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#profile",
    },
    devices: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description:
        "The collection of the actor's end-to-end encryption devices (an unfinished Mastodon feature).",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#toot",
    },
    focalPoint: {
      domain: ["Document"],
      range: ["float"],
      container: "list",
      description:
        "The focal point of an image as `[x, y]`, each between -1.0 and 1.0 with `[0, 0]` the centre; crops keep it in view.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#focalPoint",
    },
    blurhash: {
      domain: ["Document"],
      range: ["string"],
      functional: true,
      description: "A BlurHash of the image, for a colourful placeholder while it loads.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#blurhash",
    },
    votersCount: {
      domain: ["Question"],
      range: ["nonNegativeInteger"],
      functional: true,
      description:
        "How many people voted in a poll (distinct from the number of votes in a multiple-choice poll).",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#Question",
    },
  },
});
