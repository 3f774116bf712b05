import { type Acct, acctAuthority } from "../acct/acct.js";
import { AcctSyntaxError } from "../acct/acct-syntax-error.js";
import { formatAcctUri, parseAcctUri } from "../acct/acct-uri.js";
import { parseHandle } from "../acct/handle.js";
import { WebFingerError } from "../shared/webfinger-error.js";

/** What to send as `resource`, and which server to ask. */
export interface LookupTarget {
  /** The resource URI, in canonical form. */
  readonly resource: string;
  /** `host` or `host:port` of the WebFinger server. */
  readonly authority: string;
}

function fromAcct(acct: Acct): LookupTarget {
  return { resource: formatAcctUri(acct), authority: acctAuthority(acct) };
}

function unsupported(input: string): WebFingerError {
  return new WebFingerError(
    "invalid_resource",
    `Cannot tell which server to ask about ${JSON.stringify(input)}: use an acct: URI, a handle, or an http(s) URL`,
  );
}

function fromUrl(url: URL, input: string): LookupTarget {
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.host === "") throw unsupported(input);
  return { resource: url.href, authority: url.host };
}

function parse(input: string | URL | Acct): LookupTarget {
  if (typeof input === "object" && !(input instanceof URL)) return fromAcct(input);
  // A URL object may hold an acct: URI too (`new URL("acct:alice@example.social")`).
  const resource = String(input);
  if (/^acct:/i.test(resource)) return fromAcct(parseAcctUri(resource));
  if (/^https?:/i.test(resource)) {
    let url: URL;
    try {
      url = new URL(resource);
    } catch {
      throw new WebFingerError("invalid_resource", `${JSON.stringify(resource)} is not a valid URL`);
    }
    return fromUrl(url, resource);
  }
  // Another scheme (mailto:, did: …); a handle never matches, as "@" comes before any ":".
  if (/^[a-z][a-z0-9+.-]*:/i.test(resource)) throw unsupported(resource);
  return fromAcct(parseHandle(resource));
}

/**
 * Works out the `resource` parameter and the server to ask: an `acct:` URI or a handle asks the
 * account's host, an `http(s):` URL asks the URL's host.
 *
 * @throws {WebFingerError} `invalid_resource` for anything else.
 */
export function lookupTarget(resource: string | URL | Acct): LookupTarget {
  try {
    return parse(resource);
  } catch (error) {
    if (error instanceof AcctSyntaxError) {
      throw new WebFingerError("invalid_resource", error.message, { cause: error });
    }
    throw error;
  }
}
