import { type LoopbackServer, startServer, type TestHandler } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSafeFetch } from "./create-safe-fetch.js";

// Two origins: "origin" on 127.0.0.1 and "other" on 127.0.0.2 (private addresses allowed here).
let origin: LoopbackServer;
let other: LoopbackServer;
const fetch = createSafeFetch({ allowPrivateAddress: true, maxRedirects: 3 });

const redirector: TestHandler = (request, response) => {
  const url = new URL(request.url, "http://x");
  const to = url.searchParams.get("to");
  const status = Number(url.searchParams.get("status") ?? 302);
  if (url.pathname === "/loop") {
    const n = Number(url.searchParams.get("n") ?? 0);
    response.writeHead(302, { location: `/loop?n=${n + 1}` });
    response.end();
  } else if (to) {
    response.writeHead(status, { location: to });
    response.end("redirect body");
  } else {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ method: request.method, body: request.body, headers: request.headers }));
  }
};

beforeAll(async () => {
  origin = await startServer(redirector, "127.0.0.1");
  other = await startServer(redirector, "127.0.0.2");
});
afterAll(async () => {
  await fetch.close();
  await origin.close();
  await other.close();
});

interface Echo {
  method: string;
  body: string;
  headers: Record<string, string>;
}

const sensitive = {
  authorization: "Bearer secret",
  cookie: "session=secret",
  signature: 'keyId="https://a.example/actor#main-key",signature="abc"',
  "signature-input": 'sig1=("@method");keyid="k"',
  "x-kept": "kept",
};

describe("redirects", () => {
  it("follows a redirect and reports the final URL", async () => {
    const response = await fetch(`${origin.origin}/?to=${encodeURIComponent(`${other.origin}/final`)}`);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${other.origin}/final`);
    expect(response.redirected).toBe(true);
  });

  it("drops Authorization, Cookie, Signature and Signature-Input on a cross-origin redirect", async () => {
    const target = `${other.origin}/landing`;
    const echo = (await (
      await fetch(`${origin.origin}/?to=${encodeURIComponent(target)}`, { headers: sensitive })
    ).json()) as Echo;
    expect(echo.headers.authorization).toBeUndefined();
    expect(echo.headers.cookie).toBeUndefined();
    expect(echo.headers.signature).toBeUndefined();
    expect(echo.headers["signature-input"]).toBeUndefined();
    expect(echo.headers["x-kept"]).toBe("kept");
    // The first hop did receive them.
    expect(origin.requests.at(-1)?.headers.authorization).toBe("Bearer secret");
  });

  it("keeps them on a same-origin redirect", async () => {
    const echo = (await (
      await fetch(`${origin.origin}/?to=%2Flanding`, { headers: sensitive })
    ).json()) as Echo;
    expect(echo.headers.authorization).toBe("Bearer secret");
    expect(echo.headers.signature).toBe(sensitive.signature);
  });

  it("treats another port on the same host as another origin", async () => {
    const samePortless = await startServer(redirector, "127.0.0.1");
    const target = `${samePortless.origin}/landing`;
    const echo = (await (
      await fetch(`${origin.origin}/?to=${encodeURIComponent(target)}`, { headers: sensitive })
    ).json()) as Echo;
    expect(echo.headers.authorization).toBeUndefined();
    expect(echo.headers.signature).toBeUndefined();
    await samePortless.close();
  });

  it("turns a POST into a GET without body on 303, 302 and 301", async () => {
    for (const status of [301, 302, 303]) {
      const url = `${origin.origin}/?status=${status}&to=%2Fafter`;
      const echo = (await (
        await fetch(url, { method: "POST", body: "payload", headers: { "content-type": "text/plain" } })
      ).json()) as Echo;
      expect(echo.method).toBe("GET");
      expect(echo.body).toBe("");
      expect(echo.headers["content-type"]).toBeUndefined();
    }
  });

  it("resends method and body on 307 and 308", async () => {
    for (const status of [307, 308]) {
      const echo = (await (
        await fetch(`${origin.origin}/?status=${status}&to=%2Fafter`, { method: "POST", body: "payload" })
      ).json()) as Echo;
      expect(echo).toMatchObject({ method: "POST", body: "payload" });
    }
  });

  it("refuses to resend a streamed body that is already spent", async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("once"));
        controller.close();
      },
    });
    await expect(
      fetch(`${origin.origin}/?status=307&to=%2Fafter`, {
        method: "POST",
        body,
        duplex: "half",
      } as RequestInit),
    ).rejects.toMatchObject({ code: "network" });
  });

  it("stops after maxRedirects", async () => {
    const error = await fetch(`${origin.origin}/loop`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "too_many_redirects" });
    expect(String(error)).toContain("maxRedirects");
  });

  it("follows exactly maxRedirects", async () => {
    const chain = `/?to=${encodeURIComponent(`/?to=${encodeURIComponent("/?to=%2Fend")}`)}`;
    expect((await fetch(`${origin.origin}${chain}`)).status).toBe(200);
  });

  it('returns the redirect itself with redirect: "manual"', async () => {
    const response = await fetch(`${origin.origin}/?to=%2Fx`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/x");
  });

  it('fails on a redirect with redirect: "error"', async () => {
    await expect(fetch(`${origin.origin}/?to=%2Fx`, { redirect: "error" })).rejects.toMatchObject({
      code: "too_many_redirects",
    });
  });

  it("refuses a Location that is not a URL", async () => {
    await expect(fetch(`${origin.origin}/?to=${encodeURIComponent("http://[oops/")}`)).rejects.toMatchObject({
      code: "bad_scheme",
    });
  });

  it("quotes a long Location shortened", async () => {
    const location = `http://[${"x".repeat(10_000)}/`;
    const error = (await fetch(`${origin.origin}/?to=${encodeURIComponent(location)}`).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error).toMatchObject({ code: "bad_scheme" });
    expect(error.message).toContain("more characters");
    expect(error.message.length).toBeLessThan(600);
  });
});
