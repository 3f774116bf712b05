import { describe, expect, it } from "vitest";
import { parseIpAddress } from "./ip-address.js";
import { parseIpRange, rangeContains } from "./ip-range.js";

function contains(cidr: string, address: string): boolean {
  return rangeContains(parseIpRange(cidr), parseIpAddress(address)!);
}

describe("parseIpRange", () => {
  it("reads a CIDR block, and a bare address as a whole-address block", () => {
    expect(parseIpRange("10.0.0.0/8")).toEqual({ prefix: new Uint8Array([10, 0, 0, 0]), length: 8 });
    expect(parseIpRange("10.0.5.7").length).toBe(32);
    expect(parseIpRange("fd00::/8").length).toBe(8);
    expect(parseIpRange("fd00::1").length).toBe(128);
    expect(parseIpRange("0.0.0.0/0").length).toBe(0);
    expect(parseIpRange("::/128").length).toBe(128);
    expect(parseIpRange("1.2.3.4/32").length).toBe(32);
  });

  it.each([
    "10.0.0.0/",
    "10.0.0.0/x",
    "10.0.0.0/-1",
    "10.0.0.0/8.5",
    "10.0.0.0/33",
    "fd00::/129",
    "10.0.0.0/ 8",
    "10.0.0.0/+8",
    "10.0.0.0/0x8",
    "10.0.0.0/8e0",
    "10.0.0.0/0008",
    "10.0.0.0/8/8",
    "fd00::/1/2",
  ])("refuses the prefix length of %j, naming the allowed range", (cidr) => {
    expect(() => parseIpRange(cidr)).toThrow(TypeError);
    expect(() => parseIpRange(cidr)).toThrow(/Bad prefix length .* \(0–(32|128) allowed\)/);
  });

  it.each(["not-an-ip", "", "/8", "10.0.0/8", "example.com/24"])("refuses %j as not an address", (cidr) => {
    expect(() => parseIpRange(cidr)).toThrow(/^Not an IP address or CIDR block/);
  });
});

describe("rangeContains", () => {
  it("compares whole bytes, then the bits of a partial byte", () => {
    expect(contains("172.16.0.0/12", "172.16.0.0")).toBe(true);
    expect(contains("172.16.0.0/12", "172.31.255.255")).toBe(true);
    expect(contains("172.16.0.0/12", "172.32.0.0")).toBe(false);
    expect(contains("172.16.0.0/12", "172.15.255.255")).toBe(false);
    expect(contains("100.64.0.0/10", "100.127.0.1")).toBe(true);
    expect(contains("100.64.0.0/10", "100.128.0.1")).toBe(false);
    expect(contains("198.18.0.0/15", "198.19.1.1")).toBe(true);
    expect(contains("198.18.0.0/15", "198.20.1.1")).toBe(false);
    expect(contains("128.0.0.0/1", "200.0.0.0")).toBe(true);
    expect(contains("128.0.0.0/1", "127.255.255.255")).toBe(false);
    expect(contains("10.0.0.0/31", "10.0.0.1")).toBe(true);
    expect(contains("10.0.0.0/31", "10.0.0.2")).toBe(false);
    expect(contains("fe80::/10", "febf::1")).toBe(true);
    expect(contains("fe80::/10", "fec0::1")).toBe(false);
    expect(contains("fc00::/7", "fdff::1")).toBe(true);
    expect(contains("fc00::/7", "fe00::1")).toBe(false);
  });

  it("checks the last byte of a whole-byte prefix", () => {
    expect(contains("10.0.5.7", "10.0.5.7")).toBe(true);
    expect(contains("10.0.5.7", "10.0.5.8")).toBe(false);
    expect(contains("10.0.5.0/24", "10.0.6.0")).toBe(false);
    expect(contains("::1", "::2")).toBe(false);
  });

  it("a /0 block holds every address of its family, and none of the other", () => {
    expect(contains("0.0.0.0/0", "255.255.255.255")).toBe(true);
    expect(contains("::/0", "ffff::1")).toBe(true);
    expect(contains("0.0.0.0/0", "::1")).toBe(false);
    expect(contains("::/0", "127.0.0.1")).toBe(false);
  });

  it("never matches across families: an IPv4 block does not hold the IPv4-mapped IPv6 address", () => {
    expect(contains("10.0.5.7", "::ffff:10.0.5.7")).toBe(false);
    expect(contains("::ffff:10.0.5.7", "10.0.5.7")).toBe(false);
  });
});
