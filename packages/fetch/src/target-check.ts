import { isIP } from "node:net";
import type { AddressGuard } from "./address-guard.js";
import type { NonPublicReason } from "./address-policy.js";
import { FetchError } from "./fetch-error.js";
import { quoteRemote } from "./quote-remote.js";

/** Whether a host name is `localhost` or under `.localhost` (RFC 6761), trailing dot or not. */
export function isLocalhostName(hostname: string): boolean {
  const lower = hostname.toLowerCase();
  const name = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  return name === "localhost" || name.endsWith(".localhost");
}

/**
 * The error for a refused address. It names the two options that open an exception, and where
 * they live: the guard belongs to the `createSafeFetch` instance, so code that was handed a fetch
 * (or used the default `safeFetch`) must be handed another one.
 *
 * @param what - the host as the URL names it, and the address it resolved to when it differs.
 * @param address - the address refused, as `allowedPrivateAddresses` would list it.
 */
export function ssrfError(url: string, what: string, address: string, reason: NonPublicReason): FetchError {
  return new FetchError(
    "ssrf_blocked",
    `Refused to connect to ${quoteRemote(what)}: it is a ${reason} address, not a public one. ` +
      `To reach it, fetch through createSafeFetch({ allowedPrivateAddresses: [${JSON.stringify(address)}] }) ` +
      "(or allowPrivateAddress: true for tests and local federation) and pass that as the fetch option",
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
    throw new FetchError(
      "bad_scheme",
      `Only http: and https: URLs can be fetched, not ${quoteRemote(protocol)}`,
      { url: href },
    );
  }
  if (httpsOnly && protocol === "http:") {
    throw new FetchError(
      "bad_scheme",
      "Only https: URLs are allowed (httpsOnly is set on createSafeFetch or for this request)",
      { url: href },
    );
  }
  const literal = hostname.startsWith("[") ? hostname.slice(1, -1) : hostname;
  if (isIP(literal) !== 0) {
    const reason = guard(literal);
    if (reason !== null) throw ssrfError(href, literal, literal, reason);
  } else if (isLocalhostName(hostname)) {
    const reason = guard("127.0.0.1");
    if (reason !== null) throw ssrfError(href, hostname, "127.0.0.1", reason);
  }
}
