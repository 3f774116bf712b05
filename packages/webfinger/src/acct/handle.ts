import { type Result, success } from "@fedikit/core";
import type { WebFingerError } from "../shared/webfinger-error.js";
import { type Acct, acctAuthority } from "./acct.js";
import { hasAcctScheme, parseAcctUri } from "./acct-uri.js";
import { hostToUnicode, parseHostIn } from "./host.js";
import { syntaxFailure } from "./syntax-error.js";

// Whitespace, controls, and the delimiters that make a "handle" a URL or a path.
const forbiddenInHandleUser = /[\s\p{Cc}/?#[\]:\\<>"`^{|}]/u;

/**
 * Parses a fediverse handle: `@user@host`, `user@host`, or an `acct:` URI, with surrounding
 * whitespace ignored. The handle is split at its last `@`, so a user part may itself contain `@`
 * (`@juliet@capulet.example@shoppingsite.example`). The user part of a handle is plain text (no
 * percent-decoding) and keeps its case; the host is canonicalized as {@link parseHost} does
 * (percent-escapes decoded, lowercase, IDN to punycode, optional `:port`).
 *
 * A handle is what a person typed or a server sent, so a malformed one is a failed result, not
 * an exception.
 *
 * @example
 * ```ts
 * const parsed = parseHandle("@Gargron@mastodon.social");
 * if (parsed.ok) console.log(parsed.value); // { user: "Gargron", host: "mastodon.social", port: undefined }
 * else console.log(parsed.error.code); // "missing_host", "invalid_user" …
 * ```
 * @returns the account, or a failure with one of the {@link AcctSyntaxCode}s; never throws.
 */
export function parseHandle(handle: string): Result<Acct, WebFingerError> {
  const text = handle.trim();
  if (hasAcctScheme(text)) return parseAcctUri(text);
  const body = text.startsWith("@") ? text.slice(1) : text;
  const at = body.lastIndexOf("@");
  if (at < 0) {
    return syntaxFailure(
      "missing_host",
      "A handle needs a host: @user@host, e.g. @alice@example.social",
      handle,
    );
  }
  if (at === 0) return syntaxFailure("missing_user", "The user part before the @ is empty", handle);
  const user = body.slice(0, at);
  if (forbiddenInHandleUser.test(user)) {
    return syntaxFailure(
      "invalid_user",
      'The user part of a handle cannot contain whitespace, control characters, or any of / ? # [ ] : \\ < > " ` ^ { | }',
      handle,
    );
  }
  const hostText = body.slice(at + 1);
  if (hostText === "") return syntaxFailure("missing_host", "The host after the @ is empty", handle);
  const host = parseHostIn(hostText, handle);
  if (!host.ok) return host;
  return success({ user, host: host.value.host, port: host.value.port });
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
