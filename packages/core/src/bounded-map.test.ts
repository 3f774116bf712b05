import { describe, expect, it } from "vitest";
import { BoundedMap } from "./bounded-map.js";

describe("BoundedMap", () => {
  it("evicts the least recently used entry", () => {
    const map = new BoundedMap<string, number>(2);
    map.set("a", 1).set("b", 2);
    expect(map.get("a")).toBe(1); // a is now newer than b
    map.set("c", 3);
    expect(map.has("b")).toBe(false);
    expect([...map.keys()]).toEqual(["a", "c"]);
    expect(map.size).toBe(2);
  });

  it("peek does not count as use; undefined values are kept", () => {
    const map = new BoundedMap<string, number | undefined>(2);
    map.set("a", undefined).set("b", 2);
    expect(map.peek("a")).toBeUndefined();
    expect(map.has("a")).toBe(true);
    map.set("c", 3);
    expect(map.has("a")).toBe(false);
    map.set("b", 4);
    expect(map.get("b")).toBe(4);
    expect(map.delete("b")).toBe(true);
    map.clear();
    expect(map.size).toBe(0);
  });

  it("never grows past its bound", () => {
    const map = new BoundedMap<number, number>(100);
    for (let i = 0; i < 10_000; i++) map.set(i, i);
    expect(map.size).toBe(100);
    expect(map.has(9_999)).toBe(true);
    expect(map.has(9_899)).toBe(false);
  });

  it("refuses a bound below 1, naming it", () => {
    expect(() => new BoundedMap(0)).toThrow(/maxEntries/);
    expect(() => new BoundedMap(1.5)).toThrow(RangeError);
  });
});
