import { isIPv4, isIPv6 } from "node:net";

/** An IP address as its raw bytes: 4 for IPv4, 16 for IPv6. */
export type AddressBytes = Uint8Array;

/**
 * Parses a textual IPv4 or IPv6 address into its bytes.
 *
 * Accepts what DNS resolvers and the WHATWG URL parser produce: dotted-quad IPv4, and IPv6 in any
 * RFC 4291 text form (compressed, with an embedded dotted IPv4 tail, with or without brackets,
 * with a `%zone` suffix, which is ignored). IPv4 in brackets or with a zone is not an address.
 *
 * @returns the bytes, or `null` when the text is not an IP address.
 */
export function parseIpAddress(text: string): AddressBytes | null {
  // IPv4 takes neither brackets (how URLs write IPv6 hosts) nor a zone.
  if (isIPv4(text)) return parseIPv4(text);
  let address = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  const zone = address.indexOf("%");
  if (zone >= 0) address = address.slice(0, zone);
  return isIPv6(address) ? parseIPv6(address) : null;
}

function parseIPv4(address: string): AddressBytes {
  return Uint8Array.from(address.split("."), Number);
}

function parseIPv6(address: string): AddressBytes {
  const bytes = new Uint8Array(16);
  let text = address;
  // An embedded dotted IPv4 tail (::ffff:1.2.3.4) fills the last four bytes.
  let tailBytes: AddressBytes | null = null;
  const lastColon = text.lastIndexOf(":");
  if (text.indexOf(".", lastColon) >= 0) {
    tailBytes = parseIPv4(text.slice(lastColon + 1));
    text = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text.split("::");
  const head = halves[0]!;
  const tail = halves[1];
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const groups = [
    ...headGroups,
    ...new Array<string>(8 - headGroups.length - tailGroups.length).fill("0"),
    ...tailGroups,
  ];
  for (const [i, group] of groups.entries()) {
    const value = Number.parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  }
  if (tailBytes) bytes.set(tailBytes, 12);
  return bytes;
}
