// Imports Fedify, which replaces globals on Node 20 (through jsonld's bundle): keep it in this
// file, which vitest runs in its own worker.
import { ChatMessage, CryptographicKey, Event, Image, Multikey, Page, Person, Profile } from "@fedify/vocab";
import { expectSuccess } from "@fedikit/test-support";
import { parse } from "@fedikit/vocab";
import { describe, expect, it } from "vitest";
import { normalize } from "../src/index.js";

const alice = "https://example.com/users/alice";

describe("documents Fedify 2.3.6 serializes with IRIs instead of terms", () => {
  for (const [name, make] of [
    ["Page", () => new Page({ id: new URL("https://example.com/pages/1"), name: "A page", sensitive: true })],
    [
      "Event",
      () => new Event({ id: new URL("https://example.com/events/1"), name: "An event", sensitive: true }),
    ],
    [
      "Image",
      () => new Image({ id: new URL("https://example.com/images/1"), name: "An image", sensitive: true }),
    ],
    [
      "ChatMessage",
      () =>
        new ChatMessage({ id: new URL("https://example.com/chats/1"), content: "Hello", sensitive: true }),
    ],
  ] as const) {
    it(`${name}: "as:sensitive": true comes out as sensitive, which @fedikit/vocab then reads`, async () => {
      const serialized = (await make().toJsonLd({ format: "compact" })) as Record<string, unknown>;
      expect(serialized["as:sensitive"]).toBe(true);
      expect(serialized.sensitive).toBeUndefined();
      const { document } = expectSuccess(await normalize(serialized)).value;
      expect(document.sensitive).toBe(true);
      expect(document["as:sensitive"]).toBeUndefined();
      expect(document.type).toBe(name);
      const parsed = parse(document);
      expect(parsed.ok && (parsed.value as { sensitive?: boolean }).sensitive).toBe(true);
    });
  }

  it("a Person embedded in Profile.describes: every property under an IRI comes out as its term", async () => {
    const person = new Person({
      id: new URL(alice),
      name: "Alice",
      preferredUsername: "alice",
      summary: "Hi",
      url: new URL("https://example.com/@alice"),
      inbox: new URL(`${alice}/inbox`),
      outbox: new URL(`${alice}/outbox`),
      followers: new URL(`${alice}/followers`),
      following: new URL(`${alice}/following`),
      liked: new URL(`${alice}/liked`),
      featured: new URL(`${alice}/featured`),
      featuredTags: new URL(`${alice}/tags`),
      manuallyApprovesFollowers: true,
      discoverable: true,
      indexable: true,
      memorial: false,
      suspended: false,
      successor: new URL("https://other.example/users/alice"),
      aliases: [new URL("https://old.example/users/alice")],
      publicKey: new CryptographicKey({ id: new URL(`${alice}#main-key`), owner: new URL(alice) }),
      assertionMethods: [new Multikey({ id: new URL(`${alice}#ed25519`), controller: new URL(alice) })],
    });
    const profile = new Profile({ id: new URL("https://example.com/profiles/alice"), describes: person });
    const serialized = (await profile.toJsonLd({ format: "compact" })) as Record<string, unknown>;
    const raw = serialized.describes as Record<string, unknown>;
    const underIris = Object.keys(raw).filter((key) => key.includes(":"));
    expect(underIris).toEqual(
      expect.arrayContaining([
        "as:manuallyApprovesFollowers",
        "as:movedTo",
        "http://joinmastodon.org/ns#discoverable",
        "https://w3id.org/security#publicKey",
      ]),
    );

    const { document } = expectSuccess(await normalize(serialized)).value;
    const describes = document.describes as Record<string, unknown>;
    expect(describes).toMatchObject({
      type: "Person",
      id: alice,
      name: "Alice",
      preferredUsername: "alice",
      summary: "Hi",
      url: "https://example.com/@alice",
      inbox: `${alice}/inbox`,
      outbox: `${alice}/outbox`,
      followers: `${alice}/followers`,
      following: `${alice}/following`,
      liked: `${alice}/liked`,
      featured: `${alice}/featured`,
      featuredTags: `${alice}/tags`,
      manuallyApprovesFollowers: true,
      discoverable: true,
      indexable: true,
      memorial: false,
      suspended: false,
      movedTo: "https://other.example/users/alice",
      alsoKnownAs: "https://old.example/users/alice",
      publicKey: { type: "CryptographicKey", id: `${alice}#main-key`, owner: alice },
      assertionMethod: { type: "Multikey", id: `${alice}#ed25519`, controller: alice },
    });
    expect(Object.keys(describes).filter((key) => key.includes(":"))).toEqual([]);
    const parsed = parse(document);
    expect(parsed.ok).toBe(true);
    const parsedPerson = parsed.ok
      ? (parsed.value as { describes?: { publicKey?: unknown } }).describes
      : undefined;
    expect(parsedPerson?.publicKey).toBeDefined();
  });
});
