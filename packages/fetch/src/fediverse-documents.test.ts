import { activityStreamsAccept, jrdAccept } from "@fedikit/core";
import { expectFailure, expectSuccess, type LoopbackServer, startServer } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSafeFetch } from "./create-safe-fetch.js";
import { fetchActivityStreams, fetchJrd } from "./fediverse-documents.js";
import { FetchError } from "./fetch-error.js";

// Two origins on loopback: "home" (127.0.0.1) and "elsewhere" (127.0.0.2, same port).
let home: LoopbackServer;
let elsewhere: LoopbackServer;
const fetch = createSafeFetch({ allowPrivateAddress: true });

function actorAt(origin: string): Record<string, unknown> {
  return {
    "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
    id: `${origin}/actor`,
    type: "Person",
    preferredUsername: "alice",
    inbox: `${origin}/actor/inbox`,
  };
}

/** What each path answers: status, Content-Type and body, given the server's own origin. */
type Route = (origin: string) => [number, string | undefined, string | Buffer];
const as = "application/activity+json";
const routes = new Map<string, Route>([
  ["/actor", (origin) => [200, "application/activity+json; charset=utf-8", JSON.stringify(actorAt(origin))]],
  [
    "/actor-ld",
    (origin) => [
      200,
      'application/ld+json; profile="https://www.w3.org/ns/activitystreams"',
      JSON.stringify(actorAt(origin)),
    ],
  ],
  ["/no-id", () => [200, as, JSON.stringify({ type: "OrderedCollectionPage", orderedItems: [] })]],
  ["/null-id", () => [200, as, JSON.stringify({ id: null, type: "Note" })]],
  ["/foreign-id", () => [200, as, JSON.stringify({ ...actorAt("https://victim.example"), type: "Person" })]],
  ["/home-id", () => [200, as, JSON.stringify(actorAt(home.origin))]],
  ["/relative-id", () => [200, as, JSON.stringify({ id: "/actor", type: "Person" })]],
  ["/number-id", () => [200, as, JSON.stringify({ id: 42, type: "Person" })]],
  ["/list-id", (origin) => [200, as, JSON.stringify({ id: [`${origin}/actor`], type: "Person" })]],
  [
    "/inherited-id",
    (origin) => [200, as, `{"__proto__": {"id": "https://victim.example/actor"}, "name": "${origin}"}`],
  ],
  ["/html", () => [200, "text/html", "<html></html>"]],
  ["/plain-json", (origin) => [200, "application/json", JSON.stringify(actorAt(origin))]],
  ["/no-type", (origin) => [200, undefined, JSON.stringify(actorAt(origin))]],
  ["/long-type", () => [200, `text/html; x=${"y".repeat(5000)}`, "<html></html>"]],
  ["/missing", () => [404, "text/html", "not here"]],
  ["/gone", () => [410, as, "{}"]],
  ["/broken", () => [200, as, '{"id": "https://example.social/1",']],
  ["/latin1", () => [200, as, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])]],
  ["/array", () => [200, as, "[1,2,3]"]],
  ["/deep", () => [200, as, `${'{"a":'.repeat(100)}1${"}".repeat(100)}`]],
  ["/big", () => [200, as, JSON.stringify({ content: "x".repeat(2 * 1024 * 1024) })]],
  ["/jrd", (origin) => [200, "application/jrd+json", JSON.stringify(jrdAt(origin))]],
  ["/jrd-json", (origin) => [200, "application/json", JSON.stringify(jrdAt(origin))]],
  ["/jrd-xml", () => [200, "application/xrd+xml", "<XRD/>"]],
]);

function jrdAt(origin: string): Record<string, unknown> {
  return {
    subject: "acct:alice@example.social",
    links: [{ rel: "self", type: "application/activity+json", href: `${origin}/actor` }],
  };
}

async function serve(host: string, port = 0): Promise<LoopbackServer> {
  const server: LoopbackServer = await startServer(
    (request, response) => {
      const url = new URL(request.url, "http://x");
      const to = url.searchParams.get("to");
      if (to) return void response.writeHead(302, { location: to }).end();
      if (url.pathname === "/never-answers") return;
      const route = routes.get(url.pathname);
      if (!route) return void response.writeHead(404).end();
      const [status, type, body] = route(server.origin);
      response.writeHead(status, type ? { "content-type": type } : {});
      response.end(body);
    },
    host,
    port,
  );
  return server;
}

beforeAll(async () => {
  home = await serve("127.0.0.1");
  elsewhere = await serve("127.0.0.2", home.port);
});
afterAll(async () => {
  await fetch.close();
  await home.close();
  await elsewhere.close();
});

describe("fetchActivityStreams", () => {
  it("fetches an actor with the Accept header ActivityPub requires", async () => {
    const { value } = expectSuccess(await fetchActivityStreams(`${home.origin}/actor`, { fetch }));
    expect(value.document).toEqual(actorAt(home.origin));
    expect(value.url).toBe(`${home.origin}/actor`);
    expect(value.status).toBe(200);
    expect(home.requests.at(-1)?.headers.accept).toBe(activityStreamsAccept);
  });

  it("accepts application/ld+json with the ActivityStreams profile", async () => {
    const { value } = expectSuccess(await fetchActivityStreams(`${home.origin}/actor-ld`, { fetch }));
    expect(value.document).toEqual(actorAt(home.origin));
  });

  it.each(["/html", "/plain-json", "/no-type"])("refuses %s with bad_content_type", async (path) => {
    const error = expectFailure(
      await fetchActivityStreams(`${home.origin}${path}`, { fetch }),
      "bad_content_type",
      "application/activity+json",
    );
    expect(error.url).toBe(`${home.origin}${path}`);
  });

  it("quotes a long Content-Type shortened", async () => {
    const error = expectFailure(
      await fetchActivityStreams(`${home.origin}/long-type`, { fetch }),
      "bad_content_type",
    );
    expect(error.message).toContain("more characters");
    expect(error.message.length).toBeLessThan(500);
  });

  it("reports a non-2xx status with http_status and the status", async () => {
    expect(
      expectFailure(await fetchActivityStreams(`${home.origin}/missing`, { fetch }), "http_status").status,
    ).toBe(404);
    expect(
      expectFailure(await fetchActivityStreams(`${home.origin}/gone`, { fetch }), "http_status").status,
    ).toBe(410);
  });

  it.each(["/broken", "/latin1", "/array", "/deep"])("refuses %s with invalid_json", async (path) => {
    expectFailure(await fetchActivityStreams(`${home.origin}${path}`, { fetch }), "invalid_json");
  });

  it("applies its own size cap (1 MiB by default) and an explicit one", async () => {
    expectFailure(await fetchActivityStreams(`${home.origin}/big`, { fetch }), "too_large");
    expectFailure(
      await fetchActivityStreams(`${home.origin}/actor`, { fetch, maxBytes: 10 }),
      "too_large",
      "raise maxBytes",
    );
  });

  it("lets maxDepth allow deeper documents", async () => {
    const { value } = expectSuccess(
      await fetchActivityStreams(`${home.origin}/deep`, { fetch, maxDepth: 101 }),
    );
    expect(value.document).toHaveProperty("a");
  });

  it("keeps caller headers and lets them override Accept", async () => {
    await fetchActivityStreams(`${home.origin}/actor`, {
      fetch,
      headers: { accept: "application/activity+json", "x-extra": "1" },
    });
    expect(home.requests.at(-1)?.headers).toMatchObject({
      accept: "application/activity+json",
      "x-extra": "1",
    });
  });

  it("uses the guarded default fetch when none is given, and returns its refusal", async () => {
    const error = expectFailure(await fetchActivityStreams(`${home.origin}/actor`), "ssrf_blocked");
    expect(error).toBeInstanceOf(FetchError);
  });

  it("turns what another fetch throws into a network failure that keeps it as cause", async () => {
    const thrown = new TypeError("fetch failed");
    const error = expectFailure(
      await fetchActivityStreams("https://example.social/actor", {
        fetch: () => Promise.reject(thrown),
      }),
      "network",
    );
    expect(error.cause).toBe(thrown);
  });

  it("rejects with the caller's abort reason, before and during the request", async () => {
    const before = new AbortController();
    const early = new Error("aborted before");
    before.abort(early);
    await expect(fetchActivityStreams(`${home.origin}/actor`, { fetch, signal: before.signal })).rejects.toBe(
      early,
    );

    const during = new AbortController();
    const late = new Error("aborted during");
    const pending = fetchActivityStreams(`${home.origin}/never-answers`, { fetch, signal: during.signal });
    while (home.requests.at(-1)?.url !== "/never-answers")
      await new Promise((resolve) => setImmediate(resolve));
    during.abort(late);
    await expect(pending).rejects.toBe(late);
  });
});

describe("fetchActivityStreams: a document speaks only for its own origin", () => {
  it("accepts an id of the origin it was served from", async () => {
    const { value } = expectSuccess(await fetchActivityStreams(`${elsewhere.origin}/actor`, { fetch }));
    expect(value.document.id).toBe(`${elsewhere.origin}/actor`);
  });

  it("accepts a document without an id, or with a null one", async () => {
    expectSuccess(await fetchActivityStreams(`${home.origin}/no-id`, { fetch }));
    expectSuccess(await fetchActivityStreams(`${home.origin}/null-id`, { fetch }));
  });

  it("refuses an id on another origin with origin_mismatch, quoting the id", async () => {
    const error = expectFailure(
      await fetchActivityStreams(`${home.origin}/foreign-id`, { fetch }),
      "origin_mismatch",
      "https://victim.example/actor",
    );
    expect(error.url).toBe(`${home.origin}/foreign-id`);
  });

  it("judges by the final URL: a redirect elsewhere cannot speak for the first origin", async () => {
    // An open redirect on home leads to a document on elsewhere that claims an id on home.
    const url = `${home.origin}/?to=${encodeURIComponent(`${elsewhere.origin}/home-id`)}`;
    const error = expectFailure(await fetchActivityStreams(url, { fetch }), "origin_mismatch");
    expect(error.url).toBe(`${elsewhere.origin}/home-id`);
    // The same redirect to a document that claims its own origin is fine.
    const own = `${home.origin}/?to=${encodeURIComponent(`${elsewhere.origin}/actor`)}`;
    expect(expectSuccess(await fetchActivityStreams(own, { fetch })).value.url).toBe(
      `${elsewhere.origin}/actor`,
    );
  });

  it("treats another host on the same port as another origin", async () => {
    // elsewhere (127.0.0.2) serving an id of home (127.0.0.1).
    expectFailure(await fetchActivityStreams(`${elsewhere.origin}/home-id`, { fetch }), "origin_mismatch");
  });

  it.each(["/relative-id", "/number-id", "/list-id"])(
    "refuses %s: an id that is not an absolute URL string",
    async (path) => {
      expectFailure(await fetchActivityStreams(`${home.origin}${path}`, { fetch }), "origin_mismatch");
    },
  );

  it("reads only the document's own id, not one under __proto__", async () => {
    const { value } = expectSuccess(await fetchActivityStreams(`${home.origin}/inherited-id`, { fetch }));
    expect(Object.hasOwn(value.document, "id")).toBe(false);
  });
});

describe("fetchJrd", () => {
  it.each(["/jrd", "/jrd-json"])("fetches %s", async (path) => {
    const { value } = expectSuccess(await fetchJrd(`${home.origin}${path}`, { fetch }));
    expect(value.document).toEqual(jrdAt(home.origin));
    expect(home.requests.at(-1)?.headers.accept).toBe(jrdAccept);
  });

  it("refuses XRD with bad_content_type", async () => {
    expectFailure(await fetchJrd(`${home.origin}/jrd-xml`, { fetch }), "bad_content_type");
  });

  it("does not apply the id rule (a JRD has a subject, which webfinger checks)", async () => {
    const url = `${home.origin}/?to=${encodeURIComponent(`${elsewhere.origin}/jrd`)}`;
    expectSuccess(await fetchJrd(url, { fetch }));
  });
});
