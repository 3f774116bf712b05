import { gzipSync } from "node:zlib";
import { type LoopbackServer, startServer } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSafeFetch } from "./create-safe-fetch.js";
import type { HostResolver } from "./guarded-lookup.js";

const cap = 64 * 1024;
let server: LoopbackServer;
let bytesWritten = 0;
const fetch = createSafeFetch({ allowPrivateAddress: true, maxResponseBytes: cap, timeout: 500 });

beforeAll(async () => {
  server = await startServer((request, response, raw) => {
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
      case "/slow-headers":
        return;
      default:
        response.writeHead(404);
        response.end();
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

  it("aborts a streamed body past the cap without buffering it", async () => {
    const response = await fetch(`${server.origin}/streamed-too-large`);
    const error = await response.arrayBuffer().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "too_large" });
    expect(String(error)).toContain("maxResponseBytes");
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

describe("timeouts", () => {
  it("fails a body that stops arriving with timeout", async () => {
    const response = await fetch(`${server.origin}/slow-body`);
    expect(response.status).toBe(200);
    const error = await response.text().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "timeout" });
    expect(String(error)).toContain("500 ms");
  });

  it("fails a small declared body that never completes with timeout", async () => {
    const error = await fetch(`${server.origin}/short-body`)
      .then((response) => response.text())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "timeout" });
  });

  it("fails a server that never answers with timeout", async () => {
    await expect(fetch(`${server.origin}/slow-headers`)).rejects.toMatchObject({ code: "timeout" });
  });

  it("fails a connection that cannot be made in time with timeout", async () => {
    const hanging: HostResolver = () => new Promise(() => undefined);
    const slow = createSafeFetch({ resolve: hanging, connectTimeout: 100 });
    const error = await slow("http://never.example/").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "timeout" });
    expect(String(error)).toContain("connectTimeout");
    await slow.close();
  });
});
