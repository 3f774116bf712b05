import { domainToUnicode } from "node:url";
import { AcctSyntaxError } from "./acct-syntax-error.js";

/** A host and optional port, as {@link parseHost} returns them. */
export interface ParsedHost {
  /**
   * The host in its canonical ASCII form: lowercase, internationalized labels in punycode
   * (`xn--…`), no trailing dot; IPv6 addresses in brackets.
   */
  readonly host: string;
  /** The port, when one was given; `undefined` otherwise. */
  readonly port: number | undefined;
}

// Characters that end or break an authority, or that no host may contain.
const forbiddenInHost = /[\s\p{Cc}/\\?#@%<>"`^{|}]/u;

function splitPort(input: string, whole: string): { name: string; port: number | undefined } {
  let name = input;
  let portText: string | undefined;
  if (input.startsWith("[")) {
    const close = input.indexOf("]");
    if (close < 0) throw new AcctSyntaxError("invalid_host", "An IPv6 host has no closing bracket", whole);
    name = input.slice(0, close + 1);
    const rest = input.slice(close + 1);
    if (rest !== "") {
      if (!rest.startsWith(":"))
        throw new AcctSyntaxError("invalid_host", "Unexpected text after an IPv6 host", whole);
      portText = rest.slice(1);
    }
  } else {
    const colon = input.indexOf(":");
    if (colon >= 0) {
      if (input.indexOf(":", colon + 1) >= 0) {
        throw new AcctSyntaxError(
          "invalid_host",
          "An IPv6 host must be written in brackets, e.g. [2001:db8::1]",
          whole,
        );
      }
      name = input.slice(0, colon);
      portText = input.slice(colon + 1);
    }
  }
  if (portText === undefined) return { name, port: undefined };
  const port = /^[0-9]{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new AcctSyntaxError(
      "invalid_port",
      `The port ${JSON.stringify(portText)} is not a number from 1 to 65535`,
      whole,
    );
  }
  return { name, port };
}

/**
 * Parses the host part of an `acct:` URI or handle, with an optional `:port`, into its canonical
 * form: lowercase ASCII, internationalized domain names converted to punycode (IDNA, as the URL
 * standard does), one trailing dot removed, IPv4 addresses in dotted-decimal form. A name must
 * come out as letters, digits, `-`, `_` and dots: the RFC 3986 sub-delims a URL host may carry
 * (`*`, `&`, `'` …) are refused.
 *
 * @example
 * ```ts
 * parseHost("München.Example:8443"); // { host: "xn--mnchen-3ya.example", port: 8443 }
 * ```
 * @throws {AcctSyntaxError} `missing_host`, `invalid_host` or `invalid_port`.
 */
export function parseHost(input: string): ParsedHost {
  if (input === "") throw new AcctSyntaxError("missing_host", "The host is empty", input);
  const { name, port } = splitPort(input, input);
  const bracketed = name.startsWith("[");
  if (name === "" || (forbiddenInHost.test(name) && !bracketed) || (bracketed && /[\s%]/u.test(name))) {
    throw new AcctSyntaxError(
      "invalid_host",
      "The host is empty or has characters no host name may contain",
      input,
    );
  }
  let host: string;
  try {
    host = new URL(`http://${name}/`).hostname;
  } catch {
    throw new AcctSyntaxError("invalid_host", "The host is not a valid domain name or IP address", input);
  }
  if (!bracketed && host.endsWith(".")) host = host.slice(0, -1);
  const labels = bracketed ? [] : host.split(".");
  if (host === "" || labels.some((label) => label === "")) {
    throw new AcctSyntaxError(
      "invalid_host",
      "The host has an empty label (two dots in a row, or a leading dot)",
      input,
    );
  }
  // The URL standard lets RFC 3986 sub-delims (`*`, `&`, `'`, `=` …) through in a host; no DNS
  // name has them, and an account host that carries them only serves to smuggle text along.
  if (!bracketed && !/^[a-z0-9_.-]+$/.test(host)) {
    throw new AcctSyntaxError(
      "invalid_host",
      "The host has characters no domain name may contain (letters, digits, - and _ only)",
      input,
    );
  }
  // Runtimes differ on undecodable punycode (Node 20 refuses `xn--zz`, Node 24 keeps it), so
  // every `xn--` label is decoded here, and one that does not decode is refused everywhere.
  if (labels.some((label) => label.startsWith("xn--") && /^(?:xn--.*)?$/.test(domainToUnicode(label)))) {
    throw new AcctSyntaxError(
      "invalid_host",
      "The host has a punycode (xn--) label that does not decode",
      input,
    );
  }
  return { host, port };
}

/** `host` or `host:port`, as an authority is written in a URL or an account. */
export function formatHostAndPort({ host, port }: ParsedHost): string {
  return port === undefined ? host : `${host}:${port}`;
}

/**
 * The host in Unicode for display: punycode labels (`xn--…`) decoded. IP addresses and hosts
 * that are not valid punycode are returned unchanged.
 *
 * @example
 * ```ts
 * hostToUnicode("xn--mnchen-3ya.example"); // "münchen.example"
 * ```
 */
export function hostToUnicode(host: string): string {
  if (host.startsWith("[")) return host;
  return domainToUnicode(host) || host;
}
