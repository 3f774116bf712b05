// An application that uses @fedikit/fetch, bundled by esbuild into one ESM file and run by Node.
// undici is CommonJS and requires Node's built-ins (node:assert …) at run time; in an ESM
// bundle esbuild can only turn those into a `__require` that throws, unless the bundle has a
// real `require`. The one-line setting the README documents gives it one.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type LoopbackServer, startServer } from "@fedikit/test-support";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageRoot = new URL("..", import.meta.url).pathname;

/** The banner the README documents for ESM bundles. */
const requireBanner =
  'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);';

// No top-level await, so the same app also bundles as CommonJS.
const app = `
import { createSafeFetch, fetchActivityStreams } from "@fedikit/fetch";
(async () => {
  const fetch = createSafeFetch({ allowPrivateAddress: true });
  const result = await fetchActivityStreams(process.argv[2], { fetch });
  console.log(JSON.stringify(result.ok ? result.value.document : result.error.code));
  await fetch.close();
})();
`;

let server: LoopbackServer;
let folder: string;

beforeAll(async () => {
  server = await startServer((request, response) => {
    response.writeHead(200, { "content-type": "application/activity+json" });
    response.end(JSON.stringify({ id: `${server.origin}${request.url}`, type: "Person" }));
  });
  folder = await mkdtemp(join(tmpdir(), "fedikit-fetch-bundle-"));
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

async function bundle(name: string, banner?: string, format: "esm" | "cjs" = "esm"): Promise<string> {
  const outfile = join(folder, `${name}.${format === "esm" ? "mjs" : "cjs"}`);
  await build({
    stdin: { contents: app, resolveDir: packageRoot, loader: "ts" },
    bundle: true,
    platform: "node",
    format,
    target: "node20",
    outfile,
    // Resolve the package to its sources, as the tests do, so no build is needed first.
    conditions: ["@fedikit/source"],
    define: { __FEDIKIT_VERSION__: '"0.0.0"' },
    logLevel: "silent",
    ...(banner === undefined ? {} : { banner: { js: banner } }),
  });
  return outfile;
}

describe("an esbuild ESM bundle of an app using @fedikit/fetch", () => {
  it("runs with the documented require banner, undici and all inside the bundle", async () => {
    const outfile = await bundle("with-banner", requireBanner);
    const { stdout } = await run(process.execPath, [outfile, `${server.origin}/actor`]);
    expect(JSON.parse(stdout)).toEqual({ id: `${server.origin}/actor`, type: "Person" });
  });

  it("runs as a CommonJS bundle without any setting", async () => {
    const outfile = await bundle("commonjs", undefined, "cjs");
    const { stdout } = await run(process.execPath, [outfile, `${server.origin}/note`]);
    expect(JSON.parse(stdout)).toEqual({ id: `${server.origin}/note`, type: "Person" });
  });

  it("fails at run time without it, with the error the README names", async () => {
    const outfile = await bundle("without-banner");
    const error = await run(process.execPath, [outfile, `${server.origin}/actor`]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toMatch(/Dynamic require of "node:\w+" is not supported/);
  });
});
