import { describe, expect, it } from "vitest";
import { signRequest } from "../src/sign-request.js";
import { verifyRequest, verifyResponse } from "../src/verify-request.js";
import { requestFromMessage, responseFromMessage } from "./support/http-message.js";
import { rfc9421PrivateKeys, rfc9421PublicKeys, tableResolver } from "./support/keys.js";
import { signatureBaseFor } from "./support/signature-base.js";
import { loadVector } from "./support/vectors.js";

const vectors = loadVector("rfc9421.json");
const testRequest: string = vectors.messages["test-request"].raw;
const testResponse: string = vectors.messages["test-response"].raw;
const keyResolver = tableResolver(rfc9421PublicKeys);
const lenient = { keyResolver, requireDigestFor: [], requireHostFor: [], requireRequestTarget: false };

function extraExample(id: string) {
  return vectors.extra_examples.find((e: { id: string }) => e.id === id);
}

function signed(raw: string, input: string, signature: string): Request {
  return requestFromMessage(raw, [
    ["Signature-Input", input],
    ["Signature", signature],
  ]);
}

const busyBody = '{"busy": true, "message": "Your call is very important to us"}';
function busyResponse(input: string, signature: string): Response {
  return new Response(busyBody, {
    status: 503,
    headers: {
      "Content-Digest":
        "sha-512=:0Y6iCBzGg5rZtoXS95Ijz03mslf6KAMCloESHObfwnHJDbkkWWQz6PhhU9kxsTbARtY2PTBOzq24uJFpHsMuAg==:",
      "Content-Type": "application/json",
      "Signature-Input": input,
      Signature: signature,
    },
  });
}

describe("RFC 9421 Appendix B.2 examples", () => {
  for (const example of vectors.examples_b2) {
    const isResponse = example.message === "test-response";
    const created = example.signature_params.created * 1000;

    it(`${example.id} (${example.alg}): our signature base is the RFC's, byte for byte`, () => {
      const message = isResponse
        ? { response: responseFromMessage(testResponse) }
        : { request: requestFromMessage(testRequest) };
      expect(signatureBaseFor(example.signature_input_header, example.label, message)).toBe(example.base);
    });

    it(`${example.id} (${example.alg}): verifies`, async () => {
      const result = isResponse
        ? await verifyResponse(
            responseFromMessage(testResponse, [
              ["Signature-Input", example.signature_input_header],
              ["Signature", example.signature_header],
            ]),
            { ...lenient, now: () => created },
          )
        : await verifyRequest(signed(testRequest, example.signature_input_header, example.signature_header), {
            ...lenient,
            now: () => created,
          });
      expect(result).toMatchObject({
        ok: true,
        value: { spec: "rfc9421", keyId: example.keyid, label: example.label },
      });
      if (result.ok) {
        expect(result.value.algorithm).toBe(example.alg);
        expect(result.value.created?.getTime()).toBe(created);
      }
    });
  }

  it("B.2.1 covers no component, so the default fediverse policy rejects it for a POST", async () => {
    const example = vectors.examples_b2[0];
    const result = await verifyRequest(
      signed(testRequest, example.signature_input_header, example.signature_header),
      {
        keyResolver,
        now: () => example.signature_params.created * 1000,
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: "required_component_missing" } });
  });

  for (const id of ["B.2.5", "B.2.6"]) {
    it(`${id} is reproduced byte for byte by signRequest`, async () => {
      const example = vectors.examples_b2.find((e: { id: string }) => e.id === id);
      const request = await signRequest(requestFromMessage(testRequest), {
        spec: "rfc9421",
        keyId: example.keyid,
        privateKey: rfc9421PrivateKeys[example.keyid]!,
        components: example.covered_components,
        created: example.signature_params.created * 1000,
        label: example.label,
        includeAlgorithm: false,
      });
      expect(request.headers.get("signature-input")).toBe(example.signature_input_header);
      expect(request.headers.get("signature")).toBe(example.signature_header);
    });
  }

  it("B.2.6 is reproduced from the JWK form of the key as well", async () => {
    const example = vectors.examples_b2[5];
    const request = await signRequest(requestFromMessage(testRequest), {
      spec: "rfc9421",
      keyId: example.keyid,
      privateKey: vectors.keys["test-key-ed25519"].jwk,
      components: example.covered_components,
      created: example.signature_params.created * 1000,
      label: example.label,
      includeAlgorithm: false,
    });
    expect(request.headers.get("signature")).toBe(example.signature_header);
  });

  it("rejects the test response with the errata's wrong Content-Digest", async () => {
    const example = vectors.examples_b2.find((e: { id: string }) => e.id === "B.2.4");
    const wrong = testResponse.replace(
      /Content-Digest: .*/,
      "Content-Digest: sha-512=:JlEy2bfUz7WrWIjc1qV6KVLpdr/7L5/L4h7Sxvh6sNHpDQWDCL+GauFQWcZBvVDhiyOnAQsxzZFYwi0wDH+1pw==:",
    );
    const result = await verifyResponse(
      responseFromMessage(wrong, [
        ["Signature-Input", example.signature_input_header],
        ["Signature", example.signature_header],
      ]),
      { ...lenient, now: () => example.signature_params.created * 1000 },
    );
    expect(result).toMatchObject({ ok: false, error: { code: "digest_mismatch", label: "sig-b24" } });
  });
});

describe("RFC 9421 examples outside B.2", () => {
  it.each([
    ["§3.2 sig1 (rsa-pss-sha512) verifies and its base is exact", "3.2", 1618884473000, "rsa-pss-sha512"],
    ["§2.4 sig1 on the request (rsa-pss-sha512) verifies", "2.4-req", 1618884475000, "rsa-pss-sha512"],
    [
      "§4.3 client sig1 (ecdsa-p256-sha256) verifies on the original request",
      "4.3-sig1",
      1618884475000,
      "ecdsa-p256-sha256",
    ],
  ] as const)("%s", async (_title, id, now, algorithm) => {
    const example = extraExample(id);
    expect(
      signatureBaseFor(example.signature_input_header, "sig1", { request: requestFromMessage(testRequest) }),
    ).toBe(example.base);
    const result = await verifyRequest(
      signed(testRequest, example.signature_input_header, `sig1=:${example.signature_b64}:`),
      { keyResolver, now: () => now },
    );
    expect(result).toMatchObject({ ok: true, value: { algorithm } });
  });

  for (const id of ["2.4-a", "2.4-b"]) {
    it(`§2.4 response signature ${id} covering request components (;req) verifies`, async () => {
      const example = extraExample(id);
      const response = busyResponse(example.signature_input_header, `reqres=:${example.signature_b64}:`);
      const request = requestFromMessage(testRequest);
      expect(signatureBaseFor(example.signature_input_header, "reqres", { request, response })).toBe(
        example.base,
      );
      const result = await verifyResponse(response, { keyResolver, request, now: () => 1618884479000 });
      expect(result).toMatchObject({ ok: true, value: { label: "reqres", algorithm: "ecdsa-p256-sha256" } });
      const withoutRequest = await verifyResponse(
        busyResponse(example.signature_input_header, `reqres=:${example.signature_b64}:`),
        {
          keyResolver,
          now: () => 1618884479000,
        },
      );
      expect(withoutRequest).toMatchObject({ ok: false, error: { code: "component_missing" } });
    });
  }

  const forwarded = () => {
    const sig1 = extraExample("4.3-sig1");
    return requestFromMessage(
      testRequest.replace("Host: example.com", "Host: origin.host.internal.example"),
      [
        ["Forwarded", "for=192.0.2.123;host=example.com;proto=https"],
        ["Signature-Input", sig1.signature_input_header],
        ["Signature", `sig1=:${sig1.signature_b64}:`],
      ],
    );
  };

  it("§4.3 proxy_sig (rsa-v1_5-sha256) is reproduced byte for byte next to sig1", async () => {
    const example = extraExample("4.3-proxy_sig");
    const request = await signRequest(forwarded(), {
      spec: "rfc9421",
      keyId: "test-key-rsa",
      privateKey: rfc9421PrivateKeys["test-key-rsa"]!,
      algorithm: "rsa-v1_5-sha256",
      components: [
        "@method",
        "@authority",
        "@path",
        "content-digest",
        "content-type",
        "content-length",
        "forwarded",
      ],
      created: 1618884480 * 1000,
      expires: 1618884540 * 1000,
      label: "proxy_sig",
    });
    expect(request.headers.get("signature-input")).toBe(example.signature_input_header);
    expect(request.headers.get("signature")).toBe(
      `sig1=:${extraExample("4.3-sig1").signature_b64}:, proxy_sig=:${example.signature_b64}:`,
    );
    expect(signatureBaseFor(example.signature_input_header, "proxy_sig", { request })).toBe(example.base);
    const result = await verifyRequest(request, {
      keyResolver,
      now: () => 1618884480000,
      label: "proxy_sig",
    });
    expect(result).toMatchObject({ ok: true, value: { label: "proxy_sig", algorithm: "rsa-v1_5-sha256" } });
    expect(result.ok && result.value.expires?.getTime()).toBe(1618884540000);
  });

  it("§4.3 at the origin, sig1 fails (its @authority was rewritten) but proxy_sig verifies", async () => {
    const example = extraExample("4.3-proxy_sig");
    const request = await signRequest(forwarded(), {
      spec: "rfc9421",
      keyId: "test-key-rsa",
      privateKey: rfc9421PrivateKeys["test-key-rsa"]!,
      components: [
        "@method",
        "@authority",
        "@path",
        "content-digest",
        "content-type",
        "content-length",
        "forwarded",
      ],
      created: 1618884480 * 1000,
      expires: 1618884540 * 1000,
      label: "proxy_sig",
    });
    const onlySig1 = await verifyRequest(request, { keyResolver, now: () => 1618884480000, label: "sig1" });
    expect(onlySig1).toMatchObject({ ok: false, error: { code: "signature_mismatch", label: "sig1" } });
    const any = await verifyRequest(request, { keyResolver, now: () => 1618884480000 });
    expect(any).toMatchObject({ ok: true, value: { label: "proxy_sig" } });
    expect(example.signature_b64).toBeTruthy();
  });

  it("B.3 (TLS-terminating proxy, client-cert) base is exact and verifies", async () => {
    const example = extraExample("B.3");
    const certificate = /"client-cert": (.*)/.exec(example.base)![1]!;
    const request = new Request("https://service.internal.example/foo?param=Value&Pet=dog", {
      method: "POST",
      headers: {
        "Client-Cert": certificate,
        "Signature-Input": example.signature_input_header,
        Signature: `ttrp=:${example.signature_b64}:`,
      },
      body: "{}",
    });
    expect(signatureBaseFor(example.signature_input_header, "ttrp", { request })).toBe(example.base);
    const result = await verifyRequest(request, { ...lenient, now: () => 1618884473000 });
    expect(result).toMatchObject({ ok: true, value: { label: "ttrp" } });
  });

  it("B.4 is reproduced byte for byte (ed25519)", async () => {
    const example = extraExample("B.4");
    const request = await signRequest(
      new Request("https://example.org/demo?name1=Value1&Name2=value2", {
        headers: [
          ["Host", "example.org"],
          ["Accept", "application/json"],
          ["Accept", "*/*"],
        ],
      }),
      {
        spec: "rfc9421",
        keyId: "test-key-ed25519",
        privateKey: rfc9421PrivateKeys["test-key-ed25519"]!,
        components: ["@method", "@path", "@authority", "accept"],
        created: 1618884473000,
        label: "transform",
        includeAlgorithm: false,
      },
    );
    expect(request.headers.get("signature-input")).toBe(example.signature_input_header);
    expect(request.headers.get("signature")).toBe(`transform=:${example.signature_b64}:`);
  });

  const transformed = extraExample("B.4").messages as { message: string; expected_valid: boolean }[];
  transformed.forEach(({ message, expected_valid }, index) => {
    it(`B.4 transformed message ${index + 1} ${expected_valid ? "still verifies" : "no longer verifies"}`, async () => {
      // Message 5 turns the GET into a POST; the digest rule is lifted so the signature itself is judged.
      const result = await verifyRequest(requestFromMessage(message), {
        keyResolver,
        now: () => 1618884473000,
        requireDigestFor: [],
      });
      if (expected_valid)
        expect(result).toMatchObject({ ok: true, value: { label: "transform", algorithm: "ed25519" } });
      else expect(result).toMatchObject({ ok: false, error: { code: "signature_mismatch" } });
    });
  });
});
