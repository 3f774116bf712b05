import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixed, startNetwork, type TestNetwork } from "../../test/network.js";
import { expandLrddTemplate, findLrddTemplate, lookupHostMeta } from "./host-meta.js";
import { createHostMetaHandler } from "../server/host-meta-handler.js";
import { WebFingerError } from "../shared/webfinger-error.js";

let net: TestNetwork;
beforeAll(async () => {
  net = await startNetwork((network) => ({
    "xrd.test": { "/.well-known/host-meta": createHostMetaHandler({ origin: network.origin("xrd.test") }) },
    "jrd.test": {
      "/.well-known/host-meta": fixed(
        200,
        { "content-type": "application/json" },
        JSON.stringify({ links: [{ rel: "lrdd", template: "https://jrd.test/wf?r={uri}" }] }),
      ),
    },
    "huge.test": {
      "/.well-known/host-meta": fixed(
        200,
        { "content-type": "application/xrd+xml" },
        `<XRD>${"<Alias>a</Alias>".repeat(10_000)}</XRD>`,
      ),
    },
    "none.test": {},
  }));
});
afterAll(() => net.close());

describe("lookupHostMeta", () => {
  it("reads an XRD host-meta and converts it to a JRD", async () => {
    const result = await lookupHostMeta(net.authority("xrd.test"), { protocol: "http:", fetch: net.fetch });
    expect(result).toEqual({
      ok: true,
      hostMeta: {
        links: [{ rel: "lrdd", template: `${net.origin("xrd.test")}/.well-known/webfinger?resource={uri}` }],
      },
      url: `${net.origin("xrd.test")}/.well-known/host-meta`,
    });
  });

  it("reads a JSON answer from /.well-known/host-meta too", async () => {
    const result = await lookupHostMeta(net.authority("jrd.test"), { protocol: "http:", fetch: net.fetch });
    expect(result.ok && findLrddTemplate(result.hostMeta)).toBe("https://jrd.test/wf?r={uri}");
  });

  it("reads an XRD within maxBytes", async () => {
    const result = await lookupHostMeta(net.authority("huge.test"), {
      protocol: "http:",
      fetch: net.fetch,
      maxBytes: 4096,
    });
    expect(result.ok || result.error).toMatchObject({
      code: "invalid_response",
      message: expect.stringMatching(/larger than 4096 bytes/),
    });
  });

  it("reports the host-meta failure when neither document exists", async () => {
    const result = await lookupHostMeta(net.authority("none.test"), { protocol: "http:", fetch: net.fetch });
    expect(result.ok || result.error).toMatchObject({
      code: "not_found",
      url: `${net.origin("none.test")}/.well-known/host-meta`,
    });
    expect(net.requests.slice(-2).map((request) => request.url)).toEqual([
      "/.well-known/host-meta",
      "/.well-known/host-meta.json",
    ]);
  });

  it("gives invalid_resource for a bad host", async () => {
    const result = await lookupHostMeta("exa mple.test");
    expect(result.ok || result.error.code).toBe("invalid_resource");
  });
});

describe("findLrddTemplate", () => {
  it("prefers a JRD-typed template, then an untyped one, then any", () => {
    const xrd = { rel: "lrdd", type: "application/xrd+xml", template: "xrd" };
    const untyped = { rel: "lrdd", template: "untyped" };
    const jrd = { rel: "lrdd", type: "application/jrd+json", template: "jrd" };
    expect(findLrddTemplate({ links: [xrd, untyped, jrd] })).toBe("jrd");
    expect(findLrddTemplate({ links: [xrd, untyped] })).toBe("untyped");
    expect(findLrddTemplate({ links: [xrd] })).toBe("xrd");
    expect(
      findLrddTemplate({
        links: [
          { rel: "lrdd", href: "no template" },
          { rel: "other", template: "x" },
        ],
      }),
    ).toBeUndefined();
  });
});

describe("expandLrddTemplate", () => {
  it("puts the percent-encoded resource in every {uri}", () => {
    expect(
      expandLrddTemplate("https://a.example/wf?resource={uri}&again={uri}", "acct:bob@a.example", "x"),
    ).toBe("https://a.example/wf?resource=acct%3Abob%40a.example&again=acct%3Abob%40a.example");
  });

  it.each(["not a url {uri}", "javascript:alert({uri})", "ftp://a.example/{uri}"])(
    "refuses %j",
    (template) => {
      expect(() =>
        expandLrddTemplate(template, "acct:bob@a.example", "https://a.example/.well-known/host-meta"),
      ).toThrow(WebFingerError);
    },
  );
});
