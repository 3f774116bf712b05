import { type AddressBytes, parseIpAddress } from "./ip-address.js";

/** A CIDR block: the first `length` bits of `prefix`. */
export interface IpRange {
  readonly prefix: AddressBytes;
  readonly length: number;
}

/** One to three decimal digits, no sign, no spaces. */
const decimalDigits = /^[0-9]{1,3}$/;

/**
 * Parses a CIDR block (`10.0.0.0/8`, `fd00::/8`) or a single address (a /32 or /128 block).
 *
 * @throws {TypeError} when the text is not an address or the prefix length is out of range.
 */
export function parseIpRange(cidr: string): IpRange {
  const parts = cidr.split("/");
  const prefix = parseIpAddress(parts[0]!);
  if (!prefix) throw new TypeError(`Not an IP address or CIDR block: ${JSON.stringify(cidr)}`);
  const bits = prefix.length * 8;
  if (parts.length === 1) return { prefix, length: bits };
  const lengthText = parts.slice(1).join("/");
  // Decimal digits only: Number() would also take " 8", "0x8", "8e0" and "+8".
  const length = decimalDigits.test(lengthText) ? Number(lengthText) : Number.NaN;
  if (!(length <= bits)) {
    throw new TypeError(
      `Bad prefix length ${JSON.stringify(lengthText)} in CIDR block ${JSON.stringify(cidr)} (0–${bits} allowed)`,
    );
  }
  return { prefix, length };
}

/** Whether an address (as bytes) lies in a range of the same family. */
export function rangeContains({ prefix, length }: IpRange, bytes: AddressBytes): boolean {
  if (bytes.length !== prefix.length) return false;
  const whole = length >> 3;
  for (let i = 0; i < whole; i++) if (bytes[i] !== prefix[i]) return false;
  const rest = length & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((bytes[whole]! ^ prefix[whole]!) & mask) === 0;
}
