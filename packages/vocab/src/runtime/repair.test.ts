import { describe, expect, it } from "vitest";
import { applyRepairs } from "./repair.js";

describe("applyRepairs", () => {
  it("drops properties, array items (by their original index) and map entries", () => {
    const document = { a: 1, list: ["x", "y", "z"], map: { en: "a", bad: 2 }, kept: { deep: [1] } };
    const repaired = applyRepairs(document, [
      { path: ["a"], action: "drop" },
      { path: ["list", 0], action: "drop" },
      { path: ["list", 2], action: "drop" },
      { path: ["map", "bad"], action: "drop" },
    ]) as Record<string, unknown>;
    expect(repaired).toEqual({ list: ["y"], map: { en: "a" }, kept: { deep: [1] } });
    expect(repaired.kept).toBe(document.kept);
    expect(document).toEqual({ a: 1, list: ["x", "y", "z"], map: { en: "a", bad: 2 }, kept: { deep: [1] } });
  });

  it("keeps the first remaining value, or removes the property when none remains", () => {
    const first = applyRepairs({ one: [1, 2], two: [3] }, [
      { path: ["one"], action: "first" },
      { path: ["one", 0], action: "drop" },
      { path: ["two"], action: "first" },
      { path: ["two", 0], action: "drop" },
    ]);
    expect(first).toEqual({ one: 2 });
  });

  it("lets a drop win over repairs inside the dropped value", () => {
    const repaired = applyRepairs({ object: { a: [1, 2] }, b: 1 }, [
      { path: ["object", "a", 0], action: "drop" },
      { path: ["object"], action: "drop" },
    ]);
    expect(repaired).toEqual({ b: 1 });
  });
});
