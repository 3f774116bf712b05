import { contextFor, defaultSchema } from "@fedikit/vocab";
import { describe, expect, it } from "vitest";
import { fixtureDocuments } from "../../test/fixture-documents.js";
import { normalize } from "./normalize.js";
import { outputContexts } from "./output-context.js";

describe("the @context of normalized documents", () => {
  it("is what contextFor of @fedikit/vocab gives for the normalized body, on every vendored document", async () => {
    let checked = 0;
    for (const { name, document } of fixtureDocuments()) {
      const result = await normalize(document);
      if (!result.ok) continue;
      const { "@context": context, ...body } = result.value.document;
      expect(context, name).toStrictEqual(contextFor(body));
      checked++;
    }
    expect(checked).toBeGreaterThan(240);
  });

  it("does not depend on the order the terms were used in, and no two documents share one", () => {
    const contexts = outputContexts(defaultSchema());
    const entries = ["sensitive", "atomUri", "featured", "discoverable"].map((term) =>
      contexts.property(term),
    );
    expect(entries.every((entry) => entry !== undefined)).toBe(true);
    const forward = contexts.build(entries as NonNullable<(typeof entries)[number]>[]);
    const backward = contexts.build([...entries].reverse() as NonNullable<(typeof entries)[number]>[]);
    expect(backward).toStrictEqual(forward);
    expect(backward).not.toBe(forward);
    (forward as Record<string, unknown>[]).push({ mutated: true });
    expect(contexts.build(entries as NonNullable<(typeof entries)[number]>[])).toStrictEqual(backward);
  });

  it("is the ActivityStreams URL alone when no term needs more", () => {
    const contexts = outputContexts(defaultSchema());
    expect(contexts.property("content")).toBeUndefined();
    expect(contexts.type("Note")).toBeUndefined();
    expect(contexts.build([])).toBe("https://www.w3.org/ns/activitystreams");
  });
});
