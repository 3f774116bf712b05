import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The repository's packages, discovered from `packages/*` (never listed by hand), so that every
 * tool here works unchanged for a package added later.
 */

/** The repository root (this file lives in `scripts/lib/`). */
export const repositoryRoot: string = join(import.meta.dirname, "..", "..");

/** One public entry point of a package, from its `exports` map. */
export interface PackageEntry {
  /** The export subpath: `"."`, `"./codegen"`. */
  readonly subpath: string;
  /** The specifier a user imports: `@fedikit/vocab`, `@fedikit/vocab/codegen`. */
  readonly specifier: string;
  /** A file-name-safe name for the entry: `index` for `"."`, else the subpath (`codegen`). */
  readonly name: string;
  /** The TypeScript source (the `@fedikit/source` condition), absolute. */
  readonly source: string;
  /** The built ESM declaration file (`import.types`), absolute; undefined for source-only packages. */
  readonly declaration: string | undefined;
}

/** A workspace package under `packages/`. */
export interface WorkspacePackage {
  /** `@fedikit/fetch` */
  readonly name: string;
  /** The folder name: `fetch`. */
  readonly folder: string;
  /** Absolute path of the package folder. */
  readonly dir: string;
  /** Private packages (test-support) are never published, documented or reported on. */
  readonly private: boolean;
  readonly version: string;
  /** The parsed `package.json`. */
  readonly manifest: PackageManifest;
  readonly entries: readonly PackageEntry[];
}

/** The fields of `package.json` the tools read. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly exports?: Record<string, unknown>;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly scripts?: Record<string, string>;
  /** Repository tooling settings; see CONTRIBUTING.md ("Browser-safe entry points"). */
  readonly fedikit?: { readonly browser?: readonly string[] };
}

function stringAt(value: unknown, ...path: string[]): string | undefined {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "string" ? current : undefined;
}

function entriesOf(dir: string, manifest: PackageManifest): PackageEntry[] {
  const entries: PackageEntry[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const source = stringAt(target, "@fedikit/source");
    if (source === undefined) continue; // "./package.json" and other plain files
    const types = stringAt(target, "import", "types") ?? stringAt(target, "types");
    entries.push({
      subpath,
      specifier: subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
      name: subpath === "." ? "index" : subpath.slice(2).replaceAll("/", "-"),
      source: join(dir, source),
      declaration: types === undefined ? undefined : join(dir, types),
    });
  }
  return entries;
}

/** Every package folder under `packages/` with a `package.json`, sorted by folder name. */
export function workspacePackages(root: string = repositoryRoot): WorkspacePackage[] {
  const folder = join(root, "packages");
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "package.json")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(folder, name);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageManifest;
      return {
        name: manifest.name,
        folder: name,
        dir,
        private: manifest.private === true,
        version: manifest.version,
        manifest,
        entries: entriesOf(dir, manifest),
      };
    });
}

/** The packages that are published (not `"private": true`). */
export function publishedPackages(root: string = repositoryRoot): WorkspacePackage[] {
  return workspacePackages(root).filter((pkg) => !pkg.private);
}

/** `path` relative to the repository root, with forward slashes. */
export function repositoryPath(path: string, root: string = repositoryRoot): string {
  return relative(root, path).split("\\").join("/");
}
