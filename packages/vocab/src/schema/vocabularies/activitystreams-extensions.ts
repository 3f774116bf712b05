import { defineVocabulary } from "../model.js";

/**
 * Terms in the ActivityStreams namespace that were proposed but never added to the
 * Recommendation, yet every major server sends them (documented by the SocialCG's
 * "ActivityPub Miscellaneous Terms"). The ActivityStreams context does not define them, so
 * builders define them inline, as Mastodon does.
 */
export const activityStreamsExtensions = /* @__PURE__ */ defineVocabulary({
  id: "activitystreams-extensions",
  title: "ActivityStreams extensions in use",
  description:
    "as: terms outside the ActivityStreams Recommendation that Mastodon, Misskey, Pleroma and others send: Hashtag, sensitive, manuallyApprovesFollowers, movedTo, quoteUrl.",
  namespace: "https://www.w3.org/ns/activitystreams#",
  prefix: "as",
  specUrl: "https://swicg.github.io/miscellany/",
  types: {
    Hashtag: {
      extends: ["Link"],
      description:
        "A link to a topic identified by a #hashtag: `name` holds the hashtag and `href` a page listing posts that use it.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#Hashtag",
    },
  },
  properties: {
    sensitive: {
      domain: ["Object"],
      range: ["boolean"],
      functional: true,
      description:
        "Marks an object as possibly sensitive: media is hidden by default and, with a `summary`, the content is collapsed behind it (a content warning).",
      specUrl: "https://swicg.github.io/miscellany/#sensitive",
    },
    manuallyApprovesFollowers: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description:
        "Indicates that the actor manually approves Follow activities and that an automatic Accept should not be expected (a locked account).",
      specUrl: "https://swicg.github.io/miscellany/#manuallyApprovesFollowers",
    },
    movedTo: {
      domain: ["Actor"],
      range: ["Actor"],
      functional: true,
      description: "The account this actor has moved to (set together with a Move activity).",
      specUrl: "https://swicg.github.io/miscellany/#movedTo",
    },
    quoteUrl: {
      domain: ["Object"],
      range: ["Object"],
      functional: true,
      description:
        "The object this post quotes, as Misskey and Pleroma express it; FEP-044f's `quote` supersedes it.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/044f/fep-044f.md",
    },
  },
});
