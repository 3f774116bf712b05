const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes standard, padded base64 strictly: `Buffer.from(…, "base64")` silently skips bad
 * characters (spaces, `@` …) and takes the URL-safe alphabet too, which would let a garbled value
 * reach the crypto layer.
 *
 * @returns the bytes, or `null` when `text` is not padded standard base64.
 */
export function decodeBase64Strict(text: string): Buffer | null {
  if (text.length === 0 || text.length % 4 !== 0) return null;
  const bytes = Buffer.from(text, "base64");
  // What encoders emit re-encodes to itself; checking that is cheaper than scanning the text.
  // Other text is judged by its characters alone (non-zero padding bits are tolerated).
  if (bytes.toString("base64") === text || BASE64_CHARS.test(text)) return bytes;
  return null;
}
