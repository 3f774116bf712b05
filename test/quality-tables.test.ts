import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverageFloors } from "../scripts/coverage/coverage-floors.js";
import { publishedPackages, repositoryRoot } from "../scripts/lib/workspace.js";
import { mutationModules } from "../scripts/mutation/mutation-modules.js";
import { mutationScore } from "../scripts/mutation/run-mutation.js";

/**
 * The tables the quality gates read (coverage floors, mutation modules) name things that exist,
 * so a moved file or a renamed package fails here, in `pnpm test`, with the table to edit.
 */
describe("quality tables", () => {
  it("set coverage floors only for published packages", () => {
    const names = new Set(publishedPackages().map((pkg) => pkg.name));
    expect(
      [...coverageFloors.keys()].filter((name) => !names.has(name)),
      "rows of scripts/coverage/coverage-floors.ts for no published package",
    ).toEqual([]);
  });

  it("name mutation-tested modules and unit tests that exist", () => {
    const missing: string[] = [];
    for (const module of mutationModules) {
      const packageDir = join(repositoryRoot, "packages", module.packageFolder);
      const file = join(packageDir, "src", module.file);
      if (!existsSync(file)) missing.push(`packages/${module.packageFolder}/src/${module.file}`);
      for (const test of module.fast?.tests ?? []) {
        if (!existsSync(join(packageDir, test))) missing.push(`packages/${module.packageFolder}/${test}`);
      }
    }
    expect(missing, "moved or renamed: update scripts/mutation/mutation-modules.ts").toEqual([]);
  });

  it("score mutants as Stryker does: killed and timed out over all valid mutants", () => {
    const statuses = [
      "Killed",
      "Killed",
      "Timeout",
      "Survived",
      "NoCoverage",
      "CompileError",
      "Ignored",
    ] as const;
    expect(mutationScore(statuses.map((status) => ({ status })))).toEqual({
      score: 60,
      detected: 3,
      valid: 5,
    });
    expect(mutationScore([])).toEqual({ score: 100, detected: 0, valid: 0 });
  });
});
