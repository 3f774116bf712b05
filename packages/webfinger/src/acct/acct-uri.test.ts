import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vectors } from "../../test/vectors.js";
import { AcctSyntaxError } from "./acct-syntax-error.js";
import { encodeUserPart, formatAcctUri, parseAcctUri } from "./acct-uri.js";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AcctSyntaxError) return error.code;
    throw error;
  }
  return undefined;
}

describe("RFC 7565 edge cases (webfinger.json)", () => {
  for (const edge of vectors.rfc7565.edge_cases) {
    it(`formats: ${edge.case}`, () => {
      expect(formatAcctUri({ user: edge.user, host: edge.host })).toBe(edge.expected_acct);
    });
    it(`parses back: ${edge.case}`, () => {
      expect(parseAcctUri(edge.expected_acct)).toEqual({ user: edge.user, host: edge.host, port: undefined });
    });
    it(`is percent-encoded again inside a WebFinger query: ${edge.case}`, () => {
      expect(`resource=${encodeURIComponent(edge.expected_acct)}`).toBe(edge.webfinger_query);
    });
  }
});

describe("parseAcctUri", () => {
  it("keeps the user's case and lowercases the host", () => {
    expect(parseAcctUri("acct:Gargron@Mastodon.Social")).toEqual({
      user: "Gargron",
      host: "mastodon.social",
      port: undefined,
    });
  });

  it("accepts the scheme in any case", () => {
    expect(parseAcctUri("ACCT:alice@example.com").user).toBe("alice");
  });

  it("splits at the last @, so an unescaped @ in the user part is kept", () => {
    expect(parseAcctUri("acct:a@b@example.com")).toEqual({
      user: "a@b",
      host: "example.com",
      port: undefined,
    });
  });

  it("decodes percent-encoded UTF-8 in the user part (RFC 7565 section 6, erratum 7998)", () => {
    expect(parseAcctUri("acct:%C3%A9lodie@example.com").user).toBe("élodie");
    expect(parseAcctUri("acct:élodie@example.com").user).toBe("élodie");
  });

  it("keeps a leading U+FEFF, so that two URIs never name one account", () => {
    expect(parseAcctUri("acct:%EF%BB%BFalice@example.com").user).toBe("\uFEFFalice");
  });

  it("accepts a port and converts an IDN host to punycode", () => {
    expect(parseAcctUri("acct:alice@localhost:3000")).toEqual({
      user: "alice",
      host: "localhost",
      port: 3000,
    });
    expect(parseAcctUri("acct:alice@münchen.example").host).toBe("xn--mnchen-3ya.example");
    expect(parseAcctUri("acct:alice@[2001:DB8::1]:8443")).toEqual({
      user: "alice",
      host: "[2001:db8::1]",
      port: 8443,
    });
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
    ["acct:alice@example.com:65536", "invalid_port"],
    ["acct:alice@example.com:http", "invalid_port"],
  ])("refuses %s with %s", (input, code) => {
    expect(codeOf(() => parseAcctUri(input))).toBe(code);
  });

  it("says what is wrong and quotes the input", () => {
    expect(() => parseAcctUri("acct:alice")).toThrow(/needs user@host.*"acct:alice"/);
  });
});

describe("formatAcctUri", () => {
  it("normalizes a hand-written host and keeps the port", () => {
    expect(formatAcctUri({ user: "Alice", host: "MÜNCHEN.example", port: 8080 })).toBe(
      "acct:Alice@xn--mnchen-3ya.example:8080",
    );
  });

  it("refuses an empty user part, a control character in it, or a bad host", () => {
    expect(codeOf(() => formatAcctUri({ user: "", host: "example.com" }))).toBe("missing_user");
    expect(codeOf(() => formatAcctUri({ user: "a\nb", host: "example.com" }))).toBe("invalid_user");
    expect(codeOf(() => formatAcctUri({ user: "a", host: "exa mple.com" }))).toBe("invalid_host");
  });

  it("encodes non-ASCII as UTF-8 percent-escapes", () => {
    expect(encodeUserPart("élodie")).toBe("%C3%A9lodie");
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
          expect(parseAcctUri(uri)).toEqual({ user: u, host: h.toLowerCase(), port });
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

  it("parseAcctUri either returns an account or throws an AcctSyntaxError", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const acct = parseAcctUri(`acct:${text}`);
          expect(acct.user.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(AcctSyntaxError);
        }
      }),
    );
  });
});
