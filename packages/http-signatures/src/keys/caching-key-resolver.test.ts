import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signRequest } from "../sign-request.js";
import { verifyRequest } from "../verify-request.js";
import { createCachingKeyResolver } from "./caching-key-resolver.js";
import type { PublicKeyInput } from "./import-public-key.js";

function fakeClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (seconds: number) => (time += seconds * 1000) };
}

function countingLoader(answers: Record<string, PublicKeyInput | null>) {
  const calls: string[] = [];
  return {
    calls,
    load: async (keyId: string) => {
      calls.push(keyId);
      return answers[keyId] ?? null;
    },
  };
}

describe("createCachingKeyResolver", () => {
  it("serves a found key from the cache until the TTL passes", async () => {
    const clock = fakeClock();
    const loader = countingLoader({ a: "KEY-A" });
    const resolver = createCachingKeyResolver({ load: loader.load, ttl: 60, now: clock.now });
    expect(await resolver.resolve("a", { refresh: false })).toBe("KEY-A");
    clock.advance(59);
    expect(await resolver.resolve("a", { refresh: false })).toBe("KEY-A");
    expect(loader.calls).toEqual(["a"]);
    clock.advance(2);
    await resolver.resolve("a", { refresh: false });
    expect(loader.calls).toEqual(["a", "a"]);
  });

  it("answers a cache hit synchronously and a miss with a promise", async () => {
    const resolver = createCachingKeyResolver({ load: countingLoader({ a: "KEY-A" }).load });
    const miss = resolver.resolve("a", { refresh: false });
    expect(miss).toBeInstanceOf(Promise);
    await miss;
    expect(resolver.resolve("a", { refresh: false })).toBe("KEY-A");
  });

  it("turns a loader that throws synchronously into a rejected lookup", async () => {
    const resolver = createCachingKeyResolver({
      load: () => {
        throw new Error("bad keyId");
      },
    });
    await expect(resolver.resolve("a", { refresh: false })).rejects.toThrow("bad keyId");
  });

  it("remembers a missing key for negativeTtl", async () => {
    const clock = fakeClock();
    const loader = countingLoader({});
    const resolver = createCachingKeyResolver({ load: loader.load, negativeTtl: 10, now: clock.now });
    expect(await resolver.resolve("gone", { refresh: false })).toBeNull();
    expect(await resolver.resolve("gone", { refresh: false })).toBeNull();
    expect(loader.calls).toHaveLength(1);
    clock.advance(11);
    await resolver.resolve("gone", { refresh: false });
    expect(loader.calls).toHaveLength(2);
  });

  it("reloads on refresh, but at most once per minRefreshInterval", async () => {
    const clock = fakeClock();
    const loader = countingLoader({ a: "KEY-A" });
    const resolver = createCachingKeyResolver({ load: loader.load, minRefreshInterval: 30, now: clock.now });
    await resolver.resolve("a", { refresh: false });
    await resolver.resolve("a", { refresh: true });
    expect(loader.calls).toHaveLength(1);
    clock.advance(31);
    await resolver.resolve("a", { refresh: true });
    expect(loader.calls).toHaveLength(2);
  });

  it("shares one load between concurrent lookups and does not cache failures", async () => {
    let calls = 0;
    let fail = true;
    const resolver = createCachingKeyResolver({
      load: async () => {
        calls++;
        await new Promise((resolve) => setImmediate(resolve));
        if (fail) throw new Error("down");
        return "KEY";
      },
    });
    const results = await Promise.allSettled([1, 2, 3].map(() => resolver.resolve("k", { refresh: false })));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(calls).toBe(1);
    fail = false;
    expect(await resolver.resolve("k", { refresh: false })).toBe("KEY");
    expect(calls).toBe(2);
  });

  it("evicts the oldest entry beyond maxEntries, and clear() forgets", async () => {
    const loader = countingLoader({ a: "A", b: "B", c: "C" });
    const resolver = createCachingKeyResolver({ load: loader.load, maxEntries: 2 });
    for (const id of ["a", "b", "c", "a"]) await resolver.resolve(id, { refresh: false });
    expect(loader.calls).toEqual(["a", "b", "c", "a"]);
    resolver.clear("a");
    await resolver.resolve("a", { refresh: false });
    resolver.clear();
    await resolver.resolve("c", { refresh: false });
    expect(loader.calls).toEqual(["a", "b", "c", "a", "a", "c"]);
  });

  it("rejects bad options", () => {
    expect(() => createCachingKeyResolver({ load: undefined as never })).toThrow(TypeError);
    expect(() => createCachingKeyResolver({ load: async () => null, ttl: -1 })).toThrow(TypeError);
    expect(() => createCachingKeyResolver({ load: async () => null, maxEntries: 0 })).toThrow(TypeError);
  });

  it("lets verification survive a key rotation with one refetch", async () => {
    const clock = fakeClock(Date.parse("2026-01-01T00:00:00Z"));
    const oldKey = generateKeyPairSync("ed25519");
    const newKey = generateKeyPairSync("ed25519");
    let current = oldKey.publicKey;
    let loads = 0;
    const resolver = createCachingKeyResolver({
      load: async () => {
        loads++;
        return current;
      },
      now: clock.now,
    });
    const sign = (privateKey: typeof oldKey.privateKey) =>
      signRequest(new Request("https://r.example/inbox", { headers: { host: "r.example" } }), {
        keyId: "https://s.example/a#k",
        privateKey,
        created: clock.now(),
      });
    const options = { keyResolver: resolver, now: clock.now() };
    expect(await verifyRequest(await sign(oldKey.privateKey), options)).toMatchObject({ ok: true });
    current = newKey.publicKey;
    clock.advance(120);
    const rotated = await verifyRequest(await sign(newKey.privateKey), { ...options, now: clock.now() });
    expect(rotated).toMatchObject({ ok: true });
    expect(loads).toBe(2);
    const forged = await verifyRequest(await sign(generateKeyPairSync("ed25519").privateKey), {
      ...options,
      now: clock.now(),
    });
    expect(forged).toMatchObject({ ok: false, code: "signature_mismatch" });
    expect(loads).toBe(2);
  });
});
