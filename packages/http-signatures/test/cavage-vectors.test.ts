import { describe, expect, it } from "vitest";
import { signRequest } from "../src/sign-request.js";
import { verifyRequest } from "../src/verify-request.js";
import { loadVector } from "./support/vectors.js";

const vectors = loadVector("cavage.json");
const { key, request: printed } = vectors;
const keyResolver = async (keyId: string) => (keyId === "Test" ? { key: key.public_pem } : null);
const nowMillis = Date.parse("Sun, 05 Jan 2014 21:31:40 GMT");
const now = () => nowMillis;
const lenient = { keyResolver, now, requireDigestFor: [], requireRequestTarget: false };

function appendixRequest(extra: Record<string, string> = {}): Request {
  return new Request("https://example.com/foo?param=value&pet=dog", {
    method: "POST",
    headers: {
      Host: "example.com",
      Date: "Sun, 05 Jan 2014 21:31:40 GMT",
      "Content-Type": "application/json",
      Digest: "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=",
      "Content-Length": "18",
      ...extra,
    },
    body: printed.body,
  });
}

function test(id: string) {
  return vectors.tests.find((t: { id: string }) => t.id === id);
}

function headerValue(line: string): string {
  return line.slice(line.indexOf(":") + 1).trim();
}

describe("draft-cavage-12 Appendix C", () => {
  it("C.1 Default Test: signature reproduced byte for byte; the printed header (no headers=) verifies", async () => {
    const c1 = test("C.1");
    const signed = await signRequest(appendixRequest(), {
      keyId: "Test",
      privateKey: key.private_pem,
      algorithm: "rsa-sha256",
      components: ["date"],
    });
    expect(signed.headers.get("signature")).toBe(
      `keyId="Test",algorithm="rsa-sha256",headers="date",signature="${c1.signature_b64}"`,
    );
    const result = await verifyRequest(
      appendixRequest({ Signature: headerValue(c1.signature_header) }),
      lenient,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { spec: "draft-cavage-12", keyId: "Test", components: ["date"] },
    });
    expect(result.ok && result.value.created?.getTime()).toBe(nowMillis);
  });

  it("C.2 Basic Test: the Authorization header is reproduced byte for byte and verifies", async () => {
    const c2 = test("C.2");
    const signed = await signRequest(appendixRequest(), {
      keyId: "Test",
      privateKey: key.private_pem,
      components: ["(request-target)", "host", "date"],
      header: "authorization",
    });
    expect(signed.headers.get("authorization")).toBe(headerValue(c2.authorization_header));
    expect(signed.headers.has("signature")).toBe(false);
    const result = await verifyRequest(
      appendixRequest({ Authorization: headerValue(c2.authorization_header) }),
      lenient,
    );
    expect(result).toMatchObject({ ok: true, value: { components: ["(request-target)", "host", "date"] } });
  });

  it("C.3 All Headers Test: the printed signature is reproduced over the printed signing string and verifies", async () => {
    const c3 = test("C.3");
    const covered = ["(request-target)", "host", "date", "content-type", "digest", "content-length"];
    const signed = await signRequest(appendixRequest(), {
      keyId: "Test",
      privateKey: key.private_pem,
      components: covered,
    });
    expect(signed.headers.get("signature")).toBe(
      `keyId="Test",algorithm="rsa-sha256",headers="${covered.join(" ")}",signature="${c3.signature_b64}"`,
    );
    const result = await verifyRequest(signed, { keyResolver, now });
    expect(result).toMatchObject({ ok: true, value: { components: covered } });
  });

  it("C.3 as printed (headers= lists (created) (expires), erratum) does not verify", async () => {
    const c3 = test("C.3");
    const result = await verifyRequest(appendixRequest({ Signature: headerValue(c3.signature_header) }), {
      keyResolver,
      now: () => c3.created * 1000,
    });
    expect(result).toMatchObject({ ok: false, error: { code: "signature_mismatch", keyId: "Test" } });
  });
});
