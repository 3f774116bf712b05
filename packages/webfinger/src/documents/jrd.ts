/** A link relation object of a JRD (RFC 7033 section 4.4.4). */
export interface JrdLink {
  /** The link relation type: a registered name such as `self`, or a URI. */
  readonly rel: string;
  /** The media type of the target, e.g. `application/activity+json`. */
  readonly type?: string;
  /** The target URI. */
  readonly href?: string;
  /**
   * A URI template instead of `href` (an XRD/JRD extension Mastodon uses for the OStatus
   * `subscribe` link, and host-meta uses for `lrdd`).
   */
  readonly template?: string;
  /**
   * Human-readable titles keyed by language tag (`und` when the language is unknown). The keys
   * come from the server: read them with `Object.hasOwn` or `getOwn`, not `titles[tag]`.
   */
  readonly titles?: Readonly<Record<string, string>>;
  /**
   * Extra properties of the link: URIs mapped to a string or `null`. The keys come from the
   * server: read them with `Object.hasOwn` or `getOwn`, not `properties[uri]`.
   */
  readonly properties?: Readonly<Record<string, string | null>>;
}

/** A JSON Resource Descriptor (RFC 7033 section 4.4): what a WebFinger server answers. */
export interface Jrd {
  /** The URI of the entity the JRD describes; may differ from the resource asked about. */
  readonly subject?: string;
  /** Other URIs of the same entity. */
  readonly aliases?: readonly string[];
  /**
   * Properties of the subject: URIs mapped to a string or `null`. The keys come from the server:
   * read them with `Object.hasOwn` or `getOwn`, not `properties[uri]`.
   */
  readonly properties?: Readonly<Record<string, string | null>>;
  /** The links, in the server's order. */
  readonly links?: readonly JrdLink[];
}

/**
 * The JRD with only the links whose `rel` is one of `rels` (RFC 7033 section 4.3); every other
 * member stays. With no `rels`, the JRD is returned as it is.
 */
export function filterJrdLinks(jrd: Jrd, rels: readonly string[]): Jrd {
  if (rels.length === 0 || jrd.links === undefined) return jrd;
  const wanted = new Set(rels);
  return { ...jrd, links: jrd.links.filter((link) => wanted.has(link.rel)) };
}
