import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { pageFetch } from "../../test/pages.js";
import { lookupHostMeta } from "./host-meta.js";
import { createHostMetaCache } from "./host-meta-cache.js";
import { lookupWebFinger } from "./lookup-webfinger.js";

const encoder = new TextEncoder();

/**
 * A 1 MiB host-meta with many attributes, streamed in 4 KiB chunks without Content-Length, as
 * issue 9 item 7 measured (1.5–2.2 s of synchronous parsing per lookup). Counts the chunks read.
 */
function hugeHostMeta() {
  const link = '<Link rel="x" a1="1" a2="2" a3="3" a4="4" a5="5" a6="6" a7="7" a8="8" a9="9"/>';
  const chunk = encoder.encode(link.repeat(Math.ceil(4096 / link.length)));
  const chunks = Math.ceil((1024 * 1024) / chunk.byteLength);
  const counter = { pulled: 0 };
  const page = () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(encoder.encode("<XRD>"));
        if (sent++ >= chunks) {
          controller.enqueue(encoder.encode("</XRD>"));
          controller.close();
          return;
        }
        counter.pulled++;
        controller.enqueue(chunk);
      },
    });
    return new Response(body, { headers: { "content-type": "application/xrd+xml" } });
  };
  return { page, counter, chunkBytes: chunk.byteLength };
}

describe("host-meta is cheap to refuse (issue 9, item 7)", () => {
  it("reads at most maxHostMetaBytes of a 1 MiB host-meta, and parses none of it", async () => {
    const huge = hugeHostMeta();
    const { fetch } = pageFetch({ "https://big.example/.well-known/host-meta": huge.page });
    const result = await lookupWebFinger("acct:nobody@big.example", { fetch });
    expectFailure(result, "not_found", /host-meta fallback did not help either: .*larger than 16384 bytes/);
    // The cap, plus the chunk that crossed it and the one the stream had queued ahead.
    expect(huge.counter.pulled * huge.chunkBytes).toBeLessThanOrEqual(16_384 + 2 * huge.chunkBytes);
  });

  it("with a hostMetaCache, asks host-meta once for a burst of unknown accounts on one host", async () => {
    const huge = hugeHostMeta();
    const { fetch, asked } = pageFetch({ "https://big.example/.well-known/host-meta": huge.page });
    const hostMetaCache = createHostMetaCache();
    for (const user of ["a", "b", "c", "d", "e"]) {
      const result = await lookupWebFinger(`acct:${user}@big.example`, { fetch, hostMetaCache });
      expectFailure(result, "not_found");
    }
    expect(asked.filter((url) => url.includes("host-meta"))).toEqual([
      "https://big.example/.well-known/host-meta",
      "https://big.example/.well-known/host-meta.json",
    ]);
    expect(asked.filter((url) => url.includes("webfinger"))).toHaveLength(5);
  });
});

describe("createHostMetaCache", () => {
  const legacy = () =>
    pageFetch({
      "https://legacy.example/.well-known/host-meta": () =>
        new Response('<XRD><Link rel="lrdd" template="https://legacy.example/wf?r={uri}"/></XRD>', {
          headers: { "content-type": "application/xrd+xml" },
        }),
      "https://legacy.example/wf?r=acct%3Aalice%40legacy.example": () =>
        new Response(JSON.stringify({ subject: "acct:alice@legacy.example" }), {
          headers: { "content-type": "application/jrd+json" },
        }),
    });

  it("remembers a found host-meta for ttl, then asks again", async () => {
    let now = 0;
    const hostMetaCache = createHostMetaCache({ ttl: 1000, negativeTtl: 10, now: () => now });
    const { fetch, asked } = legacy();
    const count = () => asked.filter((url) => url.endsWith("/host-meta")).length;
    for (const at of [0, 500, 999]) {
      now = at;
      expectSuccess(await lookupWebFinger("acct:alice@legacy.example", { fetch, hostMetaCache }));
    }
    expect(count()).toBe(1);
    now = 1000;
    expectSuccess(await lookupWebFinger("acct:alice@legacy.example", { fetch, hostMetaCache }));
    expect(count()).toBe(2);
  });

  it("remembers a failure for negativeTtl only", async () => {
    let now = 0;
    const hostMetaCache = createHostMetaCache({ ttl: 100_000, negativeTtl: 60_000, now: () => now });
    const { fetch, asked } = pageFetch({});
    const count = () => asked.filter((url) => url.endsWith("/host-meta")).length;
    await lookupHostMeta("gone.example", { fetch, hostMetaCache });
    now = 59_999;
    expectFailure(await lookupHostMeta("gone.example", { fetch, hostMetaCache }), "not_found");
    expect(count()).toBe(1);
    now = 60_000;
    await lookupHostMeta("gone.example", { fetch, hostMetaCache });
    expect(count()).toBe(2);
  });

  it("keeps one entry per origin: http and https, and each port, apart", async () => {
    const hostMetaCache = createHostMetaCache();
    const { fetch, asked } = pageFetch({});
    await lookupHostMeta("a.example", { fetch, hostMetaCache });
    await lookupHostMeta("a.example", { fetch, hostMetaCache, httpsOnly: false });
    await lookupHostMeta("a.example:8443", { fetch, hostMetaCache });
    await lookupHostMeta("A.EXAMPLE", { fetch, hostMetaCache });
    expect(asked.filter((url) => url.endsWith("/host-meta"))).toEqual([
      "https://a.example/.well-known/host-meta",
      "http://a.example/.well-known/host-meta",
      "https://a.example:8443/.well-known/host-meta",
    ]);
  });

  it("holds at most maxEntries origins, forgetting the least recently used", async () => {
    const hostMetaCache = createHostMetaCache({ maxEntries: 2 });
    const { fetch, asked } = pageFetch({});
    for (const host of ["a.example", "b.example", "a.example", "c.example", "a.example", "b.example"]) {
      await lookupHostMeta(host, { fetch, hostMetaCache });
    }
    expect(asked.filter((url) => url.endsWith("/host-meta")).map((url) => new URL(url).host)).toEqual([
      "a.example",
      "b.example",
      "c.example",
      "b.example",
    ]);
  });

  it("forgets everything on clear()", async () => {
    const hostMetaCache = createHostMetaCache();
    const { fetch, asked } = pageFetch({});
    await lookupHostMeta("a.example", { fetch, hostMetaCache });
    hostMetaCache.clear();
    await lookupHostMeta("a.example", { fetch, hostMetaCache });
    expect(asked.filter((url) => url.endsWith("/host-meta"))).toHaveLength(2);
  });

  it("does not remember a lookup the caller aborted", async () => {
    const hostMetaCache = createHostMetaCache();
    const controller = new AbortController();
    const reason = new Error("stop");
    let calls = 0;
    const fetch = async (_input: unknown, init?: RequestInit) => {
      calls++;
      if (calls === 1) {
        controller.abort(reason);
        throw init?.signal?.reason;
      }
      return new Response("no", { status: 404 });
    };
    await expect(
      lookupHostMeta("a.example", { fetch, hostMetaCache, signal: controller.signal }),
    ).rejects.toBe(reason);
    expectFailure(await lookupHostMeta("a.example", { fetch, hostMetaCache }), "not_found");
    expect(calls).toBe(3);
  });

  it.each([
    [{ ttl: -1 }, /ttl must be an integer at least 0/],
    [{ negativeTtl: 1.5 }, /negativeTtl must be an integer/],
    [{ maxEntries: 0 }, /maxEntries must be an integer at least 1/],
  ])("throws a RangeError naming the option for %j", (options, message) => {
    expect(() => createHostMetaCache(options)).toThrow(message);
  });
});
