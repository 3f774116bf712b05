import { describe, expect, it } from "vitest";

describe("importing @fedikit/http-signatures", () => {
  it("changes no global", async () => {
    const before = {
      stringify: JSON.stringify,
      push: Array.prototype.push,
      toString: Function.prototype.toString,
      globals: Object.getOwnPropertyNames(globalThis).sort(),
    };
    const module = await import("../src/index.js");
    expect(typeof module.verifyRequest).toBe("function");
    expect(JSON.stringify).toBe(before.stringify);
    expect(Array.prototype.push).toBe(before.push);
    expect(Function.prototype.toString).toBe(before.toString);
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(before.globals);
  });
});
