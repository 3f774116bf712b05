import { isDeepStrictEqual } from "node:util";
import { expectSuccess } from "@fedikit/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runSettings } from "../src/engine/run-options.js";
import { fastExpand } from "../src/normalize/fast-expand.js";
import { fullExpansion, normalize } from "../src/normalize/normalize.js";
import { documentVariant } from "./document-variants.js";
import { fixtureDocuments } from "./fixture-documents.js";

const activityStreams = "https://www.w3.org/ns/activitystreams";
const settings = runSettings({});
const fixtures = fixtureDocuments();

/**
 * The proof that the fast path is exact: wherever it accepts a document, its expanded form is
 * the one jsonld.js computes (arrays in the same order), jsonld.js reported nothing it would
 * have to report, and the normalized documents and warnings are identical.
 */
async function expectPathsAgree(document: Record<string, unknown>): Promise<"fast" | "full" | "failed"> {
  const fast = fastExpand(document, settings.contextLoader, activityStreams);
  const full = await fullExpansion(document, settings);
  if (!full.ok) {
    expect(fast, `the fast path accepted what jsonld.js refuses (${full.error.code})`).toBeUndefined();
    return "failed";
  }
  if (fast === undefined) return "full";
  expect(fast).toStrictEqual(full.value.node);
  expect(full.value.events).toEqual([]);
  const viaFast = expectSuccess(await normalize(document));
  const viaFull = expectSuccess(await normalize(document, { fastPath: false }));
  expect(viaFast.value.path).toBe("fast");
  expect(viaFull.value.path).toBe("full");
  expect(JSON.stringify(viaFast.value.document)).toBe(JSON.stringify(viaFull.value.document));
  expect(viaFast.warnings).toEqual(viaFull.warnings);
  return "fast";
}

describe("the fast path gives exactly what jsonld.js expand gives", () => {
  it("on every vendored fixture it accepts, and it accepts most of them", async () => {
    const taken = { fast: 0, full: 0, failed: 0 };
    for (const { name, document } of fixtures) {
      try {
        taken[await expectPathsAgree(document)]++;
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    }
    expect(taken.fast + taken.full + taken.failed).toBe(fixtures.length);
    // The point of the fast path: the common case takes it.
    expect(taken.fast).toBeGreaterThan(fixtures.length * 0.75);
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
    const taken: string[] = [];
    for (const document of corners) {
      try {
        taken.push(await expectPathsAgree(document));
      } catch (error) {
        throw new Error(`${JSON.stringify(document)}: ${(error as Error).message}`);
      }
    }
    // Both sides of the line are exercised: many corners stay on the fast path, the others hand over.
    expect(taken.filter((path) => path === "fast").length).toBeGreaterThan(corners.length / 3);
    expect(taken).toContain("full");
    expect(taken).toContain("failed");
  });

  it("on generated re-expressions of the fixtures (prefixes, aliases, arrays, @id objects, reordered and extra contexts)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixtures.length - 1 }),
        fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 64 }),
        fc.boolean(),
        async (index, choices, meaningPreserving) => {
          const document = (fixtures[index] as (typeof fixtures)[number]).document;
          await expectPathsAgree(documentVariant(document, choices, meaningPreserving));
        },
      ),
      { numRuns: 300 },
    );
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
