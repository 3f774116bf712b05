import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, startFediverse } from "../../test/fediverse.js";
import type { TestNetwork } from "../../test/network.js";
import { verifyActorHandle } from "./verify-actor-handle.js";

let net: TestNetwork;
beforeAll(async () => {
  net = await startFediverse();
});
afterAll(() => net.close());

const verify = (document: unknown, options = {}) =>
  verifyActorHandle(document, { httpsOnly: false, fetch: net.fetch, ...options });

describe("verifyActorHandle", () => {
  it("maps preferredUsername and the host of the id back to the handle", async () => {
    const alice = actor(`${net.origin("social.test")}/users/alice`, { preferredUsername: "alice" });
    expect(await verify(alice)).toEqual({
      ok: true,
      value: { handle: { user: "alice", host: "social.test", port: net.port }, source: "preferredUsername" },
      warnings: [],
    });
  });

  it("checks an expected handle, without regard to the user part's case", async () => {
    const alice = actor(`${net.origin("social.test")}/users/alice`, { preferredUsername: "alice" });
    expect((await verify(alice, { expected: `@Alice@${net.authority("social.test")}` })).ok).toBe(true);
    const other = await verify(alice, { expected: `@bob@${net.authority("social.test")}` });
    expect(other.ok || other.error.code).toBe("handle_mismatch");
    const before = net.requests.length;
    const malformed = await verify(alice, { expected: "bob" });
    expect(malformed.ok || malformed.error).toMatchObject({
      code: "missing_host",
      message: expect.stringMatching(/^The expected handle is malformed: A handle needs a host/),
    });
    expect(net.requests.length).toBe(before);
  });

  it("follows the canonical subject once (actor on ap.example.test, handle on example.test)", async () => {
    const alice = actor(`${net.origin("ap.example.test")}/users/alice`, { preferredUsername: "alice" });
    const result = await verify(alice, { expected: `alice@${net.authority("example.test")}` });
    expect(result).toMatchObject({ ok: true, value: { handle: { host: "example.test" } } });
  });

  it("prefers the FEP-2c59 webfinger property, plain or as an acct: URI", async () => {
    const id = `${net.origin("ap.fep.test")}/evanp`;
    for (const webfinger of [`evan@${net.authority("fep.test")}`, `acct:evan@${net.authority("fep.test")}`]) {
      expect(await verify(actor(id, { preferredUsername: "evanp", webfinger }))).toMatchObject({
        ok: true,
        value: {
          handle: { user: "evan", host: "fep.test" },
          source: "webfinger",
        },
      });
    }
  });

  it("falls back to preferredUsername when webfinger is malformed, as Mastodon does", async () => {
    const fallback = actor(`${net.origin("social.test")}/users/fallback`, {
      preferredUsername: "fallback",
      webfinger: "not a handle",
    });
    expect(await verify(fallback)).toMatchObject({ ok: true, value: { source: "preferredUsername" } });
  });

  it("refuses an actor the handle's WebFinger does not point at (actor_mismatch)", async () => {
    const impostor = actor(`${net.origin("evil.test")}/users/alice`, {
      webfinger: `alice@${net.authority("social.test")}`,
    });
    const result = await verify(impostor);
    expect(result.ok || result.error.code).toBe("actor_mismatch");
    expect(result.ok || result.error.message).toContain(
      `${net.origin("social.test")}/users/alice, not this actor`,
    );
  });

  it("compares the self link with the id verbatim", async () => {
    const trailingSlash = actor(`${net.origin("social.test")}/users/alice/`, { preferredUsername: "alice" });
    expect((await verify(trailingSlash)).ok).toBe(false);
  });

  it.each([
    ["no id", { preferredUsername: "alice" }],
    ["an id that is not a URL", { id: "alice", preferredUsername: "alice" }],
    ["an id that is not http(s)", { id: "urn:uuid:1", preferredUsername: "alice" }],
    ["neither preferredUsername nor webfinger", { id: "https://a.example/users/1" }],
    [
      "an empty preferredUsername and a malformed webfinger",
      { id: "https://a.example/users/1", preferredUsername: "", webfinger: 42 },
    ],
    ["no object at all", "https://a.example/users/1"],
    // The URL parser accepts these hosts; no account can have them.
    ["an id whose host has a brace", { id: "https://a{b}.example/users/1", preferredUsername: "a" }],
    ["an id whose host has a sub-delim", { id: "https://a*b.example/users/1", preferredUsername: "a" }],
    ["an id whose host is undecodable punycode", { id: "https://xn--zz.example/u", preferredUsername: "a" }],
    ["a preferredUsername with a control character", { id: "https://a.example/u", preferredUsername: "a\n" }],
    [
      "an id and preferredUsername inherited from a prototype (own members only)",
      Object.create({ id: "https://a.example/u", preferredUsername: "a" }),
    ],
    ["an array", [{ id: "https://a.example/u", preferredUsername: "a" }]],
  ])("gives invalid_actor for %s", async (_name, document) => {
    const result = await verify(document);
    expect(result.ok || result.error.code).toBe("invalid_actor");
  });

  it("passes lookup failures through with context", async () => {
    const ghost = actor(`${net.origin("social.test")}/users/ghost`, { preferredUsername: "ghost" });
    const result = await verify(ghost);
    expect(result.ok || result.error.code).toBe("not_found");
    expect(result.ok || result.error.message).toMatch(
      /^Verifying @ghost@social\.test:\d+ \(from the actor's preferredUsername\)/,
    );
  });
});
