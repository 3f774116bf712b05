import { defineVocabulary } from "../model.js";

/** OStatus-era terms that Mastodon and Pleroma still send on statuses. */
export const ostatus = /* @__PURE__ */ defineVocabulary({
  id: "ostatus",
  title: "OStatus",
  description:
    "atomUri, inReplyToAtomUri and conversation: identifiers from OStatus days, still on Mastodon and Pleroma posts.",
  namespace: "http://ostatus.org#",
  prefix: "ostatus",
  specUrl: "https://docs.joinmastodon.org/spec/activitypub/#contexts",
  properties: {
    atomUri: {
      domain: ["Object"],
      range: ["iri"],
      functional: true,
      description: "The identifier of the status in OStatus (Atom) form.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#contexts",
    },
    inReplyToAtomUri: {
      domain: ["Object"],
      range: ["iri"],
      functional: true,
      description: "The OStatus identifier of the status this one replies to.",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#contexts",
    },
    conversation: {
      domain: ["Object"],
      range: ["iri"],
      functional: true,
      description:
        "An identifier of the conversation (thread) the status belongs to (a `tag:` URI on Mastodon).",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#contexts",
    },
  },
  types: {},
});
