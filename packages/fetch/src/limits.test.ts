import { gzipSync } from "node:zlib";
import { type LoopbackServer, startServer } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualTimer } from "../test/manual-timer.js";
import { createSafeFetch, createSafeFetchWith } from "./create-safe-fetch.js";
import type { HostLookup } from "./guarded-lookup.js";

const cap = 64 * 1024;
let server: LoopbackServer;
let bytesWritten = 0;
/** Resolves the next time a request reaches the server. */
let arrived: () => void = () => undefined;
const nextArrival = () => new Promise<void>((resolve) => (arrived = resolve));

// The total timeout is timed by a hand-fired timer: no test here waits for time to pass.
const timer = manualTimer();
const fetch = createSafeFetchWith(
  { allowPrivateAddress: true, maxBytes: cap, timeout: 120_000 },
  { startTimer: timer.startTimer },
);

beforeAll(async () => {
  server = await startServer((request, response, raw) => {
    arrived();
    switch (request.url) {
      case "/declared-too-large":
        response.writeHead(200, { "content-length": String(cap + 1) });
        response.end(Buffer.alloc(cap + 1));
        return;
      case "/streamed-too-large": {
        // No Content-Length and (practically) no end: it only stops when the client hangs up.
        response.writeHead(200, { "content-type": "application/octet-stream" });
        bytesWritten = 0;
        const pump = () => {
          while (!raw.socket?.destroyed && bytesWritten < 256 * 1024 * 1024) {
            bytesWritten += 16 * 1024;
            if (!response.write(Buffer.alloc(16 * 1024))) return void response.once("drain", pump);
          }
          response.end();
        };
        pump();
        return;
      }
      case "/gzip-bomb":
        response.writeHead(200, { "content-encoding": "gzip" });
        response.end(gzipSync(Buffer.alloc(cap * 50)));
        return;
      case "/exactly-cap":
        response.writeHead(200);
        response.end(Buffer.alloc(cap));
        return;
      case "/slow-body":
        response.writeHead(200, { "content-type": "text/plain" });
        response.write("first chunk, then silence");
        return;
      case "/short-body":
        // Declares 100 bytes, sends 10, then goes quiet.
        response.writeHead(200, { "content-length": "100" });
        response.write("0123456789");
        return;
      case "/never-answers":
        return;
      default:
        response.writeHead(200, { "content-type": "text/plain" });
        response.end("ok");
    }
  });
});
afterAll(async () => {
  await fetch.close();
  await server.close();
});

describe("size cap", () => {
  it("refuses a declared Content-Length over the cap before reading", async () => {
    await expect(fetch(`${server.origin}/declared-too-large`)).rejects.toMatchObject({ code: "too_large" });
  });

  it("aborts a streamed body past the cap without buffering it, naming maxBytes", async () => {
    const response = await fetch(`${server.origin}/streamed-too-large`);
    const error = await response.arrayBuffer().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "too_large" });
    expect(String(error)).toContain("maxBytes on createSafeFetch");
    // The client hung up at the cap; the server had 256 MiB more to send.
    expect(bytesWritten).toBeLessThan(256 * 1024 * 1024);
  });

  it("counts decoded bytes, so a gzip bomb is cut off", async () => {
    const response = await fetch(`${server.origin}/gzip-bomb`);
    await expect(response.text()).rejects.toMatchObject({ code: "too_large" });
  });

  it("accepts a body of exactly the cap", async () => {
    const response = await fetch(`${server.origin}/exactly-cap`);
    expect((await response.arrayBuffer()).byteLength).toBe(cap);
  });
});

describe("total timeout, fired by hand", () => {
  it("starts one timer per call with the instance's timeout, and stops it when the body is read", async () => {
    const before = timer.started.length;
    const response = await fetch(`${server.origin}/ok`);
    expect(await response.text()).toBe("ok");
    expect(timer.started.slice(before)).toEqual([120_000]);
    expect(timer.running).toBe(0);
  });

  it("fails a server that never answers with timeout when the deadline passes", async () => {
    const arrival = nextArrival();
    const pending = fetch(`${server.origin}/never-answers`).catch((e: unknown) => e);
    await arrival;
    timer.fireAll();
    const error = await pending;
    expect(error).toMatchObject({ code: "timeout", url: `${server.origin}/never-answers` });
    expect(String(error)).toContain("within 120000 ms");
    expect(String(error)).toContain("raise timeout");
  });

  it("fails a body that stops arriving with timeout", async () => {
    const response = await fetch(`${server.origin}/slow-body`);
    expect(response.status).toBe(200);
    const reading = response.text().catch((e: unknown) => e);
    timer.fireAll();
    expect(await reading).toMatchObject({ code: "timeout" });
  });

  it("fails a small declared body that never completes with timeout", async () => {
    const arrival = nextArrival();
    const pending = fetch(`${server.origin}/short-body`)
      .then((response) => response.text())
      .catch((e: unknown) => e);
    await arrival;
    timer.fireAll();
    expect(await pending).toMatchObject({ code: "timeout" });
  });

  it("passes the caller's abort reason through rather than a timeout", async () => {
    const controller = new AbortController();
    const arrival = nextArrival();
    const pending = fetch(`${server.origin}/never-answers`, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    await arrival;
    const reason = new Error("the caller gave up");
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(timer.running).toBe(0);
  });
});

describe("connect timeout", () => {
  it("fails a connection that cannot be made with timeout, naming connectTimeout", async () => {
    // The lookup never answers, so only the connect timeout can end the call, however fast or
    // slow the machine is.
    const hanging: HostLookup = () => new Promise(() => undefined);
    const slow = createSafeFetchWith(
      { lookup: hanging, connectTimeout: 1 },
      { startTimer: manualTimer().startTimer },
    );
    const error = await slow("http://never.example/").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "timeout" });
    expect(String(error)).toContain("connectTimeout");
    await slow.close();
  });
});

describe("bounds are checked where they are given", () => {
  it.each([
    ["timeout", { timeout: -1 }],
    ["timeout", { timeout: 0 }],
    ["timeout", { timeout: 2 ** 31 }],
    ["maxBytes", { maxBytes: 1.5 }],
    ["maxRedirects", { maxRedirects: -1 }],
    ["connectTimeout", { connectTimeout: Number.NaN }],
    ["keepAliveTimeout", { keepAliveTimeout: -5 }],
    ["maxConnectionsPerOrigin", { maxConnectionsPerOrigin: 0 }],
  ])("a bad %s is a RangeError that names it", (name, options) => {
    expect(() => createSafeFetch(options)).toThrow(RangeError);
    expect(() => createSafeFetch(options)).toThrow(new RegExp(`^${name} must be`));
  });

  it("a bound of the wrong type is a TypeError that names it", () => {
    expect(() => createSafeFetch({ timeout: "30" as unknown as number })).toThrow(
      /^timeout must be a number/,
    );
  });
});
