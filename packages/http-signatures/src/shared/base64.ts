/**
 * Decodes standard, padded base64 strictly: `Buffer.from(…, "base64")` silently skips bad
 * characters, which would let a garbled signature reach the crypto layer. A value is accepted
 * only when re-encoding its bytes gives the same text back (canonical base64).
 *
 * @returns the bytes, or `null` when `text` is not canonical base64.
 */
export function decodeBase64Strict(text: string): Buffer | null {
  if (text.length === 0 || text.length % 4 !== 0) return null;
  const bytes = Buffer.from(text, "base64");
  return bytes.toString("base64") === text ? bytes : null;
}
