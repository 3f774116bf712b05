/**
 * An account as RFC 7565 names it: a user part at a host. Both `acct:` URIs
 * (`acct:alice@example.social`) and fediverse handles (`@alice@example.social`) parse into it.
 */
export interface Acct {
  /**
   * The user part, decoded (no percent-encoding) and with its case kept: whether `Alice` and
   * `alice` are the same account is for the server that hosts them to decide.
   */
  readonly user: string;
  /**
   * The host in canonical ASCII form: lowercase, punycode for internationalized names, no
   * trailing dot, IPv6 addresses in brackets. Compare hosts with `===`.
   */
  readonly host: string;
  /** The port, when the account names one (`alice@localhost:3000`); otherwise `undefined`. */
  readonly port?: number | undefined;
}

/** Options of {@link sameAcct}. */
export interface SameAcctOptions {
  /**
   * Compare user parts case-sensitively. By default `Gargron` and `gargron` are the same user,
   * as Mastodon and most fediverse servers treat them.
   * @defaultValue `false`
   */
  readonly caseSensitiveUser?: boolean;
}

/** `host` or `host:port`, as an authority is written in a URL or an account. */
export function formatHostAndPort({
  host,
  port,
}: {
  readonly host: string;
  readonly port?: number | undefined;
}): string {
  return port === undefined ? host : `${host}:${port}`;
}

/** `host` or `host:port`: where the account's WebFinger server is. */
export function acctAuthority(acct: Acct): string {
  return formatHostAndPort(acct);
}

/**
 * Whether two accounts are the same: the same host and port, and the same user part (compared
 * without regard to case unless `caseSensitiveUser` is set).
 */
export function sameAcct(a: Acct, b: Acct, options: SameAcctOptions = {}): boolean {
  if (a.host !== b.host || a.port !== b.port) return false;
  return options.caseSensitiveUser ? a.user === b.user : a.user.toLowerCase() === b.user.toLowerCase();
}
