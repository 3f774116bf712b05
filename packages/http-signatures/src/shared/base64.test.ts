import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64Strict } from "./base64.js";

const STANDARD = /^[A-Za-z0-9+/]*={0,2}$/;

describe("decodeBase64Strict", () => {
  it("decodes what encoders emit", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), (bytes) => {
        const text = Buffer.from(bytes).toString("base64");
        expect(decodeBase64Strict(text)).toEqual(Buffer.from(bytes));
      }),
    );
  });

  it.each([
    ["empty", ""],
    ["unpadded", "AAA"],
    ["a space", "AA AAAAA"],
    ["a line break", "AAAA\nAAA"],
    ["an @", "AA@A"],
    ["URL-safe -", "AA-A"],
    ["URL-safe _", "AA_A"],
    ["= inside", "AA=A"],
    ["= first", "=AAA"],
    ["three =", "A==="],
    ["four =", "===="],
    ["a non-ASCII letter", "AAé="],
    // Node reads a character above U+00FF by its low byte: U+0141 as "A", U+0161 as "a".
    ["a letter Node would read as A", "\u0141AAA"],
    ["a letter Node would read as a", "b0\u0161+"],
  ])("refuses %s", (_, text) => {
    expect(decodeBase64Strict(text)).toBeNull();
  });

  it("accepts exactly padded standard base64, judged character by character", () => {
    const char = fc.constantFrom(..."ABab09+/=-_ @\n.é\u0141\u0161\u4e41");
    fc.assert(
      fc.property(
        fc.array(char, { minLength: 1, maxLength: 12 }).map((chars) => chars.join("")),
        (text) => {
          const valid = text.length % 4 === 0 && STANDARD.test(text);
          expect(decodeBase64Strict(text) !== null).toBe(valid);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
