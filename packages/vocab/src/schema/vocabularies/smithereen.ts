import { defineVocabulary } from "../model.js";

const spec = "https://github.com/grishka/Smithereen/blob/master/FEDERATION.md";

/** Smithereen's `sm:` terms for social-network profiles. */
export const smithereen = /* @__PURE__ */ defineVocabulary({
  id: "smithereen",
  title: "Smithereen",
  description:
    "Friends, groups and wall collections, avatar crop regions and other profile terms of Smithereen.",
  namespace: "http://smithereen.software/ns#",
  prefix: "sm",
  specUrl: spec,
  types: {},
  properties: {
    cropRegion: {
      domain: ["Document"],
      range: ["float"],
      container: "list",
      description: "The square region of an avatar to show, as `[x1, y1, x2, y2]` fractions of the image.",
      specUrl: spec,
    },
    friends: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description: "The collection of the user's friends.",
      specUrl: spec,
    },
    groups: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description: "The collection of groups the user is a member of.",
      specUrl: spec,
    },
    wall: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description: "The collection of posts on the user's wall.",
      specUrl: spec,
    },
    supportsFriendRequests: {
      domain: ["Actor"],
      range: ["boolean"],
      functional: true,
      description: "Whether the actor's software handles friend requests.",
      specUrl: spec,
    },
    maidenName: {
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "The user's maiden name.",
      specUrl: spec,
    },
    nonAnonymous: {
      domain: ["Question"],
      range: ["boolean"],
      functional: true,
      description: "Whether the votes of a poll are public.",
      specUrl: spec,
    },
  },
});
