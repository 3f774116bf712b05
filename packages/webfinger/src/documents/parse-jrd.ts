import { type Failure, failure, getOwn, type Result, success } from "@fedikit/core";
import { shortened } from "../shared/message-text.js";
import { WebFingerError } from "../shared/webfinger-error.js";
import type { WebFingerWarning } from "../shared/webfinger-warning.js";
import type { Jrd, JrdLink } from "./jrd.js";

/** Longest member name quoted whole in a path (a hostile JRD controls its keys). */
const maxQuotedKey = 200;

/** A member of the wrong type, found while reading; caught in this file only. */
class MemberProblem {
  constructor(
    readonly path: string,
    readonly what: string,
  ) {}

  get description(): string {
    return `${this.path} ${this.what}`;
  }
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new MemberProblem(path, "must be a string");
  return value;
}

function stringMap(
  value: unknown,
  path: string,
  allowNull: boolean,
): Record<string, string | null> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new MemberProblem(path, "must be an object");
  const entries = Object.entries(value);
  for (const [key, entry] of entries) {
    if (typeof entry !== "string" && !(allowNull && entry === null)) {
      throw new MemberProblem(
        `${path}[${JSON.stringify(shortened(key, maxQuotedKey))}]`,
        allowNull ? "must be a string or null" : "must be a string",
      );
    }
  }
  // fromEntries defines own properties, so a "__proto__" key stays data and sets no prototype.
  return Object.fromEntries(entries) as Record<string, string | null>;
}

function parseLink(value: unknown, path: string): JrdLink {
  if (!isObject(value)) throw new MemberProblem(path, "must be an object");
  const rel = getOwn(value, "rel");
  if (typeof rel !== "string" || rel === "")
    throw new MemberProblem(`${path}.rel`, "must be a non-empty string");
  const type = optionalString(getOwn(value, "type"), `${path}.type`);
  const href = optionalString(getOwn(value, "href"), `${path}.href`);
  const template = optionalString(getOwn(value, "template"), `${path}.template`);
  const titles = stringMap(getOwn(value, "titles"), `${path}.titles`, false) as
    | Record<string, string>
    | undefined;
  const properties = stringMap(getOwn(value, "properties"), `${path}.properties`, true);
  return {
    rel,
    ...(type === undefined ? {} : { type }),
    ...(href === undefined ? {} : { href }),
    ...(template === undefined ? {} : { template }),
    ...(titles === undefined ? {} : { titles }),
    ...(properties === undefined ? {} : { properties }),
  };
}

function parseAliases(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) throw new MemberProblem("aliases", "must be an array of strings");
  return value.map((alias, index) => {
    if (typeof alias !== "string") throw new MemberProblem(`aliases[${index}]`, "must be a string");
    return alias;
  });
}

/** The valid links; each malformed one becomes a warning instead, as Mastodon skips it. */
function parseLinks(value: unknown, warnings: WebFingerWarning[]): JrdLink[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new MemberProblem("links", "must be an array");
  const links: JrdLink[] = [];
  for (const [index, link] of value.entries()) {
    try {
      links.push(parseLink(link, `links[${index}]`));
    } catch (problem) {
      if (!(problem instanceof MemberProblem)) throw problem;
      warnings.push({
        code: "link_skipped",
        message: `The JRD's ${problem.description}; the link was skipped`,
        where: `links[${index}]`,
      });
    }
  }
  return links;
}

/**
 * Validates parsed JSON as a JRD (RFC 7033 section 4.4) and returns it with only the members the
 * RFC defines (plus a link's `template`); unknown members are ignored, as the RFC tells clients
 * to do. A lone alias string is accepted as a one-element list and `null` as an absent member.
 * A malformed link is skipped with a `link_skipped` warning (Mastodon skips it too); a malformed
 * `subject`, `aliases`, `properties` or `links` member makes the whole document a failure whose
 * message names the member.
 *
 * @param value - the parsed JSON (`JSON.parse` of the body).
 * @returns the JRD and a warning per skipped link, or an `invalid_response` failure; never
 *   throws.
 *
 * @example
 * ```ts
 * const parsed = parseJrd(JSON.parse('{"subject":"acct:alice@example.social","links":[{"rel":"self","href":5}]}'));
 * if (parsed.ok) console.log(parsed.value.links, parsed.warnings); // [], one link_skipped warning
 * ```
 */
export function parseJrd(value: unknown): Result<Jrd, WebFingerError, WebFingerWarning> {
  if (!isObject(value)) return refusal("the document must be a JSON object");
  const warnings: WebFingerWarning[] = [];
  try {
    const subject = optionalString(getOwn(value, "subject"), "subject");
    const aliases = parseAliases(getOwn(value, "aliases"));
    const properties = stringMap(getOwn(value, "properties"), "properties", true);
    const links = parseLinks(getOwn(value, "links"), warnings);
    return success(
      {
        ...(subject === undefined ? {} : { subject }),
        ...(aliases === undefined ? {} : { aliases }),
        ...(properties === undefined ? {} : { properties }),
        ...(links === undefined ? {} : { links }),
      },
      warnings,
    );
  } catch (problem) {
    if (!(problem instanceof MemberProblem)) throw problem;
    return refusal(problem.description);
  }
}

function refusal(what: string): Failure<WebFingerError> {
  return failure(new WebFingerError("invalid_response", `The JRD is invalid: ${what}`));
}
