import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { baseCompilerOptions, publicApiProgram } from "../scripts/lib/public-api-program.js";
import { knownOptionViolations } from "./option-names/known-violations.js";
import {
  checkOptionTypes,
  fetchFunctionType,
  type OptionCheck,
  type OptionViolation,
  publicModules,
} from "./option-names/option-rules.js";

/**
 * The Options table of docs/conventions.md, checked over every exported `*Options` type of every
 * published entry point (through the TypeScript compiler, from sources).
 */

const key = (violation: Pick<OptionViolation, "package" | "option" | "rule">) =>
  `${violation.package} ${violation.option} [${violation.rule}]`;

describe("exported option types follow docs/conventions.md", () => {
  let check: OptionCheck;
  beforeAll(() => {
    const api = publicApiProgram();
    check = checkOptionTypes(api.program, publicModules(api), fetchFunctionType(api));
  });

  it("finds the exported options types of the published packages", () => {
    expect(check.checkedTypes.length).toBeGreaterThan(0);
  });

  it("break no rule except the known violations listed in known-violations.ts", () => {
    const known = new Set(knownOptionViolations.map(key));
    const unexpected = check.violations.filter((violation) => !known.has(key(violation)));
    expect(
      unexpected.map((violation) => `${key(violation)}: ${violation.message}`),
      "option fields that break the conventions (fix the field; see docs/conventions.md, Options)",
    ).toEqual([]);
  });

  it("list no known violation that is already fixed", () => {
    const current = new Set(check.violations.map(key));
    const stale = knownOptionViolations.filter((entry) => !current.has(key(entry)));
    expect(stale.map(key), "fixed: delete these entries from test/option-names/known-violations.ts").toEqual(
      [],
    );
  });
});

describe("the option rules", () => {
  it("report each break in a fixture, and nothing in a type that follows them", () => {
    const fixture = join(import.meta.dirname, "option-names/rule-fixture.ts");
    const program = ts.createProgram([fixture], baseCompilerOptions());
    const fetchModule = program
      .getSourceFiles()
      .find((file) => file.fileName.endsWith("packages/core/src/fetch-function.ts"))!;
    const checker = program.getTypeChecker();
    const fetchSymbol = checker.getExportsOfModule(checker.getSymbolAtLocation(fetchModule)!)[0]!;
    const { checkedTypes, violations } = checkOptionTypes(
      program,
      [{ packageName: "fixture", file: fixture }],
      checker.getDeclaredTypeOfSymbol(fetchSymbol),
    );
    expect(checkedTypes).toEqual(["fixture BrokenOptions", "fixture DerivedOptions", "fixture GoodOptions"]);
    expect(violations.map((violation) => `${violation.option} ${violation.rule}`)).toEqual([
      "BrokenOptions.fetch fetch-is-a-fetch-function",
      "BrokenOptions.httpsOnly readonly",
      "BrokenOptions.maxEntries default-value-documented",
      "BrokenOptions.maxResponseBytes forbidden-name",
      "BrokenOptions.now now-is-a-function",
      "BrokenOptions.protocol forbidden-name",
      "BrokenOptions.refreshInterval duration-is-milliseconds-number",
      "BrokenOptions.resolve default-value-documented",
      "BrokenOptions.resolve forbidden-name",
      "BrokenOptions.timeout duration-is-milliseconds-number",
      "BrokenOptions.ttlSeconds forbidden-name",
    ]);
  });
});
