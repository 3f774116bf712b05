import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

/**
 * One configuration for the whole repository: every workspace package is a project, and
 * workspace imports resolve to TypeScript sources (the `@fedikit/source` export condition),
 * so `pnpm test` needs no build first.
 */
const repositoryRoot = import.meta.dirname;
const sourceConditions = ["@fedikit/source", "node", "import", "default"];

function workspaceProjects(relativeFolder: string): TestProjectInlineConfiguration[] {
  const folder = join(repositoryRoot, relativeFolder);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "package.json")))
    .map((entry) => {
      const root = join(folder, entry.name);
      const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
        name: string;
        version: string;
      };
      return {
        extends: true,
        define: { __FEDIKIT_VERSION__: JSON.stringify(manifest.version) },
        test: { name: manifest.name, root, include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
      };
    });
}

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions, externalConditions: sourceConditions } },
  test: {
    projects: [...workspaceProjects("packages"), ...workspaceProjects("examples")],
    // .ci/run asks for a JSON report to sum the test counts of both Node versions.
    reporters: process.env.VITEST_JSON_REPORT ? ["default", "json"] : ["default"],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : {},
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
