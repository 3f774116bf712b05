import { isIP } from "node:net";
import type { AddressGuard } from "./address-guard.js";
import type { NonPublicReason } from "./address-policy.js";
import { FetchError } from "./fetch-error.js";

/** Whether a host name is `localhost` or under `.localhost` (RFC 6761), trailing dot or not. */
export function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost");
}

/** The error for a refused address, with what to change. */
export function ssrfError(url: string, what: string, reason: NonPublicReason): FetchError {
  return new FetchError(
    "ssrf_blocked",
    `Refused to connect to ${what}: it is a ${reason} address, not a public one. ` +
      "Pass allowPrivateAddress: true (tests, local federation) or list it in allowedPrivateAddresses",
    { url },
  );
}

/**
 * Checks what can be checked before any connection: the scheme, `localhost` names, and hosts
 * written as IP addresses (which are connected to without a DNS lookup). Host names are checked
 * later, on every address they resolve to.
 *
 * @throws {FetchError} `bad_scheme` or `ssrf_blocked`.
 */
export function checkTarget(url: URL, guard: AddressGuard, httpsOnly: boolean): void {
  const { protocol, hostname, href } = url;
  if (protocol !== "https:" && protocol !== "http:") {
    throw new FetchError("bad_scheme", `Only http: and https: URLs can be fetched, not ${protocol}`, {
      url: href,
    });
  }
  if (httpsOnly && protocol === "http:") {
    throw new FetchError("bad_scheme", "Only https: URLs are allowed (httpsOnly is set)", { url: href });
  }
  const literal = hostname.startsWith("[") ? hostname.slice(1, -1) : hostname;
  if (isIP(literal) !== 0) {
    const reason = guard(literal);
    if (reason !== null) throw ssrfError(href, literal, reason);
  } else if (isLocalhostName(hostname)) {
    const reason = guard("127.0.0.1");
    if (reason !== null) throw ssrfError(href, hostname, reason);
  }
}
