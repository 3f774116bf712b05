import { describe, expect, it } from "vitest";

// The policy's range tables are parsed when the module loads. This file imports it inside a
// test, so a broken table entry fails a test here, not only the loading of every other file.
describe("the special-purpose address tables", () => {
  it("parse when the module loads, and classify one address of each table", async () => {
    const { classifyAddress } = await import("./address-policy.js");
    expect(classifyAddress("10.0.0.1")).toBe("private");
    expect(classifyAddress("fd00::1")).toBe("unique-local");
    expect(classifyAddress("2606:4700:4700::1111")).toBeNull();
  });
});
