import { describe, expect, it } from "vitest";
import { AcctSyntaxError } from "./acct-syntax-error.js";
import { hostToUnicode, parseHost } from "./host.js";

describe("parseHost", () => {
  it.each([
    ["Example.COM", "example.com", undefined],
    ["example.com.", "example.com", undefined],
    ["münchen.example", "xn--mnchen-3ya.example", undefined],
    ["MÜNCHEN.example:443", "xn--mnchen-3ya.example", 443],
    ["xn--mnchen-3ya.example", "xn--mnchen-3ya.example", undefined],
    ["127.0.0.1:8080", "127.0.0.1", 8080],
    ["[::1]", "[::1]", undefined],
    ["[2001:DB8::1]:3000", "[2001:db8::1]", 3000],
    ["_dev-box.local", "_dev-box.local", undefined],
    ["ＥＸＡＭＰＬＥ。com", "example.com", undefined],
  ])("canonicalizes %s", (input, host, port) => {
    expect(parseHost(input)).toEqual({ host, port });
  });

  it.each([
    "",
    "xn--zz",
    "xn--a.example",
    "xn--",
    "exa mple.com",
    "a/b",
    "a?b",
    "a#b",
    "a@b",
    "a%41.com",
    ".example.com",
    "a..b",
    "[::1",
    "[::1]x",
    "::1",
    "a{b}.example",
    "a*b.example",
    "evil.example&x=1",
    "a'b.example",
    "a=b.example",
    "a!b.example",
    "a$b.example",
    "a,b.example",
  ])("refuses %j with an AcctSyntaxError", (input) => {
    expect(() => parseHost(input)).toThrow(AcctSyntaxError);
  });
});

describe("hostToUnicode", () => {
  it("decodes punycode labels and leaves the rest alone", () => {
    expect(hostToUnicode("xn--mnchen-3ya.example")).toBe("münchen.example");
    expect(hostToUnicode("example.com")).toBe("example.com");
    expect(hostToUnicode("127.0.0.1")).toBe("127.0.0.1");
    expect(hostToUnicode("[::1]")).toBe("[::1]");
  });
});
