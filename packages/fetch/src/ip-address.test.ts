import { describe, expect, it } from "vitest";
import { parseIpAddress } from "./ip-address.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const v6 = (...groups: number[]) => {
  const out = new Uint8Array(16);
  groups.forEach((group, i) => {
    out[i * 2] = group >> 8;
    out[i * 2 + 1] = group & 0xff;
  });
  return out;
};

describe("parseIpAddress: IPv4", () => {
  it.each([
    ["0.0.0.0", bytes(0, 0, 0, 0)],
    ["127.0.0.1", bytes(127, 0, 0, 1)],
    ["192.168.10.254", bytes(192, 168, 10, 254)],
    ["255.255.255.255", bytes(255, 255, 255, 255)],
  ])("%s", (text, expected) => {
    expect(parseIpAddress(text)).toEqual(expected);
  });
});

describe("parseIpAddress: IPv6 in every text form", () => {
  it.each([
    ["::", v6()],
    ["::1", v6(0, 0, 0, 0, 0, 0, 0, 1)],
    ["1::", v6(1)],
    ["1:2::3:4", v6(1, 2, 0, 0, 0, 0, 3, 4)],
    ["1:2:3:4:5:6:7:8", v6(1, 2, 3, 4, 5, 6, 7, 8)],
    ["fd00:abcd::ff:1", v6(0xfd00, 0xabcd, 0, 0, 0, 0, 0xff, 1)],
    ["FD00::AB", v6(0xfd00, 0, 0, 0, 0, 0, 0, 0xab)],
    ["::ffff:1.2.3.4", v6(0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304)],
    ["64:ff9b::10.20.30.40", v6(0x64, 0xff9b, 0, 0, 0, 0, 0x0a14, 0x1e28)],
    // A full eight-group form whose last two groups are written as dotted IPv4.
    ["1:2:3:4:5:6:7.8.9.10", v6(1, 2, 3, 4, 5, 6, 0x0708, 0x090a)],
    ["::1.2.3.4", v6(0, 0, 0, 0, 0, 0, 0x0102, 0x0304)],
    ["[2001:db8::1]", v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)],
    ["fe80::1%eth0", v6(0xfe80, 0, 0, 0, 0, 0, 0, 1)],
    ["[fe80::2%25en0]", v6(0xfe80, 0, 0, 0, 0, 0, 0, 2)],
    // A zone may hold dots (VLAN interfaces); it is not an IPv4 tail.
    ["fe80::3%eth0.100", v6(0xfe80, 0, 0, 0, 0, 0, 0, 3)],
  ])("%s", (text, expected) => {
    expect(parseIpAddress(text)).toEqual(expected);
  });
});

describe("parseIpAddress: not addresses", () => {
  it.each([
    "",
    "example.com",
    "1.2.3",
    "1.2.3.256",
    "01.2.3.4",
    "1.2.3.4.5",
    "::g",
    ":::",
    "1::2::3",
    "1:2:3:4:5:6:7:8:9",
    "[::1",
    "::1]",
    "1::1]",
    "[1::1",
    "[1.2.3.4]",
    "1.2.3.4%eth0",
    "%eth0",
    "[]",
  ])("%j", (text) => {
    expect(parseIpAddress(text)).toBeNull();
  });
});
