import { activityStreamsAccept, jrdAccept } from "@fedikit/core";
import { type LoopbackServer, startServer } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSafeFetch } from "./create-safe-fetch.js";
import { fetchActivityStreams, fetchJrd } from "./fediverse-documents.js";

const actor = {
  "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
  id: "https://example.social/users/alice",
  type: "Person",
  preferredUsername: "alice",
  inbox: "https://example.social/users/alice/inbox",
};
const jrd = {
  subject: "acct:alice@example.social",
  links: [{ rel: "self", type: "application/activity+json", href: actor.id }],
};

const routes: Record<string, [number, string | undefined, string]> = {
  "/actor": [200, "application/activity+json; charset=utf-8", JSON.stringify(actor)],
  "/actor-ld": [
    200,
    'application/ld+json; profile="https://www.w3.org/ns/activitystreams"',
    JSON.stringify(actor),
  ],
  "/html": [200, "text/html", "<html></html>"],
  "/plain-json": [200, "application/json", JSON.stringify(actor)],
  "/no-type": [200, undefined, JSON.stringify(actor)],
  "/missing": [404, "text/html", "not here"],
  "/gone": [410, "application/activity+json", "{}"],
  "/broken": [200, "application/activity+json", '{"id": "https://example.social/1",'],
  "/latin1": [200, "application/activity+json", ""],
  "/array": [200, "application/activity+json", "[1,2,3]"],
  "/deep": [200, "application/activity+json", `${'{"a":'.repeat(100)}1${"}".repeat(100)}`],
  "/big": [200, "application/activity+json", JSON.stringify({ content: "x".repeat(2 * 1024 * 1024) })],
  "/jrd": [200, "application/jrd+json", JSON.stringify(jrd)],
  "/jrd-json": [200, "application/json", JSON.stringify(jrd)],
  "/jrd-xml": [200, "application/xrd+xml", "<XRD/>"],
};

let server: LoopbackServer;
const fetch = createSafeFetch({ allowPrivateAddress: true });

beforeAll(async () => {
  server = await startServer((request, response) => {
    const route = routes[new URL(request.url, "http://x").pathname];
    if (!route) return void response.writeHead(404).end();
    const [status, type, body] = route;
    if (request.url === "/latin1") {
      response.writeHead(200, { "content-type": "application/activity+json" });
      return void response.end(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    }
    response.writeHead(status, type ? { "content-type": type } : {});
    response.end(body);
  });
});
afterAll(async () => {
  await fetch.close();
  await server.close();
});

describe("fetchActivityStreams", () => {
  it("fetches an actor with the Accept header ActivityPub requires", async () => {
    const result = await fetchActivityStreams(`${server.origin}/actor`, { fetch });
    expect(result.document).toEqual(actor);
    expect(result.url).toBe(`${server.origin}/actor`);
    expect(result.status).toBe(200);
    expect(server.requests.at(-1)?.headers.accept).toBe(activityStreamsAccept);
  });

  it("accepts application/ld+json with the ActivityStreams profile", async () => {
    expect((await fetchActivityStreams(`${server.origin}/actor-ld`, { fetch })).document).toEqual(actor);
  });

  it.each(["/html", "/plain-json", "/no-type"])("refuses %s with bad_content_type", async (path) => {
    const error = await fetchActivityStreams(`${server.origin}${path}`, { fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "bad_content_type", url: `${server.origin}${path}` });
    expect(String(error)).toContain("application/activity+json");
  });

  it("reports a non-2xx status with http_status and the status", async () => {
    await expect(fetchActivityStreams(`${server.origin}/missing`, { fetch })).rejects.toMatchObject({
      code: "http_status",
      status: 404,
    });
    await expect(fetchActivityStreams(`${server.origin}/gone`, { fetch })).rejects.toMatchObject({
      status: 410,
    });
  });

  it.each(["/broken", "/latin1", "/array", "/deep"])("refuses %s with invalid_json", async (path) => {
    await expect(fetchActivityStreams(`${server.origin}${path}`, { fetch })).rejects.toMatchObject({
      code: "invalid_json",
    });
  });

  it("applies its own size cap (1 MiB by default) and an explicit one", async () => {
    await expect(fetchActivityStreams(`${server.origin}/big`, { fetch })).rejects.toMatchObject({
      code: "too_large",
    });
    await expect(
      fetchActivityStreams(`${server.origin}/actor`, { fetch, maxBytes: 10 }),
    ).rejects.toMatchObject({
      code: "too_large",
    });
  });

  it("lets maxDepth allow deeper documents", async () => {
    const { document } = await fetchActivityStreams(`${server.origin}/deep`, { fetch, maxDepth: 101 });
    expect(document).toHaveProperty("a");
  });

  it("keeps caller headers and lets them override Accept", async () => {
    await fetchActivityStreams(`${server.origin}/actor`, {
      fetch,
      headers: { accept: "application/activity+json", "x-extra": "1" },
    });
    expect(server.requests.at(-1)?.headers).toMatchObject({
      accept: "application/activity+json",
      "x-extra": "1",
    });
  });

  it("uses the guarded default fetch when none is given", async () => {
    await expect(fetchActivityStreams(`${server.origin}/actor`)).rejects.toMatchObject({
      code: "ssrf_blocked",
    });
  });
});

describe("fetchJrd", () => {
  it.each(["/jrd", "/jrd-json"])("fetches %s", async (path) => {
    const result = await fetchJrd(`${server.origin}${path}`, { fetch });
    expect(result.document).toEqual(jrd);
    expect(server.requests.at(-1)?.headers.accept).toBe(jrdAccept);
  });

  it("refuses XRD with bad_content_type", async () => {
    await expect(fetchJrd(`${server.origin}/jrd-xml`, { fetch })).rejects.toMatchObject({
      code: "bad_content_type",
    });
  });
});
