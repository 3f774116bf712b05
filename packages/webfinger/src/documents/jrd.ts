import { WebFingerError } from "../shared/webfinger-error.js";

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
  /** Human-readable titles keyed by language tag (`und` when the language is unknown). */
  readonly titles?: Readonly<Record<string, string>>;
  /** Extra properties of the link: URIs mapped to a string or `null`. */
  readonly properties?: Readonly<Record<string, string | null>>;
}

/** A JSON Resource Descriptor (RFC 7033 section 4.4): what a WebFinger server answers. */
export interface Jrd {
  /** The URI of the entity the JRD describes; may differ from the resource asked about. */
  readonly subject?: string;
  /** Other URIs of the same entity. */
  readonly aliases?: readonly string[];
  /** Properties of the subject: URIs mapped to a string or `null`. */
  readonly properties?: Readonly<Record<string, string | null>>;
  /** The links, in the server's order. */
  readonly links?: readonly JrdLink[];
}

function invalid(path: string, what: string): WebFingerError {
  return new WebFingerError("invalid_response", `The JRD is invalid: ${path} ${what}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalid(path, "must be a string");
  return value;
}

function stringMap(
  value: unknown,
  path: string,
  allowNull: boolean,
): Record<string, string | null> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw invalid(path, "must be an object");
  const entries = Object.entries(value);
  for (const [key, entry] of entries) {
    if (typeof entry !== "string" && !(allowNull && entry === null)) {
      throw invalid(
        `${path}[${JSON.stringify(key)}]`,
        allowNull ? "must be a string or null" : "must be a string",
      );
    }
  }
  // fromEntries defines own properties, so a "__proto__" key stays data and sets no prototype.
  return Object.fromEntries(entries) as Record<string, string | null>;
}

function parseLink(value: unknown, path: string): JrdLink {
  if (!isObject(value)) throw invalid(path, "must be an object");
  const rel = value.rel;
  if (typeof rel !== "string" || rel === "") throw invalid(`${path}.rel`, "must be a non-empty string");
  const type = optionalString(value.type, `${path}.type`);
  const href = optionalString(value.href, `${path}.href`);
  const template = optionalString(value.template, `${path}.template`);
  const titles = stringMap(value.titles, `${path}.titles`, false) as Record<string, string> | undefined;
  const properties = stringMap(value.properties, `${path}.properties`, true);
  return {
    rel,
    ...(type === undefined ? {} : { type }),
    ...(href === undefined ? {} : { href }),
    ...(template === undefined ? {} : { template }),
    ...(titles === undefined ? {} : { titles }),
    ...(properties === undefined ? {} : { properties }),
  };
}

/**
 * Validates parsed JSON as a JRD (RFC 7033 section 4.4) and returns it with only the members the
 * RFC defines (plus a link's `template`); unknown members are ignored, as the RFC tells clients
 * to do. A lone alias string is accepted as a one-element list and `null` as an absent member;
 * anything else of the wrong type is refused with a message that names the member.
 *
 * @throws {WebFingerError} `invalid_response` for a value that is not a valid JRD.
 */
export function parseJrd(value: unknown): Jrd {
  if (!isObject(value)) throw invalid("the document", "must be a JSON object");
  const subject = optionalString(value.subject, "subject");
  let aliases: string[] | undefined;
  if (typeof value.aliases === "string") aliases = [value.aliases];
  else if (Array.isArray(value.aliases)) {
    aliases = value.aliases.map((alias, index) => {
      if (typeof alias !== "string") throw invalid(`aliases[${index}]`, "must be a string");
      return alias;
    });
  } else if (value.aliases !== undefined && value.aliases !== null)
    throw invalid("aliases", "must be an array of strings");
  const properties = stringMap(value.properties, "properties", true);
  let links: JrdLink[] | undefined;
  if (Array.isArray(value.links))
    links = value.links.map((link, index) => parseLink(link, `links[${index}]`));
  else if (value.links !== undefined && value.links !== null) throw invalid("links", "must be an array");
  return {
    ...(subject === undefined ? {} : { subject }),
    ...(aliases === undefined ? {} : { aliases }),
    ...(properties === undefined ? {} : { properties }),
    ...(links === undefined ? {} : { links }),
  };
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
