import { freshKeyPair, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { SignatureError } from "../shared/signature-error.js";
import { signRequest } from "../sign-request.js";
import { verifyRequest } from "../verify-request.js";
import { createCachingKeyResolver } from "./caching-key-resolver.js";
import type { PublicKeyInput } from "./import-public-key.js";
import type { ResolvedKey } from "./key-resolver.js";

const keyA = testKeyPair("ed25519", "a").publicKeyPem;
const keyB = testKeyPair("ed25519", "b").publicKeyPem;

function fakeClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (milliseconds: number) => (time += milliseconds) };
}

function countingLoader(answers: Record<string, PublicKeyInput | null>, owner?: string) {
  const calls: string[] = [];
  const table = new Map(Object.entries(answers));
  return {
    calls,
    load: async (keyId: string): Promise<ResolvedKey | null> => {
      calls.push(keyId);
      const key = table.get(keyId);
      return key === undefined || key === null ? null : { key, owner };
    },
  };
}

const FIRST = { refresh: false } as const;
const REFRESH = { refresh: true } as const;

describe("createCachingKeyResolver", () => {
  it("serves a found key, imported once, until the TTL (milliseconds) passes", async () => {
    const clock = fakeClock();
    const loader = countingLoader({ a: keyA }, "https://s.example/a");
    const resolver = createCachingKeyResolver({ load: loader.load, ttl: 60_000, now: clock.now });
    const first = await resolver.resolve("a", FIRST);
    expect(first?.owner).toBe("https://s.example/a");
    expect(first?.key).toMatchObject({ keyType: "ed25519" });
    clock.advance(59_999);
    expect(resolver.resolve("a", FIRST)).toBe(first);
    expect(loader.calls).toEqual(["a"]);
    clock.advance(1);
    await resolver.resolve("a", FIRST);
    expect(loader.calls).toEqual(["a", "a"]);
  });

  it("answers a cache hit synchronously and a miss with a promise", async () => {
    const resolver = createCachingKeyResolver({ load: countingLoader({ a: keyA }).load });
    const miss = resolver.resolve("a", FIRST);
    expect(miss).toBeInstanceOf(Promise);
    await miss;
    expect(resolver.resolve("a", FIRST)).not.toBeInstanceOf(Promise);
  });

  it("turns a loader that throws synchronously into a rejected lookup", async () => {
    const resolver = createCachingKeyResolver({
      load: () => {
        throw new Error("bad keyId");
      },
    });
    await expect(resolver.resolve("a", FIRST)).rejects.toThrow("bad keyId");
  });

  it("remembers a missing key for negativeTtl milliseconds", async () => {
    const clock = fakeClock();
    const loader = countingLoader({});
    const resolver = createCachingKeyResolver({ load: loader.load, negativeTtl: 10_000, now: clock.now });
    expect(await resolver.resolve("gone", FIRST)).toBeNull();
    clock.advance(9_999);
    expect(resolver.resolve("gone", FIRST)).toBeNull();
    expect(loader.calls).toHaveLength(1);
    clock.advance(1);
    await resolver.resolve("gone", FIRST);
    expect(loader.calls).toHaveLength(2);
  });

  it("imports on load and remembers a key that fails to import for negativeTtl, as invalid_key", async () => {
    const clock = fakeClock();
    let imports = 0;
    const resolver = createCachingKeyResolver({
      load: async () => {
        imports++;
        return { key: "-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----" };
      },
      negativeTtl: 5_000,
      now: clock.now,
    });
    await expect(resolver.resolve("bad", FIRST)).rejects.toMatchObject({ code: "invalid_key", keyId: "bad" });
    for (let i = 0; i < 10; i++) {
      expect(() => resolver.resolve("bad", FIRST)).toThrow(SignatureError);
    }
    expect(imports).toBe(1);
    clock.advance(5_000);
    await expect(resolver.resolve("bad", FIRST)).rejects.toMatchObject({ code: "invalid_key" });
    expect(imports).toBe(2);
  });

  it("remembers a loader's own invalid_key and key_not_found refusals, but not other failures", async () => {
    let calls = 0;
    const failures: unknown[] = [
      new SignatureError("invalid_key", "served as text/html"),
      new SignatureError("key_not_found", "no such key in the document"),
      new SignatureError("key_fetch_failed", "503"),
      new Error("ECONNRESET"),
    ];
    for (const failure of failures) {
      const resolver = createCachingKeyResolver({
        load: async () => {
          calls++;
          throw failure;
        },
      });
      await expect(resolver.resolve("k", FIRST)).rejects.toBeDefined();
      const second = (() => {
        try {
          return resolver.resolve("k", FIRST);
        } catch (error) {
          return Promise.reject(error);
        }
      })();
      await expect(second).rejects.toBeDefined();
    }
    // invalid_key and key_not_found: one load each; key_fetch_failed and ECONNRESET: two each.
    expect(calls).toBe(6);
  });

  it("refuses what a loader returns when it is not { key, owner? }", async () => {
    for (const answer of ["a PEM", { key: undefined }, { key: keyA, owner: 42 }]) {
      const resolver = createCachingKeyResolver({ load: async () => answer as never });
      await expect(resolver.resolve("k", FIRST)).rejects.toMatchObject({ code: "invalid_key" });
    }
  });

  it("reloads on refresh, but at most once per minRefreshInterval milliseconds", async () => {
    const clock = fakeClock();
    const loader = countingLoader({ a: keyA });
    const resolver = createCachingKeyResolver({
      load: loader.load,
      minRefreshInterval: 30_000,
      now: clock.now,
    });
    await resolver.resolve("a", FIRST);
    clock.advance(29_999);
    await resolver.resolve("a", REFRESH);
    expect(loader.calls).toHaveLength(1);
    clock.advance(1);
    await resolver.resolve("a", REFRESH);
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
        return { key: keyA };
      },
    });
    const results = await Promise.allSettled([1, 2, 3].map(() => resolver.resolve("k", FIRST)));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(calls).toBe(1);
    fail = false;
    expect(await resolver.resolve("k", FIRST)).toMatchObject({ key: { keyType: "ed25519" } });
    expect(calls).toBe(2);
  });

  it("keeps at most maxEntries keys, evicting the least recently used, and clear() forgets", async () => {
    const loader = countingLoader({ a: keyA, b: keyB, c: keyA });
    const resolver = createCachingKeyResolver({ load: loader.load, maxEntries: 2 });
    for (const id of ["a", "b", "a", "c"]) await resolver.resolve(id, FIRST);
    expect(resolver.size).toBe(2);
    await resolver.resolve("a", FIRST);
    await resolver.resolve("b", FIRST);
    expect(loader.calls).toEqual(["a", "b", "c", "b"]);
    for (let i = 0; i < 50; i++) await resolver.resolve(`missing-${i}`, FIRST);
    expect(resolver.size).toBe(2);
    resolver.clear("missing-49");
    expect(resolver.size).toBe(1);
    resolver.clear();
    expect(resolver.size).toBe(0);
  });

  it("rejects bad options, naming the option", () => {
    expect(() => createCachingKeyResolver({ load: undefined as never })).toThrow(TypeError);
    expect(() => createCachingKeyResolver({ load: async () => null, ttl: -1 })).toThrow(/ttl must be/);
    expect(() => createCachingKeyResolver({ load: async () => null, negativeTtl: 0.5 })).toThrow(
      /negativeTtl/,
    );
    expect(() => createCachingKeyResolver({ load: async () => null, minRefreshInterval: -5 })).toThrow(
      /minRefreshInterval/,
    );
    expect(() => createCachingKeyResolver({ load: async () => null, maxEntries: 0 })).toThrow(/maxEntries/);
  });

  it("lets verification survive a key rotation with one refetch", async () => {
    const clock = fakeClock(Date.parse("2026-01-01T00:00:00Z"));
    const oldKey = freshKeyPair("ed25519");
    const newKey = freshKeyPair("ed25519");
    let current = oldKey.publicKey;
    let loads = 0;
    const resolver = createCachingKeyResolver({
      load: async () => {
        loads++;
        return { key: current };
      },
      now: clock.now,
    });
    const sign = (privateKey: typeof oldKey.privateKey) =>
      signRequest(new Request("https://r.example/inbox", { headers: { host: "r.example" } }), {
        keyId: "https://s.example/a#k",
        privateKey,
        created: clock.now(),
      });
    const options = { keyResolver: resolver, now: clock.now };
    expect(await verifyRequest(await sign(oldKey.privateKey), options)).toMatchObject({ ok: true });
    current = newKey.publicKey;
    clock.advance(120_000);
    expect(await verifyRequest(await sign(newKey.privateKey), options)).toMatchObject({ ok: true });
    expect(loads).toBe(2);
    const forged = await verifyRequest(await sign(freshKeyPair("ed25519").privateKey), options);
    expect(forged).toMatchObject({ ok: false, error: { code: "signature_mismatch" } });
    expect(loads).toBe(2);
  });
});
