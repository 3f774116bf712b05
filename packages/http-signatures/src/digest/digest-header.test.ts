import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyDigestHeader } from "./digest-header.js";

const body = Buffer.from("body");
const sha256 = createHash("sha256").update(body).digest("base64");
const sha512 = createHash("sha512").update(body).digest("base64");

describe("verifyDigestHeader", () => {
  it("accepts members with spaces and tabs around them, colon-wrapped values and any case", () => {
    expect(verifyDigestHeader(` SHA-256=${sha256}\t`, body)).toMatchObject({
      ok: true,
      warnings: [],
      value: {
        algorithms: ["sha-256"],
      },
    });
    expect(verifyDigestHeader(`sha-512=:${sha512}:, MD5=abc, SHA-256=${sha256}`, body)).toMatchObject({
      ok: true,
      warnings: [],
      value: {
        algorithms: ["sha-512", "sha-256"],
      },
    });
  });

  it("refuses a value with a character Node would decode by its low byte", () => {
    // U+0100 + "x" is read as "x" by Node's base64 decoder: the hash would seem to match.
    const garbled = String.fromCharCode(0x100 + sha256.charCodeAt(0)) + sha256.slice(1);
    expect(verifyDigestHeader(`SHA-256=${garbled}`, body)).toMatchObject({
      ok: false,
      error: {
        code: "malformed_header",
      },
    });
  });

  it("refuses members that only other whitespace separates from the next, instead of ignoring them", () => {
    expect(verifyDigestHeader(`SHA-256=${sha256}\u00a0`, body)).toMatchObject({ ok: false });
    expect(verifyDigestHeader(`SHA-256=${sha256},\fSHA-512=x`, body)).toMatchObject({
      ok: false,
      error: {
        code: "malformed_header",
      },
    });
  });

  it("says which algorithm did not match and what the body hashes to", () => {
    const wrong = createHash("sha256").update("other").digest("base64");
    const result = verifyDigestHeader(`SHA-256=${wrong}`, body);
    expect(result).toMatchObject({ ok: false, error: { code: "digest_mismatch" } });
    expect(result.ok || result.error.message).toContain(sha256);
  });
});
