import { describe, expect, it } from "vitest";
import { createAddressGuard } from "./address-guard.js";
import { classifyAddress, isPublicAddress } from "./address-policy.js";

describe("classifyAddress: what each address is", () => {
  it.each([
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["100.64.0.1", "shared"],
    ["100.127.255.254", "shared"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["169.254.169.254", "link-local"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.0.0.1", "protocol-assignment"],
    ["192.0.2.1", "documentation"],
    ["192.88.99.1", "reserved"],
    ["192.168.1.1", "private"],
    ["198.18.0.1", "benchmarking"],
    ["198.19.255.255", "benchmarking"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.9", "documentation"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "broadcast"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["::127.0.0.1", "loopback"],
    ["::ffff:0:127.0.0.1", "loopback"],
    ["64:ff9b::127.0.0.1", "loopback"],
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["64:ff9b:1::1", "private"],
    ["100::1", "reserved"],
    ["2001:db8::1", "documentation"],
    ["2001:2::1", "benchmarking"],
    ["2001:10::1", "protocol-assignment"],
    ["2002:7f00:1::1", "loopback"],
    ["2002:c0a8:101::1", "private"],
    // Teredo: server 65.54.227.120, client 127.0.0.1 stored inverted (80ff:fffe).
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"],
    // Teredo with a private server address.
    ["2001:0:a00:1:8000:63bf:f7f7:f7f7", "private"],
    ["3fff::1", "documentation"],
    ["5f00::1", "reserved"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["fec0::1", "site-local"],
    ["ff02::1", "multicast"],
    ["ff05::2", "multicast"],
    ["4000::1", "reserved"],
    ["::ffff:255.255.255.255", "broadcast"],
    ["::2", "unspecified"],
    ["255.255.255.254", "reserved"],
    ["::ffff:0:10.0.0.1", "private"],
    ["1fff:ffff::1", "reserved"],
    ["e000::1", "reserved"],
    // A non-public IPv6 prefix around a public IPv4 address is judged by the prefix.
    ["fd00::8.8.8.8", "unique-local"],
    ["fd00::808:808", "unique-local"],
    ["fd64:ff9b::808:808", "unique-local"],
    ["fd00::ffff:808:808", "unique-local"],
    ["fd00::ffff:0:808:808", "unique-local"],
    ["fe80::ffff:8.8.8.8", "link-local"],
    ["ff02::ffff:8.8.8.8", "multicast"],
    ["1::ffff:8.8.8.8", "reserved"],
    ["0:0:0:0:1:ffff:808:808", "reserved"],
    ["::1:ffff:808:808", "reserved"],
    ["0:0:0:1::ffff:808:808", "reserved"],
    ["::ff:ffff:0:808:808", "reserved"],
    ["::fe:ffff:0:808:808", "reserved"],
    ["::ffff:1:808:808", "reserved"],
    ["::ff:808:808", "reserved"],
    ["::ff00:808:808", "reserved"],
    ["::ff:0:808:808", "reserved"],
    ["::ff00:0:808:808", "reserved"],
    ["::ffff:100:808:808", "reserved"],
    ["64:ff9a::808:808", "reserved"],
    ["64:ff9b:0:0:0:1:808:808", "reserved"],
    ["64:ff9b:1::808:808", "private"],
    ["65:ff9b::808:808", "reserved"],
    ["164:ff9b::808:808", "reserved"],
    ["64:fe9b::808:808", "reserved"],
    ["64:ff8b::808:808", "reserved"],
    // Only 2002::/16 is 6to4 and only 2001:0::/32 is Teredo.
    ["2003:7f00:1::1", null],
    ["3002:7f00:1::1", null],
    ["2102:7f00:1::1", null],
    ["2001:1:7f00:1::", "protocol-assignment"],
    ["2001:100:808:808::", "protocol-assignment"],
    ["2001:0:808:808:8000:63bf:f7f7:f7f7", null],
    ["2001:0:808:808:8000:63bf:80ff:fffe", "loopback"],
    ["2001:0:7f00:1:8000:63bf:f7f7:f7f7", "loopback"],
  ])("%s is %s", (address, reason) => {
    expect(classifyAddress(address)).toBe(reason);
    expect(isPublicAddress(address)).toBe(reason === null);
  });
});

describe("classifyAddress: public addresses", () => {
  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "100.63.255.255",
    "100.128.0.0",
    "172.15.255.255",
    "172.32.0.0",
    "192.31.196.1",
    "223.255.255.255",
    "2606:4700:4700::1111",
    "2a00:1450:4001:81c::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
    "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
    "::8.8.8.8",
    "::ffff:0:8.8.8.8",
    "3fff:1000::1",
    "2000::1",
    "3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "1.0.0.0",
    "9.255.255.255",
    "11.0.0.0",
    "126.255.255.255",
    "128.0.0.0",
    "169.253.255.255",
    "169.255.0.0",
    "192.0.1.0",
    "192.0.3.0",
    "192.88.98.255",
    "192.88.100.0",
    "192.167.255.255",
    "192.169.0.0",
    "198.17.255.255",
    "198.20.0.0",
    "198.51.99.255",
    "198.51.101.0",
    "203.0.112.255",
    "203.0.114.0",
    "223.255.255.254",
  ])("%s is public", (address) => {
    expect(classifyAddress(address)).toBeNull();
    expect(isPublicAddress(address)).toBe(true);
  });

  it("rejects text that is not an address", () => {
    for (const text of ["example.com", "", "1.2.3", "1.2.3.256", "::g", "[::1"]) {
      expect(classifyAddress(text)).toBe("not-an-ip-address");
    }
  });
});

describe("createAddressGuard", () => {
  it("refuses non-public addresses by default", () => {
    const guard = createAddressGuard();
    expect(guard("10.1.2.3")).toBe("private");
    expect(guard("8.8.8.8")).toBeNull();
  });

  it("allows everything with allowPrivateAddress", () => {
    const guard = createAddressGuard({ allowPrivateAddress: true });
    expect(guard("127.0.0.1")).toBeNull();
    expect(guard("fe80::1")).toBeNull();
  });

  it("allows only the listed private addresses and blocks", () => {
    const guard = createAddressGuard({
      allowedPrivateAddresses: ["10.0.5.7", "fd00:1::/64", "192.168.0.0/24"],
    });
    expect(guard("10.0.5.7")).toBeNull();
    expect(guard("10.0.5.8")).toBe("private");
    expect(guard("fd00:1::99")).toBeNull();
    expect(guard("fd00:2::1")).toBe("unique-local");
    expect(guard("192.168.0.200")).toBeNull();
    expect(guard("192.168.1.1")).toBe("private");
    expect(guard("127.0.0.1")).toBe("loopback");
  });

  it.each([
    "10.0.0.0/33",
    "not-an-ip",
    "10.0.0.0/",
    "10.0.0.0/x",
    "10.0.0.0/-1",
    "10.0.0.0/8.5",
    "fd00::/129",
  ])("rejects the malformed allowance %j as a programmer error naming the entry", (entry) => {
    expect(() => createAddressGuard({ allowedPrivateAddresses: ["10.0.5.7", entry] })).toThrow(TypeError);
    expect(() => createAddressGuard({ allowedPrivateAddresses: ["10.0.5.7", entry] })).toThrow(
      /^allowedPrivateAddresses\[1\]: /,
    );
  });

  it("rejects an allowance that is not a string", () => {
    expect(() => createAddressGuard({ allowedPrivateAddresses: [10 as unknown as string] })).toThrow(
      "allowedPrivateAddresses[0] must be a string, not number",
    );
  });

  it("matches an allowance only within its family", () => {
    const guard = createAddressGuard({ allowedPrivateAddresses: ["10.0.5.7", "127.0.0.0/8"] });
    // The IPv4-mapped and NAT64 forms of an allowed IPv4 address stay refused.
    expect(guard("::ffff:10.0.5.7")).toBe("private");
    expect(guard("64:ff9b::a00:507")).toBe("private");
    expect(guard("::1")).toBe("loopback");
    const v6 = createAddressGuard({ allowedPrivateAddresses: ["::/0"] });
    expect(v6("fd00::1")).toBeNull();
    expect(v6("10.0.0.1")).toBe("private");
  });

  it("says why a text that is not an address is refused", () => {
    expect(createAddressGuard()("example.com")).toBe("not-an-ip-address");
    expect(createAddressGuard({ allowedPrivateAddresses: ["0.0.0.0/0"] })("example.com")).toBe(
      "not-an-ip-address",
    );
  });

  it("checks public addresses without consulting the allowances", () => {
    const guard = createAddressGuard({ allowedPrivateAddresses: ["10.0.0.0/8"] });
    expect(guard("8.8.8.8")).toBeNull();
    expect(guard("2606:4700:4700::1111")).toBeNull();
  });
});
