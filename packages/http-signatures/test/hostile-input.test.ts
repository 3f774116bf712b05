import { expectFailure, freshKeyPair, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { SignatureError, type SignatureErrorCode } from "../src/shared/signature-error.js";
import { signRequest } from "../src/sign-request.js";
import type { VerifyOptions } from "../src/verify-options.js";
import { verifyRequest } from "../src/verify-request.js";
import { always, unusualKeyPair } from "./support/keys.js";

const ed25519 = testKeyPair("ed25519");
const rsa = testKeyPair("rsa");
const dsa = unusualKeyPair("dsa-2048");
const nowMillis = Date.parse("2026-03-04T05:06:07Z");
const now = () => nowMillis;
const date = new Date(nowMillis).toUTCString();
const url = "https://receiver.example/inbox?x=1";
const body = '{"type":"Create"}';
const keyId = "https://sender.example/actor#main-key";
const keyResolver = (id: string) => (id === keyId ? { key: ed25519.publicKey } : null);

type Headers = Record<string, string>;

async function signedHeaders(spec: "draft-cavage-12" | "rfc9421", method = "POST"): Promise<Headers> {
  const request = await signRequest(
    new Request(url, {
      method,
      headers: { date, host: "receiver.example" },
      body: method === "POST" ? body : null,
    }),
    { spec, keyId, privateKey: ed25519.privateKey, created: nowMillis },
  );
  return Object.fromEntries(request.headers);
}

const draftPost = await signedHeaders("draft-cavage-12");
const draftGet = await signedHeaders("draft-cavage-12", "GET");
const rfcPost = await signedHeaders("rfc9421");
const draftSignature = draftPost.signature!;
const goodSignatureB64 = /signature="([^"]+)"/.exec(draftSignature)![1]!;
const rfcSignature = rfcPost.signature!;
const rfcInput = rfcPost["signature-input"]!;

interface Case {
  readonly name: string;
  readonly method?: string;
  readonly url?: string;
  readonly headers: Headers;
  readonly options?: Partial<VerifyOptions>;
  readonly code: SignatureErrorCode;
}

function draftWith(signature: string, extra: Headers = {}): Headers {
  return { ...draftPost, signature, ...extra };
}

function replaceParam(name: string, value: string): string {
  return draftSignature.replace(new RegExp(`${name}="[^"]*"`), `${name}="${value}"`);
}

function rfcWith(input: string, signature = rfcSignature, extra: Headers = {}): Headers {
  return { ...rfcPost, "signature-input": input, signature, ...extra };
}

const params = `;created=${nowMillis / 1000};keyid="${keyId}"`;
const rawSig = /sig1=(:[^:]+:)/.exec(rfcSignature)![1]!;

const cases: Case[] = [
  // draft-cavage Signature header syntax
  { name: "empty Signature header", headers: draftWith(""), code: "malformed_header" },
  { name: "only keyId", headers: draftWith(`keyId="${keyId}"`), code: "malformed_header" },
  {
    name: "no keyId",
    headers: draftWith(`algorithm="ed25519",signature="${goodSignatureB64}"`),
    code: "malformed_header",
  },
  { name: "truncated mid-value", headers: draftWith(draftSignature.slice(0, -10)), code: "malformed_header" },
  {
    name: "truncated after a name",
    headers: draftWith(`keyId="${keyId}",algorithm`),
    code: "malformed_header",
  },
  { name: "duplicated keyId", headers: draftWith(`keyId="a",${draftSignature}`), code: "malformed_header" },
  {
    name: "duplicated signature",
    headers: draftWith(`${draftSignature},signature="${goodSignatureB64}"`),
    code: "malformed_header",
  },
  {
    name: "duplicated headers",
    headers: draftWith(`headers="date",${draftSignature}`),
    code: "malformed_header",
  },
  {
    name: "parameters separated by semicolons",
    headers: draftWith(draftSignature.replaceAll('",', '";')),
    code: "malformed_header",
  },
  {
    name: "garbage before the parameters",
    headers: draftWith(`!!${draftSignature}`),
    code: "malformed_header",
  },
  {
    name: "unknown algorithm rsa-md5",
    headers: draftWith(replaceParam("algorithm", "rsa-md5")),
    code: "unsupported_algorithm",
  },
  {
    name: "unknown algorithm hmac-sha1",
    headers: draftWith(replaceParam("algorithm", "hmac-sha1")),
    code: "unsupported_algorithm",
  },
  {
    name: "algorithm none",
    headers: draftWith(replaceParam("algorithm", "none")),
    code: "unsupported_algorithm",
  },
  {
    name: "algorithm not allowed by options",
    headers: draftPost,
    options: { algorithms: ["rsa-sha256"] },
    code: "unsupported_algorithm",
  },
  {
    name: "signature not base64",
    headers: draftWith(replaceParam("signature", "@@@@")),
    code: "malformed_header",
  },
  {
    name: "signature base64 with spaces",
    headers: draftWith(replaceParam("signature", "AAAA AAAA")),
    code: "malformed_header",
  },
  {
    name: "signature base64 badly padded",
    headers: draftWith(replaceParam("signature", "AAA")),
    code: "malformed_header",
  },
  {
    name: "signature base64url alphabet",
    headers: draftWith(replaceParam("signature", "ab-_ab-_")),
    code: "malformed_header",
  },
  { name: "empty signature", headers: draftWith(replaceParam("signature", "")), code: "malformed_header" },
  {
    name: "signature of the wrong length",
    headers: draftWith(replaceParam("signature", "AAAAAAAA")),
    code: "signature_mismatch",
  },
  {
    name: "flipped signature byte",
    // Another first character than the signature has (a fixed "B" would change nothing one run in 64).
    headers: draftWith(
      replaceParam(
        "signature",
        `${goodSignatureB64.startsWith("B") ? "C" : "B"}${goodSignatureB64.slice(1)}`,
      ),
    ),
    code: "signature_mismatch",
  },
  {
    name: "oversized header (100 KB)",
    headers: draftWith(`${draftSignature},x="${"a".repeat(100_000)}"`),
    code: "malformed_header",
  },
  { name: "thousands of commas", headers: draftWith(",".repeat(9000)), code: "malformed_header" },
  { name: "empty headers list", headers: draftWith(replaceParam("headers", "")), code: "malformed_header" },
  {
    name: "(created) without created",
    headers: draftWith(replaceParam("headers", "(request-target) (created) host digest")),
    code: "malformed_header",
  },
  {
    name: "created not a number",
    headers: draftWith(`${draftSignature},created="soon"`),
    code: "malformed_header",
  },
  {
    name: "created with 20 digits",
    headers: draftWith(`${draftSignature},created=12345678901234567890`),
    code: "malformed_header",
  },
  {
    name: "unknown pseudo-header",
    headers: draftWith(replaceParam("headers", "(request-target) (foo) host date digest")),
    code: "malformed_header",
  },
  {
    name: "covered header absent",
    headers: draftWith(replaceParam("headers", "(request-target) host date digest x-missing")),
    code: "component_missing",
  },
  {
    name: "Authorization with another scheme",
    headers: { ...draftPost, signature: undefined as never, authorization: "Bearer abc" },
    code: "missing_signature",
  },
  {
    name: "Authorization: Signature with garbage",
    headers: { ...draftPost, signature: undefined as never, authorization: "Signature ###" },
    code: "malformed_header",
  },
  {
    name: "keyId and keyid both given",
    headers: draftWith(`keyid="${keyId}",${draftSignature}`),
    code: "malformed_header",
  },
  {
    name: "keyId empty",
    headers: draftWith(replaceParam("keyId", "")),
    code: "malformed_header",
  },
  {
    name: "an unknown parameter repeated",
    headers: draftWith(`x-a="1",x-a="2",${draftSignature}`),
    code: "malformed_header",
  },
  {
    name: "an unknown parameter repeated in another case",
    headers: draftWith(`X-A="1",x-a="2",${draftSignature}`),
    code: "malformed_header",
  },
  {
    name: "created repeated, once quoted",
    headers: draftWith(`created=1,${draftSignature},created="1"`),
    code: "malformed_header",
  },
  {
    name: "a missing comma between parameters",
    headers: draftWith(draftSignature.replace('",algorithm=', '" algorithm=')),
    code: "malformed_header",
  },
  {
    name: "a missing comma after a bare value",
    headers: draftWith(`expires=1 keyId="${keyId}"`),
    code: "malformed_header",
  },
  {
    name: "a parameter name that is not a token",
    headers: draftWith(`${draftSignature},x@y="1"`),
    code: "malformed_header",
  },
  ...["soon", "-1", "1.5", "1e9", "", " 1", "0x10", "12345678901234"].map((expires) => ({
    name: `expires="${expires}"`,
    headers: draftWith(`${draftSignature},expires="${expires}"`),
    code: "malformed_header" as const,
  })),
  {
    name: "headers lists a header twice",
    headers: draftWith(replaceParam("headers", "(request-target) host date digest date")),
    code: "malformed_header",
  },
  {
    name: "headers lists a name that is not a header name",
    headers: draftWith(replaceParam("headers", "(request-target) host date digest x@y")),
    code: "malformed_header",
  },
  {
    name: "33 covered headers (over maxComponents)",
    headers: draftWith(
      replaceParam(
        "headers",
        `(request-target) host date digest ${Array.from({ length: 29 }, (_, i) => `x-${i}`).join(" ")}`,
      ),
    ),
    code: "malformed_header",
  },
  // draft-cavage policy and time
  {
    name: "digest but not (request-target) covered (replayable to another method and URL)",
    headers: draftWith(replaceParam("headers", "host date digest")),
    code: "required_component_missing",
  },
  {
    name: "neither (request-target) nor digest covered (replayable to any URL)",
    method: "GET",
    headers: draftWith(replaceParam("headers", "host date")),
    code: "required_component_missing",
  },
  {
    name: "replayed 2 h later with an uncovered created=now added",
    headers: draftWith(`${draftSignature},created=${nowMillis / 1000 + 7200}`),
    options: { now: () => nowMillis + 7_200_000 },
    code: "too_old",
  },
  {
    name: "replayed date (2 h old)",
    headers: draftWith(draftSignature, { date: new Date(nowMillis - 7_200_000).toUTCString() }),
    code: "too_old",
  },
  {
    name: "date from the future",
    headers: draftWith(draftSignature, { date: new Date(nowMillis + 7_200_000).toUTCString() }),
    code: "not_yet_valid",
  },
  {
    name: "unparsable date",
    headers: draftWith(draftSignature, { date: "yesterday" }),
    code: "malformed_header",
  },
  {
    name: "expires in the past",
    headers: draftWith(`${draftSignature.replace('headers="', 'expires=1000,headers="')}`),
    code: "expired",
  },
  {
    name: "no date or (created) covered",
    headers: draftWith(replaceParam("headers", "(request-target) host digest")),
    code: "required_component_missing",
  },
  {
    name: "POST without digest covered",
    headers: draftWith(replaceParam("headers", "(request-target) host date")),
    code: "required_component_missing",
  },
  {
    name: "POST without a Digest header",
    headers: draftWith(replaceParam("headers", "(request-target) host date"), { digest: undefined as never }),
    code: "digest_missing",
  },
  {
    name: "Digest with only MD5",
    headers: draftWith(draftSignature, { digest: "MD5=Sd/dVLAcvNLSq16eXua5uQ==" }),
    code: "digest_missing",
  },
  {
    name: "Digest without =",
    headers: draftWith(draftSignature, { digest: "SHA-256" }),
    code: "malformed_header",
  },
  {
    name: "Digest with bad base64",
    headers: draftWith(draftSignature, { digest: "SHA-256=%%%" }),
    code: "malformed_header",
  },
  {
    name: "oversized Digest (1 MB)",
    headers: draftWith(draftSignature, { digest: `SHA-256=${"A".repeat(1_000_000)}` }),
    code: "malformed_header",
  },
  {
    name: "oversized Content-Digest (1 MB)",
    headers: rfcWith(rfcInput, rfcSignature, { "content-digest": `sha-256=:${"A".repeat(1_000_000)}:` }),
    code: "malformed_header",
  },
  {
    name: "Digest of another body",
    headers: draftWith(draftSignature, { digest: "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=" }),
    code: "digest_mismatch",
  },
  {
    name: "GET without host covered",
    method: "GET",
    headers: {
      ...draftGet,
      signature: draftGet.signature!.replace('"(request-target) host date"', '"(request-target) date"'),
    },
    code: "required_component_missing",
  },
  {
    name: "required component missing (options)",
    headers: draftPost,
    options: { requiredComponents: { draft: ["content-type"] } },
    code: "required_component_missing",
  },
  {
    name: "header value with a newline (component injection)",
    headers: draftWith(replaceParam("headers", "(request-target) host date digest x-evil"), {
      "x-evil": "a\ndate: forged",
    }),
    code: "malformed_header",
  },
  {
    name: "header value with a NUL byte",
    headers: draftWith(replaceParam("headers", "(request-target) host date digest x-evil"), {
      "x-evil": "a\u0000b",
    }),
    code: "malformed_header",
  },
  // keys
  {
    name: "unknown key id",
    headers: draftWith(replaceParam("keyId", "https://nobody.example/#k")),
    code: "key_not_found",
  },
  {
    name: "resolver throws",
    headers: draftPost,
    options: {
      keyResolver: () => {
        throw new Error("ECONNREFUSED");
      },
    },
    code: "key_fetch_failed",
  },
  {
    name: "resolver rejects",
    headers: draftPost,
    options: { keyResolver: async () => Promise.reject(new Error("timeout")) },
    code: "key_fetch_failed",
  },
  {
    name: "resolver returns a non-key string",
    headers: draftPost,
    options: { keyResolver: always("not a key") },
    code: "invalid_key",
  },
  {
    name: "resolver returns a PEM with a bad body",
    headers: draftPost,
    options: { keyResolver: always("-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----") },
    code: "invalid_key",
  },
  {
    name: "resolver returns a DSA key",
    headers: draftPost,
    options: { keyResolver: always(dsa.publicKey) },
    code: "invalid_key",
  },
  {
    name: "resolver returns an empty object",
    headers: draftPost,
    options: { keyResolver: always({}) },
    code: "invalid_key",
  },
  {
    name: "rsa-sha256 named, Ed25519 key",
    headers: draftWith(replaceParam("algorithm", "rsa-sha256")),
    code: "wrong_key_type",
  },
  {
    name: "ed25519 named, RSA key",
    headers: draftPost,
    options: { keyResolver: always(rsa.publicKey) },
    code: "wrong_key_type",
  },
  {
    name: "hs2019 with a key that does not match",
    headers: draftWith(replaceParam("algorithm", "hs2019")),
    options: { keyResolver: always(freshKeyPair("ed25519").publicKey) },
    code: "signature_mismatch",
  },
  // RFC 9421 structure
  {
    name: "Signature-Input without Signature",
    headers: { ...rfcPost, signature: undefined as never },
    code: "missing_signature",
  },
  { name: "Signature-Input not a dictionary", headers: rfcWith("sig1=("), code: "malformed_header" },
  { name: "Signature-Input empty", headers: rfcWith(""), code: "missing_signature" },
  { name: "Signature not a dictionary", headers: rfcWith(rfcInput, "sig1=:::"), code: "malformed_header" },
  {
    name: "Signature lacks the label",
    headers: rfcWith(rfcInput, `other=${rawSig}`),
    code: "malformed_header",
  },
  {
    name: "Signature member is a string",
    headers: rfcWith(rfcInput, 'sig1="abc"'),
    code: "malformed_header",
  },
  {
    name: "Signature member has bad base64",
    headers: rfcWith(rfcInput, "sig1=:@@@:"),
    code: "malformed_header",
  },
  {
    name: "Signature-Input member is not an inner list",
    headers: rfcWith(`sig1="@method"${params}`),
    code: "malformed_header",
  },
  {
    name: "component that is not a string",
    headers: rfcWith(`sig1=(1 2)${params}`),
    code: "malformed_header",
  },
  {
    name: "created is a string",
    headers: rfcWith(`sig1=("@method");created="now";keyid="${keyId}"`),
    code: "malformed_header",
  },
  {
    name: "keyid missing",
    headers: rfcWith(`sig1=("@method");created=${nowMillis / 1000}`),
    code: "malformed_header",
  },
  {
    name: "keyid empty",
    headers: rfcWith(`sig1=("@method");created=${nowMillis / 1000};keyid=""`),
    code: "malformed_header",
  },
  {
    name: "a component name that is not a field name",
    headers: rfcWith(`sig1=("@method" "@target-uri" "a b" "content-digest")${params}`),
    code: "malformed_header",
  },
  {
    name: "33 covered components (over maxComponents)",
    headers: rfcWith(
      `sig1=("@method" "@target-uri" "content-digest" ${Array.from({ length: 30 }, (_, i) => `"x-${i}"`).join(" ")})${params}`,
    ),
    code: "malformed_header",
  },
  {
    name: "a component parameter RFC 9421 does not define",
    headers: rfcWith(`sig1=("@method" "@target-uri" "content-digest";sf;p1)${params}`),
    code: "malformed_header",
  },
  {
    name: "keyid is a token",
    headers: rfcWith(`sig1=("@method");created=${nowMillis / 1000};keyid=abc`),
    code: "malformed_header",
  },
  {
    name: "alg unknown",
    headers: rfcWith(`sig1=("@method" "@authority" "content-digest")${params};alg="rsa-sha1"`),
    code: "unsupported_algorithm",
  },
  {
    name: "alg for another key type",
    headers: rfcWith(
      `sig1=("@method" "@target-uri" "@authority" "content-digest")${params};alg="rsa-pss-sha512"`,
    ),
    code: "wrong_key_type",
  },
  {
    name: "@query-param without name",
    headers: rfcWith(`sig1=("@method" "@target-uri" "@query-param" "content-digest")${params}`),
    code: "malformed_header",
  },
  {
    name: "@query-param with a repeated parameter",
    url: "https://receiver.example/inbox?x=1&x=2",
    headers: rfcWith(`sig1=("@method" "@target-uri" "@query-param";name="x" "content-digest")${params}`),
    options: { body },
    code: "malformed_header",
  },
  {
    name: "unknown derived component",
    headers: rfcWith(`sig1=("@method" "@target-uri" "@foo" "content-digest")${params}`),
    code: "malformed_header",
  },
  {
    name: "upper-case field name",
    headers: rfcWith(`sig1=("@method" "@target-uri" "Content-Type" "content-digest")${params}`),
    code: "malformed_header",
  },
  {
    name: "sf on an unknown field",
    headers: rfcWith(`sig1=("@method" "@target-uri" "date";sf "content-digest")${params}`),
    code: "malformed_header",
  },
  {
    name: "key on a field that is not a dictionary",
    headers: rfcWith(`sig1=("@method" "@target-uri" "date";key="a" "content-digest")${params}`),
    code: "malformed_header",
  },
  {
    name: "bs combined with sf",
    headers: rfcWith(`sig1=("@method" "@target-uri" "content-digest";bs;sf)${params}`),
    code: "malformed_header",
  },
  {
    name: "component covered twice",
    headers: rfcWith(`sig1=("@method" "@target-uri" "@method" "@method" "content-digest")${params}`),
    code: "malformed_header",
  },
  {
    name: "@signature-params covered",
    headers: rfcWith(`sig1=("@method" "@target-uri" "@signature-params" "content-digest")${params}`),
    code: "malformed_header",
  },
  {
    name: "covered field absent",
    headers: rfcWith(`sig1=("@method" "@target-uri" "x-missing" "content-digest")${params}`),
    code: "component_missing",
  },
  {
    name: "RFC 9421 covered field with a newline (component injection)",
    headers: rfcWith(`sig1=("@method" "@target-uri" "x-evil" "content-digest")${params}`, rfcSignature, {
      "x-evil": 'a\n"@authority": forged',
    }),
    code: "malformed_header",
  },
  {
    name: "RFC 9421 method that smuggles a line",
    method: 'POST\n"@authority": forged',
    headers: rfcPost,
    code: "malformed_header",
  },
  {
    name: "req on a request signature",
    headers: rfcWith(`sig1=("@method" "@target-uri" "@method";req "content-digest")${params}`),
    code: "malformed_header",
  },
  {
    name: "@status on a request",
    headers: rfcWith(`sig1=("@method" "@target-uri" "@status" "content-digest")${params}`),
    code: "component_missing",
  },
  {
    name: "trailer field",
    headers: rfcWith(`sig1=("@method" "@target-uri" "content-type";tr "content-digest")${params}`),
    code: "component_missing",
  },
  {
    name: "oversized Signature-Input",
    headers: rfcWith(`sig1=(${'"a" '.repeat(3000)})${params}`),
    code: "malformed_header",
  },
  {
    name: "2,000 covered components under a raised length limit",
    headers: rfcWith(
      `sig1=("@method" "@target-uri" "@authority" "content-digest" ${'"host" '.repeat(2000)})${params}`,
    ),
    options: { maxHeaderLength: 20_000 },
    code: "malformed_header",
  },
  {
    name: "label asked for is absent",
    headers: rfcPost,
    options: { label: "sig2" },
    code: "missing_signature",
  },
  // RFC 9421 policy and time
  {
    name: "no @method covered",
    headers: rfcWith(`sig1=("@target-uri" "content-digest")${params}`),
    code: "required_component_missing",
  },
  {
    name: "@authority without @path / @request-target / @target-uri",
    headers: rfcWith(`sig1=("@method" "@authority" "content-digest")${params}`),
    code: "required_component_missing",
  },
  {
    name: "no created",
    headers: rfcWith(`sig1=("@method" "@authority" "content-digest");keyid="${keyId}"`),
    code: "required_component_missing",
  },
  {
    name: "created 2 h ago (replay)",
    headers: rfcWith(
      `sig1=("@method" "@target-uri" "content-digest");created=${nowMillis / 1000 - 7200};keyid="${keyId}"`,
    ),
    code: "too_old",
  },
  {
    name: "created 2 h ahead",
    headers: rfcWith(
      `sig1=("@method" "@target-uri" "content-digest");created=${nowMillis / 1000 + 7200};keyid="${keyId}"`,
    ),
    code: "not_yet_valid",
  },
  {
    name: "expired",
    headers: rfcWith(
      `sig1=("@method" "@target-uri" "content-digest")${params};expires=${nowMillis / 1000 - 7200}`,
    ),
    code: "expired",
  },
  {
    name: "POST without content-digest covered",
    headers: rfcWith(`sig1=("@method" "@target-uri" "@authority")${params}`),
    code: "required_component_missing",
  },
  {
    name: "POST without Content-Digest at all",
    headers: rfcWith(`sig1=("@method" "@target-uri" "@authority")${params}`, rfcSignature, {
      "content-digest": undefined as never,
    }),
    code: "digest_missing",
  },
  {
    name: "covered Content-Digest removed",
    headers: rfcWith(rfcInput, rfcSignature, { "content-digest": undefined as never }),
    code: "digest_missing",
  },
  {
    name: "Content-Digest not a dictionary",
    headers: rfcWith(rfcInput, rfcSignature, { "content-digest": "sha-256=abc" }),
    code: "malformed_header",
  },
  {
    name: "Content-Digest member is a token",
    headers: rfcWith(rfcInput, rfcSignature, { "content-digest": "sha-256=abc, sha-512=x" }),
    code: "malformed_header",
  },
  {
    name: "Content-Digest of another body",
    headers: rfcWith(rfcInput, rfcSignature, {
      "content-digest": "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:",
    }),
    code: "digest_mismatch",
  },
  {
    name: "RFC 9421 not accepted by options",
    headers: rfcPost,
    options: { specs: ["draft-cavage-12"] },
    code: "missing_signature",
  },
  {
    name: "draft not accepted by options",
    headers: draftPost,
    options: { specs: ["rfc9421"] },
    code: "missing_signature",
  },
  { name: "no signature at all", headers: { date, host: "receiver.example" }, code: "missing_signature" },
];

describe("hostile and malformed signature headers", () => {
  it("has at least 60 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  for (const { name, method, url: target, headers, options, code } of cases) {
    it(`${name} → ${code}`, async () => {
      const clean = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined));
      const result = await verifyRequest(
        { method: method ?? "POST", url: target ?? url, headers: clean },
        { keyResolver, now, body: method === "GET" ? null : body, ...options },
      );
      const error = expectFailure(result, code);
      expect(error).toBeInstanceOf(SignatureError);
      expect(error.message.length).toBeGreaterThan(10);
    });
  }

  it("the unmodified baselines verify (so each case fails for its own reason)", async () => {
    for (const [headers, method] of [
      [draftPost, "POST"],
      [draftGet, "GET"],
      [rfcPost, "POST"],
    ] as const) {
      const result = await verifyRequest(
        { method, url, headers },
        { keyResolver, now, body: method === "GET" ? null : body },
      );
      expect(result).toMatchObject({ ok: true });
    }
  });
});
