import { testKeyPair } from "@fedikit/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SignatureSpec } from "../src/shared/spec.js";
import { signRequest } from "../src/sign-request.js";
import { verifyRequest } from "../src/verify-request.js";
import { always } from "./support/keys.js";

const keys = {
  ed25519: testKeyPair("ed25519"),
  rsa: testKeyPair("rsa"),
  p256: testKeyPair("ec-p256"),
};
const now = Date.parse("2026-05-06T07:08:09Z");

const token = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const fieldValue = fc
  .stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,40}[\x21-\x7e])?$/)
  .filter((value) => !value.includes(","));
const reserved = new Set([
  "host",
  "date",
  "digest",
  "content-digest",
  "signature",
  "signature-input",
  "content-length",
  "authorization",
  "content-type",
]);
const headerSet = fc.dictionary(
  token.filter((name) => !reserved.has(name)),
  fieldValue,
  { maxKeys: 5 },
);
const pathSegment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/);
const queryPart = fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.string({ maxLength: 10 })), {
  maxLength: 3,
});
const host = fc.domain().map((domain) => domain.toLowerCase());

const messages = fc.record({
  method: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE"),
  host,
  port: fc.option(fc.integer({ min: 1024, max: 65535 }), { nil: undefined }),
  path: fc.array(pathSegment, { maxLength: 4 }),
  query: queryPart,
  headers: headerSet,
  body: fc.oneof(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 })),
});

type Message = typeof messages extends fc.Arbitrary<infer T> ? T : never;

function buildRequest(message: Message): Request {
  const query = new URLSearchParams(message.query).toString();
  const url = `https://${message.host}${message.port ? `:${message.port}` : ""}/${message.path.join("/")}${query ? `?${query}` : ""}`;
  const hasBody = message.method !== "GET" && message.method !== "DELETE";
  return new Request(url, {
    method: message.method,
    headers: message.headers,
    body: hasBody ? message.body : null,
  });
}

function coveredComponents(spec: SignatureSpec, message: Message, hasBody: boolean): string[] {
  const names = Object.keys(message.headers);
  if (spec === "draft-cavage-12") {
    return ["(request-target)", "host", "date", ...names, ...(hasBody ? ["digest"] : [])];
  }
  return [
    "@method",
    "@target-uri",
    "@authority",
    "@path",
    "@query",
    "@scheme",
    "@request-target",
    ...names,
    ...(hasBody ? ["content-digest"] : []),
  ];
}

async function roundTrip(spec: SignatureSpec, keyName: keyof typeof keys, message: Message) {
  const { privateKey, publicKey } = keys[keyName];
  const request = buildRequest(message);
  const hasBody = request.body !== null;
  const signed = await signRequest(request, {
    spec,
    keyId: "https://example.com/k",
    privateKey,
    components: coveredComponents(spec, message, hasBody),
    created: now,
  });
  const result = await verifyRequest(signed, { keyResolver: always(publicKey), now: () => now });
  return { signed, result };
}

describe("sign → verify round trips (fast-check)", () => {
  for (const spec of ["draft-cavage-12", "rfc9421"] as const) {
    for (const [keyName, runs] of [
      ["ed25519", 60],
      ["p256", 30],
      ["rsa", 15],
    ] as const) {
      it(`${spec} with ${keyName}: every signed request verifies`, async () => {
        await fc.assert(
          fc.asyncProperty(messages, async (message) => {
            const { result } = await roundTrip(spec, keyName, message);
            expect(result).toMatchObject({ ok: true, value: { spec } });
          }),
          { numRuns: runs },
        );
      });
    }

    it(`${spec}: changing a covered header value breaks the signature`, async () => {
      await fc.assert(
        fc.asyncProperty(
          messages.filter((m) => Object.keys(m.headers).length > 0),
          fieldValue,
          async (message, replacement) => {
            const { signed } = await roundTrip(spec, "ed25519", message);
            const name = Object.keys(message.headers)[0]!;
            fc.pre(replacement !== message.headers[name]);
            const headers = new Headers(signed.headers);
            headers.set(name, replacement);
            const tampered = new Request(signed, { headers });
            const result = await verifyRequest(tampered, {
              keyResolver: always(keys.ed25519.publicKey),
              now: () => now,
            });
            expect(result).toMatchObject({ ok: false, error: { code: "signature_mismatch" } });
          },
        ),
        { numRuns: 40 },
      );
    });

    it(`${spec}: changing the body breaks the digest`, async () => {
      await fc.assert(
        fc.asyncProperty(
          messages.filter((m) => m.method === "POST"),
          fc.string({ minLength: 1, maxLength: 20 }),
          async (message, suffix) => {
            const { signed } = await roundTrip(spec, "ed25519", message);
            const original = Buffer.from(await signed.clone().arrayBuffer());
            const result = await verifyRequest(signed, {
              keyResolver: always(keys.ed25519.publicKey),
              now: () => now,
              body: Buffer.concat([original, Buffer.from(suffix)]),
            });
            expect(result).toMatchObject({ ok: false, error: { code: "digest_mismatch" } });
          },
        ),
        { numRuns: 40 },
      );
    });
  }
});
