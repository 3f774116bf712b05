import { describe, expect, it } from "vitest";
import {
  declaredType,
  defaultSchema,
  isInstanceOf,
  type ParseIssue,
  parse,
  passedThroughProperties,
  serialize,
} from "../src/index.js";
import { canonicalForm } from "./equivalence.js";
import { expectations, fixtureFiles, readFixture } from "./fixtures.js";

const cases = expectations();

describe("real-world fixtures", () => {
  it("has an expectation for every vendored document", () => {
    expect(cases.map((entry) => entry.file).sort()).toEqual(fixtureFiles().sort());
    expect(cases.length).toBeGreaterThan(250);
  });

  for (const entry of cases) {
    const pointers = (issues: readonly { pointer: string }[]) => issues.map((issue) => issue.pointer);
    const notices = (issues: readonly ParseIssue[]) =>
      pointers(issues.filter((issue) => issue.code === "unnormalized_property"));
    const dropped = (issues: readonly ParseIssue[]) =>
      pointers(issues.filter((issue) => issue.code !== "unnormalized_property"));
    if (entry.warnings === undefined) {
      it(`${entry.file} parses as ${entry.type} and round-trips`, () => {
        const document = readFixture(entry.file);
        const result = parse(document);
        if (!result.ok) expect.fail(result.error.message);
        expect(dropped(result.warnings)).toEqual([]);
        expect(notices(result.warnings)).toEqual(entry.notices ?? []);
        expect(result.value).toBe(document);
        expect(isInstanceOf(result.value, entry.type)).toBe(true);
        const declared = declaredType(result.value);
        if (declared !== undefined) expect(declared.term).toBe(entry.type);
        const serialized = serialize(result.value) as unknown as Record<string, unknown>;
        expect(serialized["@context"]).toBeDefined();
        if ((document as Record<string, unknown>)["@context"] === undefined) delete serialized["@context"];
        expect(canonicalForm(serialized)).toEqual(canonicalForm(document));
      });
    } else {
      const warnings = entry.warnings;
      it(`${entry.file} parses as ${entry.type} without ${warnings.join(", ")}, or is rejected when strict`, () => {
        const strict = parse(readFixture(entry.file), { strict: true });
        expect(strict.ok || pointers(strict.error.issues)).toEqual(warnings);
        const document = readFixture(entry.file);
        const result = parse(document);
        if (!result.ok) expect.fail(result.error.message);
        expect(dropped(result.warnings)).toEqual(warnings);
        expect(notices(result.warnings)).toEqual(entry.notices ?? []);
        expect(isInstanceOf(result.value, entry.type)).toBe(true);
        // The input is left as it was; the value is a repaired copy that parses cleanly.
        expect(document).toEqual(readFixture(entry.file));
        const again = parse(result.value, { strict: true });
        expect(again.ok || pointers(again.error.issues)).toBe(true);
      });
    }
  }

  it("knows every property of every fixture, or lists it as passed through untyped", () => {
    const schema = defaultSchema();
    const listed = new Set(passedThroughProperties.map((entry) => entry.key));
    const unknown = new Set<string>();
    const visit = (value: unknown, parent: string | undefined): void => {
      if (Array.isArray(value)) {
        for (const item of value) visit(item, parent);
        return;
      }
      if (typeof value !== "object" || value === null) return;
      const isLanguageMap = parent !== undefined && schema.property(parent)?.languageMap === parent;
      for (const [key, item] of Object.entries(value)) {
        if (key === "@context" || isLanguageMap) continue;
        if (key !== "id" && key !== "type" && schema.property(key) === undefined && !listed.has(key))
          unknown.add(key);
        visit(item, key);
      }
    };
    for (const file of fixtureFiles()) visit(readFixture(file), undefined);
    expect([...unknown]).toEqual([]);
  });

  it("lists no passed-through key that the schema knows", () => {
    const schema = defaultSchema();
    expect(passedThroughProperties.filter((entry) => schema.property(entry.key) !== undefined)).toEqual([]);
  });
});
