import { gzipSync } from "node:zlib";
import { type LoopbackServer, startServer } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSafeFetch, safeFetch } from "./create-safe-fetch.js";
import { FetchError } from "./fetch-error.js";
import { defaultUserAgent } from "./user-agent.js";

let server: LoopbackServer;
const fetch = createSafeFetch({ allowPrivateAddress: true });

beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.url === "/gzip") {
      response.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
      response.end(gzipSync("decoded text"));
      return;
    }
    if (request.url === "/cookies") {
      response.writeHead(200, [
        ["set-cookie", "a=1"],
        ["set-cookie", "b=2"],
      ]);
      response.end();
      return;
    }
    if (request.url === "/prototype-names") {
      // Header names a hostile server chooses to look like Object.prototype's members.
      response.writeHead(302, [
        ["__proto__", "a"],
        ["constructor", "b"],
        ["constructor", "c"],
        ["toString", "d"],
        ["hasOwnProperty", "e"],
        ["content-type", "text/plain"],
      ]);
      response.end("kept");
      return;
    }
    if (request.url === "/empty") {
      response.writeHead(204);
      response.end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json", "x-method": request.method });
    response.end(
      JSON.stringify({ method: request.method, body: request.body, ua: request.headers["user-agent"] }),
    );
  });
});
afterAll(async () => {
  await fetch.close();
  await server.close();
});

describe("createSafeFetch", () => {
  it("returns a standard Response with the final URL", async () => {
    const response = await fetch(`${server.origin}/hello`);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${server.origin}/hello`);
    expect(response.redirected).toBe(false);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toMatchObject({ method: "GET" });
  });

  it("sends a User-Agent naming Fedikit and its version, unless one is given", async () => {
    const sent = (await (await fetch(`${server.origin}/ua`)).json()) as { ua: string };
    expect(sent.ua).toBe(defaultUserAgent);
    expect(sent.ua).toMatch(/^Fedikit\/\d+\.\d+\.\d+/);
    const custom = (await (
      await fetch(`${server.origin}/ua`, { headers: { "User-Agent": "MyApp/1.0" } })
    ).json()) as {
      ua: string;
    };
    expect(custom.ua).toBe("MyApp/1.0");
    const configured = createSafeFetch({ allowPrivateAddress: true, userAgent: "Configured/2" });
    expect(((await (await configured(`${server.origin}/ua`)).json()) as { ua: string }).ua).toBe(
      "Configured/2",
    );
    await configured.close();
  });

  it("reuses pooled keep-alive connections", async () => {
    const pooled = createSafeFetch({ allowPrivateAddress: true });
    const before = server.connections;
    for (let i = 0; i < 10; i++) await (await pooled(`${server.origin}/keep-alive`)).text();
    // undici may open a second socket while the first is being released; never one per request.
    expect(server.connections - before).toBeLessThanOrEqual(2);
    await pooled.close();
  });

  it("sends string, bytes, URLSearchParams, Blob and Request bodies", async () => {
    const bodies: [BodyInit, string][] = [
      ["plain", "plain"],
      [new TextEncoder().encode("bytes"), "bytes"],
      [new URLSearchParams({ a: "1" }), "a=1"],
      [new Blob(["blob"]), "blob"],
    ];
    for (const [body, expected] of bodies) {
      const echoed = (await (await fetch(`${server.origin}/echo`, { method: "POST", body })).json()) as {
        body: string;
      };
      expect(echoed.body).toBe(expected);
    }
    const request = new Request(`${server.origin}/echo`, { method: "PUT", body: "from a Request" });
    expect(await (await fetch(request)).json()).toMatchObject({ method: "PUT", body: "from a Request" });
  });

  it("decodes a gzip body", async () => {
    expect(await (await fetch(`${server.origin}/gzip`)).text()).toBe("decoded text");
  });

  it("keeps repeated response headers", async () => {
    const response = await fetch(`${server.origin}/cookies`);
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
  });

  it("keeps response headers named like Object.prototype's members as plain headers", async () => {
    // A 302 without Location: not followed, even though the record has inherited members.
    const response = await fetch(`${server.origin}/prototype-names`);
    expect(response.status).toBe(302);
    expect(response.headers.get("__proto__")).toBe("a");
    expect(response.headers.get("constructor")).toBe("b, c");
    expect(response.headers.get("tostring")).toBe("d");
    expect(response.headers.get("hasownproperty")).toBe("e");
    expect(response.headers.get("location")).toBeNull();
    expect(await response.text()).toBe("kept");
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it("gives null bodies for HEAD and 204", async () => {
    expect((await fetch(`${server.origin}/x`, { method: "HEAD" })).body).toBeNull();
    const empty = await fetch(`${server.origin}/empty`);
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
  });

  it("passes the caller's abort reason through, as fetch does", async () => {
    const controller = new AbortController();
    controller.abort(new DOMException("stop", "AbortError"));
    await expect(fetch(`${server.origin}/x`, { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  it("rejects what fetch rejects, as TypeError", async () => {
    await expect(fetch(`${server.origin}/x`, { method: "GET", body: "no" })).rejects.toThrow(TypeError);
    await expect(fetch(`${server.origin}/x`, { method: "TRACE" })).rejects.toThrow(TypeError);
  });

  it("turns an unparsable URL into a typed error", async () => {
    await expect(fetch("not a url")).rejects.toMatchObject({ code: "bad_scheme" });
  });

  it("reports a refused connection as a network error naming the URL", async () => {
    const closed = await startServer(() => undefined);
    await closed.close();
    const error = await fetch(`${closed.origin}/gone`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ code: "network", url: `${closed.origin}/gone` });
    expect(String(error)).toContain(closed.origin);
  });

  it("rejects invalid options as programmer errors that name the option", () => {
    expect(() => createSafeFetch({ timeout: -1 })).toThrow(RangeError);
    expect(() => createSafeFetch({ maxRedirects: 1.5 })).toThrow(/^maxRedirects must be an integer/);
    expect(() => createSafeFetch({ allowedPrivateAddresses: ["nope"] })).toThrow(TypeError);
  });

  it("connects to IPv6 literal hosts when allowed", async () => {
    const v6 = await startServer((_request, response) => response.end("over IPv6"), "::1");
    expect(await (await fetch(`${v6.origin}/`)).text()).toBe("over IPv6");
    await v6.close();
  });

  it("the default instance refuses loopback", async () => {
    await expect(safeFetch(`${server.origin}/x`)).rejects.toMatchObject({ code: "ssrf_blocked" });
  });
});
