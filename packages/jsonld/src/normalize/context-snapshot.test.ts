import { describe, expect, it } from "vitest";
import { bundledContextId, bundledContextUrl } from "../contexts/bundled-contexts.js";
import { contextSignature, matchesSnapshot, takeSnapshot } from "./context-snapshot.js";

const canonical = (url: string): string => bundledContextUrl(url) ?? url;
const as = "https://www.w3.org/ns/activitystreams";
const mastodon = [
  as,
  "https://w3id.org/security/v1",
  { toot: "http://joinmastodon.org/ns#", featured: { "@id": "toot:featured", "@type": "@id" } },
];

describe("context snapshots", () => {
  it("recognise the same value in a later document, and tell apart any change in it", () => {
    const snapshot = takeSnapshot(mastodon, canonical);
    expect(snapshot).toBeDefined();
    const same = JSON.parse(JSON.stringify(mastodon)) as unknown;
    expect(matchesSnapshot(same, snapshot as NonNullable<typeof snapshot>, canonical)).toBe(true);
    const changes: unknown[] = [
      [
        as,
        "https://w3id.org/security/v1",
        { toot: "http://joinmastodon.org/ns#", featured: { "@id": "toot:featured" } },
      ],
      [
        as,
        "https://w3id.org/security/v1",
        { toot: "http://joinmastodon.org/ns#", featured: "toot:featured" },
      ],
      [
        as,
        "https://w3id.org/security/v1",
        { featured: { "@id": "toot:featured", "@type": "@id" }, toot: "http://joinmastodon.org/ns#" },
      ],
      [
        as,
        "https://w3id.org/security/v1",
        {
          toot: "http://joinmastodon.org/ns#",
          featured: { "@id": "toot:featured", "@type": "@id" },
          extra: "x",
        },
      ],
      [as, "https://w3id.org/identity/v1", mastodon[2]],
      [as, mastodon[2]],
      as,
      undefined,
    ];
    for (const changed of changes) {
      expect(
        matchesSnapshot(changed, snapshot as NonNullable<typeof snapshot>, canonical),
        JSON.stringify(changed),
      ).toBe(false);
    }
  });

  it("compare context URLs as the bundled contexts they name (any instance's LitePub URL)", () => {
    const pleroma = ["https://a.example/schemas/litepub-0.1.jsonld", { "@language": "und" }];
    const snapshot = takeSnapshot(pleroma, canonical);
    const other = ["https://b.example/schemas/litepub-0.1.jsonld", { "@language": "und" }];
    expect(matchesSnapshot(other, snapshot as NonNullable<typeof snapshot>, canonical)).toBe(true);
    expect(contextSignature(other, bundledContextId)).toBe(contextSignature(pleroma, bundledContextId));
  });

  it("count the objects and arrays of the value and their levels, as the work limits do", () => {
    expect(takeSnapshot(undefined, canonical)).toMatchObject({ nodes: 0, depth: 0 });
    expect(takeSnapshot(as, canonical)).toMatchObject({ nodes: 0, depth: 0 });
    expect(takeSnapshot(mastodon, canonical)).toMatchObject({ nodes: 3, depth: 3 });
  });

  it("keep nothing too big to remember, and sign only values that name bundled contexts", () => {
    const big = [
      as,
      Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`t${index}`, { "@id": `as:t${index}` }])),
    ];
    expect(takeSnapshot(big, canonical)).toBeUndefined();
    expect(takeSnapshot([as, { long: "x".repeat(20_000) }], canonical)).toBeUndefined();
    expect(contextSignature([as, "https://evil.example/context"], bundledContextId)).toBeUndefined();
    expect(contextSignature([as, [as]], bundledContextId)).toBeUndefined();
    expect(contextSignature(mastodon, bundledContextId)).toBeTypeOf("number");
  });
});
