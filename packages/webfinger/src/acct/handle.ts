import { type Acct, acctAuthority } from "./acct.js";
import { AcctSyntaxError } from "./acct-syntax-error.js";
import { parseAcctUri } from "./acct-uri.js";
import { hostToUnicode, parseHost } from "./host.js";

// Whitespace, controls, and the delimiters that make a "handle" a URL or a path.
const forbiddenInHandleUser = /[\s\p{Cc}/?#[\]:\\<>"`^{|}]/u;

/**
 * Parses a fediverse handle: `@user@host`, `user@host`, or an `acct:` URI, with surrounding
 * whitespace ignored. The handle is split at its last `@`, so a user part may itself contain `@`
 * (`@juliet@capulet.example@shoppingsite.example`). The user part of a handle is plain text (no
 * percent-decoding) and keeps its case; the host is canonicalized as {@link parseHost} does
 * (lowercase, IDN to punycode, optional `:port`).
 *
 * @example
 * ```ts
 * parseHandle("@Gargron@mastodon.social"); // { user: "Gargron", host: "mastodon.social", port: undefined }
 * parseHandle("alice@münchen.example");    // host "xn--mnchen-3ya.example"
 * parseHandle("acct:bob@example.com");     // also accepted
 * ```
 * @throws {AcctSyntaxError} for text that is not a handle.
 */
export function parseHandle(handle: string): Acct {
  const text = handle.trim();
  if (/^acct:/i.test(text)) return parseAcctUri(text);
  const body = text.startsWith("@") ? text.slice(1) : text;
  const at = body.lastIndexOf("@");
  if (at < 0) {
    throw new AcctSyntaxError(
      "missing_host",
      "A handle needs a host: @user@host, e.g. @alice@example.social",
      handle,
    );
  }
  if (at === 0) throw new AcctSyntaxError("missing_user", "The user part before the @ is empty", handle);
  const user = body.slice(0, at);
  if (forbiddenInHandleUser.test(user)) {
    throw new AcctSyntaxError(
      "invalid_user",
      'The user part of a handle cannot contain whitespace, control characters, or any of / ? # [ ] : \\ < > " ` ^ { | }',
      handle,
    );
  }
  const hostText = body.slice(at + 1);
  if (hostText === "") throw new AcctSyntaxError("missing_host", "The host after the @ is empty", handle);
  const { host, port } = parseHost(hostText);
  return { user, host, port };
}

/** Options of {@link formatHandle}. */
export interface FormatHandleOptions {
  /**
   * Start with `@`, as fediverse software displays handles (`@alice@example.social`).
   * @defaultValue `true`
   */
  readonly leadingAt?: boolean;
  /**
   * Show an internationalized host in Unicode (`münchen.example`) instead of punycode
   * (`xn--mnchen-3ya.example`). For display only: the ASCII form is the identifier.
   * @defaultValue `false`
   */
  readonly unicodeHost?: boolean;
}

/**
 * Formats an account as a handle, `@user@host` by default. The user part is written as is (no
 * percent-encoding).
 *
 * @example
 * ```ts
 * formatHandle({ user: "alice", host: "xn--mnchen-3ya.example" }, { unicodeHost: true }); // "@alice@münchen.example"
 * ```
 */
export function formatHandle(acct: Acct, options: FormatHandleOptions = {}): string {
  const host = options.unicodeHost ? hostToUnicode(acct.host) : acct.host;
  const authority = acctAuthority({ user: acct.user, host, port: acct.port });
  return `${options.leadingAt === false ? "" : "@"}${acct.user}@${authority}`;
}
