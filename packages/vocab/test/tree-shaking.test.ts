import { join } from "node:path";
// esbuild is what tsup builds the package with, and what many applications bundle with.
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = join(import.meta.dirname, "..", "src", "index.ts");

/** Bundles the package as tsup does, then an application that imports `names` from it. */
async function applicationSize(names: readonly string[]): Promise<{ size: number; text: string }> {
  // tsup turns top-level `const` into `var`; a bundler reading that output can no longer prove a
  // template literal or spread over such a variable free of side effects.
  // Workspace dependencies resolve to their sources, as vitest resolves them.
  const library = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    write: false,
    conditions: ["@fedikit/source"],
  });
  const libraryText = library.outputFiles[0]?.text ?? "";
  const application = await build({
    stdin: { contents: `export { ${names.join(", ")} } from "vocab";`, loader: "js" },
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
    plugins: [
      {
        name: "vocab",
        setup(build) {
          build.onResolve({ filter: /^vocab$/ }, () => ({ path: "vocab", namespace: "vocab" }));
          build.onLoad({ filter: /.*/, namespace: "vocab" }, () => ({ contents: libraryText, loader: "js" }));
        },
      } satisfies Plugin,
    ],
  });
  const text = application.outputFiles[0]?.text ?? "";
  return { size: text.length, text };
}

describe("tree-shaking", () => {
  it("leaves the vocabularies out of an application that uses only helpers", async () => {
    const { size, text } = await applicationSize(["isPublicCollection", "asArray", "idOf", "selectLanguage"]);
    expect(text.includes("activitystreams-vocabulary"), "the bundle contains the vocabularies").toBe(false);
    expect(size).toBeLessThan(3_000);
  });
});
