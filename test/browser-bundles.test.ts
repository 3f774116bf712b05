import { describe, expect, it } from "vitest";
import { browserBundleErrors } from "../scripts/lib/esbuild-workspace.js";
import { publishedPackages, workspacePackages } from "../scripts/lib/workspace.js";

/**
 * Every entry point a package declares browser-safe (`"fedikit": { "browser": ["."] }` in its
 * package.json, listing `exports` subpaths) bundles for the browser with esbuild: no Node
 * built-in is reachable from it. Entries are bundled from sources (the `@fedikit/source`
 * condition), so no build is needed first.
 */

const workspace = workspacePackages();

const browserEntries = publishedPackages().flatMap((pkg) =>
  (pkg.manifest.fedikit?.browser ?? []).map((subpath) => ({
    pkg,
    subpath,
    entry: pkg.entries.find((entry) => entry.subpath === subpath),
  })),
);

describe("browser-safe entry points bundle for the browser", () => {
  it("are declared for existing exports", () => {
    expect(
      browserEntries
        .filter(({ entry }) => entry === undefined)
        .map(({ pkg, subpath }) => `${pkg.name} ${subpath}`),
      'a "fedikit.browser" subpath that is not in the package\'s exports',
    ).toEqual([]);
    expect(browserEntries.length).toBeGreaterThan(0);
  });

  for (const { pkg, subpath, entry } of browserEntries) {
    if (entry === undefined) continue;
    it(`${entry.specifier} bundles with platform "browser"`, async () => {
      expect(await browserBundleErrors(entry.source, pkg.version), `${pkg.name} "${subpath}"`).toEqual([]);
    });
  }

  it("a bundle that reaches a Node built-in fails", async () => {
    const errors = await browserBundleErrors(
      `${workspace.find((pkg) => pkg.name === "@fedikit/test-support")!.dir}/src/loopback-server.ts`,
      "0.0.0",
    );
    expect(errors.join("\n")).toMatch(/node:http/);
  });
});
