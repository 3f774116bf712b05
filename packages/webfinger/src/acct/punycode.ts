// RFC 3492 section 5: the Bootstring parameters of Punycode.
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 0x80;
/** Larger intermediate values mean an overflow (RFC 3492 section 6.4 uses 32-bit arithmetic). */
const maxInt = 0x7fffffff;
/** The longest DNS label (RFC 1035); a longer one is no host name, and decoding it is quadratic. */
export const maxLabelLength = 63;

/** The value of a Punycode digit: `a`–`z` are 0–25, `0`–`9` are 26–35; -1 for anything else. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26; // 0-9
  const lower = code | 0x20; // ASCII letters differ from their lowercase in this one bit
  if (lower >= 0x61 && lower <= 0x7a) return lower - 0x61; // a-z
  return -1;
}

function adapt(delta: number, points: number, firstTime: boolean): number {
  let scaled = firstTime ? Math.floor(delta / damp) : delta >> 1;
  scaled += Math.floor(scaled / points);
  let k = 0;
  while (scaled > ((base - tMin) * tMax) >> 1) {
    scaled = Math.floor(scaled / (base - tMin));
    k += base;
  }
  return k + Math.floor(((base - tMin + 1) * scaled) / (scaled + skew));
}

/**
 * Decodes the Punycode of one label (RFC 3492 section 6.2), the part after `xn--`. Written here
 * rather than taken from `node:url` so that it runs in browsers, and decides the same on every
 * runtime (Node 20 and Node 24 disagree on undecodable labels).
 *
 * @returns the Unicode label, or `null` when the input is not valid Punycode (a non-basic
 *   character, a bad digit, an overflow, a result that is not a Unicode scalar value), or is
 *   longer than a DNS label.
 */
export function decodePunycode(input: string): string | null {
  if (input.length > maxLabelLength) return null;
  const output: number[] = [];
  const delimiter = input.lastIndexOf("-");
  for (let index = 0; index < delimiter; index++) {
    const code = input.charCodeAt(index);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = initialN;
  let bias = initialBias;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length; ) {
    const previous = i;
    let weight = 1;
    for (let k = base; ; k += base) {
      if (index >= input.length) return null;
      const digit = digitValue(input.charCodeAt(index++));
      if (digit < 0 || digit > Math.floor((maxInt - i) / weight)) return null;
      i += digit * weight;
      const threshold = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < threshold) break;
      if (weight > Math.floor(maxInt / (base - threshold))) return null;
      weight *= base - threshold;
    }
    const length = output.length + 1;
    bias = adapt(i - previous, length, previous === 0);
    if (Math.floor(i / length) > maxInt - n) return null;
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}
