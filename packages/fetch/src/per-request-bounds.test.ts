import { type LoopbackServer, startServer } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualTimer } from "../test/manual-timer.js";
import { createSafeFetchWith } from "./create-safe-fetch.js";
import { callBounds } from "./request-bounds.js";
import type { SafeFetchInit } from "./safe-fetch-options.js";

let server: LoopbackServer;
const timer = manualTimer();
const fetch = createSafeFetchWith(
  { allowPrivateAddress: true, timeout: 60_000, maxBytes: 100, maxRedirects: 1 },
  { startTimer: timer.startTimer },
);

beforeAll(async () => {
  server = await startServer((request, response) => {
    const url = new URL(request.url, "http://x");
    const hops = Number(url.searchParams.get("hops") ?? 0);
    if (hops > 0) {
      response.writeHead(302, { location: `/?hops=${hops - 1}&size=${url.searchParams.get("size") ?? 0}` });
      return void response.end();
    }
    response.writeHead(200, { "content-type": "text/plain" });
    response.end("x".repeat(Number(url.searchParams.get("size") ?? 0)));
  });
});
afterAll(async () => {
  await fetch.close();
  await server.close();
});

const call = (query: string, fedikit?: SafeFetchInit["fedikit"]) =>
  fetch(`${server.origin}/?${query}`, fedikit === undefined ? {} : { fedikit });
const read = (query: string, fedikit?: SafeFetchInit["fedikit"]) =>
  call(query, fedikit).then((response) => response.text());

describe("init.fedikit: bounds for one call", () => {
  it("times the call with its own timeout", async () => {
    const before = timer.started.length;
    await (await call("size=1")).text();
    await (await call("size=1", { timeout: 1_234 })).text();
    expect(timer.started.slice(before)).toEqual([60_000, 1_234]);
  });

  it("raises or lowers maxBytes for one call", async () => {
    await expect(read("size=101")).rejects.toMatchObject({ code: "too_large" });
    expect(await read("size=101", { maxBytes: 101 })).toHaveLength(101);
    const error = await read("size=50", { maxBytes: 49 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "too_large" });
    expect(String(error)).toContain("init.fedikit.maxBytes");
  });

  it("raises or lowers maxRedirects for one call", async () => {
    expect((await call("hops=1")).redirected).toBe(true);
    await expect(call("hops=1", { maxRedirects: 0 })).rejects.toMatchObject({ code: "too_many_redirects" });
    await expect(call("hops=2")).rejects.toMatchObject({ code: "too_many_redirects" });
    expect((await call("hops=2", { maxRedirects: 2 })).status).toBe(200);
  });

  it("refuses http: with httpsOnly before any request", async () => {
    const before = server.requests.length;
    await expect(call("size=1", { httpsOnly: true })).rejects.toMatchObject({ code: "bad_scheme" });
    expect(server.requests.length).toBe(before);
  });

  it("cannot lift an instance's httpsOnly", async () => {
    const strict = createSafeFetchWith(
      { allowPrivateAddress: true, httpsOnly: true },
      { startTimer: timer.startTimer },
    );
    const before = server.requests.length;
    await expect(strict(`${server.origin}/`, { fedikit: { httpsOnly: false } })).rejects.toMatchObject({
      code: "bad_scheme",
    });
    expect(server.requests.length).toBe(before);
    await strict.close();
  });

  it("rejects bad bounds with errors that name init.fedikit's field", async () => {
    await expect(call("", { timeout: -1 })).rejects.toThrow(/^fedikit\.timeout must be an integer/);
    await expect(call("", { timeout: 2 ** 31 })).rejects.toThrow(
      /^fedikit\.timeout must be an integer from 1 to 2147483647/,
    );
    await expect(call("", { maxBytes: 0.5 })).rejects.toThrow(RangeError);
    await expect(call("", { maxRedirects: "2" as unknown as number })).rejects.toThrow(TypeError);
    await expect(call("", "fast" as unknown as SafeFetchInit["fedikit"])).rejects.toThrow(
      /^init\.fedikit must be an object/,
    );
  });

  it("is ignored by any other fetch, so code that takes any fetch can pass it", async () => {
    const init: SafeFetchInit = { fedikit: { maxBytes: 1, maxRedirects: 0 } };
    const response = await globalThis.fetch(`${server.origin}/?hops=1&size=5`, init);
    expect(await response.text()).toBe("xxxxx");
  });
});

describe("callBounds", () => {
  const instance = { timeout: 10, maxBytes: 20, maxRedirects: 3, httpsOnly: false };

  it("returns the instance's bounds when a call sets none", () => {
    expect(callBounds(undefined, instance)).toBe(instance);
    expect(callBounds({}, instance)).toEqual(instance);
  });

  it("replaces each bound given, and only that one", () => {
    expect(callBounds({ timeout: 5 }, instance)).toEqual({ ...instance, timeout: 5 });
    expect(callBounds({ maxBytes: 50 }, instance)).toEqual({ ...instance, maxBytes: 50 });
    expect(callBounds({ maxRedirects: 0 }, instance)).toEqual({ ...instance, maxRedirects: 0 });
    expect(callBounds({ httpsOnly: true }, instance)).toEqual({ ...instance, httpsOnly: true });
  });

  it("switches httpsOnly on but never off", () => {
    const strict = { ...instance, httpsOnly: true };
    expect(callBounds({ httpsOnly: false }, strict).httpsOnly).toBe(true);
    expect(callBounds({ httpsOnly: false }, instance).httpsOnly).toBe(false);
  });

  it("refuses null as init.fedikit", () => {
    expect(() => callBounds(null as unknown as undefined, instance)).toThrow(/not null/);
  });
});
