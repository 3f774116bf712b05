import { isDeepStrictEqual } from "node:util";
import { expectSuccess } from "@fedikit/test-support";
import { defaultSchema } from "@fedikit/vocab";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runSettings } from "../src/engine/run-options.js";
import { directNormalize } from "../src/normalize/direct-normalize.js";
import { fastExpand } from "../src/normalize/fast-expand.js";
import { compacted, fullExpansion, normalize } from "../src/normalize/normalize.js";
import type { UndefinedTermPolicy } from "../src/normalize/undefined-terms.js";
import { documentVariant } from "./document-variants.js";
import { fixtureDocuments } from "./fixture-documents.js";

const activityStreams = "https://www.w3.org/ns/activitystreams";
const settings = runSettings({});
const schema = defaultSchema();
const fixtures = fixtureDocuments();
const policies: readonly UndefinedTermPolicy[] = ["keep-known", "drop"];

/** Which paths accepted a document. */
interface Taken {
  /** `"fast"`: the expanding fast path accepted it; `"full"`: only jsonld.js; `"failed"`: jsonld.js refused it. */
  readonly expand: "fast" | "full" | "failed";
  /** Whether the direct path (no expansion at all) accepted it. */
  readonly direct: boolean;
}

/**
 * The proof that both fast paths are exact, under each policy for undefined terms:
 *
 * - wherever the expanding fast path accepts a document, its expanded form is the one jsonld.js
 *   computes (arrays in the same order), jsonld.js reported nothing it would have to report, and
 *   so the compaction step both share gives the same document and warnings;
 * - wherever the direct path accepts a document (only ever one the expanding path accepts too),
 *   its document equals what jsonld.js expansion and that compaction give (the same keys and
 *   values, arrays in the same order; the key order is the sender's), and so do its warnings;
 * - `normalize` gives that document whichever path it takes.
 */
async function expectPathsAgree(document: Record<string, unknown>): Promise<Taken> {
  const fast = fastExpand(document, settings.contextLoader, activityStreams);
  const full = await fullExpansion(document, settings);
  if (!full.ok) {
    expect(fast, `the fast path accepted what jsonld.js refuses (${full.error.code})`).toBeUndefined();
    for (const policy of policies) {
      expect(directNormalize(document, settings, schema, policy, activityStreams)).toBeUndefined();
    }
    return { expand: "failed", direct: false };
  }
  if (fast !== undefined) {
    expect(fast).toStrictEqual(full.value.node);
    expect(full.value.events).toEqual([]);
  }
  const notices = full.value.events.map((event) => ({
    code: "json_ld_notice" as const,
    pointer: "",
    message: `${event.code}: ${event.message}`,
  }));
  let direct = false;
  for (const policy of policies) {
    const viaFull = compacted(full.value.node, [...notices], schema, policy, "full");
    const viaDirect = directNormalize(document, settings, schema, policy, activityStreams);
    if (viaDirect !== undefined) {
      direct = true;
      expect(fast, "the direct path accepted what the expanding fast path does not").toBeDefined();
      expect(viaDirect.document).toStrictEqual(viaFull.value.document);
      expect(sortedWarnings(viaDirect.warnings)).toEqual(viaFull.warnings);
    }
    if (fast === undefined) continue;
    const viaExpand = compacted(fast, [], schema, policy, "fast");
    expect(viaExpand.value.document).toStrictEqual(viaFull.value.document);
    expect(viaExpand.warnings).toEqual(viaFull.warnings);
    const viaNormalize = expectSuccess(await normalize(document, { undefinedTerms: policy }));
    expect(viaNormalize.value.path).toBe("fast");
    expect(viaNormalize.value.document).toStrictEqual(viaFull.value.document);
    expect(viaNormalize.warnings).toEqual(viaFull.warnings);
  }
  return { expand: fast === undefined ? "full" : "fast", direct };
}

function sortedWarnings<W extends { pointer: string; code: string; message: string }>(warnings: W[]): W[] {
  const key = (warning: W): string => `${warning.pointer}\u0000${warning.code}\u0000${warning.message}`;
  return [...warnings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe("the fast paths give exactly what jsonld.js expand and the compaction step give", () => {
  it("on every vendored fixture they accept, and they accept most of them", async () => {
    const taken = { fast: 0, full: 0, failed: 0, direct: 0 };
    for (const { name, document } of fixtures) {
      try {
        const paths = await expectPathsAgree(document);
        taken[paths.expand]++;
        if (paths.direct) taken.direct++;
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    }
    expect(taken.fast + taken.full + taken.failed).toBe(fixtures.length);
    // The point of the fast paths: the common case takes them.
    expect(taken.fast).toBeGreaterThan(fixtures.length * 0.75);
    expect(taken.direct).toBeGreaterThan(fixtures.length * 0.75);
  });

  it("on hand-picked corners of the subset it handles (and of what it must hand over)", async () => {
    const as = activityStreams;
    const corners: Record<string, unknown>[] = [
      { "@context": [as, { "@language": "EN-gb" }], type: "Note", name: "Colour", content: ["a", "b"] },
      { "@context": [as, { "@language": "not a tag" }], type: "Note", name: "x" },
      { "@context": [as, { "@language": null }], type: "Note", name: "x" },
      {
        "@context": as,
        type: "Note",
        contentMap: { EN: "Hi", fr: ["Salut", "Coucou"], "x-Klingon": "nuqneH" },
      },
      { "@context": as, type: "Note", contentMap: "not a map", nameMap: {} },
      {
        "@context": [as, { ex: "https://ex.example/ns#", b: "ex:b", a: { "@id": "b", "@type": "@id" } }],
        type: "Note",
        a: "ex:c",
      },
      { "@context": [as, { a: "b", b: "a" }], type: "Note", a: 1 },
      { "@context": [as, { a: { "@id": "a" } }], type: "Note", a: 1 },
      { "@context": [as, { "@vocab": "https://vocab.example/" }], type: "Thing", anything: true },
      { "@context": [as, { "@vocab": "as:" }], type: "Thing", anything: true },
      { "@context": as, type: "Note", summary: null, to: [null, "https://a.example/u"], cc: [], tag: [[]] },
      { "@context": as, type: "Note", url: 5, href: true, attributedTo: "as://authority/path" },
      { "@context": as, type: "Note", id: "_:b0", attributedTo: "_:b1", "_:raw": "x", "@unknown": 1 },
      { "@context": as, type: "Note", attributedTo: "@keywordish", inReplyTo: "relative/path" },
      { "@context": as, type: ["Note", "as:Article", "https://other.example/Type", "Undefined"] },
      { "@context": as, type: [] },
      { "@context": as, id: "https://a.example/only-an-id" },
      { "@context": as, type: "Note", "@id": "https://a.example/1", id: "https://a.example/2" },
      { "@context": as, type: "Note", object: {}, attachment: { id: "https://a.example/ref" } },
      {
        "@context": [as, "https://w3id.org/security/v1"],
        type: "Person",
        publicKey: { id: "https://a.example/k", owner: "https://a.example/u", publicKeyPem: "PEM" },
      },
      {
        "@context": [as, { orderedItems: { "@id": "as:items", "@container": "@list" } }],
        type: "OrderedCollection",
        orderedItems: ["a", null, "b"],
      },
      { "@context": as, type: "OrderedCollection", orderedItems: "https://a.example/single" },
      {
        "@context": as,
        type: "Note",
        "as:sensitive": false,
        sensitive: true,
        "https://www.w3.org/ns/activitystreams#sensitive": true,
      },
      {
        "@context": ["https://pleroma.example/schemas/litepub-0.1.jsonld"],
        type: "ChatMessage",
        directMessage: true,
      },
      {
        "@context": [
          as,
          {
            toot: "http://joinmastodon.org/ns#",
            focalPoint: { "@container": "@list", "@id": "toot:focalPoint" },
          },
        ],
        type: "Image",
        focalPoint: [0.5, -0.25],
      },
      // Redefinitions: a later context replaces a term (a type, a coerced property, a prefix).
      {
        "@context": [
          as,
          "https://w3id.org/security/v1",
          { toot: "http://joinmastodon.org/ns#", EncryptedMessage: "toot:EncryptedMessage" },
        ],
        type: ["Note", "EncryptedMessage"],
        expires: "2030-01-01T00:00:00Z",
      },
      {
        "@context": ["https://w3id.org/security/v1", { expires: "as:endTime" }, as],
        type: "Question",
        expires: "2030-01-01T00:00:00Z",
      },
      {
        "@context": [
          as,
          { schema: "http://schema.org/", value: "schema:value" },
          { schema: "http://schema.org#", PropertyValue: "schema:PropertyValue" },
        ],
        type: "Person",
        attachment: { type: "PropertyValue", name: "Site", value: "https://a.example" },
        "schema:name": "compact under the redefined prefix",
      },
      {
        "@context": [as, { location: { "@id": "http://schema.org#location", "@type": "@id" } }],
        type: "Event",
        location: "sc:not-a-prefix-here",
      },
    ];
    const taken: Taken[] = [];
    for (const document of corners) {
      try {
        taken.push(await expectPathsAgree(document));
      } catch (error) {
        throw new Error(`${JSON.stringify(document)}: ${(error as Error).message}`);
      }
    }
    // Both sides of each line are exercised: many corners stay on the fast paths, others hand over.
    expect(taken.filter((paths) => paths.expand === "fast").length).toBeGreaterThan(corners.length / 3);
    expect(taken.filter((paths) => paths.direct).length).toBeGreaterThan(corners.length / 4);
    expect(taken.filter((paths) => paths.expand === "fast" && !paths.direct).length).toBeGreaterThan(0);
    expect(taken.map((paths) => paths.expand)).toContain("full");
    expect(taken.map((paths) => paths.expand)).toContain("failed");
  });

  it("on generated re-expressions of the fixtures (prefixes, aliases, arrays, @id objects, nulls, reordered, extra and missing contexts, added keys)", async () => {
    const taken = { direct: 0, expandOnly: 0, other: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixtures.length - 1 }),
        fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 64 }),
        fc.boolean(),
        async (index, choices, meaningPreserving) => {
          const document = (fixtures[index] as (typeof fixtures)[number]).document;
          const paths = await expectPathsAgree(documentVariant(document, choices, meaningPreserving));
          if (paths.direct) taken.direct++;
          else if (paths.expand === "fast") taken.expandOnly++;
          else taken.other++;
        },
      ),
      { numRuns: 400 },
    );
    // The variants reach both sides of the line: the direct path, and the paths that expand.
    expect(taken.direct).toBeGreaterThan(100);
    expect(taken.expandOnly + taken.other).toBeGreaterThan(40);
  });

  it("normalizes a re-expression that keeps the meaning to the same document as the original", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixtures.length - 1 }),
        fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 64 }),
        async (index, choices) => {
          const document = (fixtures[index] as (typeof fixtures)[number]).document;
          const original = await normalize(document);
          if (!original.ok) return;
          const variant = expectSuccess(await normalize(documentVariant(document, choices, true)));
          if (!isDeepStrictEqual(variant.value.document, original.value.document)) {
            expect(variant.value.document).toStrictEqual(original.value.document);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
