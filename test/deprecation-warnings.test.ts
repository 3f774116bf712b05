import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repositoryRoot } from "../scripts/lib/workspace.js";

/**
 * `test/setup/fail-on-deprecation.ts` (loaded for every test file) turns a `DeprecationWarning`
 * into a failure of the test that caused it: run it on a fixture that calls a function deprecated
 * with `util.deprecate`, as Node deprecates its own APIs.
 */
it("fails the test that triggers a DeprecationWarning, and only that test", () => {
  const run = spawnSync(
    process.execPath,
    [
      join(repositoryRoot, "node_modules/vitest/vitest.mjs"),
      "run",
      "--config",
      join(repositoryRoot, "test/fixtures/deprecation/vitest.config.ts"),
    ],
    {
      cwd: repositoryRoot,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "", CI: "" },
      timeout: 60_000,
    },
  );
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{"))) as {
    testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
  };
  const results = report.testResults.flatMap((file) => file.assertionResults);
  expect(results.map((result) => [result.title, result.status])).toEqual([
    ["calls a deprecated function", "failed"],
    ["calls nothing deprecated", "passed"],
  ]);
  expect(results[0]!.failureMessages.join("\n")).toMatch(/DEP_FEDIKIT_FIXTURE: oldApi\(\) is deprecated/);
}, 60_000);
