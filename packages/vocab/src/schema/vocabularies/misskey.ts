import { defineVocabulary } from "../model.js";

const spec = "https://misskey-hub.net/ns";

/** Misskey's extensions (and those of its forks Firefish and Sharkey). */
export const misskey = /* @__PURE__ */ defineVocabulary({
  id: "misskey",
  title: "Misskey",
  description:
    "Terms Misskey defines: the MFM source of posts and profiles, quotes, reactions, poll vote counts, profile privacy settings and isCat.",
  namespace: "https://misskey-hub.net/ns#",
  prefix: "misskey",
  specUrl: spec,
  types: {},
  properties: {
    _misskey_content: {
      domain: ["Object"],
      range: ["string"],
      functional: true,
      description: "The MFM (Misskey Flavored Markdown) source of the post's content.",
      specUrl: spec,
    },
    _misskey_summary: {
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "The MFM source of the actor's profile description.",
      specUrl: spec,
    },
    _misskey_quote: {
      domain: ["Object"],
      range: ["Object"],
      functional: true,
      description: "The object this post quotes (Misskey's form; see FEP-044f `quote`).",
      specUrl: spec,
    },
    _misskey_reaction: {
      domain: ["Activity"],
      range: ["string"],
      functional: true,
      description: "The emoji of a reaction, on a Like or EmojiReact.",
      specUrl: spec,
    },
    _misskey_votes: {
      domain: ["Object"],
      range: ["nonNegativeInteger"],
      functional: true,
      description: "The number of votes for a poll choice.",
      specUrl: spec,
    },
    _misskey_followedMessage: {
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "The message shown to someone who follows the actor.",
      specUrl: spec,
    },
    _misskey_requireSigninToViewContents: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether the actor's posts are shown only to signed-in users.",
      specUrl: spec,
    },
    _misskey_makeNotesFollowersOnlyBefore: {
      domain: ["Actor"],
      range: ["integer"],
      functional: true,
      description:
        "Posts older than this become followers-only: a Unix time in seconds if positive, an age in seconds if negative.",
      specUrl: spec,
    },
    _misskey_makeNotesHiddenBefore: {
      domain: ["Actor"],
      range: ["integer"],
      functional: true,
      description:
        "Posts older than this are hidden: a Unix time in seconds if positive, an age in seconds if negative.",
      specUrl: spec,
    },
    _misskey_license: {
      domain: ["Object"],
      range: ["json"],
      functional: true,
      description: "The licence of a post or file, as `{ freeText }`.",
      specUrl: spec,
    },
    isCat: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether the account is a cat (Misskey shows cat ears on its avatar).",
      specUrl: spec,
    },
    speakAsCat: {
      iri: "https://joinfirefish.org/ns#speakAsCat",
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether a cat account's posts are shown in cat speech (Firefish, Sharkey).",
      specUrl: "https://joinfirefish.org/ns",
    },
  },
});
