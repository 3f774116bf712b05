const UNSAFE = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Tells whether a component value can go into a signature base: no CR, LF or other control
 * characters (a newline would let a value forge extra base lines), nothing above U+00FF.
 */
export function isSafeFieldValue(value: string): boolean {
  return !UNSAFE.test(value);
}

const UNSAFE_BUT_NEWLINE = /[^\t\n\x20-\x7e\x80-\xff]/;

/**
 * Tells whether a signature base built from `lineBreaks + 1` lines is safe: every name and value
 * passes {@link isSafeFieldValue}, which holds when the text has no control character but tab
 * and LF, and exactly `lineBreaks` LFs (the ones between lines).
 */
export function isSafeSigningBase(text: string, lineBreaks: number): boolean {
  if (UNSAFE_BUT_NEWLINE.test(text)) return false;
  let found = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
    if (++found > lineBreaks) return false;
  }
  return found === lineBreaks;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** The characters of an HTTP token (`tchar`, RFC 9110 §5.6.2), by character code; built once, never changed. */
const TOKEN_CHARACTERS: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(128);
  for (const char of "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") {
    table[char.charCodeAt(0)] = 1;
  }
  return table;
})();

/** Tells whether a character code may appear in an HTTP token. */
export function isTokenCharacter(code: number): boolean {
  return code < 128 && TOKEN_CHARACTERS[code] === 1;
}

/** Tells whether `text` is an HTTP token (RFC 9110 §5.6.2), as every method is. */
export function isHttpToken(text: string): boolean {
  switch (text) {
    case "GET":
    case "POST":
    case "HEAD":
    case "PUT":
    case "DELETE":
    case "PATCH":
    case "OPTIONS":
      return true;
    default:
      return TOKEN.test(text);
  }
}

// Character codes, compared instead of slicing out characters. Module-local constants: V8 folds
// them into the code, where an imported constant object costs a property load on every use.
const SPACE = 0x20;
const TAB = 0x09;

/** Tells whether a character code is HTTP's optional whitespace: a space or a tab. */
export function isOptionalWhitespace(code: number): boolean {
  return code === SPACE || code === TAB;
}
