import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { type BuildOptions, build } from "esbuild";
import { describe, expect, it } from "vitest";

// Issue 11: handle parsing, JRD and XRD parsing and the handlers must bundle for browsers and
// edge runtimes. The package is bundled from its sources, through its own exports map (the
// @fedikit/source condition each entry carries), as an app that imports it would be.

const packageDir = join(import.meta.dirname, "..");

/** An app that uses everything the main entry offers, and reports what it got. */
const app = `
import {
  WebFingerError, createHostMetaHandler, createHostMetaJsonHandler, createWebFingerHandler, formatAcctUri,
  formatHandle, hostToUnicode, parseAcctUri, parseHandle, parseHost, parseJrd, parseXrd,
} from "@fedikit/webfinger";

const handle = parseHandle("@alice@M%C3%BCnchen.example");
const webfinger = createWebFingerHandler({
  findResource: ({ acct }) => (acct ? { links: [{ rel: "self", type: "application/activity+json", href: "https://a.example/u" }] } : null),
});
const hostMeta = createHostMetaHandler({ origin: "https://a.example" });
globalThis.report = (async () => ({
  handle: handle.ok ? formatHandle(handle.value, { unicodeHost: true }) : handle.error.code,
  uri: formatAcctUri({ user: "a b", host: "a.example" }),
  acct: parseAcctUri("acct:bob").ok,
  host: hostToUnicode(parseHost("xn--mnchen-3ya.example").ok ? "xn--mnchen-3ya.example" : ""),
  jrd: parseJrd({ subject: "acct:a@a.example", links: [{ rel: 5 }] }).warnings.length,
  xrd: parseXrd('<XRD><Link rel="lrdd" template="t"/></XRD>').ok,
  error: new WebFingerError("not_found", "x") instanceof Error,
  status: (await webfinger(new Request("https://a.example/.well-known/webfinger?resource=acct:a@a.example"))).status,
  hostMeta: (await hostMeta(new Request("https://a.example/.well-known/host-meta"))).status,
  json: typeof createHostMetaJsonHandler,
}))();
`;

async function bundle(options: BuildOptions) {
  return build({
    stdin: { contents: app, resolveDir: packageDir, loader: "js" },
    bundle: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    ...options,
    conditions: ["@fedikit/source", ...(options.conditions ?? [])],
  });
}

/** The web APIs browsers and edge runtimes share; nothing of Node. */
function webGlobals() {
  const { URL, TextEncoder, TextDecoder, Request, Response, Headers } = globalThis;
  return { URL, TextEncoder, TextDecoder, Request, Response, Headers };
}

describe("@fedikit/webfinger bundles without Node APIs", () => {
  it.each<[string, BuildOptions]>([
    ["a browser", { platform: "browser" }],
    [
      "an edge runtime (neutral platform, worker condition)",
      { platform: "neutral", mainFields: ["module", "main"], conditions: ["worker", "browser"] },
    ],
  ])("for %s, and runs with only web globals", async (_name, options) => {
    const result = await bundle({ ...options, format: "iife" });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.filter((input) => /packages\/fetch|undici|^node:/.test(input))).toEqual([]);
    expect(inputs.some((input) => input.includes("fast-xml-parser"))).toBe(true);

    const context: Record<string, unknown> = { ...webGlobals() };
    context.globalThis = context;
    runInNewContext(result.outputFiles![0]!.text, context);
    expect(await context.report).toEqual({
      handle: "@alice@münchen.example",
      uri: "acct:a%20b@a.example",
      acct: false,
      host: "münchen.example",
      jrd: 1,
      xrd: true,
      error: true,
      status: 200,
      hostMeta: 200,
      json: "function",
    });
  });
});
