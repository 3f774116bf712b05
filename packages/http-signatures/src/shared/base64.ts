const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes standard, padded base64 strictly: `Buffer.from(…, "base64")` silently skips bad
 * characters, which would let a garbled signature reach the crypto layer.
 *
 * @returns the bytes, or `null` when `text` is not canonical base64.
 */
export function decodeBase64Strict(text: string): Buffer | null {
  if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text)) return null;
  return Buffer.from(text, "base64");
}
