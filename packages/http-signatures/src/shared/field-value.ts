const UNSAFE = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Tells whether a component value can go into a signature base: no CR, LF or other control
 * characters (a newline would let a value forge extra base lines), nothing above U+00FF.
 */
export function isSafeFieldValue(value: string): boolean {
  return !UNSAFE.test(value);
}
