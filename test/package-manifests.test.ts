import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedPackages, repositoryRoot, workspacePackages } from "../scripts/lib/workspace.js";

/**
 * What every package's manifest promises: versions from the one catalog, a licence file in what
 * is published.
 */

const dependencyFields = [
  "dependencies",
  "devDependencies",
  "peerDependencies",
  "optionalDependencies",
] as const;

function manifests(): { where: string; manifest: Record<string, unknown> }[] {
  const found = [
    {
      where: "package.json",
      manifest: JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")),
    },
  ];
  for (const folder of ["packages", "examples"]) {
    const dir = join(repositoryRoot, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name, "package.json");
      if (existsSync(file))
        found.push({
          where: `${folder}/${name}/package.json`,
          manifest: JSON.parse(readFileSync(file, "utf8")),
        });
    }
  }
  return found;
}

describe("package manifests", () => {
  it("take every dependency version from the catalog (workspace:^ for our own packages)", () => {
    const pinned: string[] = [];
    for (const { where, manifest } of manifests()) {
      for (const field of dependencyFields) {
        const dependencies = (manifest[field] ?? {}) as Record<string, string>;
        for (const [name, version] of Object.entries(dependencies)) {
          const ours = workspacePackages().some((pkg) => pkg.name === name);
          const allowed = ours ? version.startsWith("workspace:") : version === "catalog:";
          if (!allowed) pinned.push(`${where} ${field} ${name}: "${version}"`);
        }
      }
    }
    expect(pinned, 'put the version in pnpm-workspace.yaml\'s catalog and use "catalog:"').toEqual([]);
  });

  it("give every published package the repository's licence", () => {
    const licence = readFileSync(join(repositoryRoot, "LICENSE"), "utf8");
    const missing = publishedPackages()
      .filter(
        (pkg) =>
          !existsSync(join(pkg.dir, "LICENSE")) || readFileSync(join(pkg.dir, "LICENSE"), "utf8") !== licence,
      )
      .map((pkg) => pkg.name);
    expect(missing, "copy the root LICENSE into the package").toEqual([]);
    expect(
      publishedPackages()
        .filter((pkg) => pkg.manifest.license !== "MIT")
        .map((pkg) => pkg.name),
    ).toEqual([]);
  });
});
