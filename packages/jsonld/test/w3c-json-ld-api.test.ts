import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { runJsonLd } from "../src/engine/run-jsonld.js";
import { runSettings } from "../src/engine/run-options.js";
import type { JsonLdError } from "../src/jsonld-error.js";
import {
  baselineDocumentLoader,
  jsonLdEqual,
  jsonLdTestsBase,
  type ManifestTest,
  manifestTests,
  readTestFile,
  suiteContextLoader,
} from "./w3c-harness.js";

type Operation = "expand" | "compact";

function callOptions(test: ManifestTest, operation: Operation): Record<string, unknown> {
  const option = test.option ?? {};
  const options: Record<string, unknown> = { base: option.base ?? jsonLdTestsBase + test.input };
  if (option.processingMode !== undefined) options.processingMode = option.processingMode;
  if (option.expandContext !== undefined) {
    options.expandContext = JSON.parse(readTestFile(option.expandContext as string));
  }
  if (operation === "compact") {
    if (option.compactArrays !== undefined) options.compactArrays = option.compactArrays;
    if (option.compactToRelative !== undefined) options.compactToRelative = option.compactToRelative;
  }
  return options;
}

function run(
  jsonldModule: typeof jsonld,
  test: ManifestTest,
  operation: Operation,
  options: Record<string, unknown>,
) {
  const input = JSON.parse(readTestFile(test.input));
  if (operation === "expand") return jsonldModule.expand(input, options);
  const context = JSON.parse(readTestFile(test.context as string));
  return jsonldModule.compact(input, context, options);
}

function passes(test: ManifestTest, outcome: { value?: unknown; errorCode?: string }): boolean {
  if (test.expectErrorCode !== undefined) return outcome.errorCode === test.expectErrorCode;
  if (outcome.errorCode !== undefined) return false;
  return jsonLdEqual(outcome.value, JSON.parse(readTestFile(test.expect as string)));
}

async function baseline(test: ManifestTest, operation: Operation): Promise<boolean> {
  try {
    const value = await run(jsonld, test, operation, {
      ...callOptions(test, operation),
      documentLoader: baselineDocumentLoader,
    });
    return passes(test, { value });
  } catch (error) {
    return passes(test, { errorCode: (error as { details?: { code?: string } }).details?.code ?? "?" });
  }
}

/** The JSON-LD error code behind one of our errors (a loader failure is jsonld.js's "loading remote context failed"). */
function specCode(error: JsonLdError): string {
  return error.jsonLdCode ?? "loading remote context failed";
}

async function throughPackage(test: ManifestTest, operation: Operation): Promise<boolean> {
  const settings = runSettings({ contextLoader: suiteContextLoader(), maxContexts: 64 });
  const input = JSON.parse(readTestFile(test.input));
  const result = await runJsonLd(input, settings, ({ jsonld: module, options }) =>
    run(module as unknown as typeof jsonld, test, operation, { ...options, ...callOptions(test, operation) }),
  );
  return result.ok
    ? passes(test, { value: result.value.value })
    : passes(test, { errorCode: specCode(result.error) });
}

/**
 * Tests jsonld.js 9 fails on its own, with why; the same fail through this package. The suite
 * at the vendored commit is newer than jsonld.js 9.0.0.
 */
const knownFailures: Readonly<Record<Operation, Readonly<Record<string, string>>>> = {
  expand: {
    "#tc037":
      "property-scoped context on a term that aliases @nest: jsonld.js does not apply it to the nested values",
    "#tc038": "the same feature as #tc037 (a Bibframe example built on it)",
    "#ter54":
      "a value object with several @type values: jsonld.js accepts it instead of raising invalid typed value",
    "#ter56": "redefining @context in a context: jsonld.js does not raise keyword redefinition",
  },
  compact: {
    "#t0112":
      "@container @index with an @index that is a compact IRI: jsonld.js does not round-trip the property index",
    "#t0113": "the same with an absolute IRI as @index",
  },
};

for (const operation of ["expand", "compact"] as const) {
  describe(`W3C JSON-LD 1.1 API ${operation} tests through this package's loader and limits`, () => {
    it("pass exactly where jsonld.js alone passes, and fail only where listed with a reason", async () => {
      const tests = manifestTests(operation);
      const failedAlone: string[] = [];
      const failedHere: string[] = [];
      for (const test of tests) {
        if (!(await baseline(test, operation))) failedAlone.push(test["@id"]);
        if (!(await throughPackage(test, operation))) failedHere.push(test["@id"]);
      }
      expect(failedHere).toEqual(failedAlone);
      expect(failedAlone).toEqual(Object.keys(knownFailures[operation]));
      expect(tests.length - failedHere.length).toBeGreaterThan(tests.length * 0.9);
    });
  });
}
