import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vectors } from "../../test/vectors.js";
import { AcctSyntaxError } from "./acct-syntax-error.js";
import { formatAcctUri } from "./acct-uri.js";
import { formatHandle, parseHandle } from "./handle.js";

describe("parseHandle", () => {
  it.each([
    ["@Gargron@mastodon.social", "Gargron", "mastodon.social"],
    ["Gargron@mastodon.social", "Gargron", "mastodon.social"],
    ["  @alice@Example.COM \n", "alice", "example.com"],
    ["acct:bob@example.com", "bob", "example.com"],
    ["@alice@example.com.", "alice", "example.com"],
  ])("parses %j", (handle, user, host) => {
    expect(parseHandle(handle)).toEqual({ user, host, port: undefined });
  });

  it("keeps the port of a development server", () => {
    expect(parseHandle("@admin@localhost:3000")).toEqual({ user: "admin", host: "localhost", port: 3000 });
  });

  it("converts an internationalized host to punycode", () => {
    expect(parseHandle("@alice@Bücher.example").host).toBe("xn--bcher-kva.example");
  });

  it("splits at the last @ (RFC 7565 section 4's email address as user part)", () => {
    const edge = vectors.rfc7565.edge_cases.find((entry) => entry.user === "juliet@capulet.example")!;
    const acct = parseHandle(`@${edge.user}@${edge.host}`);
    expect(acct).toEqual({ user: edge.user, host: edge.host, port: undefined });
    expect(formatAcctUri(acct)).toBe(edge.expected_acct);
  });

  it("quotes a long input in its error message only in part", () => {
    const handle = `@${"a".repeat(100_000)} b@example.com`;
    const error = (() => {
      try {
        parseHandle(handle);
      } catch (caught) {
        return caught as AcctSyntaxError;
      }
    })();
    expect(error?.code).toBe("invalid_user");
    expect(error?.input).toBe(handle);
    expect(error?.message.length).toBeLessThan(500);
  });

  it("takes the user part as plain text, not percent-encoded", () => {
    expect(parseHandle("@100%25@example.com").user).toBe("100%25");
  });

  it.each([
    ["", "missing_host"],
    ["@", "missing_host"],
    ["alice", "missing_host"],
    ["@alice", "missing_host"],
    ["@alice@", "missing_host"],
    ["@@example.com", "missing_user"],
    ["@al ice@example.com", "invalid_user"],
    ["https://example.com/@alice", "invalid_user"],
    ["https://example.com/users/alice@example.com", "invalid_user"],
    ["@alice@exa_mple .com", "invalid_host"],
    ["@alice@evil.example&x=1", "invalid_host"],
    ["@alice@evil.example'", "invalid_host"],
    ["@alice@example.com:99999", "invalid_port"],
  ])("refuses %j with %s", (handle, code) => {
    try {
      parseHandle(handle);
      expect.unreachable(`${handle} should not parse`);
    } catch (error) {
      expect(error).toBeInstanceOf(AcctSyntaxError);
      expect((error as AcctSyntaxError).code).toBe(code);
    }
  });
});

describe("formatHandle", () => {
  it("writes @user@host, optionally without the @ or with a Unicode host", () => {
    const acct = { user: "alice", host: "xn--mnchen-3ya.example", port: 8080 };
    expect(formatHandle(acct)).toBe("@alice@xn--mnchen-3ya.example:8080");
    expect(formatHandle(acct, { leadingAt: false })).toBe("alice@xn--mnchen-3ya.example:8080");
    expect(formatHandle(acct, { unicodeHost: true })).toBe("@alice@münchen.example:8080");
  });

  it("round-trips through parseHandle, Unicode host or not", () => {
    const user = fc.stringMatching(/^[A-Za-z0-9_.~!$&'()*+,;=%@-]+$/);
    fc.assert(
      fc.property(user, fc.domain(), fc.boolean(), (u, host, unicodeHost) => {
        const acct = { user: u, host, port: undefined };
        expect(parseHandle(formatHandle(acct, { unicodeHost }))).toEqual(acct);
      }),
    );
  });
});
