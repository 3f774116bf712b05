import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLookupSites } from "../../test/lookup-sites.js";
import type { TestNetwork } from "../../test/network.js";
import { lookupWebFinger } from "./lookup-webfinger.js";

let net: TestNetwork;
beforeAll(async () => {
  net = await startLookupSites();
});
afterAll(() => net.close());

const http = { httpsOnly: false } as const;

describe("host-meta fallback", () => {
  it("uses the lrdd template of an XRD host-meta after a 404", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("hostmeta.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok && result.value.source).toBe("host-meta");
    expect(result.ok && result.value.url).toBe(
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
    expect(result.ok && result.value.source).toBe("host-meta");
    expect(result.ok && result.value.jrd.subject).toBe(`acct:alice@${net.authority("hostmetajson.test")}`);
  });

  it("reads a legacy XRD answer from the lrdd endpoint, with an &amp; in the template", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("legacy.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok && result.value.jrd).toEqual({
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
    expect(result.ok && result.value.source).toBe("host-meta");
  });

  it("falls back when the endpoint cannot be reached", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("unreachable.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok && result.value.source).toBe("host-meta");
  });

  it.each([
    ["", []],
    [" (asked with rel parameters)", ["self"]],
  ])("does not ask the same endpoint twice when host-meta points back at it%s", async (_name, rel) => {
    const before = net.requests.length;
    const result = await lookupWebFinger(`acct:alice@${net.authority("selfref.test")}`, {
      ...http,
      fetch: net.fetch,
      rel,
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
