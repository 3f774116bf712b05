import { type Result, success } from "@fedikit/core";
import type { WebFingerError } from "../shared/webfinger-error.js";
import { type Acct, acctAuthority } from "./acct.js";
import { parseHost, parseHostIn } from "./host.js";
import { percentDecode } from "./percent-decoding.js";
import { syntaxError, syntaxFailure } from "./syntax-error.js";

/** The scheme of an account URI, lowercase. */
const acctScheme = "acct:";

// RFC 3986 unreserved and sub-delims: the characters RFC 7565 leaves raw in a user part.
const rawUserCharacter = /[A-Za-z0-9\-._~!$&'()*+,;=]/;
// What may appear raw in a user part we accept: the above, percent-escapes, a "@" (the last "@"
// ends the user part, so an unescaped one before it is unambiguous) and non-ASCII (IRI form).
// The three alternatives start with different characters, so matching never backtracks.
const acceptedUserPart = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=@]|%[0-9A-Fa-f]{2}|(?![\s\p{Cc}])\P{ASCII})+$/u;
const controlCharacter = /\p{Cc}/u;
const utf8Encoder = new TextEncoder();

/** Whether `text` starts with `acct:`, in any case. */
export function hasAcctScheme(text: string): boolean {
  return text.slice(0, acctScheme.length).toLowerCase() === acctScheme;
}

function decodeUserPart(raw: string, input: string): Result<string, WebFingerError> {
  if (!acceptedUserPart.test(raw)) {
    return syntaxFailure(
      "invalid_user",
      "The user part has a character that must be percent-encoded in an acct: URI (RFC 7565), or a broken %-escape",
      input,
    );
  }
  const user = percentDecode(raw);
  if (user === null) {
    return syntaxFailure("invalid_user", "The percent-encoded user part is not valid UTF-8", input);
  }
  // No account has one, and decoded they would reach logs, headers and queries as they are.
  if (controlCharacter.test(user)) {
    return syntaxFailure(
      "invalid_user",
      "The user part decodes to a control character (%00-%1F, %7F …)",
      input,
    );
  }
  return success(user);
}

/**
 * Percent-encodes a user part as RFC 7565 requires: unreserved characters and sub-delims stay
 * raw, everything else (including `@`, `/`, `:`, `%` and non-ASCII) becomes UTF-8 `%XX` with
 * uppercase hex digits.
 */
export function encodeUserPart(user: string): string {
  let encoded = "";
  for (const character of user) {
    if (rawUserCharacter.test(character)) {
      encoded += character;
      continue;
    }
    for (const byte of utf8Encoder.encode(character)) {
      encoded += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
  }
  return encoded;
}

/**
 * Parses an `acct:` URI (RFC 7565): `acct:` (any case), the percent-encoded user part, `@`, the
 * host (percent-encoding allowed there too, as RFC 3986's reg-name does). The URI is split at its
 * last `@`, so `acct:juliet%40capulet.example@shoppingsite.example` and the unescaped
 * `acct:a@b@example.com` both work. Beyond RFC 7565, a `:port` after the host is accepted
 * (development servers use one), and a user part that decodes to a control character (`%0A`,
 * `%00` …) is refused.
 *
 * @example
 * ```ts
 * parseAcctUri("acct:Gargron@Mastodon.Social");
 * // { ok: true, value: { user: "Gargron", host: "mastodon.social", port: undefined }, warnings: [] }
 * const juliet = parseAcctUri("acct:juliet%40capulet.example@shoppingsite.example");
 * if (juliet.ok) console.log(juliet.value.user); // "juliet@capulet.example"
 * ```
 * @returns the account, or a failure with one of the {@link AcctSyntaxCode}s; never throws.
 */
export function parseAcctUri(uri: string): Result<Acct, WebFingerError> {
  if (!hasAcctScheme(uri)) return syntaxFailure("not_acct_uri", "An acct: URI must start with acct:", uri);
  const rest = uri.slice(acctScheme.length);
  const at = rest.lastIndexOf("@");
  if (at < 0) return syntaxFailure("missing_host", "An acct: URI needs user@host", uri);
  if (at === 0) return syntaxFailure("missing_user", "The user part before the @ is empty", uri);
  const user = decodeUserPart(rest.slice(0, at), uri);
  if (!user.ok) return user;
  const hostText = rest.slice(at + 1);
  if (hostText === "") return syntaxFailure("missing_host", "The host after the @ is empty", uri);
  const host = parseHostIn(hostText, uri);
  if (!host.ok) return host;
  return success({ user: user.value, host: host.value.host, port: host.value.port });
}

/**
 * Formats an account as a canonical `acct:` URI: the user part percent-encoded as RFC 7565
 * requires (see {@link encodeUserPart}), the host in canonical ASCII form (a hand-written
 * `Example.COM` or `münchen.example` is normalized), the port if there is one.
 *
 * @example
 * ```ts
 * formatAcctUri({ user: "juliet@capulet.example", host: "shoppingsite.example" });
 * // "acct:juliet%40capulet.example@shoppingsite.example"
 * ```
 * @throws {WebFingerError} `missing_user` for an empty user part, `invalid_user` for one with a
 *   control character; `invalid_host` or `invalid_port` for a host or port no account can have.
 *   The account is the program's own, so a bad one is thrown, not returned.
 */
export function formatAcctUri(acct: Acct): string {
  const authority = acctAuthority(acct);
  if (acct.user === "") throw syntaxError("missing_user", "The user part is empty", `@${authority}`);
  if (controlCharacter.test(acct.user)) {
    throw syntaxError("invalid_user", "The user part has a control character", `@${acct.user}@${authority}`);
  }
  const parsed = parseHost(authority);
  if (!parsed.ok) throw parsed.error;
  return `acct:${encodeUserPart(acct.user)}@${acctAuthority({ user: acct.user, ...parsed.value })}`;
}
