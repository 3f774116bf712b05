import { describe, expect, it } from "vitest";

describe("importing the package", () => {
  it("changes no global and compiles nothing until used", async () => {
    const before = {
      stringify: JSON.stringify,
      parse: JSON.parse,
      push: Array.prototype.push,
      keys: Object.getOwnPropertyNames(globalThis).sort(),
    };
    const vocab = await import("../src/index.js");
    expect(JSON.stringify).toBe(before.stringify);
    expect(JSON.parse).toBe(before.parse);
    expect(Array.prototype.push).toBe(before.push);
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(before.keys);
    expect(vocab.parse({ type: "Note" }).ok).toBe(true);
  });
});
