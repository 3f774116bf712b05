import { expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { findLrddTemplate } from "../documents/lrdd-template.js";
import { parseJrd } from "../documents/parse-jrd.js";
import { parseXrd } from "../documents/xrd.js";
import { createHostMetaHandler, createHostMetaJsonHandler } from "./host-meta-handler.js";

const template = "https://example.social/.well-known/webfinger?resource={uri}";
const hostMeta = createHostMetaHandler({ origin: "https://example.social" });
const hostMetaJson = createHostMetaJsonHandler({ origin: new URL("https://example.social") });

function get(
  handler: typeof hostMeta,
  init: RequestInit = {},
  path = "/.well-known/host-meta",
): Promise<Response> {
  return handler(new Request(`http://internal:8080${path}`, init));
}

describe("createHostMetaHandler", () => {
  it("answers an XRD whose lrdd template points at the WebFinger endpoint of the public origin", async () => {
    const response = await get(hostMeta);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xrd+xml; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("vary")).toBe("Accept");
    const text = await response.text();
    expect(text).toContain('xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"');
    expect(findLrddTemplate(expectSuccess(parseXrd(text)).value)).toBe(template);
  });

  it("answers the JRD form when Accept prefers JSON, XRD when XML wins or ties", async () => {
    for (const [accept, type] of [
      ["application/json", "application/jrd+json"],
      ["application/jrd+json, application/xrd+xml;q=0.5", "application/jrd+json"],
      ["application/xrd+xml, application/xml, text/xml", "application/xrd+xml; charset=utf-8"],
      ["application/json, application/xml", "application/xrd+xml; charset=utf-8"],
      ["*/*", "application/xrd+xml; charset=utf-8"],
    ] as const) {
      const response = await get(hostMeta, { headers: { accept } });
      expect(response.headers.get("content-type"), accept).toBe(type);
      if (type === "application/jrd+json")
        expect(findLrddTemplate(expectSuccess(parseJrd(await response.json())).value)).toBe(template);
    }
  });

  it("adds resource to a path that has a query of its own, and escapes the template for XML", async () => {
    const handler = createHostMetaHandler({
      origin: "https://example.social",
      webFingerPath: "/index.php?route=webfinger&x=1",
    });
    const text = await (await get(handler)).text();
    expect(text).toContain(
      'template="https://example.social/index.php?route=webfinger&amp;x=1&amp;resource={uri}"',
    );
    const parsed = findLrddTemplate(expectSuccess(parseXrd(text)).value);
    expect(parsed).toBe("https://example.social/index.php?route=webfinger&x=1&resource={uri}");
    expect(new URL(parsed!).searchParams.get("resource")).toBe("{uri}");
  });

  it("answers HEAD, OPTIONS and 405 like the WebFinger handler", async () => {
    const head = await get(hostMeta, { method: "HEAD" });
    expect(head.body).toBeNull();
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
    expect((await get(hostMeta, { method: "OPTIONS" })).status).toBe(204);
    expect((await get(hostMeta, { method: "DELETE" })).status).toBe(405);
  });

  it("sends Cache-Control when asked to", async () => {
    const handler = createHostMetaHandler({
      origin: "https://example.social",
      cacheControl: "max-age=86400",
    });
    expect((await get(handler)).headers.get("cache-control")).toBe("max-age=86400");
  });

  it.each([
    [{ origin: "ftp://example.social" }],
    [{ origin: "https://example.social/sub/" }],
    [{ origin: "https://example.social", webFingerPath: "webfinger" }],
    [{ origin: "https://example.social", webFingerPath: "/wf#x" }],
    [{ origin: "not a url" }],
  ])("refuses to be created with %j", (options) => {
    expect(() => createHostMetaHandler(options)).toThrow(TypeError);
  });
});

describe("createHostMetaJsonHandler", () => {
  it("answers host-meta.json as application/json", async () => {
    const response = await get(hostMetaJson, {}, "/.well-known/host-meta.json");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual({ links: [{ rel: "lrdd", template }] });
  });
});
