import { FedikitError, hasCode } from "@fedikit/core";
import { expectFailure } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import {
  buildNote,
  createSchema,
  formatPath,
  parse,
  parseAs,
  parseJson,
  parseNote,
  toJsonPointer,
  VocabularyError,
} from "../index.js";
import { activityStreams } from "../schema/built-in.js";
import { build } from "./build.js";

describe("VocabularyError", () => {
  it("is core's FedikitError with a code, the issues and a cause", () => {
    const cause = new Error("underneath");
    const error = new VocabularyError("wrong_type", "bad", { issues: [], cause });
    expect(error).toBeInstanceOf(FedikitError);
    expect(error.name).toBe("VocabularyError");
    expect(error.cause).toBe(cause);
    expect(hasCode(error, "wrong_type")).toBe(true);
    expect(new VocabularyError("invalid_schema", "x").issues).toEqual([]);
  });

  it("takes the code of the first issue when strict", () => {
    const error = expectFailure(
      parse({ type: "Note", published: "yesterday", sensitive: "yes" }, { strict: true }),
      "invalid_date_time",
    );
    expect(error.issues.map((issue) => issue.code)).toEqual(["invalid_date_time", "wrong_type"]);
  });

  it("takes the code of the first issue a lenient parse could not mend, and lists every issue", () => {
    const json = JSON.parse('{"type":"Note","sensitive":"x","tag":{"constructor":1},"id":"no IRI"}');
    const error = expectFailure(parse(json), "invalid_iri");
    expect(error.issues.map((issue) => issue.code)).toEqual(["invalid_iri", "wrong_type", "forbidden_key"]);
    expectFailure(parse({ type: "Note", to: Array.from({ length: 200 }, () => 1) }), "too_many_issues");
  });

  it("names the deciding issue in its message even when many came before it", () => {
    const document: Record<string, unknown> = { type: "Note", to: [1, 2, 3, 4, 5] };
    document.tag = JSON.parse('{"__proto__":1}');
    const error = expectFailure(parse(document), "forbidden_key");
    expect(error.message).toMatch(/^Invalid ActivityStreams document: \$\.tag\.__proto__: The key/);
    expect(error.message).toContain("(and 2 more)");
  });

  it("has a code for text that is not JSON and for a type the schema lacks", () => {
    expectFailure(parseJson("{"), "invalid_json", /^Invalid ActivityStreams document: \$: Not JSON/);
    expectFailure(parseAs("Nope", {}), "unknown_type", /has no type Nope/);
  });

  it("is what builders throw, with the code of the first problem", () => {
    expect(() => buildNote({ published: "yesterday" })).toThrow(
      expect.objectContaining({ code: "invalid_date_time", name: "VocabularyError" }),
    );
    expect(() => build("Actor", {})).toThrow(expect.objectContaining({ code: "unknown_type" }));
    expect(() => build("Nope", {})).toThrow(VocabularyError);
  });

  it("is what schema compilation throws, with invalid_schema", () => {
    const again = { ...activityStreams, id: "again" };
    expect(() => createSchema([activityStreams, again])).toThrow(
      expect.objectContaining({ code: "invalid_schema", message: expect.stringMatching(/defined twice/) }),
    );
    const orphan = {
      ...activityStreams,
      types: { ...activityStreams.types, Orphan: { extends: ["Nope"], description: "", specUrl: "" } },
    };
    expect(() => createSchema([orphan])).toThrow(/Type Orphan names unknown type Nope/);
    const cyclic = {
      ...activityStreams,
      types: {
        ...activityStreams.types,
        A: { extends: ["B"], description: "", specUrl: "" },
        B: { extends: ["A"], description: "", specUrl: "" },
      },
    };
    expect(() => createSchema([cyclic])).toThrow(/cycle/);
    const mapClash = {
      ...activityStreams,
      properties: {
        ...activityStreams.properties,
        contentMap: { domain: ["Object"], range: ["string"], description: "", specUrl: "" },
      },
    };
    expect(() => createSchema([mapClash])).toThrow(/defined twice|also a property/);
  });
});

describe("paths", () => {
  it("format as JSON Pointers and as a person reads them", () => {
    const path = ["object", "tag", 0, "a/b~c", "two words"];
    expect(toJsonPointer(path)).toBe("/object/tag/0/a~1b~0c/two words");
    expect(formatPath(path)).toBe('$.object.tag[0]["a/b~c"]["two words"]');
    expect(formatPath([])).toBe("$");
  });
});

describe("parse options", () => {
  it("are checked, and a wrong one throws a RangeError or TypeError naming it", () => {
    expect(() => parse({}, { maxDepth: 0 })).toThrow(/^maxDepth must be an integer at least 1; got 0\.$/);
    expect(() => parse({}, { maxIssues: 1.5 })).toThrow(RangeError);
    expect(() => parse({}, { maxNodes: "5" as unknown as number })).toThrow(TypeError);
    expect(() => parseNote({}, { maxArrayLength: -1 })).toThrow(/maxArrayLength/);
    expect(parse({ type: "Note", to: [] }, { maxArrayLength: 0 }).ok).toBe(true);
  });
});
