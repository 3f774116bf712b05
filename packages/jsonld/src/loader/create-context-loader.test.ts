import { createSafeFetch } from "@fedikit/fetch";
import { expectFailure, expectSuccess, startServer } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalize } from "../normalize/normalize.js";
import { createContextLoader } from "./create-context-loader.js";

const context = { "@context": { myTerm: "https://vocab.example/ns#myTerm" } };

function jsonResponse(body: unknown, url: string, init: ResponseInit = {}): Response {
  const response = new Response(JSON.stringify(body), {
    headers: { "content-type": "application/ld+json" },
    ...init,
  });
  Object.defineProperty(response, "url", { value: url });
  return response;
}

/** A fetch that serves `context` for any URL and counts its calls. */
function countingFetch(respond: (url: string) => Response = (url) => jsonResponse(context, url)) {
  const calls: string[] = [];
  const fetch = async (input: string | URL | Request) => {
    const url = String(input);
    calls.push(url);
    return respond(url);
  };
  return { fetch, calls };
}

describe("createContextLoader", () => {
  it("serves bundled contexts from memory and refuses any other by default, fetching nothing", async () => {
    const { fetch, calls } = countingFetch();
    const loader = createContextLoader({ fetch });
    const bundled = expectSuccess(await loader.load("https://www.w3.org/ns/activitystreams"));
    expect(bundled.value.source).toBe("bundled");
    const error = expectFailure(await loader.load("https://vocab.example/context"), "remote_context_blocked");
    expect(error.url).toBe("https://vocab.example/context");
    expect(calls).toEqual([]);
  });

  it("serves given contexts from memory, and refuses to let them replace a bundled one", async () => {
    const loader = createContextLoader({ contexts: new Map([["https://vocab.example/context", context]]) });
    const given = expectSuccess(await loader.load("https://vocab.example/context")).value;
    expect(given.source).toBe("given");
    expect(Object.isFrozen(given.document)).toBe(true);
    expect(() =>
      createContextLoader({ contexts: new Map([["https://www.w3.org/ns/activitystreams", context]]) }),
    ).toThrow(TypeError);
  });

  it("fetches an allowed remote context once and shares concurrent loads and later hits", async () => {
    const { fetch, calls } = countingFetch();
    const loader = createContextLoader({ allowRemoteContexts: true, fetch });
    const [a, b] = await Promise.all([
      loader.load("https://vocab.example/context"),
      loader.load("https://vocab.example/context"),
    ]);
    expect(expectSuccess(a).value.document).toEqual(context);
    expect(expectSuccess(b).value.source).toBe("remote");
    expectSuccess(await loader.load("https://vocab.example/context"));
    expect(calls).toEqual(["https://vocab.example/context"]);
  });

  it("fetches again after ttl, and remembers a failure for negativeTtl", async () => {
    const clock = { time: 0 };
    let status = 500;
    const { fetch, calls } = countingFetch((url) =>
      status === 200 ? jsonResponse(context, url) : new Response("down", { status }),
    );
    const loader = createContextLoader({
      allowRemoteContexts: true,
      fetch,
      ttl: 1_000,
      negativeTtl: 100,
      now: () => clock.time,
    });
    expectFailure(await loader.load("https://vocab.example/c"), "http_status");
    status = 200;
    expectFailure(await loader.load("https://vocab.example/c"), "http_status");
    clock.time = 100;
    expectSuccess(await loader.load("https://vocab.example/c"));
    clock.time = 1_099;
    expectSuccess(await loader.load("https://vocab.example/c"));
    clock.time = 1_100;
    expectSuccess(await loader.load("https://vocab.example/c"));
    expect(calls.length).toBe(3);
  });

  it("refuses a context served from another origin than its URL (a redirect elsewhere)", async () => {
    const { fetch } = countingFetch(() => jsonResponse(context, "https://elsewhere.example/context"));
    const loader = createContextLoader({ allowRemoteContexts: true, fetch });
    expectFailure(await loader.load("https://vocab.example/context"), "context_origin_mismatch");
  });

  it("keeps the fetch's own code: too_large past maxBytes, bad_content_type, invalid_json, network", async () => {
    const big = countingFetch((url) => jsonResponse({ "@context": { x: "y".repeat(2_000) } }, url));
    const small = createContextLoader({ allowRemoteContexts: true, fetch: big.fetch, maxBytes: 1_000 });
    expectFailure(await small.load("https://vocab.example/big"), "too_large");
    const html = countingFetch(() => new Response("<html>", { headers: { "content-type": "text/html" } }));
    expectFailure(
      await createContextLoader({ allowRemoteContexts: true, fetch: html.fetch }).load(
        "https://vocab.example/h",
      ),
      "bad_content_type",
    );
    const array = countingFetch((url) => jsonResponse([1, 2], url));
    expectFailure(
      await createContextLoader({ allowRemoteContexts: true, fetch: array.fetch }).load(
        "https://vocab.example/a",
      ),
      "invalid_json",
    );
    const broken = createContextLoader({
      allowRemoteContexts: true,
      fetch: () => Promise.reject(new Error("connection reset")),
    });
    const error = expectFailure(await broken.load("https://vocab.example/x"), "network");
    expect((error.cause as Error).message).toBe("connection reset");
  });

  it("goes through the SSRF guard by default: a loopback context URL is refused before connecting", async () => {
    const loader = createContextLoader({ allowRemoteContexts: true });
    expectFailure(await loader.load("http://127.0.0.1:9/context.jsonld"), "ssrf_blocked");
  });

  it("fails with timeout when a context takes longer than timeout", async () => {
    const hanging = (_input: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    const loader = createContextLoader({ allowRemoteContexts: true, fetch: hanging, timeout: 20 });
    expectFailure(await loader.load("https://slow.example/context"), "timeout");
  });

  it("rejects with the caller's reason when the caller aborts, without cancelling the shared load", async () => {
    const { fetch } = countingFetch();
    const loader = createContextLoader({ allowRemoteContexts: true, fetch });
    const controller = new AbortController();
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(loader.load("https://vocab.example/context", { signal: controller.signal })).rejects.toBe(
      reason,
    );
  });

  it("names a wrong option", () => {
    expect(() => createContextLoader({ maxBytes: -1 })).toThrow(/maxBytes/);
    expect(() => createContextLoader({ ttl: 1.5 })).toThrow(/ttl/);
  });
});

describe("remote contexts in a document", () => {
  const served = { "@context": { myTerm: "https://vocab.example/ns#myTerm" } };
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer((_request, response) => {
      response.setHeader("content-type", "application/ld+json");
      response.end(JSON.stringify(served));
    });
  });
  afterAll(() => server.close());

  it("loads an allowed context over a real connection and reads the document with it", async () => {
    const contextLoader = createContextLoader({
      allowRemoteContexts: true,
      fetch: createSafeFetch({ allowPrivateAddress: true }),
    });
    const document = {
      "@context": ["https://www.w3.org/ns/activitystreams", `${server.origin}/context.jsonld`],
      type: "Note",
      id: "https://a.example/notes/1",
      myTerm: "x",
    };
    const result = expectSuccess(await normalize(document, { contextLoader }));
    expect(result.value.path).toBe("full");
    expect(result.value.document["https://vocab.example/ns#myTerm"]).toBe("x");
    expect(server.requests.map((request) => request.headers.accept)).toEqual([
      "application/ld+json, application/json;q=0.9",
    ]);
  });

  it("stops at maxContexts remote contexts per document, having fetched only that many", async () => {
    const { fetch, calls } = countingFetch();
    const contextLoader = createContextLoader({ allowRemoteContexts: true, fetch });
    const document = {
      "@context": ["https://a.example/1", "https://a.example/2", "https://a.example/3"],
      type: "Note",
    };
    expectFailure(await normalize(document, { contextLoader, maxContexts: 2 }), "too_many_contexts");
    expect(calls).toEqual(["https://a.example/1", "https://a.example/2"]);
  });
});
