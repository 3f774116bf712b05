import { describe, expect, it } from "vitest";
import { parse, parseJson, parseNote } from "../index.js";

function issuesOf(json: unknown, options?: Parameters<typeof parse>[1]) {
  const result = parse(json, options);
  if (result.ok) throw new Error("expected a failure");
  return result.error.issues;
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
