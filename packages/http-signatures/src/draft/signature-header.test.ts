import { describe, expect, it } from "vitest";
import { SignatureError } from "../shared/signature-error.js";
import {
  type DraftSignatureParams,
  parseDraftSignatureHeader,
  serializeDraftSignatureHeader,
} from "./signature-header.js";

function parsed(value: string): DraftSignatureParams {
  const result = parseDraftSignatureHeader(value);
  if (result instanceof SignatureError) throw result;
  return result;
}

function refusal(value: string): string {
  const result = parseDraftSignatureHeader(value);
  if (!(result instanceof SignatureError)) throw new Error(`accepted: ${value}`);
  expect(result.code).toBe("malformed_header");
  return result.message;
}

describe("draft-cavage Signature header", () => {
  it("parses quoted and bare created/expires, escapes, spaces after commas", () => {
    expect(
      parsed(
        'keyId="a\\"b",algorithm="HS2019", created="1756126694",expires=1756130294, headers="(Request-Target) Date",signature="AAAA"',
      ),
    ).toMatchObject({
      keyId: 'a"b',
      algorithm: "hs2019",
      created: 1756126694,
      expires: 1756130294,
      headers: ["(request-target)", "date"],
    });
  });

  it("defaults headers to date (draft ≤ 10, Mastodon) and ignores unknown parameters", () => {
    expect(parsed('keyId="k",signature="AAAA",opaque="x"')).toMatchObject({
      headers: ["date"],
      algorithm: undefined,
    });
  });

  it("defaults headers to (created) when there is a created parameter (draft-cavage-12 §2.1.6)", () => {
    expect(parsed('keyId="k",created=5,signature="AAAA"')).toMatchObject({
      headers: ["(created)"],
      created: 5,
    });
  });

  it("hands out frozen header lists, shared by headers that send the same text", () => {
    const first = parsed('keyId="k",headers="host date",signature="AAAA"').headers;
    const second = parsed('keyId="other",headers="host date",signature="BBBB"').headers;
    expect(Object.isFrozen(first)).toBe(true);
    expect(second).toBe(first);
    expect(parsed('keyId="k",headers="host  date",signature="AAAA"').headers).toEqual(first);
    expect(Object.isFrozen(parsed('keyId="k",signature="AAAA"').headers)).toBe(true);
  });

  it("reads parameter names in any case and rejects one given twice in different cases", () => {
    expect(parsed('KEYID="k",Signature="AAAA"')).toMatchObject({ keyId: "k" });
    expect(refusal('keyId="a",keyid="b",signature="AAAA"')).toBe(
      "Signature header: parameter keyid appears twice.",
    );
    for (const name of ["algorithm", "headers", "signature", "created", "expires"]) {
      const value = name === "created" || name === "expires" ? "1" : '"AAAA"';
      expect(
        refusal(`keyId="k",signature="AAAA",headers="date",${name}=${value},${name.toUpperCase()}=${value}`),
      ).toMatch(/appears twice/);
    }
  });

  it("accepts and ignores unknown parameters whose names are tokens (RFC 7235 auth-params)", () => {
    for (const extra of ['x-foo="y"', "x_1=2", "opaque2=abc", 'a.b+c!#$%&\'*^`|~="v"', 'Z9="a,b"']) {
      expect(parsed(`${extra},keyId="k",signature="AAAA"`).keyId, extra).toBe("k");
      expect(parsed(`keyId="k",signature="AAAA",${extra}`).keyId, extra).toBe("k");
    }
    expect(refusal('x-foo="1",keyId="k",X-FOO="2",signature="AAAA"')).toBe(
      "Signature header: parameter X-FOO appears twice.",
    );
  });

  it("takes optional whitespace around = and around commas", () => {
    expect(parsed('keyId = "k" ,\tsignature=\t"AAAA" , created =5')).toMatchObject({
      keyId: "k",
      created: 5,
    });
  });

  it("names what is wrong with the syntax, and where", () => {
    expect(refusal("keyId")).toBe('Signature header: parameter keyId has no "=".');
    expect(refusal('keyId="a",signature="AAAA",headers')).toBe(
      'Signature header: parameter headers has no "=".',
    );
    expect(refusal('keyId="a",foo bar="x"')).toBe('Signature header: parameter foo has no "=".');
    expect(refusal('keyId="a", , ,@="x"')).toBe('Signature header: unexpected character "@" at position 14.');
    expect(refusal('keyId="a" signature="AAAA"')).toBe(
      'Signature header: expected "," after parameter keyId.',
    );
    expect(refusal("created=1 keyId=x")).toBe('Signature header: expected "," after parameter created.');
    expect(refusal('keyId="a\\"')).toBe(
      "Signature header: parameter keyId has an unterminated quoted value.",
    );
    expect(refusal('keyId="abc')).toBe("Signature header: parameter keyId has an unterminated quoted value.");
    expect(refusal('keyId="a";signature="AAAA"')).toBe(
      'Signature header: expected "," after parameter keyId.',
    );
  });

  it("takes trailing commas and whitespace after the last parameter", () => {
    for (const tail of [",", ", ", " ,\t", ",,", "  "]) {
      expect(parsed(`keyId="k",signature="AAAA"${tail}`).keyId, JSON.stringify(tail)).toBe("k");
    }
  });

  it("quotes at most 40 characters of a sender's parameter or header name, and 20 of a time, in a message", () => {
    const long = `x${"y".repeat(99)}`;
    const shown = long.slice(0, 40);
    for (const [header, message] of [
      [`${long}="unterminated`, `parameter ${shown} has an unterminated quoted value`],
      [`${long}="a",${long}="b"`, `parameter ${shown} appears twice`],
      [`${long}="a" keyId="k"`, `expected "," after parameter ${shown}`],
      [`${long} keyId="k"`, `parameter ${shown} has no "="`],
      [`keyId="k",signature="AAAA",headers="${long} ${long}"`, `Signature headers lists ${shown} twice.`],
    ]) {
      const text = refusal(header!);
      expect(text).toContain(message!);
      expect(text).not.toContain(long.slice(0, 41));
    }
    expect(refusal(`keyId="k",signature="AAAA",created="${"9".repeat(30)}"`)).toBe(
      `Signature created="${"9".repeat(20)}" is not a Unix time in seconds.`,
    );
  });

  it("unescapes quoted values wherever the backslashes are", () => {
    expect(parsed('keyId="\\\\a",signature="AAAA"').keyId).toBe("\\a");
    expect(parsed('algorithm="x",keyId="a\\b\\"c",signature="AAAA"').keyId).toBe('ab"c');
    expect(parsed('keyId="plain",algorithm="rsa\\-sha256",signature="AAAA"')).toMatchObject({
      keyId: "plain",
      algorithm: "rsa-sha256",
    });
    expect(parsed('keyId="a",headers="date",signature="AAAA",opaque="\\x"').keyId).toBe("a");
  });

  it("trims bare values and reads them up to the next comma", () => {
    expect(parsed("keyId= k ,signature=AAAA,created= 12 ")).toMatchObject({ keyId: "k", created: 12 });
  });

  it("requires a non-empty keyId and a strict base64 signature", () => {
    expect(refusal('signature="AAAA"')).toBe("Signature header has no keyId.");
    expect(refusal('keyId="",signature="AAAA"')).toBe("Signature header has no keyId.");
    expect(refusal('keyId="k"')).toBe("Signature header has no signature parameter.");
    expect(refusal('keyId="k",signature="A-_A"')).toBe("Signature header's signature is not valid base64.");
    expect(refusal('keyId="k",signature=""')).toBe("Signature header's signature is not valid base64.");
    expect((parseDraftSignatureHeader('keyId="k"') as SignatureError).keyId).toBe("k");
    expect(parsed('keyId="k",signature="AQID"').signature).toEqual(Buffer.from([1, 2, 3]));
  });

  it("reads created and expires as at most 12 decimal digits", () => {
    expect(parsed('keyId="k",signature="AAAA",created=999999999999').created).toBe(999_999_999_999);
    expect(parsed('keyId="k",signature="AAAA",expires="0"').expires).toBe(0);
    for (const bad of ["1000000000000", "", "-1", "1.5", "1e3", "+1", " 1 ", "٣"]) {
      const message = refusal(`keyId="k",signature="AAAA",expires="${bad}"`);
      expect(message, bad).toMatch(/^Signature expires="/);
      expect(message, bad).toContain("is not a Unix time in seconds.");
    }
    expect(refusal('keyId="k",signature="AAAA",created="soon"')).toBe(
      'Signature created="soon" is not a Unix time in seconds.',
    );
    expect(
      (parseDraftSignatureHeader('keyId="k",signature="AAAA",created="x"') as SignatureError).keyId,
    ).toBe("k");
  });

  it("splits headers= at single spaces, and at any whitespace when the spacing is irregular", () => {
    expect(parsed('keyId="k",headers="(request-target) host date",signature="AAAA"').headers).toEqual([
      "(request-target)",
      "host",
      "date",
    ]);
    for (const list of [
      " host date",
      "host date ",
      "host  date",
      "host\tdate",
      "host\ndate",
      " \t host \r\n date\t",
    ]) {
      expect(parsed(`keyId="k",headers="${list}",signature="AAAA"`).headers, JSON.stringify(list)).toEqual([
        "host",
        "date",
      ]);
    }
    expect(refusal('keyId="k",headers="",signature="AAAA"')).toBe('Signature headers="" covers nothing.');
    expect(refusal('keyId="k",headers="   ",signature="AAAA"')).toBe('Signature headers="" covers nothing.');
  });

  it("hands out exactly the names listed, in order, with nothing added", () => {
    expect(
      parsed('keyId="k",headers="(request-target) host date digest",signature="AAAA"').headers,
    ).toStrictEqual(["(request-target)", "host", "date", "digest"]);
  });

  it("refuses a header listed twice, in short and long lists", () => {
    expect(refusal('keyId="k",headers="host date HOST",signature="AAAA"')).toBe(
      "Signature headers lists host twice.",
    );
    expect(refusal('keyId="k",headers="date date",signature="AAAA"')).toBe(
      "Signature headers lists date twice.",
    );
    const long = Array.from({ length: 40 }, (_, i) => `x-${i}`);
    expect(parsed(`keyId="k",headers="${long.join(" ")}",signature="AAAA"`).headers).toHaveLength(40);
    expect(refusal(`keyId="k",headers="${[...long, "x-7"].join(" ")}",signature="AAAA"`)).toBe(
      "Signature headers lists x-7 twice.",
    );
    const sixteen = Array.from({ length: 16 }, (_, i) => `y-${i}`);
    expect(
      refusal(`keyId="k",headers="${[...sixteen.slice(0, 15), "y-0"].join(" ")}",signature="AAAA"`),
    ).toBe("Signature headers lists y-0 twice.");
    expect(parsed(`keyId="k",headers="${sixteen.join(" ")}",signature="AAAA"`).headers).toHaveLength(16);
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
    expect(
      serializeDraftSignatureHeader({
        keyId: "a\\b",
        algorithm: "ed25519",
        headers: ["date"],
        signature: Buffer.from([1]),
        expires: 9,
      }),
    ).toBe('keyId="a\\\\b",algorithm="ed25519",expires=9,headers="date",signature="AQ=="');
  });
});
