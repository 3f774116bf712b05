import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Options } from "tsup";

/**
 * The build every published package shares: ESM + CJS + declarations with source maps,
 * one entry per public subpath, dependencies left external.
 *
 * `__FEDIKIT_VERSION__` is replaced with the package's own version so runtime code (a
 * default `User-Agent`, say) can name it without importing `package.json`.
 */
export function packageBuild(
  packageDir: string,
  entry: Record<string, string> = { index: "src/index.ts" },
): Options {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
  return {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "node",
    // Keep `node:dns`, `node:net`… as written in src: without the prefix a bundler or an edge
    // runtime cannot tell a Node built-in from an npm package of the same name.
    removeNodeProtocol: false,
    treeshake: true,
    splitting: false,
    define: { __FEDIKIT_VERSION__: JSON.stringify(manifest.version) },
  };
}
