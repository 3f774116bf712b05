import { describe, expect, it } from "vitest";
import { parseDraftSignatureHeader, serializeDraftSignatureHeader } from "./signature-header.js";

describe("draft-cavage Signature header", () => {
  it("parses quoted and bare created/expires, escapes, spaces after commas", () => {
    const parsed = parseDraftSignatureHeader(
      'keyId="a\\"b",algorithm="HS2019", created="1756126694",expires=1756130294, headers="(Request-Target) Date",signature="AAAA"',
    );
    expect(parsed).toMatchObject({
      keyId: 'a"b',
      algorithm: "hs2019",
      created: 1756126694,
      expires: 1756130294,
      headers: ["(request-target)", "date"],
    });
  });

  it("defaults headers to date (draft ≤ 10, Mastodon) and ignores unknown parameters", () => {
    expect(parseDraftSignatureHeader('keyId="k",signature="AAAA",opaque="x"')).toMatchObject({
      headers: ["date"],
      algorithm: undefined,
    });
  });

  it("defaults headers to (created) when there is a created parameter (draft-cavage-12 §2.1.6)", () => {
    expect(parseDraftSignatureHeader('keyId="k",created=5,signature="AAAA"')).toMatchObject({
      headers: ["(created)"],
    });
  });

  it("reads parameter names in any case and rejects one given twice in different cases", () => {
    expect(parseDraftSignatureHeader('KEYID="k",Signature="AAAA"')).toMatchObject({ keyId: "k" });
    expect(parseDraftSignatureHeader('keyId="a",keyid="b",signature="AAAA"')).toMatchObject({
      ok: false,
      code: "malformed_header",
    });
  });

  it("names the parameter that has no value, wherever it is", () => {
    expect(parseDraftSignatureHeader("keyId")).toMatchObject({
      code: "malformed_header",
      message: 'Signature header: parameter keyId has no "=".',
    });
    expect(parseDraftSignatureHeader('keyId="a",signature="AAAA",headers')).toMatchObject({
      message: 'Signature header: parameter headers has no "=".',
    });
  });

  it("splits headers= at any whitespace", () => {
    expect(
      parseDraftSignatureHeader('keyId="k",headers=" (request-target)  host\tdate ",signature="AAAA"'),
    ).toMatchObject({ headers: ["(request-target)", "host", "date"] });
  });

  it("serializes in the order fediverse servers send", () => {
    expect(
      serializeDraftSignatureHeader({
        keyId: 'k"1',
        algorithm: "hs2019",
        headers: ["(request-target)", "(created)"],
        signature: Buffer.from([1, 2, 3]),
        created: 5,
      }),
    ).toBe(
      'keyId="k\\"1",algorithm="hs2019",created=5,headers="(request-target) (created)",signature="AQID"',
    );
  });
});
