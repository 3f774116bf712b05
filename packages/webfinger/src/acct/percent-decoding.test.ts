import { describe, expect, it } from "vitest";
import { percentDecode } from "./percent-decoding.js";

describe("percentDecode", () => {
  it("decodes escapes in either case as UTF-8 and keeps other characters", () => {
    expect(percentDecode("a%41%c3%A9é😀")).toBe("aAéé😀");
    expect(percentDecode("plain")).toBe("plain");
    expect(percentDecode("")).toBe("");
  });

  it.each(["%", "%4", "%4G", "%G4", "a%", "%C3", "%FF", "%C0%80", "\uD800", "a\uDC00"])(
    "refuses %j",
    (text) => {
      expect(percentDecode(text)).toBeNull();
    },
  );
});
