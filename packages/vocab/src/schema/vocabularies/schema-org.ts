import { defineVocabulary } from "../model.js";

/**
 * schema.org terms in use: Mastodon's profile fields (`PropertyValue`), and the schema.org
 * properties that PeerTube, Lemmy, Mobilizon and Smithereen publish. The namespace is
 * `http://schema.org#`, as Mastodon and PeerTube write it; the correct `http://schema.org/` and
 * `https://schema.org/` forms are aliases.
 */
export const schemaOrg = /* @__PURE__ */ defineVocabulary({
  id: "schema-org",
  title: "schema.org",
  description:
    "PropertyValue profile fields (Mastodon) and the schema.org properties of PeerTube videos, Lemmy languages, Mobilizon events and Smithereen profiles.",
  namespace: "http://schema.org#",
  namespaceAliases: ["http://schema.org/", "https://schema.org/"],
  prefix: "schema",
  specUrl: "https://schema.org/",
  types: {
    PropertyValue: {
      extends: ["Object"],
      description:
        "A name-value pair; Mastodon shows each in an actor's `attachment` as a profile field (`name` the label, `value` the HTML value).",
      specUrl: "https://docs.joinmastodon.org/spec/activitypub/#PropertyValue",
    },
    PostalAddress: {
      extends: ["Object"],
      description: "A postal address (Mobilizon events and groups).",
      specUrl: "https://schema.org/PostalAddress",
    },
    GeoCoordinates: {
      extends: ["Object"],
      description: "Geographic coordinates, with `latitude` and `longitude` (Mobilizon).",
      specUrl: "https://schema.org/GeoCoordinates",
    },
    DefinedTerm: {
      extends: ["Object"],
      typeProperty: "none",
      description:
        "A code with a display name, `{ identifier, name }`: a language (Lemmy, PeerTube), a category or a licence (PeerTube). Sent without `type`.",
      specUrl: "https://schema.org/DefinedTerm",
    },
  },
  properties: {
    value: {
      domain: ["PropertyValue"],
      range: ["string"],
      functional: true,
      description: "The value of a name-value pair (HTML in Mastodon profile fields).",
      specUrl: "https://schema.org/value",
    },
    identifier: {
      domain: ["Object"],
      range: ["string"],
      functional: true,
      description: "An identifier: the code of a language, category or licence.",
      specUrl: "https://schema.org/identifier",
    },
    language: {
      iri: "http://schema.org#inLanguage",
      domain: ["Object"],
      range: ["DefinedTerm", "string"],
      description: "The languages of the content or of a community (Lemmy, PeerTube).",
      specUrl: "https://schema.org/inLanguage",
    },
    category: {
      domain: ["Object"],
      range: ["DefinedTerm", "string"],
      functional: true,
      description: "The category of a video (PeerTube) or an event (Mobilizon).",
      specUrl: "https://schema.org/category",
    },
    licence: {
      iri: "http://schema.org#license",
      domain: ["Object"],
      range: ["DefinedTerm", "string"],
      functional: true,
      description: "The licence of a video (PeerTube).",
      specUrl: "https://schema.org/license",
    },
    subtitleLanguage: {
      domain: ["Object"],
      range: ["DefinedTerm"],
      description: "The languages of a video's subtitles, each with the URL of the caption file (PeerTube).",
      specUrl: "https://schema.org/subtitleLanguage",
    },
    originallyPublishedAt: {
      iri: "http://schema.org#datePublished",
      domain: ["Object"],
      range: ["dateTime"],
      functional: true,
      description: "When the work was first published elsewhere, before it was uploaded (PeerTube).",
      specUrl: "https://schema.org/datePublished",
    },
    uploadDate: {
      domain: ["Object"],
      range: ["dateTime"],
      functional: true,
      description: "When the video was uploaded (PeerTube).",
      specUrl: "https://schema.org/uploadDate",
    },
    hasParts: {
      domain: ["Object"],
      range: ["iri"],
      functional: true,
      description: "A document listing the parts (chapters) of a video (PeerTube).",
      specUrl: "https://schema.org/hasPart",
    },
    isLiveBroadcast: {
      domain: ["Object"],
      range: ["boolean"],
      functional: true,
      description: "Whether the video is a live stream (PeerTube).",
      specUrl: "https://schema.org/isLiveBroadcast",
    },
    address: {
      domain: ["Object"],
      range: ["PostalAddress", "string"],
      functional: true,
      description: "The postal address of an event, group or place (Mobilizon).",
      specUrl: "https://schema.org/address",
    },
    addressCountry: {
      domain: ["PostalAddress"],
      range: ["string"],
      functional: true,
      description: "The country.",
      specUrl: "https://schema.org/addressCountry",
    },
    addressLocality: {
      domain: ["PostalAddress"],
      range: ["string"],
      functional: true,
      description: "The locality (city).",
      specUrl: "https://schema.org/addressLocality",
    },
    addressRegion: {
      domain: ["PostalAddress"],
      range: ["string"],
      functional: true,
      description: "The region.",
      specUrl: "https://schema.org/addressRegion",
    },
    postalCode: {
      domain: ["PostalAddress"],
      range: ["string"],
      functional: true,
      description: "The postal code.",
      specUrl: "https://schema.org/postalCode",
    },
    streetAddress: {
      domain: ["PostalAddress"],
      range: ["string"],
      functional: true,
      description: "The street address.",
      specUrl: "https://schema.org/streetAddress",
    },
    geo: {
      domain: ["Object"],
      range: ["GeoCoordinates"],
      functional: true,
      description: "The geographic coordinates of a place (Mobilizon).",
      specUrl: "https://schema.org/geo",
    },
    maximumAttendeeCapacity: {
      domain: ["Object"],
      range: ["nonNegativeInteger"],
      functional: true,
      description: "How many people may attend an event (Mobilizon).",
      specUrl: "https://schema.org/maximumAttendeeCapacity",
    },
    remainingAttendeeCapacity: {
      domain: ["Object"],
      range: ["nonNegativeInteger"],
      functional: true,
      description: "How many more people may join an event (Mobilizon).",
      specUrl: "https://schema.org/remainingAttendeeCapacity",
    },
    firstName: {
      iri: "http://schema.org#givenName",
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "The given name of a person (Smithereen).",
      specUrl: "https://schema.org/givenName",
    },
    lastName: {
      iri: "http://schema.org#familyName",
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "The family name of a person (Smithereen).",
      specUrl: "https://schema.org/familyName",
    },
    middleName: {
      iri: "http://schema.org#additionalName",
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "An additional (middle) name of a person (Smithereen).",
      specUrl: "https://schema.org/additionalName",
    },
    gender: {
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "The gender of a person, a schema.org GenderType IRI or text (Smithereen).",
      specUrl: "https://schema.org/gender",
    },
  },
});
