import type { Acct } from "../acct/acct.js";
import { hasAcctScheme, parseAcctUri } from "../acct/acct-uri.js";
import { parseHandle } from "../acct/handle.js";

/**
 * The resource a WebFinger request asks about, as the handler hands it to `findResource`. Both
 * kinds have both `acct` and `url` (one of them `undefined`), so a callback can destructure
 * either: `({ acct }) => acct && …` or `({ kind, acct }) => kind === "acct" && acct.host …`.
 */
export type WebFingerResource =
  | {
      /** An account: `acct:alice@example.social`, or a bare `alice@example.social`. */
      readonly kind: "acct";
      /** The resource as the client sent it, percent-decoded once. */
      readonly uri: string;
      /** The parsed account: user part decoded and case kept, host canonical. */
      readonly acct: Acct;
      /** `undefined` for an account. */
      readonly url?: undefined;
    }
  | {
      /** An http(s) URL, such as an actor's `id` or profile page. */
      readonly kind: "url";
      /** The resource as the client sent it, percent-decoded once. */
      readonly uri: string;
      /** `undefined` for a URL. */
      readonly acct?: undefined;
      /** The parsed URL. */
      readonly url: URL;
    };

/** Why a request's resource cannot be looked up, with the status to answer. */
export interface ResourceRefusal {
  readonly error: string;
  readonly status: 400 | 404;
}

// A URI scheme (RFC 3986 section 3.1); anchored and without nested repetition.
const uriScheme = /^[a-z][a-z0-9+.-]*:/i;
const httpScheme = /^https?:/i;

/** The resource of a request's `resource` parameter, or why it is refused. */
export function parseResource(value: string): WebFingerResource | ResourceRefusal {
  if (hasAcctScheme(value)) {
    const acct = parseAcctUri(value);
    return acct.ok
      ? { kind: "acct", uri: value, acct: acct.value }
      : { error: `The resource is malformed: ${acct.error.message}`, status: 400 };
  }
  if (httpScheme.test(value)) {
    if (!URL.canParse(value))
      return { error: `The resource ${JSON.stringify(value)} is not a valid URL`, status: 400 };
    return { kind: "url", uri: value, url: new URL(value) };
  }
  if (uriScheme.test(value)) {
    return {
      error: `This server answers acct: and http(s) resources, not ${JSON.stringify(value)}`,
      status: 404,
    };
  }
  // "alice@example.social" without acct: is common in the wild; Mastodon accepts it too.
  const acct = parseHandle(value);
  return acct.ok
    ? { kind: "acct", uri: value, acct: acct.value }
    : { error: `The resource is malformed: ${acct.error.message}`, status: 400 };
}
