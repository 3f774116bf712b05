import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFediverse } from "../../test/fediverse.js";
import type { TestNetwork } from "../../test/network.js";
import { vectors } from "../../test/vectors.js";
import type { Acct } from "../acct/acct.js";
import { resolveHandle } from "./resolve-handle.js";

let net: TestNetwork;
beforeAll(async () => {
  net = await startFediverse();
});
afterAll(() => net.close());

const resolve = (handle: string | Acct, options = {}) =>
  resolveHandle(handle, { httpsOnly: false, fetch: net.fetch, ...options });

describe("resolveHandle", () => {
  it("resolves a handle to its actor, verifying the actor maps back", async () => {
    const result = await resolve(`@alice@${net.authority("social.test")}`);
    expect(result).toMatchObject({
      ok: true,
      value: {
        actorUrl: `${net.origin("social.test")}/users/alice`,
        handle: { user: "alice", host: "social.test", port: net.port },
        actor: { id: `${net.origin("social.test")}/users/alice`, preferredUsername: "alice" },
      },
    });
  });

  it("takes the subject's case as canonical (Mastodon compares user parts without case)", async () => {
    const result = await resolve(`ALICE@SOCIAL.TEST:${net.port}`);
    expect(result.ok && result.value.handle.user).toBe("alice");
  });

  it("accepts application/ld+json with the ActivityStreams profile", async () => {
    const result = await resolve(`ldjson@${net.authority("social.test")}`);
    expect(result.ok && result.value.actorUrl).toBe(`${net.origin("social.test")}/users/ldjson`);
  });

  it("makes one request per step: WebFinger, then the actor (the verification reuses the JRD)", async () => {
    const before = net.requests.length;
    await resolve(`alice@${net.authority("social.test")}`);
    expect(net.requests.slice(before).map((request) => request.url.split("?")[0])).toEqual([
      "/.well-known/webfinger",
      "/users/alice",
    ]);
  });

  it("follows one step to a canonical subject on another domain (Mastodon's ap.example.com case)", async () => {
    const viaAp = await resolve(`alice@${net.authority("ap.example.test")}`);
    expect(viaAp).toMatchObject({
      ok: true,
      value: {
        handle: { user: "alice", host: "example.test" },
        actorUrl: `${net.origin("ap.example.test")}/users/alice`,
      },
    });
    const viaDomain = await resolve(`alice@${net.authority("example.test")}`);
    expect(viaDomain.ok && viaDomain.value.handle.host).toBe("example.test");
  });

  it("refuses a second step (subject_mismatch)", async () => {
    const result = await resolve(`bob@${net.authority("hop1.test")}`);
    expect(result.ok || result.error.code).toBe("subject_mismatch");
    expect(result.ok || result.error.message).toContain(`@carol@${net.authority("hop3.test")}`);
  });

  it("takes the actor from the canonical account's own server, not from a server claiming it", async () => {
    const result = await resolve(`alice@${net.authority("evil.test")}`);
    expect(result).toMatchObject({
      ok: true,
      value: {
        handle: { user: "alice", host: "social.test" },
        actorUrl: `${net.origin("social.test")}/users/alice`,
      },
    });
  });

  it("fails when the claimed canonical account's server does not know it", async () => {
    const result = await resolve(`nobody@${net.authority("evil.test")}`);
    expect(result.ok || result.error.code).toBe("not_found");
    expect(result.ok || result.error.message).toMatch(
      /names @nobody@social\.test:\d+ as its canonical account, but looking that up failed/,
    );
  });

  it("catches a self link that points at someone else's actor (handle_mismatch)", async () => {
    const result = await resolve(`mallory@${net.authority("spoof.test")}`);
    expect(result.ok || result.error.code).toBe("handle_mismatch");
    expect(result.ok || result.error.message).toMatch(/is @alice@social\.test:\d+, not @mallory@spoof\.test/);
  });

  it("does not notice that spoof with verify: false, and fetches no actor", async () => {
    const result = await resolve(`mallory@${net.authority("spoof.test")}`, { verify: false });
    expect(result).toMatchObject({
      ok: true,
      value: {
        actorUrl: `${net.origin("social.test")}/users/alice`,
        actor: undefined,
      },
    });
  });

  it("honours FEP-2c59: the actor's webfinger property names the handle on another domain", async () => {
    const result = await resolve(`evan@${net.authority("fep.test")}`);
    expect(result).toMatchObject({ ok: true, value: { handle: { user: "evan", host: "fep.test" } } });
  });

  it.each([
    ["deleted", "gone"],
    ["bob", "not_found"],
    ["html", "no_actor_link"],
    ["plainld", "no_actor_link"],
    ["hostless", "invalid_response"],
    ["ftp", "invalid_response"],
    ["wrongid", "actor_mismatch"],
    ["goneactor", "gone"],
  ])("%s gives %s", async (user, code) => {
    const result = await resolve(`${user}@${net.authority("social.test")}`);
    expect(result.ok || result.error.code).toBe(code);
  });

  it("refuses a JRD without subject, which Mastodon requires", async () => {
    const result = await resolve(`a@${net.authority("nosubject.test")}`);
    expect(result.ok || result.error).toMatchObject({
      code: "invalid_response",
      message: expect.stringMatching(/no subject/),
    });
  });

  it("keeps the message short when a hostile JRD's subject is a megabyte of junk", async () => {
    const result = await resolveHandle("alice@example.social", {
      hostMetaFallback: false,
      fetch: async () =>
        new Response(JSON.stringify({ subject: `junk ${"x".repeat(1_000_000)}` }), {
          headers: { "content-type": "application/jrd+json" },
        }),
    });
    expect(result.ok || result.error.code).toBe("invalid_response");
    expect(result.ok || result.error.message.length).toBeLessThan(2600);
  });

  it("gives the syntax code for a malformed handle", async () => {
    const result = await resolve("not a handle");
    expect(result.ok || result.error.code).toBe("missing_host");
    const badUser = await resolve({ user: "a\nb", host: "social.test" });
    expect(badUser.ok || badUser.error.code).toBe("invalid_user");
  });

  it("resolves with Mastodon's own JRDs (webfinger.json), subject case and charset included", async () => {
    const answers = [
      ["gargron@mastodon.social", vectors.mastodon.docs_example.jrd, "application/jrd+json", "Gargron"],
      [
        "foo@ap.example.com",
        vectors.mastodon.spec_fixture_activitypub_webfinger.jrd,
        vectors.mastodon.spec_fixture_activitypub_webfinger.content_type,
        "foo",
      ],
    ] as const;
    for (const [handle, jrd, contentType, user] of answers) {
      const result = await resolveHandle(handle, {
        verify: false,
        fetch: async () => new Response(JSON.stringify(jrd), { headers: { "content-type": contentType } }),
      });
      expect(result).toMatchObject({
        ok: true,
        value: {
          handle: { user },
          actorUrl: (jrd.links as { rel: string; href?: string }[]).find((link) => link.rel === "self")?.href,
        },
      });
    }
  });

  it("normalizes a hand-made Acct", async () => {
    const result = await resolve({ user: "alice", host: "SOCIAL.test", port: net.port });
    expect(result.ok && result.value.handle.host).toBe("social.test");
  });

  it("refuses an actor redirect to plain http before requesting it, even with a fetch that follows redirects", async () => {
    const pages: Record<string, () => Response> = {
      "https://example.social/.well-known/webfinger?resource=acct%3Aalice%40example.social": () =>
        new Response(
          JSON.stringify({
            subject: "acct:alice@example.social",
            links: [
              { rel: "self", type: "application/activity+json", href: "https://example.social/users/alice" },
            ],
          }),
          { headers: { "content-type": "application/jrd+json" } },
        ),
      "https://example.social/users/alice": () =>
        new Response(null, { status: 301, headers: { location: "http://example.social/users/alice" } }),
      "http://example.social/users/alice": () =>
        new Response(
          JSON.stringify({ id: "https://example.social/users/alice", preferredUsername: "alice" }),
          {
            headers: { "content-type": "application/activity+json" },
          },
        ),
    };
    const asked: string[] = [];
    // Like Node's fetch: follows redirects unless told "manual".
    const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      let url = String(input);
      for (;;) {
        asked.push(url);
        const page = pages[url];
        const response = page ? page() : new Response(null, { status: 404 });
        const location = response.headers.get("location");
        if (location === null || init?.redirect === "manual") return response;
        url = new URL(location, url).href;
      }
    };
    const result = await resolveHandle("alice@example.social", { fetch, hostMetaFallback: false });
    expect(result.ok || result.error.code).toBe("bad_scheme");
    expect(asked).not.toContain("http://example.social/users/alice");
  });

  it("refuses an http: self link when https is required", async () => {
    const result = await resolveHandle("alice@example.social", {
      fetch: async () =>
        new Response(
          JSON.stringify({
            subject: "acct:alice@example.social",
            links: [
              { rel: "self", type: "application/activity+json", href: "http://example.social/users/alice" },
            ],
          }),
          {
            headers: { "content-type": "application/jrd+json" },
          },
        ),
    });
    expect(result.ok || result.error.code).toBe("bad_scheme");
  });
});

describe("resolveHandle against arbitrary servers (property)", () => {
  const actorUrl = "https://example.social/users/alice";
  const text = fc.oneof(
    { arbitrary: fc.string(), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        "acct:alice@example.social",
        "acct:Alice@example.social",
        "acct:bob@other.example",
        "alice@example.social",
        "acct:a%0Ab@example.social",
        "acct:alice@a{b}.example",
        "a\nb",
        actorUrl,
        "https://a{b}.example/users/alice",
        "https://xn--zz.example/u",
        "http://example.social/users/alice",
        "data:,x",
      ),
      weight: 4,
    },
  );
  const type = fc.constantFrom("application/activity+json", "application/activity+json", "text/html");
  const server = fc.record({
    subjects: fc.tuple(text, text),
    href: text,
    type,
    extraLink: fc.option(fc.record({ rel: fc.constantFrom("self", ""), type, href: text }), {
      nil: undefined,
    }),
    id: fc.option(text, { nil: undefined, freq: 2 }),
    preferredUsername: fc.option(text, { nil: undefined }),
    webfinger: fc.option(fc.oneof(text, fc.integer()), { nil: undefined }),
  });

  it("always settles to a result, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(server, async (site) => {
        let lookups = 0;
        // Mostly a JRD whose self link is the actor's id, so the verification steps are reached.
        const jrd = (subject: string) => ({
          subject,
          links: [
            { rel: "self", type: site.type, href: site.href },
            ...(site.extraLink ? [site.extraLink] : []),
          ],
        });
        const document = {
          id: site.id ?? site.href,
          ...(site.preferredUsername === undefined ? {} : { preferredUsername: site.preferredUsername }),
          ...(site.webfinger === undefined ? {} : { webfinger: site.webfinger }),
        };
        const result = await resolveHandle("alice@example.social", {
          hostMetaFallback: false,
          fetch: async (input) => {
            const url = String(input);
            if (!url.includes("/.well-known/webfinger")) {
              return new Response(JSON.stringify(document), {
                headers: { "content-type": "application/activity+json" },
              });
            }
            return new Response(JSON.stringify(jrd(site.subjects[lookups++ === 0 ? 0 : 1])), {
              headers: { "content-type": "application/jrd+json" },
            });
          },
        });
        expect(typeof result.ok).toBe("boolean");
        if (result.ok) expect(result.value.actor?.id).toBe(result.value.actorUrl);
      }),
      { numRuns: 1000 },
    );
  });
});
