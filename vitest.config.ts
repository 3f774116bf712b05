import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

/**
 * One configuration for the whole repository: every workspace package is a project, the root
 * `test/` folder (repository-wide checks) is one more, and workspace imports resolve to TypeScript
 * sources (the `@fedikit/source` export condition), so `pnpm test` needs no build first.
 */
const repositoryRoot = import.meta.dirname;
const sourceConditions = ["@fedikit/source", "node", "import", "default"];
// The server-side conditions also become the test workers' `node --conditions` flags, which apply to
// `require()` as well: "import" there made a CommonJS dependency's `require("is-promise")` load the
// ESM entry (Express's router then failed). Vite adds "import" / "require" per import by itself.
const serverConditions = ["@fedikit/source", "node"];

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
}

function workspaceFolders(relativeFolder: string): { root: string; manifest: Manifest }[] {
  const folder = join(repositoryRoot, relativeFolder);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "package.json")))
    .map((entry) => {
      const root = join(folder, entry.name);
      return { root, manifest: JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest };
    });
}

function workspaceProjects(relativeFolder: string): TestProjectInlineConfiguration[] {
  return workspaceFolders(relativeFolder).map(({ root, manifest }) => ({
    extends: true,
    define: { __FEDIKIT_VERSION__: JSON.stringify(manifest.version) },
    test: { name: manifest.name, root, include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
  }));
}

// `.ci/run` (and `pnpm coverage`) set FEDIKIT_COVERAGE_DIR to measure coverage during the normal
// test run instead of running the tests a second time; `scripts/coverage/check-coverage.ts`
// reads the summary and applies the floors.
const coverageDirectory = process.env.FEDIKIT_COVERAGE_DIR;
const publishedSources = workspaceFolders("packages")
  .filter(({ manifest }) => manifest.private !== true)
  .map(({ root }) => `${join(root, "src").slice(repositoryRoot.length + 1)}/**/*.ts`);

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: serverConditions, externalConditions: serverConditions } },
  test: {
    projects: [
      ...workspaceProjects("packages"),
      ...workspaceProjects("examples"),
      { extends: true, test: { name: "repository", root: repositoryRoot, include: ["test/**/*.test.ts"] } },
    ],
    // A deprecation warning fails the test that caused it (Node 20 and 24 alike).
    setupFiles: [join(repositoryRoot, "test/setup/fail-on-deprecation.ts")],
    // .ci/run asks for a JSON report to sum the test counts of both Node versions.
    reporters: process.env.VITEST_JSON_REPORT ? ["default", "json"] : ["default"],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : {},
    coverage: {
      enabled: coverageDirectory !== undefined,
      provider: "v8",
      reportsDirectory: coverageDirectory ?? join(repositoryRoot, "coverage"),
      include: publishedSources,
      exclude: ["**/*.test.ts", "**/*.bench.ts", "**/*.d.ts"],
      reporter: ["json-summary"],
    },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
