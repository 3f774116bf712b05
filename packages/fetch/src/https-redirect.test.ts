import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { type LoopbackServer, respondWith, startServer } from "@fedikit/test-support";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { manualTimer } from "../test/manual-timer.js";
import { createSafeFetchWith, type SafeFetch } from "./create-safe-fetch.js";
import type { HostLookup } from "./guarded-lookup.js";

// An HTTPS server for secure.example on 127.0.0.2 (allowed here as if it were public) redirects
// to a plain http: server on 127.0.0.1 that must never be reached under httpsOnly.
const data = new URL("../test/data/", import.meta.url);
const cert = readFileSync(new URL("loopback-tls.crt", data));
const key = readFileSync(new URL("loopback-tls.key", data));
const lookup: HostLookup = async () => [{ address: "127.0.0.2", family: 4 }];

let secure: Server;
let securePort: number;
let plain: LoopbackServer;
const opened: SafeFetch[] = [];

function secureFetch(httpsOnly: boolean): SafeFetch {
  const fetch = createSafeFetchWith(
    { lookup, allowedPrivateAddresses: ["127.0.0.2", "127.0.0.1"], httpsOnly },
    { startTimer: manualTimer().startTimer, tls: { ca: cert } },
  );
  opened.push(fetch);
  return fetch;
}

beforeAll(async () => {
  plain = await startServer(respondWith(200, { "content-type": "text/plain" }, "plain http"), "127.0.0.1");
  secure = createServer({ cert, key }, (request, response) => {
    const to = new URL(request.url ?? "/", "https://x").searchParams.get("to");
    if (to) response.writeHead(302, { location: to }).end();
    else response.writeHead(200, { "content-type": "text/plain" }).end("secure");
  });
  await new Promise<void>((resolve) => secure.listen(0, "127.0.0.2", resolve));
  securePort = (secure.address() as AddressInfo).port;
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((fetch) => fetch.close()));
});
afterAll(async () => {
  secure.closeAllConnections();
  await new Promise((resolve) => secure.close(resolve));
  await plain.close();
});

const redirectToPlain = () =>
  `https://secure.example:${securePort}/?to=${encodeURIComponent(`${plain.origin}/landing`)}`;

describe("a redirect from https: to http:", () => {
  it("is followed without httpsOnly (the control: the plain server is reachable)", async () => {
    const before = plain.connections;
    const response = await secureFetch(false)(redirectToPlain());
    expect(await response.text()).toBe("plain http");
    expect(plain.connections).toBe(before + 1);
  });

  it("is refused before the http: hop is requested when the instance is httpsOnly", async () => {
    const before = plain.connections;
    const fetch = secureFetch(true);
    expect(await (await fetch(`https://secure.example:${securePort}/`)).text()).toBe("secure");
    const error = await fetch(redirectToPlain()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "bad_scheme", url: `${plain.origin}/landing` });
    expect(String(error)).toContain("httpsOnly");
    expect(plain.connections).toBe(before);
  });

  it("is refused before the http: hop is requested when one call sets httpsOnly", async () => {
    const before = plain.connections;
    const error = await secureFetch(false)(redirectToPlain(), { fedikit: { httpsOnly: true } }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "bad_scheme" });
    expect(plain.connections).toBe(before);
  });
});
