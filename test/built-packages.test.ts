import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedPackages } from "../scripts/lib/workspace.js";
import { prerequisite } from "./support/built-site.js";

/**
 * What `pnpm build` writes (tsup.config.base.ts): Node built-ins keep their `node:` prefix in
 * `dist`, as in `src`, so that a bundler or an edge runtime can tell `node:events` from the npm
 * package `events`.
 */

const packages = publishedPackages();
const built = packages.filter((pkg) => existsSync(join(pkg.dir, "dist")));
const { skip, reason } = prerequisite(
  built.length === packages.length
    ? undefined
    : "the packages are not built (no dist/): run `pnpm build` first",
);

/** `from "dns"`, `import("net")`, `require("events")` — a built-in named without `node:`. */
const bareBuiltin = new RegExp(
  `(?:from\\s*|import\\(\\s*|require\\(\\s*)["'](${builtinModules
    .filter((name) => !name.startsWith("_") && !name.includes("/"))
    .join("|")})(?:/[^"']*)?["']`,
  "g",
);

describe.skipIf(skip)("built packages", () => {
  it("exist (CI builds before the tests)", () => {
    expect(reason).toBeUndefined();
  });

  it("import Node built-ins with the node: prefix", () => {
    const bare: string[] = [];
    for (const pkg of built) {
      const dist = join(pkg.dir, "dist");
      for (const file of readdirSync(dist).filter((name) => /\.(?:c|m)?js$/.test(name))) {
        for (const match of readFileSync(join(dist, file), "utf8").matchAll(bareBuiltin)) {
          bare.push(`${pkg.folder}/dist/${file}: ${match[0]}`);
        }
      }
    }
    expect(bare).toEqual([]);
  });
});
