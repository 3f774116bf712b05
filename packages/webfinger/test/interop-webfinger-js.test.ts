import { type LoopbackServer, serveWebHandler } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebFinger, { WebFingerError } from "webfinger.js";
import type { Jrd } from "../src/documents/jrd.js";
import { createWebFingerHandler } from "../src/server/webfinger-handler.js";

// webfinger.js (an independent client, devDependency) against our handler on loopback. It
// speaks plain http only to hosts named localhost, so the handler answers for localhost:port.

let server: LoopbackServer;
let host: string;

function aliceJrd(): Jrd {
  return {
    subject: `acct:alice@${host}`,
    aliases: [`http://${host}/users/alice`],
    properties: { "http://packetizer.com/ns/name": "Alice" },
    links: [
      { rel: "http://webfinger.net/rel/profile-page", type: "text/html", href: `http://${host}/@alice` },
      { rel: "self", type: "application/activity+json", href: `http://${host}/users/alice` },
    ],
  };
}

beforeAll(async () => {
  server = await serveWebHandler(
    createWebFingerHandler({
      findResource: (resource) =>
        resource.kind === "acct" && resource.acct.user === "alice" ? aliceJrd() : null,
    }),
    "localhost",
  );
  host = `localhost:${server.port}`;
});
afterAll(() => server.close());

const client = () =>
  new WebFinger({ tls_only: false, allow_private_addresses: true, request_timeout: 10_000 });

describe("webfinger.js as a client of createWebFingerHandler", () => {
  it("looks up an account and gets our JRD, with no content-type complaint", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const result = await client().lookup(`alice@${host}`);
      expect(result.object).toEqual(aliceJrd());
      expect(result.idx.properties.name).toBe("Alice");
      expect(result.idx.links.profile?.[0]?.href).toBe(`http://${host}/@alice`);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    expect(server.requests.at(-1)).toMatchObject({
      url: `/.well-known/webfinger?resource=acct:alice@${host}`,
      headers: { accept: "application/jrd+json, application/json" },
    });
  });

  it("finds a link by relation", async () => {
    const link = await client().lookupLink(`alice@${host}`, "profile");
    expect(link).toMatchObject({
      rel: "http://webfinger.net/rel/profile-page",
      href: `http://${host}/@alice`,
    });
  });

  it("sees a 404 for an unknown account", async () => {
    const error = await client()
      .lookup(`bob@${host}`)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebFingerError);
    expect((error as WebFingerError).status).toBe(404);
  });
});
