import { type LoopbackServer, respondWith, startServer } from "@fedikit/test-support";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSafeFetch } from "./create-safe-fetch.js";
import type { HostLookup, ResolvedAddress } from "./guarded-lookup.js";

// "Trusted" stands in for a public server: it listens on 127.0.0.2, which the tests allow through
// allowedPrivateAddresses. "Internal" listens on 127.0.0.1 and must never be reached.
let trusted: LoopbackServer;
let internal: LoopbackServer;

beforeAll(async () => {
  internal = await startServer(
    respondWith(200, { "content-type": "text/plain" }, "internal secret"),
    "127.0.0.1",
  );
  trusted = await startServer(
    (request, response) => {
      const location = new URL(request.url, "http://x").searchParams.get("to");
      if (location) {
        response.writeHead(302, { location });
        response.end();
      } else {
        response.writeHead(200, { "content-type": "text/plain" });
        response.end("trusted");
      }
    },
    "127.0.0.2",
    internal.port,
  );
});
afterAll(async () => {
  await trusted.close();
  await internal.close();
});
afterEach(() => {
  expect(internal.connections, "the internal server must never be reached").toBe(0);
});

function lookupFrom(
  answers: Record<string, (readonly ResolvedAddress[])[]>,
): HostLookup & { calls: string[] } {
  const calls: string[] = [];
  const table = new Map(Object.entries(answers));
  const lookup = async (hostname: string) => {
    calls.push(hostname);
    const queue = table.get(hostname);
    if (!queue || queue.length === 0)
      throw Object.assign(new Error(`no answer for ${hostname}`), { code: "ENOTFOUND" });
    return queue.length > 1 ? queue.shift()! : queue[0]!;
  };
  return Object.assign(lookup, { calls });
}

const v4 = (address: string): ResolvedAddress => ({ address, family: 4 });
const v6 = (address: string): ResolvedAddress => ({ address, family: 6 });

describe("SSRF guard on real connections", () => {
  it.each([
    "2130706433",
    "0x7f000001",
    "0x7f.1",
    "0177.0.0.1",
    "127.1",
    "127.0.0.1",
    "127.0.0.1.",
    "[::ffff:127.0.0.1]",
    "localhost",
  ])("never connects to http://%s:port", async (host) => {
    const fetch = createSafeFetch();
    await expect(fetch(`http://${host}:${internal.port}/`)).rejects.toMatchObject({ code: "ssrf_blocked" });
    await fetch.close();
  });

  it.each([
    [[v4("127.0.0.1")]],
    [[v4("10.0.0.8")]],
    [[v4("169.254.169.254")]],
    [[v6("::1")]],
    [[v6("fd00::1")]],
    [[v6("::ffff:127.0.0.1")]],
    // One public answer does not excuse a private one: ANY non-public address refuses.
    [[v4("8.8.8.8"), v4("127.0.0.1")]],
    [[v4("127.0.0.2"), v4("127.0.0.1")]],
  ])("refuses a host name that resolves to %j", async (addresses) => {
    const lookup = lookupFrom({ "evil.example": [addresses] });
    const fetch = createSafeFetch({ lookup, allowedPrivateAddresses: ["127.0.0.2"] });
    const error = await fetch(`http://evil.example:${internal.port}/`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ssrf_blocked", url: `http://evil.example:${internal.port}/` });
    expect(String(error)).toContain("evil.example");
    expect(String(error)).toMatch(/createSafeFetch\(\{ allowedPrivateAddresses: \["[0-9a-f:.]+"\] \}\)/);
    await fetch.close();
  });

  it("lets a host name with only allowed addresses through", async () => {
    const lookup = lookupFrom({ "public.example": [[v4("127.0.0.2")]] });
    const fetch = createSafeFetch({ lookup, allowedPrivateAddresses: ["127.0.0.2"] });
    expect(await (await fetch(`http://public.example:${trusted.port}/`)).text()).toBe("trusted");
    await fetch.close();
  });

  it("resolves once per connection and connects to the address it checked (DNS rebinding)", async () => {
    // A rebinding resolver: the first answer is allowed, every later one points inside.
    const lookup = lookupFrom({ "rebind.example": [[v4("127.0.0.2")], [v4("127.0.0.1")]] });
    const fetch = createSafeFetch({ lookup, allowedPrivateAddresses: ["127.0.0.2"] });
    const url = `http://rebind.example:${trusted.port}/`;
    expect(await (await fetch(url)).text()).toBe("trusted");
    expect(lookup.calls).toEqual(["rebind.example"]);
    // A new connection asks again; the answer is now internal and is refused.
    await fetch.close();
    await expect(fetch(url)).rejects.toMatchObject({ code: "ssrf_blocked" });
    expect(lookup.calls).toEqual(["rebind.example", "rebind.example"]);
    await fetch.close();
  });

  it("checks every redirect hop: an allowed host redirecting to loopback is refused", async () => {
    const fetch = createSafeFetch({ allowedPrivateAddresses: ["127.0.0.2"] });
    for (const target of [
      `http://127.0.0.1:${internal.port}/`,
      `http://2130706433:${internal.port}/`,
      `http://[::ffff:127.0.0.1]:${internal.port}/`,
      `http://localhost:${internal.port}/`,
    ]) {
      const error = await fetch(`${trusted.origin}/?to=${encodeURIComponent(target)}`).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: "ssrf_blocked" });
    }
    await fetch.close();
  });

  it("checks every redirect hop: a redirect to a host name that resolves inside is refused", async () => {
    const lookup = lookupFrom({ "internal.example": [[v4("127.0.0.1")]] });
    const fetch = createSafeFetch({ lookup, allowedPrivateAddresses: ["127.0.0.2"] });
    const target = `http://internal.example:${internal.port}/`;
    const error = await fetch(`${trusted.origin}/?to=${encodeURIComponent(target)}`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ssrf_blocked", url: target });
    await fetch.close();
  });

  it("refuses a redirect to another scheme", async () => {
    const fetch = createSafeFetch({ allowedPrivateAddresses: ["127.0.0.2"] });
    for (const target of ["file:///etc/passwd", "gopher://127.0.0.1:70/", "ftp://example.com/"]) {
      await expect(fetch(`${trusted.origin}/?to=${encodeURIComponent(target)}`)).rejects.toMatchObject({
        code: "bad_scheme",
      });
    }
    await fetch.close();
  });
});
