import { type Failure, failure, type Result, success } from "@fedikit/core";
import { type Acct, acctAuthority } from "../acct/acct.js";
import { formatAcctUri, hasAcctScheme, parseAcctUri } from "../acct/acct-uri.js";
import { toAcct } from "../acct/normalize-acct.js";
import { WebFingerError } from "../shared/webfinger-error.js";

/** What to send as `resource`, and which server to ask. */
export interface LookupTarget {
  /** The resource URI, in canonical form. */
  readonly resource: string;
  /** `host` or `host:port` of the WebFinger server. */
  readonly authority: string;
}

// A URI scheme (RFC 3986 section 3.1); anchored and without nested repetition.
const uriScheme = /^[a-z][a-z0-9+.-]*:/i;
const httpScheme = /^https?:/i;

function fromAcct(acct: Result<Acct, WebFingerError>): Result<LookupTarget, WebFingerError> {
  if (!acct.ok) return acct;
  return success({ resource: formatAcctUri(acct.value), authority: acctAuthority(acct.value) });
}

function unsupported(input: string): Failure<WebFingerError> {
  return failure(
    new WebFingerError(
      "invalid_resource",
      `Cannot tell which server to ask about ${JSON.stringify(input)}: use an acct: URI, a handle, or an http(s) URL`,
      { input },
    ),
  );
}

/**
 * Works out the `resource` parameter and the server to ask: an `acct:` URI or a handle asks the
 * account's host, an `http(s):` URL asks the URL's host.
 *
 * @returns the target, or a failure: an `AcctSyntaxCode` for a malformed account,
 *   `invalid_resource` for a URL without host or another scheme. Never throws.
 */
export function lookupTarget(input: string | URL | Acct): Result<LookupTarget, WebFingerError> {
  if (typeof input === "object" && !(input instanceof URL)) return fromAcct(toAcct(input));
  // A URL object may hold an acct: URI too (`new URL("acct:alice@example.social")`).
  const resource = String(input);
  if (hasAcctScheme(resource)) return fromAcct(parseAcctUri(resource));
  if (httpScheme.test(resource)) {
    if (!URL.canParse(resource)) {
      return failure(
        new WebFingerError("invalid_resource", `${JSON.stringify(resource)} is not a valid URL`, {
          input: resource,
        }),
      );
    }
    const url = new URL(resource);
    if (url.host === "") return unsupported(resource);
    return success({ resource: url.href, authority: url.host });
  }
  // Another scheme (mailto:, did: …); a handle never matches, as "@" comes before any ":".
  if (uriScheme.test(resource)) return unsupported(resource);
  return fromAcct(toAcct(resource));
}
