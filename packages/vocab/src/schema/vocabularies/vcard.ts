import { defineVocabulary } from "../model.js";

const spec = "https://www.w3.org/TR/vcard-rdf/";

/** vCard terms that Friendica, Misskey and Smithereen put on profiles, written as `vcard:` compact IRIs. */
export const vcard = /* @__PURE__ */ defineVocabulary({
  id: "vcard",
  title: "vCard",
  description: "Birthdays, addresses and instant-messaging handles on profiles.",
  namespace: "http://www.w3.org/2006/vcard/ns#",
  prefix: "vcard",
  specUrl: spec,
  types: {
    "vcard:Address": {
      name: "VcardAddress",
      extends: [],
      typeProperty: "none",
      description: "A postal address in vCard terms (Friendica sends `@type: vcard:Home`).",
      specUrl: "https://www.w3.org/TR/vcard-rdf/#d4e1",
    },
  },
  properties: {
    "vcard:bday": {
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "The user's birthday, `YYYY-MM-DD`.",
      specUrl: spec,
    },
    "vcard:Address": {
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "The user's location as free text (Misskey).",
      specUrl: spec,
    },
    "vcard:hasAddress": {
      domain: ["Actor"],
      range: ["vcard:Address"],
      functional: true,
      description: "The user's address (Friendica).",
      specUrl: spec,
    },
    "vcard:country-name": {
      domain: ["vcard:Address"],
      range: ["string"],
      functional: true,
      description: "The country.",
      specUrl: spec,
    },
    "vcard:region": {
      domain: ["vcard:Address"],
      range: ["string"],
      functional: true,
      description: "The region.",
      specUrl: spec,
    },
    "vcard:locality": {
      domain: ["vcard:Address"],
      range: ["string"],
      functional: true,
      description: "The locality (city).",
      specUrl: spec,
    },
    "vcard:hasInstantMessage": {
      domain: ["Actor"],
      range: ["iri"],
      description: "The user's instant-messaging addresses (`xmpp:` and other URIs; Friendica).",
      specUrl: spec,
    },
  },
});
