const utf8Encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF: dropping it would make two spellings name one account.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** `%` in a string. */
const PERCENT = 0x25;

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30; // 0-9
  const lower = code | 0x20; // ASCII letters differ from their lowercase in this one bit
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10; // a-f
  return -1;
}

/**
 * Decodes every `%XX` of `text` as a UTF-8 byte (RFC 3986 section 2.1); other characters stand for
 * their own UTF-8 bytes. One pass over the text, no regular expression.
 *
 * @returns the decoded text, or `null` for a `%` not followed by two hex digits, bytes that are
 *   not UTF-8, or a lone surrogate.
 */
export function percentDecode(text: string): string | null {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    if (code === PERCENT) {
      const high = hexValue(text.charCodeAt(index + 1));
      const low = hexValue(text.charCodeAt(index + 2));
      if (high < 0 || low < 0) return null;
      bytes.push(high * 16 + low);
      index += 3;
    } else if (code < 0x80) {
      bytes.push(code);
      index++;
    } else {
      const codePoint = text.codePointAt(index)!;
      // A lone surrogate has no UTF-8 form; encoding it would turn it into U+FFFD silently.
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) return null;
      const character = String.fromCodePoint(codePoint);
      for (const byte of utf8Encoder.encode(character)) bytes.push(byte);
      index += character.length;
    }
  }
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}
