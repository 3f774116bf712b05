const BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BASE58_INDEX = new Map([...BASE58_ALPHABET].map((char, index) => [char, index]));

/**
 * Decodes a base58btc multibase string (`z…`): a Multikey's `publicKeyMultibase`, a Data
 * Integrity `proofValue`. The work is quadratic in the length, so texts longer than 2,048
 * characters (far beyond any key or signature) are refused.
 *
 * @returns the bytes, or `null` when the prefix is not `z`, a character is outside the alphabet,
 *   or the text is longer than 2,048 characters.
 */
export function decodeMultibaseBase58btc(text: string): Uint8Array | null {
  if (!text.startsWith("z") || text.length < 2 || text.length > 2048) return null;
  const input = text.slice(1);
  let zeros = 0;
  while (zeros < input.length && input[zeros] === "1") zeros++;
  const bytes: number[] = [];
  for (let i = zeros; i < input.length; i++) {
    let carry = BASE58_INDEX.get(input[i]!);
    if (carry === undefined) return null;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  const out = new Uint8Array(zeros + bytes.length);
  for (let i = 0; i < bytes.length; i++) out[zeros + i] = bytes[bytes.length - 1 - i]!;
  return out;
}

/** A multicodec-prefixed value split into its codec and payload. */
export interface Multicodec {
  readonly codec: number;
  readonly payload: Uint8Array;
}

/** Reads the unsigned-varint multicodec prefix of `bytes`; `null` when it is cut short. */
export function splitMulticodec(bytes: Uint8Array): Multicodec | null {
  let codec = 0;
  let shift = 0;
  for (let i = 0; i < Math.min(bytes.length, 4); i++) {
    const byte = bytes[i]!;
    codec |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { codec, payload: bytes.subarray(i + 1) };
    shift += 7;
  }
  return null;
}

/** Multicodec codes of the public keys FEP-521a actors publish. */
export const MULTICODEC = {
  ed25519Public: 0xed,
  p256Public: 0x1200,
  p384Public: 0x1201,
  rsaPublic: 0x1205,
} as const;

/**
 * Encodes bytes as base58btc multibase (`z…`): how Multikeys (FEP-521a) publish keys and Data
 * Integrity proofs carry signatures. For bytes this program produced (keys, signatures); the
 * work is quadratic in their length, which for those is a few dozen bytes.
 */
export function encodeMultibaseBase58btc(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  // Little-endian base-58 digits of the big number the bytes spell.
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i]!;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j]! << 8;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let out = `z${"1".repeat(zeros)}`;
  for (let i = digits.length - 1; i >= 0; i--) out += BASE58_ALPHABET[digits[i]!];
  return out;
}
