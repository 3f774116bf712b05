// Without normalization, `parse` reads properties by term only. A known property written as a
// compact or full IRI is kept but not read, so a content warning (`as:sensitive`) would be lost
// silently; parse says so with an `unnormalized_property` warning. Documents built by Fedify are
// tested in test/fedify-documents.test.ts.
import { expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { defaultSchema, type ParseIssue, parse, parsePage, parsePerson } from "../index.js";

const remarks = (warnings: readonly ParseIssue[]) =>
  warnings.filter((warning) => warning.code === "unnormalized_property").map((warning) => warning.pointer);

describe("a known property under an IRI", () => {
  it("as a compact IRI is kept, not read, and remarked on", () => {
    const page = { type: "Page", name: "CW", "as:sensitive": true };
    const result = expectSuccess(parsePage(page));
    expect(result.value).toBe(page);
    expect(result.value.sensitive).toBeUndefined();
    expect(result.warnings).toEqual([
      {
        code: "unnormalized_property",
        path: ["as:sensitive"],
        pointer: "/as:sensitive",
        message: expect.stringContaining("`as:sensitive` is the IRI of `sensitive`"),
      },
    ]);
  });

  it("as a full IRI, or with a namespace alias, is remarked on", () => {
    const page = { type: "Page", "https://www.w3.org/ns/activitystreams#sensitive": true };
    expect(remarks(expectSuccess(parse(page)).warnings)).toEqual([
      "/https:~1~1www.w3.org~1ns~1activitystreams#sensitive",
    ]);
    const field = { type: "PropertyValue", name: "Web", "http://schema.org#value": "x" };
    expect(remarks(expectSuccess(parse(field)).warnings)).toEqual(["/http:~1~1schema.org#value"]);
  });

  it("under the prefix of any vocabulary is remarked on (toot:, sec:, vf:)", () => {
    const person = {
      type: "Person",
      inbox: "https://e.x/i",
      "toot:discoverable": true,
      "sec:publicKey": { id: "https://e.x/k", "sec:publicKeyPem": "PEM" },
    };
    expect(remarks(expectSuccess(parsePerson(person)).warnings)).toEqual([
      "/toot:discoverable",
      "/sec:publicKey",
      "/sec:publicKey/sec:publicKeyPem",
    ]);
    expect(remarks(expectSuccess(parse({ type: "Proposal", "vf:purpose": "offer" })).warnings)).toEqual([
      "/vf:purpose",
    ]);
  });

  it("inside an embedded node is remarked on with its path", () => {
    const profile = {
      type: "Profile",
      describes: {
        type: "Person",
        "as:manuallyApprovesFollowers": true,
        "https://w3id.org/security#publicKey": { "https://w3id.org/security#owner": "https://e.x/u" },
      },
    };
    expect(remarks(expectSuccess(parse(profile)).warnings)).toEqual([
      "/describes/as:manuallyApprovesFollowers",
      "/describes/https:~1~1w3id.org~1security#publicKey",
      "/describes/https:~1~1w3id.org~1security#publicKey/https:~1~1w3id.org~1security#owner",
    ]);
  });

  it("stays a warning when strict, beside the values a lenient parse drops", () => {
    const note = { type: "Note", "as:sensitive": true };
    expect(remarks(expectSuccess(parse(note, { strict: true })).warnings)).toEqual(["/as:sensitive"]);
    const both = expectSuccess(parse({ type: "Note", sensitive: "yes", "as:sensitive": true }));
    expect(both.warnings.map((warning) => [warning.code, warning.pointer])).toEqual([
      ["wrong_type", "/sensitive"],
      ["unnormalized_property", "/as:sensitive"],
    ]);
  });
});

describe("keys that are not a known property under an IRI", () => {
  it("are not remarked on: terms, unknown prefixes and IRIs, context definitions, JSON values", () => {
    const clean = [
      { type: "Note", "vcard:bday": "2000-01-01" }, // a term with a colon, on a type it does not apply to
      { type: "Person", inbox: "https://e.x/i", "vcard:bday": "2000-01-01" },
      { type: "Note", "kroeg:blocks": { id: "https://e.x/b" }, "https://example.com/ns#x": 1 },
      {
        "@context": ["https://www.w3.org/ns/activitystreams", { "as:sensitive": { "@type": "xsd:boolean" } }],
        type: "Note",
      },
      { type: "Note", "unknown:": 1, ":sensitive": 1, "as:": 1, "constructor:x": 1, "toString:sensitive": 1 },
      { type: "Image", focalPoint: [0, 0] },
    ];
    for (const document of clean)
      expect(remarks(expectSuccess(parse(document)).warnings), JSON.stringify(document)).toEqual([]);
  });

  it("are bounded by maxIssues", () => {
    const page: Record<string, unknown> = { type: "Page" };
    for (let index = 0; index < 30; index++) page[`as:sensitive${index === 0 ? "" : index}`] = true;
    for (let index = 0; index < 30; index++) page[`toot:discoverable${index === 0 ? "" : index}`] = true;
    // Only the two real IRIs are known; the others are unknown and not remarked on.
    expect(remarks(expectSuccess(parse(page)).warnings)).toEqual(["/as:sensitive", "/toot:discoverable"]);
    const many = {
      type: "Collection",
      items: Array.from({ length: 50 }, () => ({ type: "Note", "as:sensitive": true })),
    };
    expect(expectSuccess(parse(many, { maxIssues: 10 })).warnings).toHaveLength(10);
  });
});

describe("Schema.propertyOf", () => {
  it("finds a property by term, language-map term, IRI, alias IRI or compact IRI", () => {
    const schema = defaultSchema();
    const sensitive = schema.property("sensitive");
    for (const key of ["sensitive", "as:sensitive", "https://www.w3.org/ns/activitystreams#sensitive"]) {
      expect(schema.propertyOf(key), key).toBe(sensitive);
    }
    expect(schema.propertyOf("contentMap")).toBe(schema.property("content"));
    expect(schema.propertyOf("schema:value")).toBe(schema.property("value"));
    expect(schema.propertyOf("https://schema.org/value")).toBe(schema.property("value"));
    for (const key of ["nope", "nope:sensitive", "as:nope", ":x", "constructor", "__proto__:x"]) {
      expect(schema.propertyOf(key), key).toBeUndefined();
    }
  });
});
