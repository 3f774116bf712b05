import { type Result, success } from "@fedikit/core";
import type { WebFingerError } from "../shared/webfinger-error.js";
import { percentDecode } from "./percent-decoding.js";
import { decodePunycode, maxLabelLength } from "./punycode.js";
import { syntaxFailure } from "./syntax-error.js";

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

/** The longest DNS name (RFC 1035), without its trailing dot. */
const maxHostLength = 253;
/** The `xn--` prefix of a Punycode label (RFC 3490). */
const acePrefix = "xn--";

// Characters that end or break an authority, or that no host may contain. `%` is here because a
// host is percent-decoded once before this check: a `%` left after decoding was written `%25`.
const forbiddenInHost = /[\s\p{Cc}/\\?#@%<>"`^{|}:[\]]/u;

/**
 * Whether an `xn--` label is the punycode of a label the URL parser would itself encode that way:
 * it decodes, and the result maps back to the same label. Runtimes differ on undecodable punycode
 * (Node 20 refuses `xn--zz`, Node 24 keeps it) and on labels that decode to ASCII or to
 * disallowed characters; this decides the same everywhere.
 */
function isValidAceLabel(label: string): boolean {
  const decoded = decodePunycode(label.slice(acePrefix.length));
  if (decoded === null) return false;
  const url = `http://${decoded}/`;
  return URL.canParse(url) && new URL(url).hostname === label;
}

type SplitHost = { readonly name: string; readonly port: number | undefined };

function splitPort(text: string, input: string): Result<SplitHost, WebFingerError> {
  let name = text;
  let portText: string | undefined;
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    if (close < 0) return syntaxFailure("invalid_host", "An IPv6 host has no closing bracket", input);
    name = text.slice(0, close + 1);
    const rest = text.slice(close + 1);
    if (rest !== "") {
      if (!rest.startsWith(":"))
        return syntaxFailure("invalid_host", "Unexpected text after an IPv6 host", input);
      portText = rest.slice(1);
    }
  } else {
    const colon = text.indexOf(":");
    if (colon >= 0) {
      if (text.includes(":", colon + 1)) {
        return syntaxFailure(
          "invalid_host",
          "An IPv6 host must be written in brackets, e.g. [2001:db8::1]",
          input,
        );
      }
      name = text.slice(0, colon);
      portText = text.slice(colon + 1);
    }
  }
  if (portText === undefined) return success({ name, port: undefined });
  const port = /^[0-9]{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) {
    return syntaxFailure(
      "invalid_port",
      `The port ${JSON.stringify(portText)} is not a number from 1 to 65535`,
      input,
    );
  }
  return success({ name, port });
}

/** The bracketed IPv6 address in canonical form, or a failure. */
function parseIpv6(name: string, input: string): Result<string, WebFingerError> {
  // No zone identifiers (`%25eth0`) and no whitespace: an account host is a global address.
  if (/[\s%]/u.test(name)) {
    return syntaxFailure("invalid_host", "The host has characters no host name may contain", input);
  }
  try {
    return success(new URL(`http://${name}/`).hostname);
  } catch {
    return syntaxFailure("invalid_host", "The host is not a valid IPv6 address", input);
  }
}

/** The name (percent-decoded, IDNA-mapped, lowercased) in canonical ASCII form, or a failure. */
function parseName(raw: string, input: string): Result<string, WebFingerError> {
  // RFC 7565 takes its host from RFC 3986, whose reg-name allows percent-encoding.
  const name = percentDecode(raw);
  if (name === null) {
    return syntaxFailure(
      "invalid_host",
      "The host has a broken %-escape, or %-escapes that do not decode as UTF-8",
      input,
    );
  }
  if (name === "" || forbiddenInHost.test(name)) {
    return syntaxFailure(
      "invalid_host",
      "The host is empty or has characters no host name may contain",
      input,
    );
  }
  let host: string;
  try {
    // The URL standard's host parser: IDNA mapping to punycode, lowercase, IPv4 forms.
    host = new URL(`http://${name}/`).hostname;
  } catch {
    return syntaxFailure("invalid_host", "The host is not a valid domain name or IP address", input);
  }
  if (host.endsWith(".")) host = host.slice(0, -1);
  const labels = host.split(".");
  if (host === "" || labels.includes("")) {
    return syntaxFailure(
      "invalid_host",
      "The host has an empty label (two dots in a row, or a leading dot)",
      input,
    );
  }
  // The URL standard lets RFC 3986 sub-delims (`*`, `&`, `'`, `=` …) through in a host; no DNS
  // name has them, and an account host that carries them only serves to smuggle text along.
  if (!/^[a-z0-9_.-]+$/.test(host)) {
    return syntaxFailure(
      "invalid_host",
      "The host has characters no domain name may contain (letters, digits, - and _ only)",
      input,
    );
  }
  if (host.length > maxHostLength || labels.some((label) => label.length > maxLabelLength)) {
    return syntaxFailure(
      "invalid_host",
      `The host is longer than a DNS name can be (${maxHostLength} characters, ${maxLabelLength} per label)`,
      input,
    );
  }
  if (labels.some((label) => label.startsWith(acePrefix) && !isValidAceLabel(label))) {
    return syntaxFailure(
      "invalid_host",
      "The host has a punycode (xn--) label that does not decode to an internationalized label",
      input,
    );
  }
  return success(host);
}

/**
 * Parses the host part of an `acct:` URI or handle, with an optional `:port`, into its canonical
 * form: percent-escapes decoded (RFC 3986 reg-name, as RFC 7565 allows), lowercase ASCII,
 * internationalized domain names converted to punycode (IDNA, as the URL standard does), one
 * trailing dot removed, IPv4 addresses in dotted-decimal form. A name must come out as letters,
 * digits, `-`, `_` and dots, at most 253 characters with labels of at most 63: the RFC 3986
 * sub-delims a URL host may carry (`*`, `&`, `'` …) are refused.
 *
 * @example
 * ```ts
 * parseHost("München.Example:8443"); // { ok: true, value: { host: "xn--mnchen-3ya.example", port: 8443 }, … }
 * parseHost("ex%61mple.com").ok; // true: host "example.com"
 * ```
 * @returns the host and port, or a failure with code `missing_host`, `invalid_host` or
 *   `invalid_port`; never throws.
 */
export function parseHost(input: string): Result<ParsedHost, WebFingerError> {
  return parseHostIn(input, input);
}

/** {@link parseHost} of `text`, part of `input` (an acct: URI, a handle), which errors quote. */
export function parseHostIn(text: string, input: string): Result<ParsedHost, WebFingerError> {
  if (text === "") return syntaxFailure("missing_host", "The host is empty", input);
  const split = splitPort(text, input);
  if (!split.ok) return split;
  const { name, port } = split.value;
  const host = name.startsWith("[") ? parseIpv6(name, input) : parseName(name, input);
  return host.ok ? success({ host: host.value, port }) : host;
}

/**
 * The host in Unicode for display: punycode labels (`xn--…`) decoded. IP addresses and hosts
 * with a label that is not valid punycode are returned unchanged.
 *
 * @example
 * ```ts
 * hostToUnicode("xn--mnchen-3ya.example"); // "münchen.example"
 * ```
 */
export function hostToUnicode(host: string): string {
  if (host.startsWith("[") || !host.toLowerCase().includes(acePrefix)) return host;
  const labels: string[] = [];
  for (const label of host.split(".")) {
    if (!label.toLowerCase().startsWith(acePrefix)) {
      labels.push(label);
      continue;
    }
    const decoded = decodePunycode(label.slice(4));
    if (decoded === null) return host;
    labels.push(decoded);
  }
  return labels.join(".");
}
