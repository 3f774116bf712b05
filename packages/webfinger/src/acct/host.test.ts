import { domainToUnicode } from "node:url";
import { expectFailure, expectSuccess } from "@fedikit/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
    ["a%41.com", "aa.com", undefined],
    ["ex%61mple.com", "example.com", undefined],
    ["m%C3%BCnchen.example", "xn--mnchen-3ya.example", undefined],
  ])("canonicalizes %s", (input, host, port) => {
    expect(parseHost(input)).toEqual({ ok: true, value: { host, port }, warnings: [] });
  });

  it.each([
    ["", "missing_host"],
    ["xn--zz", "invalid_host"],
    ["xn--a.example", "invalid_host"],
    ["xn--", "invalid_host"],
    ["exa mple.com", "invalid_host"],
    ["a/b", "invalid_host"],
    ["a?b", "invalid_host"],
    ["a#b", "invalid_host"],
    ["a@b", "invalid_host"],
    ["a%2541.com", "invalid_host"],
    ["a%4.com", "invalid_host"],
    ["a%FF.com", "invalid_host"],
    [".example.com", "invalid_host"],
    ["a..b", "invalid_host"],
    ["[::1", "invalid_host"],
    ["[::1]x", "invalid_host"],
    ["[fe80::1%25eth0]", "invalid_host"],
    ["[not-ipv6]", "invalid_host"],
    ["::1", "invalid_host"],
    ["a{b}.example", "invalid_host"],
    ["a*b.example", "invalid_host"],
    ["evil.example&x=1", "invalid_host"],
    ["a'b.example", "invalid_host"],
    ["a=b.example", "invalid_host"],
    ["a!b.example", "invalid_host"],
    ["a$b.example", "invalid_host"],
    ["a,b.example", "invalid_host"],
    ["example.com:0", "invalid_port"],
    ["[::1]:x", "invalid_port"],
  ])("refuses %j with %s", (input, code) => {
    const error = expectFailure(parseHost(input), code as "invalid_host");
    expect(error.input).toBe(input);
  });

  it("refuses a label longer than 63 characters or a name longer than 253, as no DNS name is", () => {
    const label63 = "a".repeat(63);
    expectSuccess(parseHost(`${label63}.example`));
    expectFailure(parseHost(`${"a".repeat(64)}.example`), "invalid_host", /longer than a DNS name/);
    const name253 = `${Array(4).fill(label63).join(".").slice(0, 253)}`;
    expect(name253).toHaveLength(253);
    expectSuccess(parseHost(name253));
    expectFailure(parseHost(`${name253}a`), "invalid_host", /longer than a DNS name/);
  });

  it("refuses punycode that decodes nowhere, the same way on every runtime", () => {
    // Undecodable, decoding to a control character, to plain ASCII, to a full stop, or overflowing.
    for (const label of ["xn--zz", "xn--a", "xn--abc-", "xn--r6j", "xn---", "xn--99999999999"]) {
      expectFailure(parseHost(`${label}.example`), "invalid_host");
    }
  });
});

describe("hostToUnicode", () => {
  it("decodes punycode labels and leaves the rest alone", () => {
    expect(hostToUnicode("xn--mnchen-3ya.example")).toBe("münchen.example");
    expect(hostToUnicode("www.xn--bcher-kva.example")).toBe("www.bücher.example");
    expect(hostToUnicode("example.com")).toBe("example.com");
    expect(hostToUnicode("127.0.0.1")).toBe("127.0.0.1");
    expect(hostToUnicode("[::1]")).toBe("[::1]");
  });

  it("returns a host with an undecodable label unchanged", () => {
    expect(hostToUnicode("xn--mnchen-3ya.xn--zz")).toBe("xn--mnchen-3ya.xn--zz");
  });

  it("agrees with Node's IDNA (node:url domainToUnicode) on hosts the URL parser made", () => {
    const label = fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" });
    fc.assert(
      fc.property(label, (text) => {
        let host: string;
        try {
          host = new URL(`http://${text}.example/`).hostname;
        } catch {
          return;
        }
        const parsed = parseHost(host);
        if (!parsed.ok) return;
        expect(hostToUnicode(parsed.value.host)).toBe(domainToUnicode(parsed.value.host));
      }),
      { numRuns: 500 },
    );
  });
});
