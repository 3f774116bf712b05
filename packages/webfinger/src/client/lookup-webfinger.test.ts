import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aliceJrd, startLookupSites } from "../../test/lookup-sites.js";
import type { TestNetwork } from "../../test/network.js";
import { lookupWebFinger } from "./lookup-webfinger.js";

let net: TestNetwork;
beforeAll(async () => {
  net = await startLookupSites();
});
afterAll(() => net.close());

const http = { httpsOnly: false } as const;

describe("lookupWebFinger against our handler over HTTP", () => {
  it("finds an account", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("social.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        jrd: aliceJrd(net.authority("social.test")),
        url: `${net.origin("social.test")}/.well-known/webfinger?resource=acct%3Aalice%40social.test%3A${net.port}`,
        source: "webfinger",
      },
      warnings: [],
    });
    expect(net.requests.at(-1)).toMatchObject({
      method: "GET",
      url: `/.well-known/webfinger?resource=acct%3Aalice%40social.test%3A${net.port}`,
      accept: "application/jrd+json, application/json",
    });
  });

  it("takes a handle and an http(s) URL as the resource", async () => {
    const byHandle = await lookupWebFinger(`@alice@Social.Test:${net.port}`, { ...http, fetch: net.fetch });
    expect(byHandle.ok && byHandle.value.jrd.subject).toBe(`acct:alice@${net.authority("social.test")}`);
    const byUrl = await lookupWebFinger(new URL(`${net.origin("social.test")}/users/alice`), {
      ...http,
      fetch: net.fetch,
    });
    expect(byUrl.ok && byUrl.value.jrd.subject).toBe(`acct:alice@${net.authority("social.test")}`);
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
    expect(result.ok && result.value.jrd.links?.map((link) => link.rel)).toEqual([
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
    expect(result.ok && result.value.jrd.links).toEqual([aliceJrd(net.authority("norel.test")).links![1]]);
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
    expect(result.ok && result.value.url).toBe(
      `${net.origin("wf.test")}/hosted.test/webfinger?resource=acct%3Aalice%40hosted.test%3A${net.port}`,
    );
    expect(result.ok && result.value.jrd.subject).toBe(`acct:alice@${net.authority("hosted.test")}`);
  });
});
