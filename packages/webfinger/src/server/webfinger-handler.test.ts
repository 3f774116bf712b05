import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RfcExample, requestTarget, vectors } from "../../test/vectors.js";
import type { Jrd } from "../documents/jrd.js";
import { createWebFingerHandler } from "./webfinger-handler.js";
import type { WebFingerResource } from "./webfinger-resource.js";

const rfc = vectors.rfc7033;
const examples: Record<string, RfcExample> = {
  "3.1": rfc["3.1_openid_connect"],
  "3.2": rfc["3.2_web_page_metadata"],
  "4.3": rfc["4.3_rel_filter"],
};
const gargron = vectors.mastodon.docs_example.jrd as Jrd;

/** A directory of the RFC's and Mastodon's examples, answering as their servers did. */
function exampleResolver(resource: WebFingerResource): Jrd | "gone" | null {
  if (resource.kind === "url") {
    return resource.url.href === "http://blog.example.com/article/id/314"
      ? (examples["3.2"]!.jrd as Jrd)
      : null;
  }
  const { user, host } = resource.acct;
  if (host === "example.com" && user === "carol") return examples["3.1"]!.jrd as Jrd;
  if (host === "example.com" && user === "bob") return examples["4.3"]!.jrd as Jrd;
  if (host === "example.com" && user === "deleted") return "gone";
  if (host === "mastodon.social" && user.toLowerCase() === "gargron") return gargron;
  if (host === "example.com" && user === "a+b") return { links: [] };
  return null;
}

const seen: WebFingerResource[] = [];
const handler = createWebFingerHandler({
  findResource(resource) {
    seen.push(resource);
    return exampleResolver(resource);
  },
});

function get(target: string, init: RequestInit = {}, host = "example.com"): Promise<Response> {
  return handler(new Request(`https://${host}${target}`, init));
}

describe("RFC 7033 examples (webfinger.json): the handler answers what the RFC shows", () => {
  for (const [section, example] of Object.entries(examples)) {
    it(`section ${section}`, async () => {
      const { target, host } = requestTarget(example.request);
      const response = await get(target, {}, host);
      expect(response.status).toBe(200);
      for (const [name, value] of Object.entries(example.response_headers)) {
        expect(response.headers.get(name)).toBe(value);
      }
      expect(await response.json()).toEqual(example.jrd);
    });
  }

  it("section 3.1 asked with a rel filter keeps the matching link", async () => {
    const { target } = requestTarget(examples["3.1"]!.request);
    expect(target).toContain("&rel=");
    const body = (await (await get(target)).json()) as Jrd;
    expect(body.links).toEqual(examples["3.1"]!.jrd.links);
  });

  it("Mastodon's example request, with unescaped : and @ in the query", async () => {
    const url = new URL(vectors.mastodon.docs_example.request.replace(/^GET /, ""));
    expect(url.search).toBe("?resource=acct:gargron@mastodon.social");
    const response = await get(url.pathname + url.search, {}, url.host);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(gargron);
  });
});

describe("requests naming prototype members", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])(
    "treats a parameter, user or rel named %s as data",
    async (name) => {
      seen.length = 0;
      const odd = await get(`/.well-known/webfinger?${name}=x&resource=acct:carol@example.com&rel=${name}`);
      expect(odd.status).toBe(200);
      expect(((await odd.json()) as Jrd).links).toEqual([]);
      const user = await get(`/.well-known/webfinger?resource=acct:${name}@example.com`);
      expect(user.status).toBe(404);
      expect(seen.at(-1)).toMatchObject({ acct: { user: name } });
      const only = await get(`/.well-known/webfinger?${name}=acct:carol@example.com`);
      expect(only.status).toBe(400);
    },
  );
});

describe("createWebFingerHandler", () => {
  it("filters links by several rel parameters, keeping subject and aliases", async () => {
    const response = await get(
      `/.well-known/webfinger?resource=${encodeURIComponent("acct:gargron@mastodon.social")}` +
        `&rel=self&rel=${encodeURIComponent("http://webfinger.net/rel/profile-page")}`,
    );
    const body = (await response.json()) as Jrd;
    expect(body.links?.map((link) => link.rel)).toEqual(["http://webfinger.net/rel/profile-page", "self"]);
    expect(body.subject).toBe("acct:Gargron@mastodon.social");
    expect(body.aliases).toEqual(gargron.aliases);
  });

  it("answers an empty links list when no link matches the rel filter", async () => {
    const body = (await (
      await get("/.well-known/webfinger?resource=acct:gargron@mastodon.social&rel=nothing")
    ).json()) as Jrd;
    expect(body.links).toEqual([]);
  });

  it("hands the parsed account to findResource: user part decoded with case kept, host canonical", async () => {
    seen.length = 0;
    await get(`/.well-known/webfinger?resource=${encodeURIComponent("acct:Gargron@Mastodon.SOCIAL")}`);
    expect(seen[0]).toMatchObject({
      kind: "acct",
      uri: "acct:Gargron@Mastodon.SOCIAL",
      acct: { user: "Gargron", host: "mastodon.social" },
    });
  });

  it("answers a JRD whatever the Accept header asks for (RFC 7033 section 4.2)", async () => {
    const response = await get("/.well-known/webfinger?resource=acct:carol@example.com", {
      headers: { accept: "text/html, application/xhtml+xml" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/jrd+json");
    expect(await response.json()).toEqual(examples["3.1"]!.jrd);
  });

  it("hands an IDN host to findResource in punycode, whichever form the client sent", async () => {
    for (const host of ["münchen.example", "MÜNCHEN.example.", "xn--mnchen-3ya.example"]) {
      seen.length = 0;
      await get(`/.well-known/webfinger?resource=${encodeURIComponent(`acct:alice@${host}`)}`);
      expect(seen[0]).toMatchObject({ acct: { user: "alice", host: "xn--mnchen-3ya.example" } });
    }
  });

  it("accepts a bare user@host resource, as Mastodon does", async () => {
    const response = await get("/.well-known/webfinger?resource=gargron@mastodon.social");
    expect(response.status).toBe(200);
  });

  it("keeps a + in the resource (RFC 3986 decoding, not form decoding)", async () => {
    seen.length = 0;
    const response = await get("/.well-known/webfinger?resource=acct:a+b@example.com");
    expect(response.status).toBe(200);
    expect(seen[0]).toMatchObject({ acct: { user: "a+b" } });
  });

  it("fills in the subject from the resource when findResource leaves it out", async () => {
    const body = (await (await get("/.well-known/webfinger?resource=acct:a%2Bb@EXAMPLE.com")).json()) as Jrd;
    expect(body.subject).toBe("acct:a+b@example.com");
  });

  it("emits only the members RFC 7033 defines, in its order", async () => {
    const handlerWithExtras = createWebFingerHandler({
      findResource: () =>
        ({
          links: [{ href: "https://a.example/", rel: "self", type: "application/activity+json", extra: 1 }],
          extra: true,
          subject: "acct:a@a.example",
        }) as unknown as Jrd,
    });
    const response = await handlerWithExtras(
      new Request("https://a.example/.well-known/webfinger?resource=acct:a@a.example"),
    );
    expect(await response.text()).toBe(
      '{"subject":"acct:a@a.example","links":[{"rel":"self","type":"application/activity+json","href":"https://a.example/"}]}',
    );
  });

  it.each([
    ["no resource", "/.well-known/webfinger"],
    ["an empty resource", "/.well-known/webfinger?resource="],
    ["two resources", "/.well-known/webfinger?resource=acct:carol@example.com&resource=acct:bob@example.com"],
    ["a broken escape", "/.well-known/webfinger?resource=acct:carol%ZZ@example.com"],
    ["a malformed acct: URI", "/.well-known/webfinger?resource=acct:carol"],
    ["a malformed handle", "/.well-known/webfinger?resource=carol"],
    ["a bad host", "/.well-known/webfinger?resource=acct:carol@exa%20mple.com"],
    [
      "a user part that decodes to CR LF",
      "/.well-known/webfinger?resource=acct:carol%250D%250Ax@example.com",
    ],
    ["a malformed URL", "/.well-known/webfinger?resource=https://"],
  ])("answers 400 to %s, with CORS and a reason", async (_name, target) => {
    const response = await get(target);
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.text()).not.toBe("");
  });

  it("answers 404 to an unknown resource and to other URI schemes", async () => {
    for (const resource of [
      "acct:nobody@example.com",
      "https://example.com/nothing",
      "mailto:carol@example.com",
    ]) {
      const response = await get(`/.well-known/webfinger?resource=${encodeURIComponent(resource)}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
    }
  });

  it("answers 410 when findResource says the resource is gone", async () => {
    expect((await get("/.well-known/webfinger?resource=acct:deleted@example.com")).status).toBe(410);
  });

  it("answers HEAD with the GET headers and no body", async () => {
    const target = "/.well-known/webfinger?resource=acct:carol@example.com";
    const full = await get(target);
    const head = await get(target, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers.get("content-type")).toBe("application/jrd+json");
    expect(head.headers.get("content-length")).toBe(
      String(new TextEncoder().encode(await full.text()).byteLength),
    );
  });

  it("answers a CORS preflight", async () => {
    const response = await get("/.well-known/webfinger?resource=acct:carol@example.com", {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "GET" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("answers 405 to other methods", async () => {
    const response = await get("/.well-known/webfinger?resource=acct:carol@example.com", {
      method: "POST",
      body: "x",
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("sends Cache-Control when asked to", async () => {
    const cached = createWebFingerHandler({
      findResource: exampleResolver,
      cacheControl: "max-age=259200, public",
    });
    const response = await cached(
      new Request("https://example.com/.well-known/webfinger?resource=acct:carol@example.com"),
    );
    expect(response.headers.get("cache-control")).toBe("max-age=259200, public");
  });

  it("awaits an asynchronous findResource and lets its errors through", async () => {
    const failing = createWebFingerHandler({
      findResource: async () => {
        throw new Error("database down");
      },
    });
    await expect(
      failing(new Request("https://a.example/.well-known/webfinger?resource=acct:a@a.example")),
    ).rejects.toThrow("database down");
  });

  it("answers any query with a status and CORS, never an exception (property)", async () => {
    const piece = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.constantFrom("resource=", "&", "=", "%", "%25", "%0A", "acct:", "@", "rel=self", "https://"),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 6 }), async (pieces) => {
        const response = await get(`/.well-known/webfinger?${pieces.join("")}`);
        expect([200, 400, 404, 410]).toContain(response.status);
        expect(response.headers.get("access-control-allow-origin")).toBe("*");
      }),
      { numRuns: 500 },
    );
  });

  it("refuses to be created without a findResource function, naming it", () => {
    expect(() => createWebFingerHandler({} as never)).toThrow(/needs findResource/);
    expect(() => createWebFingerHandler({ resolve: () => null } as never)).toThrow(TypeError);
  });

  it("hands an account as acct with url undefined, and a URL as url with acct undefined", async () => {
    seen.length = 0;
    await get("/.well-known/webfinger?resource=acct:carol@example.com");
    await get(
      `/.well-known/webfinger?resource=${encodeURIComponent("http://blog.example.com/article/id/314")}`,
    );
    expect(seen[0]?.acct).toMatchObject({ user: "carol" });
    expect(seen[0]?.url).toBeUndefined();
    expect(seen[1]?.acct).toBeUndefined();
    expect(seen[1]?.url?.href).toBe("http://blog.example.com/article/id/314");
  });
});
