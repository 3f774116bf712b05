import { expectFailure, expectSuccess, testKeyPair } from "@fedikit/test-support";
import * as structuredHeaders from "structured-headers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { signRequest } from "../src/sign-request.js";
import { verifyRequest } from "../src/verify-request.js";

// Every structured-field parse the package does goes through these spies, so the tests below
// count the work a message causes instead of timing it.
vi.mock("structured-headers", async (importOriginal) => {
  const actual = await importOriginal<typeof import("structured-headers")>();
  return {
    ...actual,
    parseDictionary: vi.fn(actual.parseDictionary),
    parseList: vi.fn(actual.parseList),
    parseItem: vi.fn(actual.parseItem),
  };
});

const ed25519 = testKeyPair("ed25519");
const keyId = "https://sender.example/actor#main-key";
const now = Date.parse("2026-03-04T05:06:07Z");
const created = now / 1000;

/** The values each structured-field parser was called with since the last reset. */
function parsedValues(): string[] {
  return [
    ...vi.mocked(structuredHeaders.parseDictionary).mock.calls,
    ...vi.mocked(structuredHeaders.parseList).mock.calls,
    ...vi.mocked(structuredHeaders.parseItem).mock.calls,
  ].map(([value]) => value);
}

/** Signs with RFC 9421 over @method, @target-uri and `more`, then verifies with a raised maxComponents. */
async function signAndVerify(url: string, headers: Record<string, string>, more: string[]) {
  const signed = await signRequest(new Request(url, { headers }), {
    spec: "rfc9421",
    keyId,
    privateKey: ed25519.privateKey,
    components: ["@method", "@target-uri", ...more],
    created: now,
  });
  vi.clearAllMocks();
  const result = await verifyRequest(signed, {
    keyResolver: () => ({ key: ed25519.publicKey }),
    now: () => now,
    maxComponents: 512,
  });
  return result;
}

describe("the work one request can cause", () => {
  let searchParams = 0;
  const OriginalSearchParams = globalThis.URLSearchParams;
  beforeEach(() => {
    searchParams = 0;
    globalThis.URLSearchParams = class CountingSearchParams extends OriginalSearchParams {
      constructor(...args: ConstructorParameters<typeof URLSearchParams>) {
        super(...args);
        searchParams++;
      }
    };
  });
  afterEach(() => {
    globalThis.URLSearchParams = OriginalSearchParams;
  });

  it("reads the query once for 300 @query-param components over a 3,000-parameter query", async () => {
    const query = Array.from({ length: 3000 }, (_, i) => `k${i}=v${i}`).join("&");
    const more = Array.from({ length: 300 }, (_, i) => `@query-param;name="k${i}"`);
    const result = await signAndVerify(`https://receiver.example/q?${query}`, {}, more);
    searchParams = 0;
    const again = await signAndVerify(`https://receiver.example/q?${query}`, {}, more);
    expectSuccess(result);
    expectSuccess(again);
    // Signing and verifying each read it once: two for the second round.
    expect(searchParams).toBe(2);
  });

  it("parses a dictionary field once for 250 ;key components of it", async () => {
    const priority = Array.from({ length: 400 }, (_, i) => `a${i}=${i}`).join(", ");
    const more = ["priority;sf", ...Array.from({ length: 250 }, (_, i) => `priority;key="a${i}"`)];
    expectSuccess(await signAndVerify("https://receiver.example/q", { priority }, more));
    expect(parsedValues().filter((value) => value === priority)).toHaveLength(1);
  });

  it("refuses 450 distinct `priority;sf;pN` components before any key lookup, parsing priority not once", async () => {
    const priority = Array.from({ length: 2000 }, (_, i) => `a${i}=${i}`).join(", ");
    for (const count of [20, 33, 450]) {
      const components = Array.from({ length: count }, (_, i) => `"priority";sf;p${i}`).join(" ");
      const headers = {
        host: "receiver.example",
        priority,
        "signature-input": `sig1=("@method" "@target-uri" ${components});created=${created};keyid="${keyId}"`,
        signature: "sig1=:AAAA:",
      };
      const lookups: string[] = [];
      vi.clearAllMocks();
      const result = await verifyRequest(
        { method: "GET", url: "https://receiver.example/q", headers },
        {
          keyResolver: (id) => {
            lookups.push(id);
            return null;
          },
          now: () => now,
          maxHeaderLength: 20_000,
        },
      );
      expectFailure(result, "malformed_header");
      expect(lookups, `${count} components`).toEqual([]);
      expect(
        parsedValues().filter((value) => value === priority),
        `${count} components`,
      ).toHaveLength(0);
    }
  });

  it("parses each field once per message however the components name it, within maxComponents", async () => {
    const dictionary = Array.from({ length: 20 }, (_, i) => `m${i}=${i}`).join(", ");
    const more = [
      "priority;sf",
      "priority;bs",
      "priority",
      ...Array.from({ length: 20 }, (_, i) => `priority;key="m${i}"`),
      "cache-status;sf",
      "cache-status",
    ];
    expectSuccess(
      await signAndVerify(
        "https://receiver.example/q",
        { priority: dictionary, "cache-status": "a, b;hit" },
        more,
      ),
    );
    const values = parsedValues();
    expect(values.filter((value) => value === dictionary)).toHaveLength(1);
    expect(values.filter((value) => value === "a, b;hit")).toHaveLength(1);
  });

  it("keeps total parsing linear in header bytes: twice the headers, at most twice the characters parsed", async () => {
    const charactersParsed = async (members: number) => {
      const priority = Array.from({ length: members }, (_, i) => `a${i}=${i}`).join(", ");
      const more = ["priority;sf", ...Array.from({ length: 20 }, (_, i) => `priority;key="a${i}"`)];
      expectSuccess(await signAndVerify("https://receiver.example/q", { priority }, more));
      return parsedValues().reduce((sum, value) => sum + value.length, 0);
    };
    const small = await charactersParsed(200);
    const large = await charactersParsed(400);
    expect(large).toBeLessThanOrEqual(2 * small);
  });
});
