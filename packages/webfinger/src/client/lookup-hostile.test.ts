import { hasCode } from "@fedikit/core";
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

describe("hostile responses", () => {
  const lookup = (user: string, options = {}) =>
    lookupWebFinger(`acct:${user}@${net.authority("hostile.test")}`, {
      ...http,
      fetch: net.fetch,
      ...options,
    });

  it.each([
    ["too_large", "an oversized JRD", "huge", /larger than 1048576 bytes; raise maxBytes/],
    ["invalid_json", "invalid JSON", "notjson", /not valid UTF-8 JSON/],
    [
      "bad_content_type",
      "a wrong content type",
      "html",
      /expected application\/jrd\+json or application\/json, got "text\/html"/,
    ],
    ["invalid_json", "JSON nested too deep", "deep", /deeper than 64 levels; raise maxDepth/],
    ["invalid_response", "a JRD that breaks RFC 7033", "badjrd", /links must be an array/],
    ["invalid_json", "a body that is not UTF-8", "latin1", /not valid UTF-8/],
  ] as const)("gives %s for %s", async (code, _name, user, message) => {
    const result = await lookup(user);
    expect(result.ok || result.error.code).toBe(code);
    expect(result.ok || result.error.message).toMatch(message);
  });

  it("keeps the FetchError of a body read in its cause chain, with the code it had", async () => {
    const result = await lookup("huge", { hostMetaFallback: false });
    expect(result.ok || result.error.cause).toMatchObject({ name: "FetchError", code: "too_large" });
    const afterFallback = await lookup("huge");
    expect(afterFallback.ok || hasCode(afterFallback.error.cause, "too_large")).toBe(true);
  });

  it("honours a smaller maxBytes", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("social.test")}`, {
      ...http,
      fetch: net.fetch,
      maxBytes: 100,
    });
    expect(result.ok || result.error.message).toMatch(/larger than 100 bytes; raise maxBytes/);
  });

  it("gives ssrf_blocked for a redirect to a private address (refused by @fedikit/fetch), without trying host-meta", async () => {
    const before = net.requests.length;
    const result = await lookupWebFinger(`acct:alice@${net.authority("private.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("ssrf_blocked");
    expect(result.ok || result.error.cause).toMatchObject({ name: "FetchError", code: "ssrf_blocked" });
    expect(result.ok || hasCode(result.error, "ssrf_blocked")).toBe(true);
    expect(net.requests.length - before).toBe(1);
  });

  it("gives ssrf_blocked for a host-meta lrdd template that points at a private address", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("lrddprivate.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error).toMatchObject({
      code: "ssrf_blocked",
      url: `${net.origin("intranet.test")}/wf?resource=${encodeURIComponent(`acct:alice@${net.authority("lrddprivate.test")}`)}`,
      cause: { code: "ssrf_blocked" },
    });
    expect(net.requests.some((request) => request.host === net.authority("intranet.test"))).toBe(false);
  });

  it("gives ssrf_blocked for a redirect to a private IP literal", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("literal.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("ssrf_blocked");
  });

  it("gives ssrf_blocked for a host that resolves to a private address", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("intranet.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("ssrf_blocked");
  });

  it("gives network for a host that does not resolve", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("nowhere.test")}`, {
      ...http,
      fetch: net.fetch,
    });
    expect(result.ok || result.error.code).toBe("network");
  });
});
