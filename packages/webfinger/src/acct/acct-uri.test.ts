import { FedikitError } from "@fedikit/core";
import { expectFailure, expectSuccess } from "@fedikit/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vectors } from "../../test/vectors.js";
import { WebFingerError } from "../shared/webfinger-error.js";
import { encodeUserPart, formatAcctUri, parseAcctUri } from "./acct-uri.js";

/** The code formatAcctUri throws, or undefined when it does not throw. */
function formatCode(acct: Parameters<typeof formatAcctUri>[0]): string | undefined {
  try {
    formatAcctUri(acct);
  } catch (error) {
    if (error instanceof WebFingerError) return error.code;
    throw error;
  }
  return undefined;
}

const parsed = (uri: string) => expectSuccess(parseAcctUri(uri)).value;

describe("RFC 7565 edge cases (webfinger.json)", () => {
  for (const edge of vectors.rfc7565.edge_cases) {
    it(`formats: ${edge.case}`, () => {
      expect(formatAcctUri({ user: edge.user, host: edge.host })).toBe(edge.expected_acct);
    });
    it(`parses back: ${edge.case}`, () => {
      expect(parsed(edge.expected_acct)).toEqual({ user: edge.user, host: edge.host, port: undefined });
    });
    it(`is percent-encoded again inside a WebFinger query: ${edge.case}`, () => {
      expect(`resource=${encodeURIComponent(edge.expected_acct)}`).toBe(edge.webfinger_query);
    });
  }
});

describe("parseAcctUri", () => {
  it("returns a success without warnings", () => {
    expect(parseAcctUri("acct:Gargron@Mastodon.Social")).toEqual({
      ok: true,
      value: { user: "Gargron", host: "mastodon.social", port: undefined },
      warnings: [],
    });
  });

  it("accepts the scheme in any case, and nothing before it", () => {
    expect(parsed("ACCT:alice@example.com").user).toBe("alice");
    expect(parsed("AcCt:alice@example.com").user).toBe("alice");
    expectFailure(
      parseAcctUri(" acct:alice@example.com"),
      "not_acct_uri",
      /^An acct: URI must start with acct: \(in " acct:/,
    );
    expectFailure(parseAcctUri("acct"), "not_acct_uri");
    expectFailure(parseAcctUri("acc:alice@example.com"), "not_acct_uri");
    expectFailure(parseAcctUri(""), "not_acct_uri");
  });

  it("splits at the last @, so an unescaped @ in the user part is kept", () => {
    expect(parsed("acct:a@b@example.com")).toEqual({ user: "a@b", host: "example.com", port: undefined });
    expect(parsed("acct:@@example.com").user).toBe("@");
  });

  it("tells an empty URI, an empty user part and an empty host apart", () => {
    expectFailure(parseAcctUri("acct:"), "missing_host", /needs user@host/);
    expectFailure(parseAcctUri("acct:@example.com"), "missing_user", /user part before the @ is empty/);
    expectFailure(parseAcctUri("acct:alice@"), "missing_host", /host after the @ is empty/);
  });

  it("keeps every unreserved and sub-delim character raw (RFC 3986)", () => {
    const raw = "AZaz09-._~!$&'()*+,;=";
    expect(parsed(`acct:${raw}@example.com`).user).toBe(raw);
  });

  it.each(["/", "?", "#", "[", "]", ":", '"', "<", ">", "\\", "^", "`", "{", "|", "}", " ", "\t"])(
    "refuses a raw %j in the user part",
    (character) => {
      const error = expectFailure(parseAcctUri(`acct:a${character}b@example.com`), "invalid_user");
      expect(error.message).toContain("must be percent-encoded");
    },
  );

  it("decodes percent-encoded UTF-8 in the user part, in either case of hex digit (RFC 7565 section 6, erratum 7998)", () => {
    expect(parsed("acct:%C3%A9lodie@example.com").user).toBe("élodie");
    expect(parsed("acct:%c3%a9lodie@example.com").user).toBe("élodie");
    expect(parsed("acct:élodie@example.com").user).toBe("élodie");
    expect(parsed("acct:%F0%9F%98%80@example.com").user).toBe("😀");
    expect(parsed("acct:a%40b@example.com").user).toBe("a@b");
    expect(parsed("acct:100%25@example.com").user).toBe("100%");
  });

  it.each(["a%", "a%2", "a%zz", "a%G0", "a%0G", "%%41"])("refuses the broken escape in %j", (user) => {
    expectFailure(parseAcctUri(`acct:${user}@example.com`), "invalid_user", /broken %-escape/);
  });

  it.each([
    ["a lone lead byte", "%C3"],
    ["a byte no UTF-8 has", "%FF"],
    ["an overlong encoding", "%C0%80"],
    ["an encoded surrogate", "%ED%A0%80"],
  ])("refuses %s (%s) as not UTF-8", (_name, user) => {
    expectFailure(parseAcctUri(`acct:${user}@example.com`), "invalid_user", /not valid UTF-8/);
  });

  it("refuses a raw lone surrogate", () => {
    expectFailure(parseAcctUri("acct:a\uD800b@example.com"), "invalid_user");
  });

  it.each([
    ["NUL", "%00"],
    ["CR LF", "%0D%0A"],
    ["US", "%1F"],
    ["DEL", "%7F"],
    ["the first C1 control", "%C2%80"],
    ["the last C1 control", "%C2%9F"],
  ])("refuses a user part that decodes to %s", (_name, encoded) => {
    expectFailure(
      parseAcctUri(`acct:a${encoded}b@example.com`),
      "invalid_user",
      /decodes to a control character/,
    );
  });

  it("accepts an encoded character right after the controls (U+00A0) but refuses it raw (whitespace)", () => {
    expect(parsed("acct:a%C2%A0b@example.com").user).toBe("a\u00A0b");
    expectFailure(parseAcctUri("acct:a\u00A0b@example.com"), "invalid_user");
    expectFailure(parseAcctUri("acct:a\u0085b@example.com"), "invalid_user");
  });

  it("keeps a leading U+FEFF, so that two URIs never name one account", () => {
    expect(parsed("acct:%EF%BB%BFalice@example.com").user).toBe("\uFEFFalice");
  });

  it("accepts a port and converts an IDN host to punycode", () => {
    expect(parsed("acct:alice@localhost:3000")).toEqual({ user: "alice", host: "localhost", port: 3000 });
    expect(parsed("acct:alice@münchen.example").host).toBe("xn--mnchen-3ya.example");
    expect(parsed("acct:alice@[2001:DB8::1]:8443")).toEqual({
      user: "alice",
      host: "[2001:db8::1]",
      port: 8443,
    });
  });

  it("decodes a percent-encoded host, as RFC 3986's reg-name allows (Fedify and webfinger.js do too)", () => {
    expect(parsed("acct:alice@ex%61mple.com").host).toBe("example.com");
    expect(parsed("acct:alice@m%C3%BCnchen.example").host).toBe("xn--mnchen-3ya.example");
    expect(parsed("acct:alice@example%2Ecom").host).toBe("example.com");
    expect(parsed("acct:alice@ex%61mple.com:8443")).toEqual({
      user: "alice",
      host: "example.com",
      port: 8443,
    });
  });

  it.each([
    ["a slash", "a%2Fb.example"],
    ["a percent sign (no double decoding)", "a%2541.example"],
    ["a colon", "ex%3A80.example"],
    ["an @", "a%40b.example"],
    ["a broken escape", "ex%6.example"],
    ["bytes that are not UTF-8", "ex%C3.example"],
  ])("refuses a host whose escapes give %s", (_name, host) => {
    expectFailure(parseAcctUri(`acct:alice@${host}`), "invalid_host");
  });

  it.each([
    ["alice@example.com", "not_acct_uri"],
    ["mailto:alice@example.com", "not_acct_uri"],
    ["acct:alice", "missing_host"],
    ["acct:alice@", "missing_host"],
    ["acct:@example.com", "missing_user"],
    ["acct:a/b@example.com", "invalid_user"],
    ["acct:a b@example.com", "invalid_user"],
    ["acct:a%2@example.com", "invalid_user"],
    ["acct:a%zz@example.com", "invalid_user"],
    ["acct:%C3@example.com", "invalid_user"],
    ["acct:a%0D%0Ab@example.com", "invalid_user"],
    ["acct:a%00@example.com", "invalid_user"],
    ["acct:%7F@example.com", "invalid_user"],
    ["acct:a%C2%85@example.com", "invalid_user"],
    ["acct://alice@example.com", "invalid_user"],
    ["acct:alice@exa mple.com", "invalid_host"],
    ["acct:alice@example..com", "invalid_host"],
    ["acct:alice@xn--zz", "invalid_host"],
    ["acct:alice@example.com/path", "invalid_host"],
    ["acct:alice@2001:db8::1", "invalid_host"],
    ["acct:alice@example.com:0", "invalid_port"],
    ["acct:alice@example.com:", "invalid_port"],
    ["acct:alice@example.com:65536", "invalid_port"],
    ["acct:alice@example.com:123456", "invalid_port"],
    ["acct:alice@example.com:http", "invalid_port"],
  ])("refuses %s with %s", (input, code) => {
    expectFailure(parseAcctUri(input), code as WebFingerError["code"]);
  });

  it("accepts the edges of the port range", () => {
    expect(parsed("acct:a@example.com:1").port).toBe(1);
    expect(parsed("acct:a@example.com:65535").port).toBe(65535);
    expect(parsed("acct:a@example.com:00080").port).toBe(80);
  });

  it("fails with a WebFingerError that says what is wrong, quotes the input and keeps it", () => {
    const error = expectFailure(parseAcctUri("acct:alice"), "missing_host", /needs user@host.*"acct:alice"/);
    expect(error).toBeInstanceOf(WebFingerError);
    expect(error).toBeInstanceOf(FedikitError);
    expect(error.input).toBe("acct:alice");
    expect(error.url).toBeUndefined();
  });

  it("quotes a megabyte-long input only in part, and keeps the whole of it in input", () => {
    const uri = `acct:${"a".repeat(1_000_000)}`;
    const error = expectFailure(parseAcctUri(uri), "missing_host");
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).toContain("characters cut");
    expect(error.input).toBe(uri);
  });
});

describe("formatAcctUri", () => {
  it("normalizes a hand-written host and keeps the port", () => {
    expect(formatAcctUri({ user: "Alice", host: "MÜNCHEN.example", port: 8080 })).toBe(
      "acct:Alice@xn--mnchen-3ya.example:8080",
    );
    expect(formatAcctUri({ user: "a", host: "[2001:DB8::1]" })).toBe("acct:a@[2001:db8::1]");
  });

  it("throws a WebFingerError for an empty user part, a control character in it, or a bad host or port", () => {
    expect(formatCode({ user: "", host: "example.com" })).toBe("missing_user");
    expect(formatCode({ user: "a\nb", host: "example.com" })).toBe("invalid_user");
    expect(formatCode({ user: "a\u0085b", host: "example.com" })).toBe("invalid_user");
    expect(formatCode({ user: "a", host: "exa mple.com" })).toBe("invalid_host");
    expect(formatCode({ user: "a", host: "example.com", port: 0 })).toBe("invalid_port");
    expect(formatCode({ user: "a b", host: "example.com" })).toBeUndefined();
  });

  it("names the account in its message", () => {
    expect(() => formatAcctUri({ user: "", host: "example.com", port: 80 })).toThrow(
      /empty.*"@example\.com:80"/,
    );
    expect(() => formatAcctUri({ user: "a\u0007", host: "example.com" })).toThrow(
      /^The user part has a control character \(in "@a\\u0007@example\.com"\)$/,
    );
  });
});

describe("encodeUserPart", () => {
  it("keeps unreserved characters and sub-delims, and encodes everything else as uppercase UTF-8 escapes", () => {
    expect(encodeUserPart("AZaz09-._~!$&'()*+,;=")).toBe("AZaz09-._~!$&'()*+,;=");
    expect(encodeUserPart("a@b")).toBe("a%40b");
    expect(encodeUserPart("100%")).toBe("100%25");
    expect(encodeUserPart("a b/c:d?e#f")).toBe("a%20b%2Fc%3Ad%3Fe%23f");
    expect(encodeUserPart("\u0001")).toBe("%01");
    expect(encodeUserPart("élodie")).toBe("%C3%A9lodie");
    expect(encodeUserPart("😀")).toBe("%F0%9F%98%80");
  });
});

describe("properties", () => {
  const user = fc.string({ minLength: 1, unit: "grapheme" });
  const host = fc.domain();

  it("parseAcctUri(formatAcctUri(acct)) gives the account back", () => {
    fc.assert(
      fc.property(
        user,
        host,
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        (u, h, port) => {
          const uri = formatAcctUri({ user: u, host: h, port });
          expect(parsed(uri)).toEqual({ user: u, host: h.toLowerCase(), port });
        },
      ),
    );
  });

  it("a formatted acct: URI has only unreserved, sub-delims, %-escapes and one @ (RFC 7565 section 7)", () => {
    fc.assert(
      fc.property(user, host, (u, h) => {
        const uri = formatAcctUri({ user: u, host: h });
        expect(uri).toMatch(/^acct:(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-F]{2})+@[a-z0-9.-]+$/);
      }),
    );
  });

  it("parseAcctUri returns a result for any text, never throws", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseAcctUri(`acct:${text}`);
        if (result.ok) expect(result.value.user.length).toBeGreaterThan(0);
        else expect(result.error).toBeInstanceOf(WebFingerError);
      }),
    );
  });
});
