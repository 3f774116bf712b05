// @ts-check
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The API site (`pnpm run docs`): one typedoc site for every published package, with the guides.
 * Packages are discovered (every `packages/*` that is not `"private": true`), so a new package
 * appears without an edit here. A package with more than one entry point lists them in its own
 * `typedoc.json` (see packages/vocab); `test/api-site.test.ts` checks that every `exports` entry
 * is documented.
 */
const root = import.meta.dirname;
const publishedPackages = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, "packages", entry.name, "package.json")))
  .filter(
    (entry) =>
      JSON.parse(readFileSync(join(root, "packages", entry.name, "package.json"), "utf8")).private !== true,
  )
  .map((entry) => `packages/${entry.name}`)
  .sort();

const sourceLinks = {
  // {path} in source links is relative to displayBasePath: the repository root, so a link
  // opens packages/<name>/src/<file> on GitHub (scripts/docs/typedoc-lean-site.js renames the
  // modules this would otherwise name by path).
  displayBasePath: root,
  disableGit: true,
  gitRevision: "main",
  sourceLinkTemplate: "https://github.com/fedikit/fedikit/blob/{gitRevision}/{path}#L{line}",
};

/** @type {Partial<import("typedoc").TypeDocOptions>} */
const config = {
  $schema: "https://typedoc.org/schema.json",
  name: "Fedikit",
  entryPointStrategy: "packages",
  entryPoints: publishedPackages,
  packageOptions: {
    entryPoints: ["src/index.ts"],
    // Sources only: the packages' own tsconfig.json include their tests.
    tsconfig: join(root, "tsconfig.docs.json"),
    includeVersion: true,
    excludePrivate: true,
    excludeInternal: true,
    excludeExternals: true,
    readme: "README.md",
    ...sourceLinks,
  },
  plugin: [join(root, "scripts/docs/typedoc-lean-site.js")],
  projectDocuments: ["docs/*.md"],
  readme: "README.md",
  out: "docs/api",
  // Smaller pages: the type hierarchy is a link, not a tree on every page, and the search
  // index holds names only (comments made it most of the site's size).
  searchInComments: false,
  searchInDocuments: false,
  includeHierarchySummary: true,
  navigation: { includeCategories: false, includeGroups: false, includeFolders: false },
  hideGenerator: true,
  treatWarningsAsErrors: true,
  validation: {
    notExported: true,
    invalidLink: true,
    notDocumented: true,
  },
  requiredToBeDocumented: [
    "Enum",
    "EnumMember",
    "Variable",
    "Function",
    "Class",
    "Interface",
    "Property",
    "Method",
    "Accessor",
    "TypeAlias",
  ],
  ...sourceLinks,
};

export default config;
