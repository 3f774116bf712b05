import { describe, expect, it } from "vitest";
import { parse, parseJson, parseNote } from "../index.js";

/** The issues of a strict parse, which must fail. */
function issuesOf(json: unknown, options?: Parameters<typeof parse>[1]) {
  const result = parse(json, { strict: true, ...options });
  if (result.ok) throw new Error("expected a failure");
  return result.error.issues;
}

/** A lenient parse, which must succeed: the repaired value and the pointers of its warnings. */
function lenient(json: unknown) {
  const result = parse(json);
  if (!result.ok) throw new Error(`expected a success: ${result.error.message}`);
  return { value: result.value as unknown, warnings: result.warnings.map((issue) => issue.pointer) };
}

describe("hostile input", () => {
  it("rejects __proto__, constructor and prototype keys without polluting prototypes", () => {
    const json = JSON.parse(
      '{"type":"Note","__proto__":{"polluted":true},"tag":[{"type":"Mention","constructor":{"x":1}}],"x":{"prototype":1}}',
    );
    const issues = issuesOf(json);
    expect(issues.map((issue) => [issue.code, issue.pointer])).toEqual([
      ["forbidden_key", "/__proto__"],
      ["forbidden_key", "/tag/0/constructor"],
      ["forbidden_key", "/x/prototype"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("rejects deep nesting with a typed error instead of overflowing the stack", () => {
    let text = '{"type":"Note","inReplyTo":';
    const depth = 100_000;
    text += `${'{"type":"Note","inReplyTo":'.repeat(depth)}"https://example.com/x"${"}".repeat(depth + 1)}`;
    const result = parseJson(text.replace(/^/, ""));
    // JSON.parse itself copes; the validator stops at maxDepth.
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.code).toBe("too_deep");
  });

  it("rejects deep nesting inside unknown properties too", () => {
    let value: unknown = 1;
    for (let index = 0; index < 10_000; index++) value = { nested: value };
    const issues = issuesOf({ type: "Note", extension: value });
    expect(issues[0]?.code).toBe("too_deep");
  });

  it("detects cycles in in-memory objects", () => {
    const note: Record<string, unknown> = { type: "Note" };
    note.inReplyTo = note;
    const cyclic: Record<string, unknown> = { type: "Note" };
    cyclic.extension = { back: cyclic };
    expect(issuesOf(note)[0]?.code).toBe("cycle");
    expect(issuesOf(cyclic)[0]?.code).toBe("cycle");
  });

  it("stops an in-memory graph whose shared sub-objects expand to exponentially many paths", () => {
    // 40 levels of { a: x, b: x } over one Note: 2^40 paths through 41 objects.
    let shared: Record<string, unknown> = { type: "Note", content: "leaf" };
    for (let level = 0; level < 40; level++) shared = { a: shared, b: shared };
    const document = { type: "Note", attachment: { type: "Object", extension: shared } };
    for (const strict of [true, false]) {
      const result = parse(document, { strict, maxDepth: 64 });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues.at(-1)?.code).toBe("too_many_nodes");
    }
    // The root and one array: two nodes.
    expect(parse({ type: "Note", to: ["https://example.com/a"] }, { maxNodes: 2 }).ok).toBe(true);
    expect(parse({ type: "Note", tag: [{ type: "Hashtag" }] }, { maxNodes: 2, strict: true }).ok).toBe(false);
  });

  it("bounds huge arrays", () => {
    const to = Array.from({ length: 20_000 }, (_, index) => `https://example.com/${index}`);
    expect(issuesOf({ type: "Note", to })[0]).toMatchObject({ code: "too_many_values", pointer: "/to" });
    expect(parse({ type: "Note", to }, { maxArrayLength: 50_000 }).ok).toBe(true);
  });

  it("stops collecting issues at maxIssues", () => {
    const to = Array.from({ length: 500 }, () => 42);
    const issues = issuesOf({ type: "Note", to }, { maxIssues: 10 });
    expect(issues).toHaveLength(11);
    expect(issues.at(-1)?.code).toBe("too_many_issues");
  });

  it("reports wrong primitive types with the JSON path of every problem", () => {
    const issues = issuesOf({
      type: "Create",
      actor: 42,
      published: "yesterday",
      object: { type: "Note", content: false, sensitive: "yes", tag: [{ type: "Mention", href: 1 }] },
    });
    expect(issues.map((issue) => [issue.code, issue.pointer])).toEqual([
      ["wrong_type", "/actor"],
      ["invalid_date_time", "/published"],
      ["wrong_type", "/object/content"],
      ["wrong_type", "/object/sensitive"],
      ["wrong_type", "/object/tag/0/href"],
    ]);
    expect(issues[0]?.message).toContain("`actor` takes");
  });

  it("rejects values JSON cannot represent", () => {
    const issues = issuesOf({
      type: "Note",
      published: new Date(),
      duration: Number.NaN,
      extension: () => 1,
    });
    expect(issues.map((issue) => issue.code)).toEqual(["not_json", "not_json", "not_json"]);
  });

  it("rejects documents that are not objects", () => {
    for (const value of [null, 1, "Note", [], [{ type: "Note" }]]) {
      expect(issuesOf(value)[0]?.code).toBe("not_an_object");
    }
    const result = parseJson("{not json");
    expect(result.ok || result.error.issues[0]?.code).toBe("invalid_json");
  });

  it("rejects several values for a functional property", () => {
    expect(
      issuesOf({ type: "Note", published: ["2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"] })[0],
    ).toMatchObject({
      code: "not_functional",
      pointer: "/published",
    });
  });

  it("checks embedded types against the range", () => {
    expect(
      issuesOf({ type: "Person", inbox: "https://e.x/inbox", publicKey: { type: "Note" } })[0],
    ).toMatchObject({
      code: "unexpected_type",
      pointer: "/publicKey/type",
    });
  });

  it("checks the root type asked for", () => {
    const result = parseNote({ type: "Person", inbox: "https://example.com/inbox" });
    expect(result.ok || result.error.issues[0]?.code).toBe("unexpected_type");
    expect(parseNote({ type: "Note" }).ok).toBe(true);
  });

  it("requires a root type when asked", () => {
    expect(parse({ content: "hi" }).ok).toBe(true);
    expect(issuesOf({ content: "hi" }, { requireType: true })[0]?.code).toBe("missing_type");
  });

  it("validates language maps", () => {
    expect(parse({ type: "Note", contentMap: { en: "hi", "zh-Hant-TW": "嗨", und: "x" } }).ok).toBe(true);
    expect(issuesOf({ type: "Note", contentMap: { "not a tag": "x" } })[0]?.code).toBe(
      "invalid_language_map",
    );
    expect(issuesOf({ type: "Note", contentMap: { en: 1 } })[0]?.pointer).toBe("/contentMap/en");
  });

  it("returns the input itself on success and keeps unknown properties", () => {
    const json = { type: "Note", content: "hi", "https://example.com/ext": { any: [1, 2] } };
    const result = parse(json);
    expect(result.ok && result.value).toBe(json);
  });
});

describe("liberal parsing (the default)", () => {
  it("drops a value that does not fit its property, reports it, and keeps the document", () => {
    const actor = {
      type: "Person",
      id: "https://osada.example/channel/mike",
      inbox: "https://osada.example/inbox/mike",
      discoverable: "true",
      published: "yesterday",
      to: ["https://e.x/a", 42, "https://e.x/b"],
    };
    const { value, warnings } = lenient(actor);
    expect(warnings).toEqual(["/discoverable", "/published", "/to/1"]);
    expect(value).toEqual({
      type: "Person",
      id: "https://osada.example/channel/mike",
      inbox: "https://osada.example/inbox/mike",
      to: ["https://e.x/a", "https://e.x/b"],
    });
    expect(actor.discoverable).toBe("true");
    expect(actor.to).toHaveLength(3);
  });

  it("keeps the first of several values of a functional property, as Mastodon does with quotes", () => {
    const { value, warnings } = lenient({ type: "Note", quote: ["https://e.x/1", 5, "https://e.x/2"] });
    expect(warnings).toEqual(["/quote", "/quote/1"]);
    expect(value).toEqual({ type: "Note", quote: "https://e.x/1" });
    expect(lenient({ type: "Note", content: [7, "hi"] }).value).toEqual({ type: "Note", content: "hi" });
    expect(lenient({ type: "Note", content: [7] }).value).toEqual({ type: "Note" });
  });

  it("drops a bad language-map entry, an embedded node of the wrong type, or with a bad id", () => {
    const create = {
      type: "Create",
      actor: { type: "Person", inbox: "https://e.x/i", publicKey: { type: "Note" } },
      object: {
        type: "Note",
        contentMap: { en: "hi", "not a tag": "x", de: 1 },
        tag: [
          { type: "Mention", href: "https://e.x/u" },
          { type: "Hashtag", id: "{{placeholder}}" },
        ],
      },
    };
    const { value, warnings } = lenient(create);
    expect(warnings).toEqual([
      "/actor/publicKey/type",
      "/object/contentMap/not a tag",
      "/object/contentMap/de",
      "/object/tag/1/id",
    ]);
    expect(value).toEqual({
      type: "Create",
      actor: { type: "Person", inbox: "https://e.x/i" },
      object: { type: "Note", contentMap: { en: "hi" }, tag: [{ type: "Mention", href: "https://e.x/u" }] },
    });
  });

  it("shares what it did not repair with the input, and returns the input itself when clean", () => {
    const attachment = [{ type: "Image", url: "https://e.x/a.png" }];
    const note = { type: "Note", attachment, sensitive: "yes" };
    const value = lenient(note).value as typeof note;
    expect(value).not.toBe(note);
    expect(value.attachment).toBe(attachment);
    const clean = parse({ type: "Note" });
    expect(clean.ok && clean.warnings).toEqual([]);
  });

  it("still rejects problems with the root and unsafe input", () => {
    const rejected = (json: unknown) => {
      const result = parse(json);
      return result.ok ? [] : result.error.issues.map((issue) => issue.code);
    };
    expect(rejected({ type: "Note", id: "not an IRI" })).toEqual(["invalid_iri"]);
    expect(rejected({ type: 42 })).toEqual(["wrong_type"]);
    expect(parseNote({ type: "Person", inbox: "https://e.x/i" }).ok).toBe(false);
    expect(rejected(JSON.parse('{"type":"Note","sensitive":"x","tag":{"constructor":1}}'))).toEqual([
      "wrong_type",
      "forbidden_key",
    ]);
    expect(rejected(JSON.parse('{"type":"Note","contentMap":{"__proto__":"x"}}'))).toEqual(["forbidden_key"]);
    expect(rejected({ type: "Note", to: Array.from({ length: 20_000 }, () => "https://e.x/") })).toEqual([
      "too_many_values",
    ]);
    expect(rejected({ type: "Note", to: Array.from({ length: 200 }, () => 1) }).at(-1)).toBe(
      "too_many_issues",
    );
  });

  it("reports a maxDepth beyond the call stack as too deep instead of throwing", () => {
    let value: unknown = "https://e.x/";
    for (let index = 0; index < 200_000; index++) value = { type: "Note", inReplyTo: value };
    const result = parse(value, { maxDepth: 1_000_000 });
    expect(result.ok || result.error.issues[0]?.code).toBe("too_deep");
  });
});

describe("in-memory values that JSON cannot hold", () => {
  it("are rejected wherever they are, with their path", () => {
    const codes = (json: unknown) => issuesOf(json).map((issue) => [issue.code, issue.pointer]);
    expect(codes({ type: "Note", content: () => "x" })).toEqual([["not_json", "/content"]]);
    expect(codes({ type: "Note", width: Number.NaN, ext: Number.POSITIVE_INFINITY })).toEqual([
      ["not_json", "/width"],
      ["not_json", "/ext"],
    ]);
    expect(codes({ type: "Image", width: Number.NaN })).toEqual([["not_json", "/width"]]);
    expect(codes({ type: "Note", published: new Date(0) })).toEqual([["not_json", "/published"]]);
    expect(codes({ type: "Note", ext: Symbol("x") })).toEqual([["not_json", "/ext"]]);
    expect(codes({ type: "Note", ext: 1n })).toEqual([["not_json", "/ext"]]);
    expect(codes({ type: "Note", ext: [1, () => 1], more: { a: new Map() } })).toEqual([
      ["not_json", "/ext/1"],
      ["not_json", "/more/a"],
    ]);
    expect(codes({ type: "Note", ext: { a: undefined, b: Symbol("x") } })).toEqual([["not_json", "/ext/b"]]);
    expect(codes({ type: "Note", tag: [new Map()] })).toEqual([["not_json", "/tag/0"]]);
    expect(codes({ type: "Note", focalPoint: [1, () => 1] })).toEqual([["not_json", "/focalPoint/1"]]);
  });

  it("that are undefined or null mean no value", () => {
    expect(
      parse(
        { type: "Note", content: undefined, summary: null, to: [null, "https://e.x/a"] },
        { strict: true },
      ).ok,
    ).toBe(true);
  });
});

describe("values of the wrong shape", () => {
  it("are reported for nested arrays, language maps that are not maps, and types that are not strings", () => {
    const codes = (json: unknown) => issuesOf(json).map((issue) => [issue.code, issue.pointer]);
    expect(codes({ type: "Note", to: [["https://e.x/a"]] })).toEqual([["wrong_type", "/to/0"]]);
    expect(codes({ type: "Note", contentMap: ["en"] })).toEqual([
      ["not_functional", "/contentMap"],
      ["wrong_type", "/contentMap/0"],
    ]);
    expect(codes({ type: "Note", contentMap: "hello" })).toEqual([["wrong_type", "/contentMap"]]);
    expect(codes({ type: "Note", tag: [{ type: ["Hashtag", 7] }] })).toEqual([["wrong_type", "/tag/0/type"]]);
    expect(codes({ type: "Note", attachment: { type: { id: "x" } } })).toEqual([
      ["wrong_type", "/attachment/type"],
    ]);
  });

  it("describe what was expected and what was found", () => {
    const [issue] = issuesOf({ type: "Note", attributedTo: 12 });
    expect(issue?.message).toBe(
      "`attributedTo` takes an IRI or an object (Link, Object), not the number 12.",
    );
    const [long] = issuesOf({ type: "Note", published: "x".repeat(100) });
    expect(long?.message).toContain(`the string "${"x".repeat(40)}…"`);
    const [json] = issuesOf({ type: "Note", updated: true });
    expect(json?.message).toBe("`updated` takes a date-time string, not the boolean true.");
  });
});
