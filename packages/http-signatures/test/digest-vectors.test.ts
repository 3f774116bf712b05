import { describe, expect, it } from "vitest";
import { createContentDigestHeader, verifyContentDigestHeader } from "../src/digest/content-digest.js";
import { createDigestHeader, verifyDigestHeader } from "../src/digest/digest-header.js";
import { loadVector } from "./support/vectors.js";

interface DigestVector {
  id: string;
  field: string;
  algorithm: string;
  expected_b64: string;
  input_utf8_or_hex: string;
  input_length: number;
  expected_to_fail?: boolean;
  header?: string;
}

const vectors: DigestVector[] = loadVector("digest.json").vectors;

function input(vector: DigestVector): Buffer {
  const text = vector.input_utf8_or_hex;
  const isHex = /^[0-9a-f]*$/.test(text) && text.length === vector.input_length * 2 && text.length > 0;
  return isHex ? Buffer.from(text, "hex") : Buffer.from(text, "utf8");
}

describe("digest.json", () => {
  for (const vector of vectors) {
    const algorithm = vector.algorithm.toLowerCase();
    const active = algorithm === "sha-256" || algorithm === "sha-512";
    if (vector.field === "Digest") {
      it(`${vector.id}: RFC 3230 Digest is created and verified`, async () => {
        expect(input(vector)).toHaveLength(vector.input_length);
        expect(verifyDigestHeader(vector.header!.slice("Digest: ".length), input(vector))).toEqual({
          ok: true,
          warnings: [],
          value: {
            algorithms: [algorithm],
          },
        });
        expect(await createDigestHeader(input(vector), vector.algorithm as "SHA-256")).toBe(
          vector.header!.slice("Digest: ".length),
        );
      });
    } else if (vector.expected_to_fail) {
      it(`${vector.id}: the known-wrong value is rejected as digest_mismatch`, () => {
        expect(
          verifyContentDigestHeader(`${algorithm}=:${vector.expected_b64}:`, input(vector)),
        ).toMatchObject({
          ok: false,
          error: {
            code: "digest_mismatch",
          },
        });
      });
    } else if (active) {
      it(`${vector.id}: ${algorithm} Content-Digest is created byte for byte and verified`, () => {
        expect(input(vector)).toHaveLength(vector.input_length);
        const header = `${algorithm}=:${vector.expected_b64}:`;
        expect(createContentDigestHeader(input(vector), [algorithm as "sha-256"])).toBe(header);
        expect(verifyContentDigestHeader(header, input(vector))).toEqual({
          ok: true,
          warnings: [],
          value: {
            algorithms: [algorithm],
          },
        });
        expect(
          verifyContentDigestHeader(header, Buffer.concat([input(vector), Buffer.from("x")])),
        ).toMatchObject({
          ok: false,
          error: {
            code: "digest_mismatch",
          },
        });
      });
    } else {
      it(`${vector.id}: deprecated ${algorithm} alone is refused with a message naming it`, () => {
        const result = verifyContentDigestHeader(`${algorithm}=:${vector.expected_b64}:`, input(vector));
        expect(result).toMatchObject({ ok: false, error: { code: "digest_missing" } });
        expect(result.ok || result.error.message).toContain(algorithm);
      });
    }
  }

  it("9530-2: a two-member Content-Digest verifies when every active member matches", () => {
    const body = Buffer.from('{"hello": "world"}');
    const header = createContentDigestHeader(body, ["sha-256", "sha-512"]);
    expect(header).toBe(
      "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:, sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:",
    );
    expect(verifyContentDigestHeader(`md5=:Sd/dVLAcvNLSq16eXua5uQ==:, ${header}`, body)).toEqual({
      ok: true,
      warnings: [],
      value: {
        algorithms: ["sha-256", "sha-512"],
      },
    });
  });

  it("the sections 2/3 example pairs digests of different bytes, so it does not verify", () => {
    const identity = Buffer.from('{"hello": "world"}\n');
    const header =
      "sha-256=:d435Qo+nKZ+gLcUHn7GQtQ72hiBVAgqoLsZnZPiTGPk=:, sha-512=:YMAam51Jz/jOATT6/zvHrLVgOYTGFy1d6GJiOHTohq4yP+pgk4vf2aCsyRZOtw8MjkM7iw7yZ/WkppmM44T3qg==:";
    expect(verifyContentDigestHeader(header, identity)).toMatchObject({
      ok: false,
      error: { code: "digest_mismatch" },
    });
  });
});

describe("verifyDigestHeader edge cases", () => {
  const body = Buffer.from('{"hello": "world"}');
  const canonical = "X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=";

  it("accepts the canonical value, any algorithm case, colons, and a repeated member", () => {
    expect(verifyDigestHeader(`sha-256=${canonical}`, body)).toMatchObject({ ok: true });
    expect(verifyDigestHeader(`SHA-256=:${canonical}:`, body)).toMatchObject({ ok: true });
    expect(verifyDigestHeader(`SHA-256=${canonical},SHA-256=${canonical}`, body)).toEqual({
      ok: true,
      warnings: [],
      value: {
        algorithms: ["sha-256", "sha-256"],
      },
    });
  });

  it("accepts base64 with non-zero padding bits that decodes to the body's hash", () => {
    const loose = `${canonical.slice(0, 42)}F=`; // "E=" carries two zero bits; "F=" sets one
    expect(Buffer.from(loose, "base64").equals(Buffer.from(canonical, "base64"))).toBe(true);
    expect(verifyDigestHeader(`SHA-256=${loose}`, body)).toMatchObject({ ok: true });
  });

  it("tells a value that is not base64 from one of another body", () => {
    expect(verifyDigestHeader(`SHA-256=${canonical.replace("X", "-")}`, body)).toMatchObject({
      ok: false,
      error: {
        code: "malformed_header",
      },
    });
    expect(verifyDigestHeader(`SHA-256=${canonical.replace("X", "Y")}`, body)).toMatchObject({
      ok: false,
      error: {
        code: "digest_mismatch",
      },
    });
  });
});
