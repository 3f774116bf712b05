/** The character code of `=`, base64's padding. */
const PADDING = 0x3d;

/**
 * Decodes standard, padded base64 strictly: `Buffer.from(…, "base64")` silently skips bad
 * characters (spaces, `@` …), stops at a misplaced `=` and takes the URL-safe alphabet too, which
 * would let a garbled value reach the crypto layer. Non-zero padding bits are tolerated.
 *
 * @returns the bytes, or `null` when `text` is not padded standard base64.
 */
export function decodeBase64Strict(text: string): Buffer | null {
  const length = text.length;
  if (length === 0 || length % 4 !== 0) return null;
  // Node decodes a character above U+00FF by its low byte (U+0141 reads as "A"), which the length
  // check below cannot see: anything outside ASCII is refused first, in one native scan.
  if (Buffer.byteLength(text, "utf8") !== length) return null;
  const bytes = Buffer.from(text, "base64");
  // Every skipped or cut-off character leaves fewer bytes than the length promises, so comparing
  // lengths checks every character without scanning the text in JavaScript.
  const padding =
    text.charCodeAt(length - 1) !== PADDING ? 0 : text.charCodeAt(length - 2) !== PADDING ? 1 : 2;
  if (bytes.length !== (length / 4) * 3 - padding) return null;
  // The URL-safe characters decode to full bytes, so only they need looking for.
  if (text.includes("-") || text.includes("_")) return null;
  return bytes;
}
