import { describe, expect, it } from "vitest";
import { isSafeFieldValue, isSafeSigningBase } from "./field-value.js";

describe("isSafeSigningBase", () => {
  const lines = ["(request-target): post /inbox", "host: example.com", "date: Thu, 01 Jan 2026 00:00:00 GMT"];

  it("accepts lines whose values are all safe", () => {
    expect(lines.every((line) => isSafeFieldValue(line))).toBe(true);
    expect(isSafeSigningBase(lines.join("\n"), lines.length - 1)).toBe(true);
    expect(isSafeSigningBase("date: a\tb é", 0)).toBe(true);
  });

  it("refuses a value that brings its own line break or another control character", () => {
    const forged = ["host: example.com\ndigest: SHA-256=forged", "date: x"].join("\n");
    expect(isSafeSigningBase(forged, 1)).toBe(false);
    expect(isSafeSigningBase("host: a\rb\ndate: x", 1)).toBe(false);
    expect(isSafeSigningBase("host: a\u0000b", 0)).toBe(false);
    expect(isSafeSigningBase("host: a\u007fb", 0)).toBe(false);
    expect(isSafeSigningBase("host: \u0100", 0)).toBe(false);
  });

  it("refuses a base with fewer line breaks than lines call for", () => {
    expect(isSafeSigningBase("host: a", 1)).toBe(false);
  });
});
