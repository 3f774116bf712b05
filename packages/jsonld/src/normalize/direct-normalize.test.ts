import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { defaultSchema } from "@fedikit/vocab";
import { describe, expect, it } from "vitest";
import { fixture } from "../../test/fixture-documents.js";
import { deepFreeze } from "../contexts/deep-freeze.js";
import { runSettings } from "../engine/run-options.js";
import { createContextLoader } from "../loader/create-context-loader.js";
import { directNormalize } from "./direct-normalize.js";
import { normalize } from "./normalize.js";

const activityStreams = "https://www.w3.org/ns/activitystreams";
const schema = defaultSchema();
const direct = (document: Record<string, unknown>, options = {}) =>
  directNormalize(document, runSettings(options), schema, "keep-known", activityStreams);

/** Objects and arrays in a JSON value, as the work limits count them. */
function countNodes(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + children.reduce((sum: number, child) => sum + countNodes(child), 0);
}

describe("the direct path", () => {
  it("reads Mastodon's real actor, and counts its objects and arrays exactly as the limits do", async () => {
    const person = fixture("mastodon/person.json");
    const nodes = countNodes(person);
    expect(direct(person, { maxNodes: nodes })).toBeDefined();
    expect(direct(person, { maxNodes: nodes - 1 })).toBeUndefined();
    for (const fastPath of [true, false]) {
      expectFailure(await normalize(person, { maxNodes: nodes - 1, fastPath }), "too_many_nodes");
      expectSuccess(await normalize(person, { maxNodes: nodes, fastPath }));
    }
  });

  it("counts what it drops: a deep value under an undefined term still trips maxDepth", async () => {
    let deep: unknown = "bottom";
    for (let level = 0; level < 10; level++) deep = { nested: deep };
    const note = { "@context": activityStreams, type: "Note", content: "hi", unknownTerm: deep };
    expect(direct(note, { maxDepth: 8 })).toBeUndefined();
    expectFailure(await normalize(note, { maxDepth: 8 }), "too_deep");
    expect(direct(note, { maxDepth: 12 })).toBeDefined();
  });

  it("copies on write: the input is never changed, unchanged objects are shared, changed ones are new", () => {
    const person = deepFreeze(fixture("mastodon/person.json")) as Record<string, unknown>;
    const before = JSON.stringify(person);
    const result = direct(person);
    expect(result).toBeDefined();
    const document = (result as NonNullable<typeof result>).document;
    expect(JSON.stringify(person)).toBe(before);
    expect(document).not.toBe(person);
    expect(document.publicKey).toBe(person.publicKey);
    expect(document["@context"]).not.toBe(person["@context"]);
  });

  it("steps aside for what it cannot decide exactly, and normalize still gives jsonld.js's answer", async () => {
    const as = activityStreams;
    const handedOver: Record<string, unknown>[] = [
      // Two keys that land on one term: the other paths merge them in their order.
      {
        "@context": as,
        type: "Note",
        "as:sensitive": true,
        "https://www.w3.org/ns/activitystreams#sensitive": false,
      },
      // A nested context.
      { "@context": as, type: "Create", object: { "@context": { content: "as:summary" }, content: "x" } },
      // A value object.
      { "@context": as, type: "Note", content: { "@value": "x", "@language": "en" } },
    ];
    for (const document of handedOver) {
      expect(direct(document), JSON.stringify(document)).toBeUndefined();
      const viaDefault = expectSuccess(await normalize(document));
      const viaFull = expectSuccess(await normalize(document, { fastPath: false }));
      expect(viaDefault.value.document).toStrictEqual(viaFull.value.document);
    }
    // A context given to one loader only means nothing to the tables every loader shares.
    const contextLoader = createContextLoader({
      contexts: new Map([
        ["https://example.com/ns", { "@context": { mood: "https://example.com/ns#mood" } }],
      ]),
    });
    const custom = { "@context": [as, "https://example.com/ns"], type: "Note", mood: "calm" };
    expect(directNormalize(custom, runSettings({ contextLoader }), schema, "keep-known", as)).toBeUndefined();
    const result = expectSuccess(await normalize(custom, { contextLoader }));
    expect(result.value.document["https://example.com/ns#mood"]).toBe("calm");
  });

  it("steps aside while Object.prototype has an enumerable property, and normalize is unaffected", async () => {
    const note = fixture("corpus/lemmy-assets/mastodon/objects/note_1.json");
    const expected = expectSuccess(await normalize(note)).value.document;
    Object.defineProperty(Object.prototype, "polluted", {
      value: 1,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    try {
      expect(direct(note)).toBeUndefined();
      const result = expectSuccess(await normalize(note));
      expect({ ...result.value.document }).toStrictEqual({ ...expected });
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });
});
