import { createSafeFetch } from "@fedikit/fetch";
import {
  expectFailure,
  expectSuccess,
  type LoopbackServer,
  serveWebHandler,
  startServer,
} from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor } from "../../test/fediverse.js";
import { jsonPage, pageFetch, redirectPage } from "../../test/pages.js";
import { createWebFingerHandler } from "../server/webfinger-handler.js";
import { lookupWebFinger } from "./lookup-webfinger.js";
import { resolveHandle } from "./resolve-handle.js";

// Every message that names an option names one the function has, and following it works
// (issue 10 "error messages that name options that exist", issue 11 section 3).

let local: LoopbackServer;
let host: string;
beforeAll(async () => {
  local = await serveWebHandler((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/users/admin") {
      return Response.json(actor(`http://${host}/users/admin`, { preferredUsername: "admin" }), {
        headers: { "content-type": "application/activity+json" },
      });
    }
    return createWebFingerHandler({
      findResource: ({ acct }) =>
        acct?.user === "admin"
          ? {
              subject: `acct:admin@${host}`,
              links: [{ rel: "self", type: "application/activity+json", href: `http://${host}/users/admin` }],
            }
          : null,
    })(request);
  }, "127.0.0.1");
  host = `localhost:${local.port}`;
});
afterAll(() => local.close());

describe("a private address (the SSRF guard of the default fetch)", () => {
  it("says to pass fetch: createSafeFetch({ allowPrivateAddress: true }) and httpsOnly: false, and that works", async () => {
    const refused = await resolveHandle(`@admin@${host}`);
    const error = expectFailure(refused, "ssrf_blocked");
    expect(error.message).toContain(
      "pass fetch: createSafeFetch({ allowPrivateAddress: true }) from @fedikit/fetch",
    );
    expect(error.message).toContain("and httpsOnly: false if the server speaks plain http");
    expect(error.message).not.toMatch(/Pass allowPrivateAddress|allowedPrivateAddresses/);
    expect(error.cause).toMatchObject({ name: "FetchError", code: "ssrf_blocked" });

    const fetch = createSafeFetch({ allowPrivateAddress: true });
    try {
      const resolved = expectSuccess(await resolveHandle(`@admin@${host}`, { fetch, httpsOnly: false }));
      expect(resolved.value.actorUrl).toBe(`http://${host}/users/admin`);
    } finally {
      await fetch.close();
    }
  });

  it("does not mention httpsOnly when it is already false", async () => {
    const refused = await lookupWebFinger(`acct:admin@${host}`, { httpsOnly: false });
    const error = expectFailure(refused, "ssrf_blocked");
    expect(error.message).not.toContain("httpsOnly");
  });
});

describe("plain http: where https: is required", () => {
  const jrd = { subject: "acct:alice@example.social", links: [] };

  it("on a redirect, says httpsOnly: false allows it, and that works", async () => {
    const pages = {
      "https://example.social/.well-known/webfinger?resource=acct%3Aalice%40example.social":
        redirectPage("http://example.social/wf"),
      // With httpsOnly: false the lookup starts over http: too.
      "http://example.social/.well-known/webfinger?resource=acct%3Aalice%40example.social":
        redirectPage("http://example.social/wf"),
      "http://example.social/wf": jsonPage(jrd, "application/jrd+json"),
    };
    const refused = await lookupWebFinger("alice@example.social", { fetch: pageFetch(pages).fetch });
    expectFailure(refused, "bad_scheme", /Refused the plain http: URL.*httpsOnly: false allows http:/);
    expectSuccess(
      await lookupWebFinger("alice@example.social", { fetch: pageFetch(pages).fetch, httpsOnly: false }),
    );
  });

  it("in a self link, says httpsOnly: false allows it, and that works", async () => {
    const answer = jsonPage(
      {
        subject: "acct:alice@example.social",
        links: [
          { rel: "self", type: "application/activity+json", href: "http://example.social/users/alice" },
        ],
      },
      "application/jrd+json",
    );
    const pages = {
      "https://example.social/.well-known/webfinger?resource=acct%3Aalice%40example.social": answer,
      "http://example.social/.well-known/webfinger?resource=acct%3Aalice%40example.social": answer,
    };
    const refused = await resolveHandle("alice@example.social", {
      fetch: pageFetch(pages).fetch,
      verify: false,
    });
    expectFailure(
      refused,
      "bad_scheme",
      /plain http: URL; only https: is allowed \(httpsOnly: false allows http:/,
    );
    expectSuccess(
      await resolveHandle("alice@example.social", {
        fetch: pageFetch(pages).fetch,
        verify: false,
        httpsOnly: false,
      }),
    );
  });

  it("refused by the fetch itself, says to pass a fetch made with createSafeFetch({ httpsOnly: false }), and that works", async () => {
    const strict = createSafeFetch({ allowPrivateAddress: true, httpsOnly: true });
    const lenient = createSafeFetch({ allowPrivateAddress: true });
    try {
      const refused = await lookupWebFinger(`acct:admin@${host}`, { fetch: strict, httpsOnly: false });
      expectFailure(
        refused,
        "bad_scheme",
        /the fetch itself refuses plain http: URLs.*createSafeFetch\(\{ httpsOnly: false \}\)/,
      );
      expectSuccess(await lookupWebFinger(`acct:admin@${host}`, { fetch: lenient, httpsOnly: false }));
    } finally {
      await strict.close();
      await lenient.close();
    }
  });
});

describe("bounds", () => {
  const webFinger = "https://example.social/.well-known/webfinger?resource=acct%3Aalice%40example.social";

  it("too many redirects says to raise maxRedirects, and that works", async () => {
    const pages: Record<string, () => Response> = { [webFinger]: redirectPage("https://example.social/1") };
    for (let hop = 1; hop <= 6; hop++)
      pages[`https://example.social/${hop}`] = redirectPage(`https://example.social/${hop + 1}`);
    pages["https://example.social/7"] = jsonPage(
      { subject: "acct:alice@example.social" },
      "application/jrd+json",
    );
    const options = { fetch: pageFetch(pages).fetch, hostMetaFallback: false };
    expectFailure(
      await lookupWebFinger("alice@example.social", options),
      "too_many_redirects",
      /More than 5 redirects; raise maxRedirects/,
    );
    expectSuccess(await lookupWebFinger("alice@example.social", { ...options, maxRedirects: 7 }));
  });

  it("a body past maxBytes says to raise maxBytes, and that works", async () => {
    const big = {
      subject: "acct:alice@example.social",
      aliases: Array(100).fill("https://example.social/@alice"),
    };
    const options = {
      fetch: pageFetch({ [webFinger]: jsonPage(big, "application/jrd+json") }).fetch,
      hostMetaFallback: false,
    };
    expectFailure(
      await lookupWebFinger("alice@example.social", { ...options, maxBytes: 1000 }),
      "too_large",
      /larger than 1000 bytes; raise maxBytes/,
    );
    expectSuccess(await lookupWebFinger("alice@example.social", { ...options, maxBytes: 10_000 }));
  });

  it("JSON nested past maxDepth says to raise maxDepth, and that works", async () => {
    const deep = { subject: "acct:alice@example.social", properties: {}, links: [{ rel: "x", titles: {} }] };
    const options = {
      fetch: pageFetch({ [webFinger]: jsonPage(deep, "application/jrd+json") }).fetch,
      hostMetaFallback: false,
    };
    expectFailure(
      await lookupWebFinger("alice@example.social", { ...options, maxDepth: 3 }),
      "invalid_json",
      /deeper than 3 levels; raise maxDepth/,
    );
    // The document, links, a link, its titles: four levels.
    expectSuccess(await lookupWebFinger("alice@example.social", { ...options, maxDepth: 4 }));
  });

  it("a timeout says to pass fetch: createSafeFetch({ timeout }), the option that sets it", async () => {
    const silent = await startServer(() => undefined);
    const fetch = createSafeFetch({ allowPrivateAddress: true, timeout: 100 });
    try {
      const result = await lookupWebFinger(`acct:a@localhost:${silent.port}`, {
        fetch,
        httpsOnly: false,
        hostMetaFallback: false,
      });
      const error = expectFailure(
        result,
        "timeout",
        /pass fetch: createSafeFetch\(\{ timeout: milliseconds \}\) from @fedikit\/fetch/,
      );
      expect(error.cause).toMatchObject({ name: "FetchError", code: "timeout" });
    } finally {
      await fetch.close();
      await silent.close();
    }
  });
});
