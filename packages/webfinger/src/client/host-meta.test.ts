import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixed, startNetwork, type TestNetwork } from "../../test/network.js";
import { findLrddTemplate } from "../documents/lrdd-template.js";
import { createHostMetaHandler } from "../server/host-meta-handler.js";
import { lookupHostMeta } from "./host-meta.js";

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
    const result = await lookupHostMeta(net.authority("xrd.test"), { httpsOnly: false, fetch: net.fetch });
    expect(result).toEqual({
      ok: true,
      value: {
        hostMeta: {
          links: [
            { rel: "lrdd", template: `${net.origin("xrd.test")}/.well-known/webfinger?resource={uri}` },
          ],
        },
        url: `${net.origin("xrd.test")}/.well-known/host-meta`,
      },
      warnings: [],
    });
  });

  it("reads a JSON answer from /.well-known/host-meta too", async () => {
    const result = await lookupHostMeta(net.authority("jrd.test"), { httpsOnly: false, fetch: net.fetch });
    expect(findLrddTemplate(expectSuccess(result).value.hostMeta)).toBe("https://jrd.test/wf?r={uri}");
  });

  it("reads host-meta within maxHostMetaBytes (16 KiB), whatever maxBytes says, and names the option", async () => {
    const options = { httpsOnly: false, fetch: net.fetch, maxBytes: 10_000_000 };
    const refused = await lookupHostMeta(net.authority("huge.test"), options);
    expectFailure(refused, "too_large", /larger than 16384 bytes; raise maxHostMetaBytes/);
    const smaller = await lookupHostMeta(net.authority("xrd.test"), { ...options, maxHostMetaBytes: 100 });
    expectFailure(smaller, "too_large", /larger than 100 bytes; raise maxHostMetaBytes/);
    // Following the advice works.
    const raised = await lookupHostMeta(net.authority("huge.test"), {
      ...options,
      maxHostMetaBytes: 200_000,
    });
    expect(expectSuccess(raised).value.hostMeta.aliases).toHaveLength(10_000);
  });

  it("reports the host-meta failure when neither document exists", async () => {
    const result = await lookupHostMeta(net.authority("none.test"), { httpsOnly: false, fetch: net.fetch });
    expect(result.ok || result.error).toMatchObject({
      code: "not_found",
      url: `${net.origin("none.test")}/.well-known/host-meta`,
    });
    expect(net.requests.slice(-2).map((request) => request.url)).toEqual([
      "/.well-known/host-meta",
      "/.well-known/host-meta.json",
    ]);
  });

  it("gives invalid_host for a bad host, without a request", async () => {
    let called = false;
    const fetch = async () => {
      called = true;
      return new Response();
    };
    expectFailure(await lookupHostMeta("exa mple.test", { fetch }), "invalid_host");
    expect(called).toBe(false);
  });
});
