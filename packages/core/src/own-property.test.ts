import { describe, expect, it } from "vitest";
import { getOwn } from "./own-property.js";

describe("getOwn", () => {
  it("finds own properties only", () => {
    const headers: Record<string, string> = { host: "a.example" };
    expect(getOwn(headers, "host")).toBe("a.example");
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
      expect(getOwn(headers, name)).toBeUndefined();
    }
    expect(getOwn(JSON.parse('{"__proto__": "x"}') as Record<string, string>, "__proto__")).toBe("x");
  });
});
