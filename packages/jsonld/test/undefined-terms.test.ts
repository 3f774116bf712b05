import { expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { normalize } from "../src/index.js";
import type { NormalizeOptions } from "../src/normalize/normalize.js";
import { fixture } from "./fixture-documents.js";

/** Normalizes on the fast path and on jsonld.js; both must give the same result. */
async function bothPaths(document: Record<string, unknown>, options: NormalizeOptions = {}) {
  const fast = expectSuccess(await normalize(document, options));
  const full = expectSuccess(await normalize(document, { ...options, fastPath: false }));
  expect(fast.value.path).toBe("fast");
  expect(fast.value.document).toStrictEqual(full.value.document);
  expect(fast.warnings).toEqual(full.warnings);
  return fast;
}

function codesFor(warnings: readonly { code: string; message: string }[], name: string): string[] {
  return warnings.filter((warning) => warning.message.includes(`"${name}"`)).map((warning) => warning.code);
}

describe("terms the sender's context leaves undefined", () => {
  it("a Mastodon post whose context lacks sensitive keeps its content warning by default, and says it assumed it", async () => {
    // Mastodon's real Create (as Lemmy stores it: the context trimmed to the ActivityStreams
    // context and atomUri), with the content-warning flag a post with a CW carries.
    const create = fixture("corpus/lemmy-assets/mastodon/activities/create_note.json");
    const post = {
      ...create,
      object: { ...(create.object as Record<string, unknown>), summary: "spoilers", sensitive: true },
    };
    const result = await bothPaths(post);
    const object = result.value.document.object as Record<string, unknown>;
    expect(object.sensitive).toBe(true);
    expect(object.summary).toBe("spoilers");
    expect(codesFor(result.warnings, "sensitive")).toEqual(["assumed_term"]);
    expect(result.warnings.find((warning) => warning.message.includes('"sensitive"'))?.pointer).toBe(
      "/object",
    );
    // The output context defines it, so the document means what it says.
    expect(JSON.stringify(result.value.document["@context"])).toContain('"sensitive":"as:sensitive"');
  });

  it("the strict policy drops the same flag with an undefined_term warning", async () => {
    const create = fixture("corpus/lemmy-assets/mastodon/activities/create_note.json");
    const post = { ...create, object: { ...(create.object as Record<string, unknown>), sensitive: true } };
    const result = await bothPaths(post, { undefinedTerms: "drop" });
    const object = result.value.document.object as Record<string, unknown>;
    expect(object.sensitive).toBeUndefined();
    expect(codesFor(result.warnings, "sensitive")).toEqual(["undefined_term"]);
    expect(result.warnings.some((warning) => warning.code === "assumed_term")).toBe(false);
  });

  it("a Lemmy community without @context: the vocabulary's terms are kept, an unknown one is dropped", async () => {
    const community = fixture("corpus/lemmy-assets/lemmy/objects/group.json");
    expect(community["@context"]).toBeUndefined();
    const result = await bothPaths(community);
    const group = result.value.document;
    expect(group.sensitive).toBe(false);
    expect(group.postingRestrictedToMods).toBe(community.postingRestrictedToMods);
    expect(group.featured).toBe(community.featured);
    expect(group.publicKey).toMatchObject({ owner: community.id });
    // `description` is no term of the vocabulary: nothing says what it means.
    expect(group.description).toBeUndefined();
    expect(codesFor(result.warnings, "description")).toEqual(["undefined_term"]);
    expect(codesFor(result.warnings, "postingRestrictedToMods")).toEqual(["assumed_term"]);

    const strict = await bothPaths(community, { undefinedTerms: "drop" });
    for (const term of ["sensitive", "postingRestrictedToMods", "featured", "publicKey", "description"]) {
      expect(strict.value.document[term], term).toBeUndefined();
    }
    expect(strict.warnings.every((warning) => warning.code === "undefined_term")).toBe(true);
  });

  it("an undefined type the vocabulary knows is kept by default and dropped by the strict policy", async () => {
    // Lemmy's real Lock activity, sent without @context: Lock is Lemmy's type, not ActivityStreams'.
    const lock = fixture("corpus/lemmy-assets/lemmy/activities/community/lock_page.json");
    expect(lock.type).toBe("Lock");
    const kept = await bothPaths(lock);
    expect(kept.value.document.type).toBe("Lock");
    expect(codesFor(kept.warnings, "Lock")).toEqual(["assumed_term"]);
    const dropped = await bothPaths(lock, { undefinedTerms: "drop" });
    expect(dropped.value.document.type).toBeUndefined();
    expect(codesFor(dropped.warnings, "Lock")).toEqual(["undefined_term"]);
  });

  it("terms the vocabulary does not know are dropped under either policy (an oEmbed document)", async () => {
    const oembed = fixture("corpus/pleroma-test-fixtures/rich_media/oembed.json");
    for (const undefinedTerms of ["keep-known", "drop"] as const) {
      const result = await bothPaths(oembed, { undefinedTerms });
      expect(result.value.document.author_name, undefinedTerms).toBeUndefined();
      expect(codesFor(result.warnings, "author_name"), undefinedTerms).toEqual(["undefined_term"]);
    }
  });

  it("a term the sender defines is read with the sender's definition under either policy", async () => {
    // Mastodon's real Note defines sensitive (as:sensitive): nothing is assumed or dropped.
    const note = fixture("corpus/lemmy-assets/mastodon/objects/note_1.json");
    for (const undefinedTerms of ["keep-known", "drop"] as const) {
      const result = await bothPaths(note, { undefinedTerms });
      expect(result.value.document.sensitive).toBe(false);
      expect(result.warnings).toEqual([]);
    }
  });

  it("refuses an unknown policy with a TypeError naming the option", async () => {
    await expect(
      normalize({}, { undefinedTerms: "keep" as unknown as NonNullable<NormalizeOptions["undefinedTerms"]> }),
    ).rejects.toThrow(/undefinedTerms/);
  });
});
