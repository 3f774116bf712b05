import { expectFailure, expectSuccess } from "@fedikit/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vectors } from "../../test/vectors.js";
import type { WebFingerErrorCode } from "../shared/webfinger-error.js";
import { formatAcctUri } from "./acct-uri.js";
import { formatHandle, parseHandle } from "./handle.js";

const parsed = (handle: string) => expectSuccess(parseHandle(handle)).value;

describe("parseHandle", () => {
  it.each([
    ["@Gargron@mastodon.social", "Gargron", "mastodon.social"],
    ["Gargron@mastodon.social", "Gargron", "mastodon.social"],
    ["  @alice@Example.COM \n", "alice", "example.com"],
    ["acct:bob@example.com", "bob", "example.com"],
    ["@alice@example.com.", "alice", "example.com"],
  ])("parses %j", (handle, user, host) => {
    expect(parsed(handle)).toEqual({ user, host, port: undefined });
  });

  it("keeps the port of a development server", () => {
    expect(parsed("@admin@localhost:3000")).toEqual({ user: "admin", host: "localhost", port: 3000 });
  });

  it("converts an internationalized host to punycode", () => {
    expect(parsed("@alice@Bücher.example").host).toBe("xn--bcher-kva.example");
  });

  it("decodes a percent-encoded host, as acct: URIs allow", () => {
    expect(parsed("@alice@ex%61mple.com").host).toBe("example.com");
  });

  it("splits at the last @ (RFC 7565 section 4's email address as user part)", () => {
    const edge = vectors.rfc7565.edge_cases.find((entry) => entry.user === "juliet@capulet.example")!;
    const acct = parsed(`@${edge.user}@${edge.host}`);
    expect(acct).toEqual({ user: edge.user, host: edge.host, port: undefined });
    expect(formatAcctUri(acct)).toBe(edge.expected_acct);
  });

  it("quotes a long input in its error message only in part", () => {
    const handle = `@${"a".repeat(100_000)} b@example.com`;
    const error = expectFailure(parseHandle(handle), "invalid_user");
    expect(error.input).toBe(handle);
    expect(error.message.length).toBeLessThan(500);
  });

  it("takes the user part as plain text, not percent-encoded", () => {
    expect(parsed("@100%25@example.com").user).toBe("100%25");
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
    const error = expectFailure(parseHandle(handle), code as WebFingerErrorCode);
    expect(error.input).toBe(handle);
  });

  it("quotes the whole handle, not only its host, when the host is wrong", () => {
    expectFailure(parseHandle("@alice@exa mple.com"), "invalid_host", /"@alice@exa mple\.com"/);
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
        expect(parsed(formatHandle(acct, { unicodeHost }))).toEqual(acct);
      }),
    );
  });
});
