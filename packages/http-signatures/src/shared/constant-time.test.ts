import { describe, expect, it } from "vitest";
import { constantTimeEqual, constantTimeEqualAt } from "./constant-time.js";

describe("constant-time comparisons", () => {
  it("compares a string with a stretch of another", () => {
    const text = "SHA-256=abc=, SHA-512=:xyz:";
    expect(constantTimeEqualAt("abc=", text, 8, 4)).toBe(true);
    expect(constantTimeEqualAt("abd=", text, 8, 4)).toBe(false);
    expect(constantTimeEqualAt("abc", text, 8, 4)).toBe(false);
    expect(constantTimeEqualAt("xyz", text, 23, 3)).toBe(true);
    expect(constantTimeEqualAt("xyz:", text, 24, 4)).toBe(false);
    expect(constantTimeEqualAt("", text, -1, 0)).toBe(false);
  });

  it("compares bytes of equal and unequal lengths", () => {
    expect(constantTimeEqual(Buffer.from("ab"), Buffer.from("ab"))).toBe(true);
    expect(constantTimeEqual(Buffer.from("ab"), Buffer.from("abc"))).toBe(false);
  });
});
