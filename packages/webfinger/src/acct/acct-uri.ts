import { type Acct, acctAuthority } from "./acct.js";
import { AcctSyntaxError } from "./acct-syntax-error.js";
import { parseHost } from "./host.js";

// RFC 3986 unreserved and sub-delims: the characters RFC 7565 leaves raw in a user part.
const rawUserCharacter = /[A-Za-z0-9\-._~!$&'()*+,;=]/;
// What may appear raw in a user part we accept: the above, percent-escapes, a "@" (the last "@"
// ends the user part, so an unescaped one before it is unambiguous) and non-ASCII (IRI form).
const acceptedUserPart = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=@]|%[0-9A-Fa-f]{2}|(?![\s\p{Cc}])\P{ASCII})+$/u;
// ignoreBOM keeps a leading U+FEFF: dropping it would make two URIs name one account.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();
const controlCharacter = /\p{Cc}/u;

function decodeUserPart(raw: string, input: string): string {
  if (!acceptedUserPart.test(raw)) {
    throw new AcctSyntaxError(
      "invalid_user",
      "The user part has a character that must be percent-encoded in an acct: URI (RFC 7565), or a broken %-escape",
      input,
    );
  }
  if (!raw.includes("%")) return raw;
  const bytes: number[] = [];
  for (let index = 0; index < raw.length; ) {
    if (raw[index] === "%") {
      bytes.push(Number.parseInt(raw.slice(index + 1, index + 3), 16));
      index += 3;
    } else {
      const codePoint = raw.codePointAt(index)!;
      const character = String.fromCodePoint(codePoint);
      bytes.push(...utf8Encoder.encode(character));
      index += character.length;
    }
  }
  let user: string;
  try {
    user = utf8.decode(new Uint8Array(bytes));
  } catch {
    throw new AcctSyntaxError("invalid_user", "The percent-encoded user part is not valid UTF-8", input);
  }
  // No account has one, and decoded they would reach logs, headers and queries as they are.
  if (controlCharacter.test(user)) {
    throw new AcctSyntaxError(
      "invalid_user",
      "The user part decodes to a control character (%00-%1F, %7F …)",
      input,
    );
  }
  return user;
}

/**
 * Percent-encodes a user part as RFC 7565 requires: unreserved characters and sub-delims stay
 * raw, everything else (including `@`, `/`, `:`, `%` and non-ASCII) becomes UTF-8 `%XX`.
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
 * host. The URI is split at its last `@`, so `acct:juliet%40capulet.example@shoppingsite.example`
 * and the unescaped `acct:a@b@example.com` both work. Beyond RFC 7565, a `:port` after the host
 * is accepted (development servers use one), and a user part that decodes to a control
 * character (`%0A`, `%00` …) is refused.
 *
 * @example
 * ```ts
 * parseAcctUri("acct:Gargron@Mastodon.Social"); // { user: "Gargron", host: "mastodon.social", port: undefined }
 * parseAcctUri("acct:juliet%40capulet.example@shoppingsite.example").user; // "juliet@capulet.example"
 * ```
 * @throws {AcctSyntaxError} for anything that is not an `acct:` URI.
 */
export function parseAcctUri(uri: string): Acct {
  if (!/^acct:/i.test(uri))
    throw new AcctSyntaxError("not_acct_uri", "An acct: URI must start with acct:", uri);
  const rest = uri.slice(5);
  const at = rest.lastIndexOf("@");
  if (at < 0) throw new AcctSyntaxError("missing_host", "An acct: URI needs user@host", uri);
  if (at === 0) throw new AcctSyntaxError("missing_user", "The user part before the @ is empty", uri);
  const user = decodeUserPart(rest.slice(0, at), uri);
  const hostText = rest.slice(at + 1);
  if (hostText === "") throw new AcctSyntaxError("missing_host", "The host after the @ is empty", uri);
  const { host, port } = parseHost(hostText);
  return { user, host, port };
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
 * @throws {AcctSyntaxError} `missing_user` for an empty user part, `invalid_user` for one with a
 *   control character; `invalid_host` or `invalid_port` for a host or port no account can have.
 */
export function formatAcctUri(acct: Acct): string {
  const authority = acctAuthority(acct);
  if (acct.user === "") throw new AcctSyntaxError("missing_user", "The user part is empty", `@${authority}`);
  if (controlCharacter.test(acct.user)) {
    throw new AcctSyntaxError(
      "invalid_user",
      "The user part has a control character",
      `@${acct.user}@${authority}`,
    );
  }
  const { host, port } = parseHost(authority);
  return `acct:${encodeUserPart(acct.user)}@${acctAuthority({ user: acct.user, host, port })}`;
}
