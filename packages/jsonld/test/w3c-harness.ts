import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContextLoader } from "../src/loader/create-context-loader.js";

/** Where the vendored W3C suites live (test/data/w3c; see PROVENANCE.md). */
export const w3cRoot: string = join(import.meta.dirname, "data/w3c");
/** The base the JSON-LD API tests are published under; documents map 1:1 onto the folder. */
export const jsonLdTestsBase = "https://w3c.github.io/json-ld-api/tests/";

/** Reads a vendored JSON-LD API test file by its path under the suite. */
export function readTestFile(path: string): string {
  return readFileSync(join(w3cRoot, "json-ld-api", path), "utf8");
}

/**
 * A `fetch` that serves the vendored suite at its published URL, so the tests go through this
 * package's real remote-context path (content type, origin rule, size cap, cache).
 */
export async function suiteFetch(input: string | URL | Request): Promise<Response> {
  const url = String(input instanceof Request ? input.url : input);
  let response: Response;
  try {
    if (!url.startsWith(jsonLdTestsBase)) throw new Error("outside the suite");
    response = new Response(readTestFile(url.slice(jsonLdTestsBase.length)), {
      headers: { "content-type": "application/ld+json" },
    });
  } catch {
    response = new Response("not found", { status: 404 });
  }
  Object.defineProperty(response, "url", { value: url });
  return response;
}

/** The context loader the suites run through: this package's, with remote contexts served from the folder. */
export function suiteContextLoader() {
  return createContextLoader({ allowRemoteContexts: true, fetch: suiteFetch });
}

/** A plain jsonld.js document loader over the same folder, for the jsonld.js-alone baseline. */
export async function baselineDocumentLoader(url: string) {
  if (!url.startsWith(jsonLdTestsBase)) throw new Error(`not in the suite: ${url}`);
  return {
    contextUrl: null,
    documentUrl: url,
    document: JSON.parse(readTestFile(url.slice(jsonLdTestsBase.length))),
  };
}

function canonical(value: unknown, inList: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, false));
    return inList
      ? items
      : items
          .map((item) => JSON.stringify(item))
          .sort()
          .map((item) => JSON.parse(item));
  }
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      out[key] = canonical((value as Record<string, unknown>)[key], key === "@list");
    }
    return out;
  }
  return value;
}

/** JSON-LD object comparison of the suite's README: arrays are unordered except `@list` values. */
export function jsonLdEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a, false)) === JSON.stringify(canonical(b, false));
}

/** One test of the JSON-LD API manifests. */
export interface ManifestTest {
  readonly "@id": string;
  readonly "@type": readonly string[];
  readonly input: string;
  readonly expect?: string;
  readonly context?: string;
  readonly expectErrorCode?: string;
  readonly option?: Readonly<Record<string, unknown>>;
}

/** The tests of a manifest, without those written for JSON-LD 1.0 processors only. */
export function manifestTests(name: "expand" | "compact"): ManifestTest[] {
  const manifest = JSON.parse(readTestFile(`${name}-manifest.jsonld`)) as { sequence: ManifestTest[] };
  return manifest.sequence.filter((test) => test.option?.specVersion !== "json-ld-1.0");
}
