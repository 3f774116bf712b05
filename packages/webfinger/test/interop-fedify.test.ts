import { createFederation, MemoryKvStore } from "@fedify/fedify";
import { Person, Tombstone } from "@fedify/vocab";
import { lookupWebFinger as fedifyLookupWebFinger } from "@fedify/webfinger";
import { type LoopbackServer, serveWebHandler } from "@fedikit/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupWebFinger } from "../src/client/lookup-webfinger.js";
import { resolveHandle } from "../src/client/resolve-handle.js";
import { verifyActorHandle } from "../src/client/verify-actor-handle.js";
import { createWebFingerHandler } from "../src/server/webfinger-handler.js";
import { startNetwork, type TestNetwork } from "./network.js";

// Fedify 2.3.6 (an independent server and client, devDependencies) against ours, on loopback.
// Importing Fedify replaces some globals, so these tests live in their own file (vitest isolates
// files).

const federation = createFederation<void>({ kv: new MemoryKvStore() });
federation.setActorDispatcher("/users/{identifier}", (context, identifier) => {
  if (identifier === "alice") {
    return new Person({ id: context.getActorUri(identifier), preferredUsername: "alice", name: "Alice" });
  }
  if (identifier === "gone") return new Tombstone({ id: context.getActorUri(identifier) });
  return null;
});

let net: TestNetwork;
beforeAll(async () => {
  net = await startNetwork(() => ({
    "fedify.test": {
      "/.well-known/webfinger": (request) => federation.fetch(request, { contextData: undefined }),
      "/users/alice": (request) => federation.fetch(request, { contextData: undefined }),
    },
  }));
});
afterAll(() => net.close());

const options = () => ({ httpsOnly: false as const, fetch: net.fetch });

describe("our client against a Fedify server", () => {
  it("resolves a Fedify account to its actor and verifies it", async () => {
    const result = await resolveHandle(`@alice@${net.authority("fedify.test")}`, options());
    expect(result).toMatchObject({
      ok: true,
      value: {
        actorUrl: `${net.origin("fedify.test")}/users/alice`,
        handle: { user: "alice", host: "fedify.test", port: net.port },
        actor: { id: `${net.origin("fedify.test")}/users/alice`, preferredUsername: "alice", type: "Person" },
      },
    });
  });

  it("reads Fedify's JRD, filtered by rel", async () => {
    const result = await lookupWebFinger(`acct:alice@${net.authority("fedify.test")}`, {
      ...options(),
      rel: "self",
    });
    expect(result.ok && result.value.jrd).toEqual({
      subject: `acct:alice@${net.authority("fedify.test")}`,
      aliases: [`${net.origin("fedify.test")}/users/alice`],
      links: [
        { rel: "self", href: `${net.origin("fedify.test")}/users/alice`, type: "application/activity+json" },
      ],
    });
  });

  it("looks up a Fedify actor by its URL", async () => {
    const result = await lookupWebFinger(`${net.origin("fedify.test")}/users/alice`, options());
    // Fedify answers a URL query with the URL as subject and the account among the aliases.
    expect(result.ok && result.value.jrd).toMatchObject({
      subject: `${net.origin("fedify.test")}/users/alice`,
      aliases: [`acct:alice@${net.authority("fedify.test")}`],
    });
  });

  it("verifies the actor document Fedify serves", async () => {
    const response = await net.fetch(`${net.origin("fedify.test")}/users/alice`, {
      headers: { accept: "application/activity+json" },
    });
    const result = await verifyActorHandle(await response.json(), options());
    expect(result).toMatchObject({
      ok: true,
      value: { handle: { user: "alice" }, source: "preferredUsername" },
    });
  });

  it("tells Fedify's 410 for a tombstone from its 404 for an unknown account", async () => {
    const gone = await resolveHandle(`gone@${net.authority("fedify.test")}`, options());
    expect(gone.ok || gone.error).toMatchObject({ code: "gone", status: 410 });
    const unknown = await resolveHandle(`nobody@${net.authority("fedify.test")}`, options());
    expect(unknown.ok || unknown.error).toMatchObject({ code: "not_found", status: 404 });
  });
});

describe("Fedify's client against our handler", () => {
  let server: LoopbackServer;
  let origin: string;
  beforeAll(async () => {
    server = await serveWebHandler(
      createWebFingerHandler({
        findResource: (resource) =>
          resource.kind === "url" && resource.url.pathname === "/users/alice"
            ? {
                subject: `acct:alice@${resource.url.host}`,
                aliases: [resource.url.href],
                links: [{ rel: "self", type: "application/activity+json", href: resource.url.href }],
              }
            : null,
      }),
    );
    origin = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close());

  it("gets our JRD", async () => {
    const jrd = await fedifyLookupWebFinger(`${origin}/users/alice`, { allowPrivateAddress: true });
    expect(jrd).toEqual({
      subject: `acct:alice@127.0.0.1:${server.port}`,
      aliases: [`${origin}/users/alice`],
      links: [{ rel: "self", type: "application/activity+json", href: `${origin}/users/alice` }],
    });
  });

  it("gets null for a resource we do not know", async () => {
    expect(await fedifyLookupWebFinger(`${origin}/users/nobody`, { allowPrivateAddress: true })).toBeNull();
  });
});
