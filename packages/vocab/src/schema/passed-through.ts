/** A property that documents in the wild carry and that the schema deliberately does not type. */
export interface PassedThroughProperty {
  /** The key as it appears in documents. */
  readonly key: string;
  /** Who sends it. */
  readonly seenIn: string;
  /** Why the schema leaves it untyped. */
  readonly reason: string;
}

const jsonLdKeyword =
  "A JSON-LD keyword inside a node; the canonical compact form that @fedikit/jsonld produces has none.";

type Entry =
  | PassedThroughProperty
  | (Omit<PassedThroughProperty, "key"> & { readonly keys: readonly string[] });

/** The entries with a group of keys (one reason for all) listed key by key. */
function eachKey(entries: readonly Entry[]): PassedThroughProperty[] {
  return entries.flatMap((entry) =>
    "keys" in entry
      ? entry.keys.map((key) => ({ key, seenIn: entry.seenIn, reason: entry.reason }))
      : [entry],
  );
}

/**
 * Keys found in the real-world fixtures that the schema does not define, with the reason. The
 * parser keeps them as they are and checks only that they are safe JSON (no `__proto__` keys,
 * bounded depth, no cycles). The package's tests check that every key of every fixture is either
 * known to the schema or listed here.
 */
export const passedThroughProperties: readonly PassedThroughProperty[] = /* @__PURE__ */ eachKey([
  { key: "@type", seenIn: "Friendica (vcard:hasAddress)", reason: jsonLdKeyword },
  { key: "@value", seenIn: "Kroeg", reason: jsonLdKeyword },
  {
    key: "as:sensitive",
    seenIn: "Kroeg",
    reason:
      "The compact IRI of `sensitive`: parse keeps it and warns (`unnormalized_property`); @fedikit/jsonld rewrites it to the term.",
  },
  {
    key: "ostatus:atomUri",
    seenIn: "Kroeg",
    reason:
      "The compact IRI of `atomUri`: parse keeps it and warns (`unnormalized_property`); @fedikit/jsonld rewrites it to the term.",
  },
  {
    key: "https://w3id.org/security/v1#publicKeyPem",
    seenIn: "Hubzilla, Osada (WebFinger properties)",
    reason: "The full IRI of `publicKeyPem` (with a wrong namespace), as a WebFinger JRD property.",
  },
  {
    key: "inLanguage",
    seenIn: "Mobilizon",
    reason:
      "Mobilizon's term for schema.org inLanguage, which the schema knows as `language`; @fedikit/jsonld rewrites it to that term.",
  },
  {
    key: "uuid",
    seenIn: "PeerTube, Mobilizon",
    reason:
      "Their contexts define it as schema.org identifier, which the schema knows as `identifier`; @fedikit/jsonld rewrites it to that term.",
  },
  {
    key: "_misskey_fallback_content",
    seenIn: "Misskey (old versions)",
    reason:
      "Not defined in Misskey's context, so a JSON-LD processor drops it; superseded by _misskey_content.",
  },
  {
    key: "context_id",
    seenIn: "Pleroma (old versions)",
    reason: "An internal database id, not defined in any context.",
  },
  {
    key: "description",
    seenIn: "Lemmy (old versions), Pleroma emoji packs",
    reason: "Not defined in Lemmy's context (superseded by summary/source); elsewhere not ActivityStreams.",
  },
  {
    key: "former_type",
    seenIn: "lotide",
    reason: "A misspelling of formerType that no context defines.",
  },
  {
    key: "nickname",
    seenIn: "Pleroma test actors",
    reason: "Not defined in any context Pleroma publishes.",
  },
  {
    key: "diaspora:guid",
    seenIn: "Friendica",
    reason:
      "Diaspora-protocol bridging data (a compact IRI in the diaspora: namespace), opaque to ActivityPub.",
  },
  {
    key: "diaspora:comment",
    seenIn: "Friendica",
    reason: "Diaspora-protocol bridging data, opaque to ActivityPub.",
  },
  {
    key: "diaspora:like",
    seenIn: "Friendica",
    reason: "Diaspora-protocol bridging data, opaque to ActivityPub.",
  },
  {
    key: "kroeg:blocks",
    seenIn: "Kroeg",
    reason: "Kroeg-internal (its blocks collection); Kroeg is unmaintained.",
  },
  {
    key: "nomadicLocations",
    seenIn: "Hubzilla",
    reason: "Zot nomadic identity data, defined only by Hubzilla's own context; opaque to ActivityPub.",
  },
  { key: "locationAddress", seenIn: "Hubzilla", reason: "Part of nomadicLocations (Zot)." },
  { key: "locationDeleted", seenIn: "Hubzilla", reason: "Part of nomadicLocations (Zot)." },
  { key: "locationPrimary", seenIn: "Hubzilla", reason: "Part of nomadicLocations (Zot)." },
  {
    key: "mimeType",
    seenIn: "Funkwhale, Prismo",
    reason: "Defined only by Funkwhale's and Prismo's own contexts; the ActivityStreams term is mediaType.",
  },
  { key: "media_type", seenIn: "Prismo", reason: "Not defined in any context; Prismo is unmaintained." },
  { key: "tags", seenIn: "Prismo", reason: "Not defined in any context (the ActivityStreams term is tag)." },
  {
    key: "votes",
    seenIn: "Prismo",
    reason: "Prismo's as:votes, defined only by Prismo; Prismo is unmaintained.",
  },
  {
    key: "voters",
    seenIn: "Pleroma test polls",
    reason: "Pleroma-internal list of voters, not defined in any context (Mastodon publishes votersCount).",
  },
  {
    key: "contacts",
    seenIn: "Mobilizon",
    reason: "Not defined in Mobilizon's context, so a JSON-LD processor drops it.",
  },
  {
    key: "draft",
    seenIn: "Mobilizon",
    reason: "Not defined in Mobilizon's context, so a JSON-LD processor drops it.",
  },
  {
    keys: ["aliases", "links", "properties", "template"],
    seenIn: "WebFinger JRDs among the fixtures",
    reason: "The document is not ActivityStreams: a WebFinger JRD (RFC 7033); @fedikit/webfinger handles it.",
  },
  {
    keys: [
      "http://purl.org/zot/federation",
      "http://webfinger.net/ns/name",
      "http://xmlns.com/foaf/0.1/name",
    ],
    seenIn: "Hubzilla / Osada WebFinger JRDs",
    reason: "The document is not ActivityStreams: a WebFinger JRD property (RFC 7033).",
  },
  {
    keys: ["blank", "blobs.gg", "finmoji", "files", "homepage", "src", "src_sha256", "license"],
    seenIn: "Pleroma emoji pack manifests",
    reason: "The document is not ActivityStreams: a Pleroma emoji pack manifest.",
  },
  {
    keys: [
      "author_name",
      "author_url",
      "cache_age",
      "flickr_type",
      "html",
      "license_id",
      "provider_name",
      "provider_url",
      "thumbnail_height",
      "thumbnail_url",
      "thumbnail_width",
      "title",
      "version",
      "web_page",
      "web_page_short_url",
    ],
    seenIn: "an oEmbed response among the Pleroma fixtures",
    reason: "The document is not ActivityStreams: an oEmbed response.",
  },
]);
