import { type AddressBytes, parseIpAddress } from "./ip-address.js";
import { type IpRange, parseIpRange, rangeContains } from "./ip-range.js";

/**
 * Why an address is not public. `null` from {@link classifyAddress} means the address is public.
 */
export type NonPublicReason =
  | "unspecified"
  | "loopback"
  | "private"
  | "shared"
  | "link-local"
  | "multicast"
  | "broadcast"
  | "reserved"
  | "documentation"
  | "benchmarking"
  | "unique-local"
  | "site-local"
  | "protocol-assignment"
  | "not-an-ip-address";

interface Range extends IpRange {
  readonly reason: NonPublicReason;
}

function range(cidr: string, reason: NonPublicReason): Range {
  return { ...parseIpRange(cidr), reason };
}

// IANA IPv4 Special-Purpose Address Registry, plus multicast and the reserved class E block.
// Ranges the registry marks globally reachable (AS112, AMT) are public and left out.
const ipv4Ranges: readonly Range[] = [
  range("0.0.0.0/8", "unspecified"),
  range("10.0.0.0/8", "private"),
  range("100.64.0.0/10", "shared"),
  range("127.0.0.0/8", "loopback"),
  range("169.254.0.0/16", "link-local"),
  range("172.16.0.0/12", "private"),
  range("192.0.0.0/24", "protocol-assignment"),
  range("192.0.2.0/24", "documentation"),
  range("192.88.99.0/24", "reserved"),
  range("192.168.0.0/16", "private"),
  range("198.18.0.0/15", "benchmarking"),
  range("198.51.100.0/24", "documentation"),
  range("203.0.113.0/24", "documentation"),
  range("224.0.0.0/4", "multicast"),
  range("255.255.255.255/32", "broadcast"),
  range("240.0.0.0/4", "reserved"),
];

// IANA IPv6 Special-Purpose Address Registry and RFC 4291 scopes, for the blocks inside global
// unicast (2000::/3) and the scoped ones outside it. `::/96` (`::` and `::1` among it) and the
// forms that embed an IPv4 address are judged in classifyIPv6 before this table; the registry's
// blocks outside 2000::/3 without a scope of their own (100::/64, 5f00::/16) fall under
// "everything outside global unicast is reserved".
const ipv6Ranges: readonly Range[] = [
  range("64:ff9b:1::/48", "private"),
  range("2001:db8::/32", "documentation"),
  range("2001:2::/48", "benchmarking"),
  range("2001::/23", "protocol-assignment"),
  range("3fff::/20", "documentation"),
  range("fc00::/7", "unique-local"),
  range("fe80::/10", "link-local"),
  range("fec0::/10", "site-local"),
  range("ff00::/8", "multicast"),
];

/** IPv6 global unicast: every public IPv6 address lies in it. */
const globalUnicast: IpRange = parseIpRange("2000::/3");

function firstMatch(bytes: AddressBytes, ranges: readonly Range[]): NonPublicReason | null {
  for (const r of ranges) if (rangeContains(r, bytes)) return r.reason;
  return null;
}

function allZero(bytes: AddressBytes, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== 0) return false;
  return true;
}

function classifyIPv6(bytes: AddressBytes): NonPublicReason | null {
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), ::ffff:0:a.b.c.d (SIIT translated) and
  // 64:ff9b::a.b.c.d (NAT64) reach the embedded IPv4 address: judge that address.
  const embedsAtEnd =
    (allZero(bytes, 0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) ||
    (allZero(bytes, 0, 8) && bytes[8] === 0xff && bytes[9] === 0xff && bytes[10] === 0 && bytes[11] === 0) ||
    (bytes[0] === 0x00 &&
      bytes[1] === 0x64 &&
      bytes[2] === 0xff &&
      bytes[3] === 0x9b &&
      allZero(bytes, 4, 12));
  if (embedsAtEnd) return classifyIPv4(bytes.subarray(12, 16));
  if (allZero(bytes, 0, 12)) {
    // ::1 is IPv6's own loopback, not the IPv4-compatible 0.0.0.1; :: is 0.0.0.0, unspecified
    // either way.
    if (allZero(bytes, 12, 15) && bytes[15] === 1) return "loopback";
    return classifyIPv4(bytes.subarray(12, 16));
  }
  // 6to4 (2002:aabb:ccdd::/48) embeds the IPv4 address in bytes 2–5.
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return classifyIPv4(bytes.subarray(2, 6));
  // Teredo (2001:0::/32) embeds the server address and the client address (bits inverted).
  if (bytes[0] === 0x20 && bytes[1] === 0x01 && bytes[2] === 0 && bytes[3] === 0) {
    const client = bytes.slice(12, 16).map((b) => b ^ 0xff);
    return classifyIPv4(bytes.subarray(4, 8)) ?? classifyIPv4(client);
  }
  const special = firstMatch(bytes, ipv6Ranges);
  if (special) return special;
  return rangeContains(globalUnicast, bytes) ? null : "reserved";
}

function classifyIPv4(bytes: AddressBytes): NonPublicReason | null {
  return firstMatch(bytes, ipv4Ranges);
}

/**
 * Says why an IP address is not a public unicast address, or `null` when it is public.
 *
 * Non-public: loopback, private (RFC 1918), shared / CGNAT (100.64.0.0/10), link-local,
 * unspecified, multicast, broadcast, reserved, documentation and benchmarking ranges, IETF
 * protocol assignments, IPv6 unique-local and site-local, everything outside IPv6 global unicast
 * (2000::/3), and the IPv4-mapped, -compatible, -translated, NAT64, 6to4 and Teredo IPv6 forms of
 * any non-public IPv4 address.
 *
 * @param address - an IPv4 or IPv6 address in text form (brackets and a `%zone` are accepted).
 */
export function classifyAddress(address: string): NonPublicReason | null {
  const bytes = parseIpAddress(address);
  return bytes ? classifyAddressBytes(bytes) : "not-an-ip-address";
}

/** {@link classifyAddress} for an address already parsed into bytes. */
export function classifyAddressBytes(bytes: AddressBytes): NonPublicReason | null {
  return bytes.length === 4 ? classifyIPv4(bytes) : classifyIPv6(bytes);
}

/**
 * Whether an IP address is a public unicast address that outbound requests may reach.
 * See {@link classifyAddress} for what counts as non-public.
 */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === null;
}
