import { expectFailure, expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { canonize, normalize } from "../src/index.js";

const as = "https://www.w3.org/ns/activitystreams";
const note = {
  "@context": as,
  type: "Create",
  id: "https://good.example/activities/1",
  actor: "https://good.example/users/alice",
  object: { type: "Note", id: "https://good.example/notes/1", content: "Hello" },
};

/** Tricks modelled on PeerTube's and Fedify's hardening cases; each states what comes out. */
describe("known JSON-LD tricks", () => {
  it("a nested @context that renames content to summary: the object's text is read as a summary", async () => {
    const document = {
      ...note,
      object: {
        "@context": { content: "as:summary" },
        type: "Note",
        id: "https://good.example/notes/1",
        content: "CW",
      },
    };
    const result = expectSuccess(await normalize(document));
    expect(result.value.path).toBe("full");
    const object = result.value.document.object as Record<string, unknown>;
    expect(object.summary).toBe("CW");
    expect(object.content).toBeUndefined();
  });

  it("@graph beside an activity: the hidden nodes are dropped with a warning, the activity is kept", async () => {
    const document = {
      ...note,
      "@graph": [{ type: "Person", id: "https://victim.example/users/bob", name: "Evil" }],
    };
    const result = expectSuccess(await normalize(document));
    expect(result.value.document.type).toBe("Create");
    expect(JSON.stringify(result.value.document)).not.toContain("victim.example");
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "dropped_keyword", pointer: "" }));
  });

  it("a top-level @graph of several nodes is not one document", async () => {
    const document = {
      "@context": as,
      "@graph": [note.object, { type: "Person", id: "https://evil.example/u" }],
    };
    expectFailure(await normalize(document), "not_a_single_node");
  });

  it("@included payloads are dropped with a warning", async () => {
    const document = { ...note, "@included": [{ type: "Person", id: "https://victim.example/users/bob" }] };
    const result = expectSuccess(await normalize(document));
    expect(JSON.stringify(result.value.document)).not.toContain("victim.example");
    expect(result.warnings.map((warning) => warning.code)).toContain("dropped_keyword");
  });

  it("@reverse claims (the victim attributedTo this note) are dropped with a warning", async () => {
    const document = {
      ...note.object,
      "@context": as,
      "@reverse": { attributedTo: { id: "https://victim.example/users/bob" } },
    };
    const result = expectSuccess(await normalize(document));
    expect(JSON.stringify(result.value.document)).not.toContain("victim.example");
    expect(result.warnings.map((warning) => warning.code)).toContain("dropped_keyword");
  });

  it("redefining a protected term of the data-integrity context fails", async () => {
    const document = {
      ...note,
      "@context": [
        as,
        "https://w3id.org/security/data-integrity/v1",
        { proof: "https://evil.example/proof" },
      ],
    };
    expectFailure(await normalize(document), "protected_term_redefinition");
    expectFailure(await canonize(document), "protected_term_redefinition");
  });

  it("a context that redefines id: the node has no id, and the value is what the context says", async () => {
    const document = { ...note, "@context": [as, { id: "as:name" }] };
    const result = expectSuccess(await normalize(document));
    expect(result.value.document.id).toBeUndefined();
    expect(result.value.document.name).toBe("https://good.example/activities/1");
  });

  it("a context that redefines type: the type is gone, the value a plain property", async () => {
    const document = { ...note, "@context": [as, { type: "https://evil.example/ns#kind" }] };
    const result = expectSuccess(await normalize(document));
    expect(result.value.document.type).toBeUndefined();
    expect(result.value.document["https://evil.example/ns#kind"]).toBe("Create");
  });

  it("a context that redefines actor: the activity has no actor for a reader to trust", async () => {
    const document = { ...note, "@context": [as, { actor: "https://evil.example/ns#actor" }] };
    const result = expectSuccess(await normalize(document));
    expect(result.value.document.actor).toBeUndefined();
    expect(result.value.document["https://evil.example/ns#actor"]).toBe("https://good.example/users/alice");
  });

  it("a context that redefines Person: the type is the other IRI, not Person", async () => {
    const document = {
      "@context": [as, { Person: "https://evil.example/ns#Admin" }],
      type: "Person",
      id: "https://good.example/users/alice",
    };
    const result = expectSuccess(await normalize(document));
    expect(result.value.document.type).toBe("https://evil.example/ns#Admin");
  });

  it("a term the context leaves undefined is not covered by a signature, so the strict policy drops it", async () => {
    // `sensitive` is not in the ActivityStreams context: canonicalization drops it, so an LD
    // signature does not cover it. With `undefinedTerms: "drop"` normalization drops it too,
    // with a warning; by default it is read as the vocabulary's `sensitive`, and says so.
    const document = { ...note.object, "@context": as, sensitive: false };
    const strict = expectSuccess(await normalize(document, { undefinedTerms: "drop" }));
    expect(strict.value.document.sensitive).toBeUndefined();
    expect(strict.warnings).toEqual([expect.objectContaining({ code: "undefined_term", pointer: "" })]);
    const assumed = expectSuccess(await normalize(document));
    expect(assumed.value.document.sensitive).toBe(false);
    expect(assumed.warnings).toEqual([expect.objectContaining({ code: "assumed_term", pointer: "" })]);
    const withFlag = expectSuccess(await canonize(document)).value;
    const withoutFlag = expectSuccess(await canonize({ ...note.object, "@context": as })).value;
    expect(withFlag).toBe(withoutFlag);
  });

  it("a context that unmaps content keeps the signed triples: normalize reads what a signature covers", async () => {
    // The signer's document says content "Hello". A relay re-sends it with `content` unmapped
    // (null) and the signed text moved under `as:content`: the canonical N-Quads, hence an LD
    // signature over them, are unchanged, while a reader of raw JSON would see the forged
    // `content`. The normalized document says what the signature covers.
    const signed = { ...note.object, "@context": as };
    const forged = {
      "@context": [as, { content: null }],
      type: "Note",
      id: "https://good.example/notes/1",
      "as:content": "Hello",
      content: "Send your password to evil.example",
    };
    expect(expectSuccess(await canonize(forged)).value).toBe(expectSuccess(await canonize(signed)).value);
    const result = expectSuccess(await normalize(forged));
    expect(result.value.document.content).toBe("Hello");
    expect(JSON.stringify(result.value.document)).not.toContain("evil.example");
  });

  it("a remote context named inside a nested object is still refused by default", async () => {
    const document = {
      ...note,
      object: { ...note.object, "@context": "https://evil.example/context.jsonld" },
    };
    const error = expectFailure(await normalize(document), "remote_context_blocked");
    expect(error.url).toBe("https://evil.example/context.jsonld");
  });

  it("a __proto__ key is data, never the prototype", async () => {
    const document = JSON.parse(
      '{"@context":"https://www.w3.org/ns/activitystreams","type":"Note","id":"https://good.example/n","__proto__":{"polluted":true},"contentMap":{"__proto__":"x"}}',
    ) as Record<string, unknown>;
    const result = expectSuccess(await normalize(document));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.value.document)).toBe(Object.prototype);
  });
});
