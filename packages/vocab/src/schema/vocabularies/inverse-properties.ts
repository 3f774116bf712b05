import { defineVocabulary } from "../model.js";

const spec = "https://codeberg.org/fediverse/fep/src/branch/main/fep/5711/fep-5711.md";

/**
 * FEP-5711 inverse properties: on a collection, the object or actor whose `likes`, `replies`,
 * `followers` … it is, so that a reader can check the claim from both sides.
 */
export const inverseProperties = /* @__PURE__ */ defineVocabulary({
  id: "fep-5711",
  title: "Inverse properties for collections (FEP-5711)",
  description:
    "likesOf, sharesOf, repliesOf, inboxOf, outboxOf, followersOf, followingOf and likedOf: what a collection belongs to.",
  namespace: "https://w3id.org/fep/5711#",
  prefix: "fep5711",
  contextUrl: "https://w3id.org/fep/5711",
  specUrl: spec,
  types: {},
  properties: {
    likesOf: {
      domain: ["Collection"],
      range: ["Object"],
      functional: true,
      description: "The object whose `likes` collection this is.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/5711/fep-5711.md#likesof",
    },
    sharesOf: {
      domain: ["Collection"],
      range: ["Object"],
      functional: true,
      description: "The object whose `shares` collection this is.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/5711/fep-5711.md#sharesof",
    },
    repliesOf: {
      domain: ["Collection"],
      range: ["Object"],
      functional: true,
      description: "The object whose `replies` collection this is.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/5711/fep-5711.md#repliesof",
    },
    inboxOf: {
      domain: ["Collection"],
      range: ["Object"],
      functional: true,
      description: "The actor whose `inbox` collection this is.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/5711/fep-5711.md#inboxof",
    },
    outboxOf: {
      domain: ["Collection"],
      range: ["Object"],
      functional: true,
      description: "The actor whose `outbox` collection this is.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/5711/fep-5711.md#outboxof",
    },
    followersOf: {
      domain: ["Collection"],
      range: ["Object"],
      functional: true,
      description: "The actor whose `followers` collection this is.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/5711/fep-5711.md#followersof",
    },
    followingOf: {
      domain: ["Collection"],
      range: ["Object"],
      functional: true,
      description: "The actor whose `following` collection this is.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/5711/fep-5711.md#followingof",
    },
    likedOf: {
      domain: ["Collection"],
      range: ["Object"],
      functional: true,
      description: "The actor whose `liked` collection this is.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/5711/fep-5711.md#likedof",
    },
  },
});
