import { describe, expect, it } from "vitest";
import { TtlCache } from "./ttl-cache.js";

function fakeClock(start = 1_000) {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

describe("TtlCache", () => {
  it("serves an entry until its ttl passes", () => {
    const clock = fakeClock();
    const cache = new TtlCache<string, number>({ ttl: 100, now: clock.now });
    cache.set("a", 1);
    clock.time += 99;
    expect(cache.get("a")).toBe(1);
    expect(cache.getEntry("a")).toEqual({ value: 1, storedAt: 1_000, expiresAt: 1_100 });
    clock.time += 1;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("keeps a per-entry ttl", () => {
    const clock = fakeClock();
    const cache = new TtlCache<string, number | null>({ ttl: 1_000, now: clock.now });
    cache.set("miss", null, 10);
    clock.time += 10;
    expect(cache.getEntry("miss")).toBeUndefined();
  });

  it("shares one load between concurrent callers and caches its value", async () => {
    const cache = new TtlCache<string, number>({ ttl: 1_000 });
    let calls = 0;
    const loader = async () => {
      calls++;
      return 7;
    };
    const values = await Promise.all([cache.load("k", loader), cache.load("k", loader)]);
    expect(values).toEqual([7, 7]);
    expect(await cache.load("k", loader)).toBe(7);
    expect(calls).toBe(1);
    expect(await cache.load("k", loader, { refresh: true })).toBe(7);
    expect(calls).toBe(2);
  });

  it("does not cache a rejected load, and survives a loader that throws synchronously", async () => {
    const cache = new TtlCache<string, number>({ ttl: 1_000 });
    await expect(cache.load("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await expect(
      cache.load("k", () => {
        throw new Error("sync");
      }),
    ).rejects.toThrow("sync");
    expect(await cache.load("k", async () => 1)).toBe(1);
  });

  it("stores each value for ttlOf(value)", async () => {
    const clock = fakeClock();
    const cache = new TtlCache<string, number | null>({ ttl: 1_000, now: clock.now });
    await cache.load("k", async () => null, { ttlOf: (value) => (value === null ? 5 : 1_000) });
    clock.time += 5;
    expect(cache.getEntry("k")).toBeUndefined();
  });

  it("refuses bad bounds, naming the option", () => {
    expect(() => new TtlCache({ ttl: -1 })).toThrow(/ttl/);
    expect(() => new TtlCache({ ttl: 1, maxEntries: 0 })).toThrow(/maxEntries/);
  });
});
