const BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BASE58_INDEX = new Map([...BASE58_ALPHABET].map((char, index) => [char, index]));

/**
 * Decodes a base58btc multibase string (`z…`).
 *
 * @returns the bytes, or `null` when the prefix is not `z` or a character is outside the alphabet.
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
