import { describe, expect, it } from "vitest";
import { findPublicKey } from "../src/keys/actor-key.js";
import { signRequest } from "../src/sign-request.js";
import { verifyRequest } from "../src/verify-request.js";
import { loadVector } from "./support/vectors.js";

const vectors = loadVector("http-signatures-realworld.json");

describe("real-world draft-cavage signatures", () => {
  it("reproduces Pleroma's signing test byte for byte", async () => {
    const pleroma = vectors.pleroma_signature_test;
    const signed = await signRequest(
      new Request("https://test.test/", { headers: { host: "test.test", "content-length": "100" } }),
      { keyId: pleroma.keyId, privateKey: pleroma.private_key_pem, components: ["content-length", "host"] },
    );
    expect(signed.headers.get("signature")).toBe(pleroma.expected_signature_header);
  });

  it("verifies the real oeee.cafe hs2019 request with its sender's key from the actor document", async () => {
    const { request } = vectors.oeee_cafe_real_request;
    const actor = loadVector("oeee.cafe-actor.json");
    const resolved: string[] = [];
    const result = await verifyRequest(
      new Request(request.url, { method: request.method, headers: request.headers, body: request.body }),
      {
        keyResolver: async (keyId) => {
          resolved.push(keyId);
          const key = findPublicKey(actor, keyId);
          return key === null ? null : { key, owner: actor.id };
        },
        now: () => Date.parse("2025-08-25T12:58:14Z"),
      },
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        spec: "draft-cavage-12",
        keyId: "https://oeee.cafe/ap/users/3609fd4e-d51d-4db8-9f04-4189815864dd#main-key",
        algorithm: "rsa-sha256",
        declaredAlgorithm: "hs2019",
        keyType: "rsa",
        components: ["(request-target)", "(created)", "(expires)", "content-type", "date", "digest", "host"],
      },
    });
    expect(result.ok && result.value.created?.toISOString()).toBe("2025-08-25T12:58:14.000Z");
    expect(result.ok && result.value.owner).toBe(actor.id);
    expect(resolved).toHaveLength(1);
  });

  it("rejects the oeee.cafe request once its body is changed (Digest)", async () => {
    const { request } = vectors.oeee_cafe_real_request;
    const actor = loadVector("oeee.cafe-actor.json");
    const result = await verifyRequest(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body: `${request.body} `,
      }),
      {
        keyResolver: (keyId) => ({ key: findPublicKey(actor, keyId)! }),
        now: () => Date.parse("2025-08-25T12:58:14Z"),
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: "digest_mismatch" } });
  });

  it("reports the oeee.cafe request as expired a day later, saying by how much", async () => {
    const { request } = vectors.oeee_cafe_real_request;
    const actor = loadVector("oeee.cafe-actor.json");
    const result = await verifyRequest(
      new Request(request.url, { method: request.method, headers: request.headers, body: request.body }),
      {
        keyResolver: (keyId) => ({ key: findPublicKey(actor, keyId)! }),
        now: () => Date.parse("2025-08-26T12:58:14Z"),
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: "too_old" } });
    expect(result.ok || result.error.message).toContain("1 d");
  });
});
