import { type LoopbackServer, serveWebHandler } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webFingerOf } from "../../test/lookup-sites.js";
import { requestTarget, vectors } from "../../test/vectors.js";
import { lookupWebFinger } from "./lookup-webfinger.js";

const http = { httpsOnly: false } as const;

describe("lookupWebFinger with other fetch functions", () => {
  let plain: LoopbackServer;
  beforeAll(async () => {
    plain = await serveWebHandler(webFingerOf(`127.0.0.1`));
  });
  afterAll(() => plain.close());

  it("works with Node's built-in fetch", async () => {
    const result = await lookupWebFinger(`acct:alice@127.0.0.1:${plain.port}`, {
      ...http,
      fetch: globalThis.fetch,
    });
    expect(result.ok && result.value.jrd.subject).toBe("acct:alice@127.0.0.1");
  });

  it("takes an acct: URI given as a URL object", async () => {
    const asked: string[] = [];
    const result = await lookupWebFinger(new URL("acct:alice@example.social"), {
      fetch: async (input) => {
        asked.push(String(input));
        return new Response(JSON.stringify({ subject: "acct:alice@example.social" }), {
          headers: { "content-type": "application/jrd+json" },
        });
      },
    });
    expect(result.ok).toBe(true);
    expect(asked).toEqual([
      "https://example.social/.well-known/webfinger?resource=acct%3Aalice%40example.social",
    ]);
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
    expect(result).toMatchObject({
      ok: true,
      value: { url: asked[0], jrd: { subject: "acct:alice@example.social" } },
    });
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
    expect(result.ok || result.error.code).toBe("bad_scheme");
  });

  it("follows redirects itself and refuses a plain http hop before requesting it", async () => {
    const asked: string[] = [];
    const result = await lookupWebFinger("acct:alice@example.social", {
      hostMetaFallback: false,
      fetch: async (input, init) => {
        asked.push(`${String(input)} ${init?.redirect}`);
        return new Response(null, { status: 302, headers: { location: "http://example.social/wf" } });
      },
    });
    expect(result.ok || result.error.code).toBe("bad_scheme");
    expect(asked).toEqual([
      "https://example.social/.well-known/webfinger?resource=acct%3Aalice%40example.social manual",
    ]);
  });

  it.each([true, false])(
    "refuses a redirect to another scheme before requesting it (httpsOnly %s)",
    async (httpsOnly) => {
      const asked: string[] = [];
      const result = await lookupWebFinger("acct:alice@example.social", {
        httpsOnly,
        hostMetaFallback: false,
        // Node's own fetch reads data: URLs, so the server would choose the answer.
        fetch: async (input, init) => {
          asked.push(String(input));
          if (asked.length > 1) return globalThis.fetch(input, init);
          const jrd = encodeURIComponent(JSON.stringify({ subject: "acct:alice@example.social" }));
          return new Response(null, {
            status: 302,
            headers: { location: `data:application/jrd+json,${jrd}` },
          });
        },
      });
      expect(result.ok || result.error).toMatchObject({
        code: "bad_scheme",
        message: expect.stringContaining("Refused a data: URL"),
      });
      expect(asked).toHaveLength(1);
    },
  );

  it("follows an https redirect chain and gives up after five hops", async () => {
    const hop = (n: number) => `https://wf${n}.example/jrd`;
    const chain = async (input: string | URL | Request) => {
      const n = String(input).startsWith("https://wf") ? Number(String(input).slice(10, 11)) : 0;
      if (n < 3) return new Response(null, { status: 307, headers: { location: hop(n + 1) } });
      return new Response(JSON.stringify({ subject: "acct:alice@example.social" }), {
        headers: { "content-type": "application/jrd+json" },
      });
    };
    const followed = await lookupWebFinger("acct:alice@example.social", {
      fetch: chain,
      hostMetaFallback: false,
    });
    expect(followed).toMatchObject({ ok: true, value: { url: hop(3) } });
    let requests = 0;
    const endless = async () => {
      requests++;
      return new Response(null, { status: 302, headers: { location: "/again" } });
    };
    const looped = await lookupWebFinger("acct:alice@example.social", {
      fetch: endless,
      hostMetaFallback: false,
    });
    expect(looped.ok || looped.error).toMatchObject({
      code: "too_many_redirects",
      message: expect.stringContaining("More than 5 redirects"),
    });
    expect(requests).toBe(6);
  });

  it("follows at most maxRedirects redirects, none with 0", async () => {
    const asked: string[] = [];
    const chain = async (input: string | URL | Request) => {
      asked.push(String(input));
      return new Response(null, { status: 301, headers: { location: `/hop${asked.length}` } });
    };
    for (const maxRedirects of [0, 2]) {
      asked.length = 0;
      const result = await lookupWebFinger("acct:alice@example.social", {
        fetch: chain,
        hostMetaFallback: false,
        maxRedirects,
      });
      expect(result.ok || result.error.message).toContain(`More than ${maxRedirects} redirects`);
      expect(asked).toHaveLength(maxRedirects + 1);
    }
  });

  it("does not follow a host-meta template to plain http when https is required", async () => {
    const asked: string[] = [];
    const result = await lookupWebFinger("acct:alice@example.social", {
      fetch: async (input) => {
        asked.push(String(input));
        if (String(input).endsWith("/.well-known/host-meta")) {
          const xrd = '<XRD><Link rel="lrdd" template="http://example.social/wf?resource={uri}"/></XRD>';
          return new Response(xrd, { headers: { "content-type": "application/xrd+xml" } });
        }
        return new Response("not here", { status: 404 });
      },
    });
    expect(result.ok || result.error.code).toBe("bad_scheme");
    expect(asked).toEqual([
      "https://example.social/.well-known/webfinger?resource=acct%3Aalice%40example.social",
      "https://example.social/.well-known/host-meta",
    ]);
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
    expect(result.ok || result.error.code).toBe("too_large");
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
    expect(result.ok && result.value.jrd).toEqual(example.jrd);
  });

  it("section 7: the hosted WebFinger redirect, answered as the RFC shows, is re-issued to its Location", async () => {
    const example = rfc["7_hosted_redirect"];
    const { target, host } = requestTarget(example.request);
    const [statusLine = "", ...headerLines] = example.response.split("\n");
    const headers = new Headers(
      headerLines.map((line): [string, string] => [
        line.slice(0, line.indexOf(":")),
        line.slice(line.indexOf(":") + 1).trim(),
      ]),
    );
    const location = headers.get("location")!;
    const asked: string[] = [];
    const result = await lookupWebFinger("acct:alice@example.com", {
      fetch: async (input) => {
        asked.push(String(input));
        if (String(input) !== location) {
          return new Response(null, { status: Number(statusLine.split(" ")[1]), headers });
        }
        return new Response(JSON.stringify({ subject: "acct:alice@example.com" }), {
          headers: { "content-type": "application/jrd+json" },
        });
      },
    });
    expect(asked).toEqual([`https://${host}${target}`, location]);
    expect(result).toMatchObject({ ok: true, value: { url: location, source: "webfinger" } });
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
    ["nobody", "missing_host", /needs a host/],
    ["acct:alice", "missing_host", /needs user@host/],
    ["mailto:alice@example.social", "invalid_resource", /Cannot tell which server to ask/],
    ["https://", "invalid_resource", /not a valid URL/],
    ["@alice@exa mple.social", "invalid_host", /host/],
    [{ user: "", host: "example.social" }, "missing_user", /empty/],
  ] as const)("%j gives %s without a request", async (resource, code, message) => {
    let called = false;
    const result = await lookupWebFinger(resource, {
      fetch: async () => {
        called = true;
        return new Response();
      },
    });
    expect(result.ok || result.error.code).toBe(code);
    expect(result.ok || result.error.message).toMatch(message);
    expect(called).toBe(false);
  });

  it("rejects with a TypeError or RangeError that names the option, for invalid options (a programmer error)", async () => {
    await expect(lookupWebFinger("acct:a@b.example", { maxBytes: 0 })).rejects.toThrow(
      /maxBytes must be an integer at least 1; got 0/,
    );
    await expect(lookupWebFinger("acct:a@b.example", { httpsOnly: "no" as never })).rejects.toThrow(
      /httpsOnly must be true or false/,
    );
    await expect(lookupWebFinger("acct:a@b.example", { maxRedirects: -1 })).rejects.toThrow(RangeError);
  });
});
