const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes standard, padded base64 strictly: `Buffer.from(…, "base64")` silently skips bad
 * characters (spaces, `-`, `_`, `@` …), which would let a garbled value reach the crypto layer.
 *
 * @returns the bytes, or `null` when `text` is not padded standard base64.
 */
export function decodeBase64Strict(text: string): Buffer | null {
  if (text.length === 0 || text.length % 4 !== 0 || !BASE64_CHARS.test(text)) return null;
  return Buffer.from(text, "base64");
}
