import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixed, json, redirect, startNetwork, type TestNetwork } from "../test/network.js";
import { serve, type TestServer } from "../test/serve.js";
import { requestTarget, vectors } from "../test/vectors.js";
import { createHostMetaHandler, createHostMetaJsonHandler } from "./host-meta-handler.js";
import type { Jrd } from "./jrd.js";
import { lookupWebFinger } from "./lookup.js";
import { createWebFingerHandler } from "./webfinger-handler.js";

let net: TestNetwork;

function aliceJrd(authority: string): Jrd {
  return {
    subject: `acct:alice@${authority}`,
    aliases: [`http://${authority}/@alice`, `http://${authority}/users/alice`],
    links: [
      { rel: "http://webfinger.net/rel/profile-page", type: "text/html", href: `http://${authority}/@alice` },
      { rel: "self", type: "application/activity+json", href: `http://${authority}/users/alice` },
      {
        rel: "http://ostatus.org/schema/1.0/subscribe",
        template: `http://${authority}/authorize_interaction?uri={uri}`,
      },
    ],
  };
}

/** A site's WebFinger handler that knows alice (and a deleted account). */
function webFingerOf(authority: string) {
  return createWebFingerHandler({
    resolve(resource) {
      if (resource.kind === "url")
        return resource.url.href === `http://${authority}/users/alice` ? aliceJrd(authority) : null;
      if (resource.acct.user === "deleted") return "gone";
      return resource.acct.user === "alice" ? aliceJrd(authority) : null;
    },
  });
}

const xrdHeaders = { "content-type": "application/xrd+xml" };
const bomb = `<?xml version="1.0"?><!DOCTYPE XRD [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><XRD><Link rel="lrdd" template="&c;{uri}"/></XRD>`;

function hostile(request: Request): Response {
  const resource = new URL(request.url).searchParams.get("resource") ?? "";
  const user = resource.slice(5, resource.indexOf("@"));
  switch (user) {
    case "huge":
      return json(
        { subject: resource, aliases: Array(40_000).fill("https://hostile.example/aaaaaaaaaaaaaaaa") },
        "application/jrd+json",
      )(request) as Response;
    case "notjson":
      return fixed(
        200,
        { "content-type": "application/jrd+json" },
        "{ subject: 'acct:x' ",
      )(request) as Response;
    case "html":
      return fixed(200, { "content-type": "text/html" }, "<html>login first</html>")(request) as Response;
    case "untyped":
      return fixed(
        200,
        {},
        new TextEncoder().encode(JSON.stringify({ subject: resource })),
      )(request) as Response;
    case "deep":
      return fixed(
        200,
        { "content-type": "application/json" },
        `{"links":${"[".repeat(200)}${"]".repeat(200)}}`,
      )(request) as Response;
    case "badjrd":
      return json({ subject: resource, links: { rel: "self" } }, "application/jrd+json")(request) as Response;
    case "latin1":
      return fixed(
        200,
        { "content-type": "application/jrd+json" },
        new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
      )(request) as Response;
    default:
      return new Response(null, { status: 404 });
  }
}

beforeAll(async () => {
  net = await startNetwork(
    (network) => {
      const a = network.authority;
      const o = network.origin;
      return {
        "social.test": { "/.well-known/webfinger": webFingerOf(a("social.test")) },
        "norel.test": { "/.well-known/webfinger": json(aliceJrd(a("norel.test")), "application/jrd+json") },
        "hostmeta.test": {
          "/.well-known/host-meta": createHostMetaHandler({
            origin: o("hostmeta.test"),
            webFingerPath: "/wf",
          }),
          "/wf": webFingerOf(a("hostmeta.test")),
        },
        "hostmetajson.test": {
          "/.well-known/host-meta.json": createHostMetaJsonHandler({
            origin: o("hostmetajson.test"),
            webFingerPath: "/wf",
          }),
          "/wf": webFingerOf(a("hostmetajson.test")),
        },
        "legacy.test": {
          "/.well-known/host-meta": fixed(
            200,
            xrdHeaders,
            `<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"><Link rel="lrdd" type="application/xrd+xml" template="${o("legacy.test")}/xrd?q={uri}&amp;v=1"/></XRD>`,
          ),
          "/xrd": (request) => {
            const resource = new URL(request.url).searchParams.get("q");
            return fixed(
              200,
              xrdHeaders,
              `<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"><Subject>${resource}</Subject><Link rel="self" type="application/activity+json" href="${o("legacy.test")}/users/alice"/></XRD>`,
            )(request);
          },
        },
        "html.test": {
          "/.well-known/webfinger": fixed(
            200,
            { "content-type": "text/html" },
            "<!doctype html><p>Welcome!</p>",
          ),
          "/.well-known/host-meta": createHostMetaHandler({ origin: o("html.test"), webFingerPath: "/wf" }),
          "/wf": webFingerOf(a("html.test")),
        },
        "selfref.test": {
          "/.well-known/host-meta": createHostMetaHandler({ origin: o("selfref.test") }),
        },
        "hosted.test": {
          "/.well-known/webfinger": (request) =>
            redirect(`${o("wf.test")}/hosted.test/webfinger${new URL(request.url).search}`)(request),
        },
        "wf.test": { "/hosted.test/webfinger": webFingerOf(a("hosted.test")) },
        "unreachable.test": {
          "/.well-known/webfinger": redirect(`${o("nowhere.test")}/.well-known/webfinger`),
          "/.well-known/host-meta": createHostMetaHandler({
            origin: o("unreachable.test"),
            webFingerPath: "/wf",
          }),
          "/wf": webFingerOf(a("unreachable.test")),
        },
        "private.test": {
          "/.well-known/webfinger": redirect(`${o("intranet.test")}/.well-known/webfinger`),
          "/.well-known/host-meta": createHostMetaHandler({
            origin: o("private.test"),
            webFingerPath: "/wf",
          }),
          "/wf": webFingerOf(a("private.test")),
        },
        "literal.test": {
          "/.well-known/webfinger": redirect(`http://127.0.0.3:${network.port}/.well-known/webfinger`),
        },
        "bomb.test": { "/.well-known/host-meta": fixed(200, xrdHeaders, bomb) },
        "hostile.test": { "/.well-known/webfinger": hostile },
        "broken.test": {
          "/.well-known/webfinger": fixed(502, { "content-type": "text/html" }, "Bad Gateway"),
        },
      };
    },
    { "intranet.test": "127.0.0.2" },
  );
});
afterAll(() => net.close());

const http = { protocol: "http:" } as const;

describe("lookupWebFinger against our handler over HTTP", () => {
  it("finds an account", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("social.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result).toEqual({
      ok: true,
      jrd: aliceJrd(net.authority("social.test")),
      url: `${net.origin("social.test")}/.well-known/webfinger?resource=acct%3Aalice%40social.test%3A${net.port}`,
      source: "webfinger",
    });
    expect(net.requests.at(-1)).toMatchObject({
      method: "GET",
      url: `/.well-known/webfinger?resource=acct%3Aalice%40social.test%3A${net.port}`,
      accept: "application/jrd+json, application/json",
    });
  });

  it("takes a handle and an http(s) URL as the resource", async () => {
    const byHandle = await lookupWebFinger(`@alice@Social.Test:${net.port}`, { ...http, fetch: net.fetch });
    expect(byHandle.ok && byHandle.jrd.subject).toBe(`acct:alice@${net.authority("social.test")}`);
    const byUrl = await lookupWebFinger(new URL(`${net.origin("social.test")}/users/alice`), {
      ...http,
      fetch: net.fetch,
    });
    expect(byUrl.ok && byUrl.jrd.subject).toBe(`acct:alice@${net.authority("social.test")}`);
    expect(net.requests.at(-1)?.url).toContain(
      `resource=${encodeURIComponent(`${net.origin("social.test")}/users/alice`)}`,
    );
  });

  it("sends one rel parameter per relation and gets only those links", async () => {
    const rels = ["self", "http://webfinger.net/rel/profile-page"];
    const result = await lookupWebFinger(`acct:alice@${net.authority("social.test")}`, {
      ...http,
      fetch: net.fetch,
      rel: rels,
    });
    expect(net.requests.at(-1)?.url).toMatch(
      /&rel=self&rel=http%3A%2F%2Fwebfinger\.net%2Frel%2Fprofile-page$/,
    );
    expect(result.ok && result.jrd.links?.map((link) => link.rel)).toEqual([
      "http://webfinger.net/rel/profile-page",
      "self",
    ]);
  });

  it("filters links itself when the server ignores rel", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("norel.test")}`, {
      ...http,
      fetch: net.fetch,
      rel: "self",
    });
    expect(result.ok && result.jrd.links).toEqual([aliceJrd(net.authority("norel.test")).links![1]]);
  });

  it("tells not found (404) and gone (410) apart", async () => {
    const missing = await lookupWebFinger(`acct:bob@${net.authority("social.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(missing.ok || missing.error).toMatchObject({ code: "not_found", status: 404 });
    const gone = await lookupWebFinger(`acct:deleted@${net.authority("social.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(gone.ok || gone.error).toMatchObject({ code: "gone", status: 410 });
    expect(net.requests.at(-1)?.url).toContain("/.well-known/webfinger?"); // no host-meta after a 410
  });

  it("reports other statuses as http_status, without a host-meta detour", async () => {
    const before = net.requests.length;
    const result = await lookupWebFinger(`acct:alice@${net.authority("broken.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error).toMatchObject({ code: "http_status", status: 502 });
    expect(net.requests.length - before).toBe(1);
  });

  it("follows a hosted-WebFinger redirect (RFC 7033 section 7)", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("hosted.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok && result.url).toBe(
      `${net.origin("wf.test")}/hosted.test/webfinger?resource=acct%3Aalice%40hosted.test%3A${net.port}`,
    );
    expect(result.ok && result.jrd.subject).toBe(`acct:alice@${net.authority("hosted.test")}`);
  });
});

describe("host-meta fallback", () => {
  it("uses the lrdd template of an XRD host-meta after a 404", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("hostmeta.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok && result.source).toBe("host-meta");
    expect(result.ok && result.url).toBe(
      `${net.origin("hostmeta.test")}/wf?resource=acct%3Aalice%40hostmeta.test%3A${net.port}`,
    );
    const hostMetaRequest = net.requests.find(
      (request) =>
        request.host === net.authority("hostmeta.test") && request.url === "/.well-known/host-meta",
    );
    expect(hostMetaRequest?.accept).toMatch(/^application\/xrd\+xml/);
  });

  it("falls back to host-meta.json when host-meta is missing", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("hostmetajson.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok && result.source).toBe("host-meta");
    expect(result.ok && result.jrd.subject).toBe(`acct:alice@${net.authority("hostmetajson.test")}`);
  });

  it("reads a legacy XRD answer from the lrdd endpoint, with an &amp; in the template", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("legacy.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok && result.jrd).toEqual({
      subject: `acct:alice@${net.authority("legacy.test")}`,
      links: [
        { rel: "self", type: "application/activity+json", href: `${net.origin("legacy.test")}/users/alice` },
      ],
    });
    expect(net.requests.at(-1)?.url).toBe(`/xrd?q=acct%3Aalice%40legacy.test%3A${net.port}&v=1`);
  });

  it("falls back when the endpoint answers something that is not a JRD", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("html.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok && result.source).toBe("host-meta");
  });

  it("falls back when the endpoint cannot be reached", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("unreachable.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok && result.source).toBe("host-meta");
  });

  it("does not ask the same endpoint twice when host-meta points back at it", async () => {
    const before = net.requests.length;
    const result = await lookupWebFinger(`acct:alice@${net.authority("selfref.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("not_found");
    expect(net.requests.slice(before).map((request) => request.url.split("?")[0])).toEqual([
      "/.well-known/webfinger",
      "/.well-known/host-meta",
    ]);
  });

  it("keeps the endpoint's failure, with the fallback's, when host-meta does not help", async () => {
    const result = await lookupWebFinger(`acct:nobody@${net.authority("hostile.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("not_found");
    expect(result.ok || result.error.message).toMatch(/host-meta fallback did not help either/);
  });

  it("refuses a host-meta entity bomb with a typed failure", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("bomb.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("not_found");
    expect(result.ok || result.error.message).toMatch(/DOCTYPE/);
  });

  it("is skipped with hostMetaFallback: false", async () => {
    const before = net.requests.length;
    const result = await lookupWebFinger(`acct:alice@${net.authority("hostmeta.test")}`, {
      ...http,
      fetch: net.fetch,
      hostMetaFallback: false,
    });
    expect(result.ok || result.error.code).toBe("not_found");
    expect(net.requests.length - before).toBe(1);
  });
});

describe("hostile responses", () => {
  const lookup = (user: string, options = {}) =>
    lookupWebFinger(`acct:${user}@${net.authority("hostile.test")}`, {
      ...http,
      fetch: net.fetch,
      ...options,
    });

  it.each([
    ["an oversized JRD", "huge", /larger than 1048576 bytes/],
    ["invalid JSON", "notjson", /not valid UTF-8 JSON/],
    [
      "a wrong content type",
      "html",
      /expected application\/jrd\+json or application\/json, got "text\/html"/,
    ],
    ["no content type", "untyped", /got no Content-Type/],
    ["JSON nested too deep", "deep", /deeper than 64 levels/],
    ["a JRD that breaks RFC 7033", "badjrd", /links must be an array/],
    ["a body that is not UTF-8", "latin1", /not valid UTF-8/],
  ])("gives invalid_response for %s", async (_name, user, message) => {
    const result = await lookup(user);
    expect(result.ok || result.error.code).toBe("invalid_response");
    expect(result.ok || result.error.message).toMatch(message);
  });

  it("honours a smaller maxBytes", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("social.test")}`, {
      ...http,
      fetch: net.fetch,
      maxBytes: 100,
    });
    expect(result.ok || result.error.message).toMatch(/larger than 100 bytes/);
  });

  it("gives blocked for a redirect to a private address (refused by @fedikit/fetch), without trying host-meta", async () => {
    const before = net.requests.length;
    const result = await lookupWebFinger(`acct:alice@${net.authority("private.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("blocked");
    expect(result.ok || result.error.cause).toMatchObject({ code: "ssrf_blocked" });
    expect(net.requests.length - before).toBe(1);
  });

  it("gives blocked for a redirect to a private IP literal", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("literal.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("blocked");
  });

  it("gives blocked for a host that resolves to a private address", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("intranet.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("blocked");
  });

  it("gives network for a host that does not resolve", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("nowhere.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("network");
  });
});

describe("lookupWebFinger with other fetch functions", () => {
  let plain: TestServer;
  beforeAll(async () => {
    plain = await serve(webFingerOf(`127.0.0.1`));
  });
  afterAll(() => plain.close());

  it("works with Node's built-in fetch", async () => {
    const result = await lookupWebFinger(`acct:alice@127.0.0.1:${plain.port}`, {
      ...http,
      fetch: globalThis.fetch,
    });
    expect(result.ok && result.jrd.subject).toBe("acct:alice@127.0.0.1");
  });

  it("queries over https by default", async () => {
    const asked: string[] = [];
    const result = await lookupWebFinger("@alice@example.social", {
      fetch: async (input) => {
        asked.push(String(input));
        return new Response(JSON.stringify({ subject: "acct:alice@example.social" }), {
          headers: { "content-type": "application/jrd+json; charset=utf-8" },
        });
      },
    });
    expect(asked).toEqual([
      "https://example.social/.well-known/webfinger?resource=acct%3Aalice%40example.social",
    ]);
    expect(result).toMatchObject({ ok: true, url: asked[0], jrd: { subject: "acct:alice@example.social" } });
  });

  it("refuses a redirect to plain http when https is required (RFC 7033 section 4.2)", async () => {
    const result = await lookupWebFinger("acct:alice@example.social", {
      hostMetaFallback: false,
      fetch: async () => {
        const response = new Response("{}", { headers: { "content-type": "application/jrd+json" } });
        Object.defineProperty(response, "url", {
          value: "http://example.social/.well-known/webfinger?resource=x",
        });
        return response;
      },
    });
    expect(result.ok || result.error.code).toBe("blocked");
  });

  it("reads a fetch's oversized body within maxBytes, even without Content-Length", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode(`{"subject":"${"a".repeat(60_000)}`));
      },
    });
    const result = await lookupWebFinger("acct:alice@example.social", {
      hostMetaFallback: false,
      fetch: async () => new Response(endless, { headers: { "content-type": "application/jrd+json" } }),
    });
    expect(result.ok || result.error.code).toBe("invalid_response");
    expect(pulled).toBeLessThan(40);
  });

  it("turns any error a fetch throws into a network failure", async () => {
    const result = await lookupWebFinger("acct:alice@example.social", {
      hostMetaFallback: false,
      fetch: async () => {
        throw new TypeError("fetch failed");
      },
    });
    expect(result.ok || result.error).toMatchObject({
      code: "network",
      message: expect.stringContaining("fetch failed"),
    });
  });

  it("rejects with the abort reason when the caller aborts", async () => {
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    const pending = lookupWebFinger("acct:alice@example.social", {
      signal: controller.signal,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
        ),
    });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});

describe("RFC 7033 requests (webfinger.json): the client asks exactly what the RFC shows", () => {
  /** A fetch that records what it is asked and answers a JRD. */
  function recorder(jrd: unknown = {}) {
    const asked: string[] = [];
    const fetch = async (input: string | URL | Request) => {
      asked.push(String(input));
      return new Response(JSON.stringify(jrd), { headers: { "content-type": "application/jrd+json" } });
    };
    return { asked, fetch };
  }
  const rfc = vectors.rfc7033;

  it.each([
    [
      "3.1",
      "acct:carol@example.com",
      ["http://openid.net/specs/connect/1.0/issuer"],
      rfc["3.1_openid_connect"],
    ],
    ["3.2", "http://blog.example.com/article/id/314", [], rfc["3.2_web_page_metadata"]],
    [
      "4.3",
      "acct:bob@example.com",
      ["http://webfinger.example/rel/profile-page", "http://webfinger.example/rel/businesscard"],
      rfc["4.3_rel_filter"],
    ],
  ])("section %s", async (_section, resource, rel, example) => {
    const { asked, fetch } = recorder(example.jrd);
    const result = await lookupWebFinger(resource, { fetch, rel });
    const { target, host } = requestTarget(example.request);
    expect(asked).toEqual([`https://${host}${target}`]);
    expect(result.ok && result.jrd).toEqual(example.jrd);
  });

  it("section 7: a hosted WebFinger redirect to https is followed", async () => {
    const { target, host } = requestTarget(rfc["7_hosted_redirect"].request);
    const location = rfc["7_hosted_redirect"].response.match(/^Location: (.*)$/m)![1]!;
    const asked: string[] = [];
    const result = await lookupWebFinger("acct:alice@example.com", {
      // What a fetch that follows redirects hands back: the final response, with its URL.
      fetch: async (input) => {
        asked.push(String(input));
        const response = new Response(JSON.stringify({ subject: "acct:alice@example.com" }), {
          headers: { "content-type": "application/jrd+json" },
        });
        Object.defineProperty(response, "url", { value: location });
        return response;
      },
    });
    expect(asked).toEqual([`https://${host}${target}`]);
    expect(result).toMatchObject({ ok: true, url: location, source: "webfinger" });
  });

  it("percent-encodes resources and rels as RFC 7033 section 4.1 does", async () => {
    for (const { value, rfc_encoded } of rfc.percent_encoding_checks_node) {
      const { asked, fetch } = recorder();
      await lookupWebFinger("acct:carol@example.com", { fetch, rel: value, hostMetaFallback: false });
      expect(new URL(asked[0]!).search).toContain(`&rel=${rfc_encoded}`);
    }
  });
});

describe("bad input", () => {
  it.each([
    ["nobody", /needs a host/],
    ["acct:alice", /needs user@host/],
    ["mailto:alice@example.social", /Cannot tell which server to ask/],
    ["https://", /not a valid URL/],
    ["@alice@exa mple.social", /host/],
  ])("%j gives invalid_resource without a request", async (resource, message) => {
    let called = false;
    const result = await lookupWebFinger(resource, {
      fetch: async () => {
        called = true;
        return new Response();
      },
    });
    expect(result.ok || result.error.code).toBe("invalid_resource");
    expect(result.ok || result.error.message).toMatch(message);
    expect(called).toBe(false);
  });

  it("throws a TypeError for invalid options (a programmer error)", async () => {
    await expect(lookupWebFinger("acct:a@b.example", { maxBytes: 0 })).rejects.toThrow(TypeError);
    await expect(lookupWebFinger("acct:a@b.example", { protocol: "ftp:" as never })).rejects.toThrow(
      TypeError,
    );
  });
});
