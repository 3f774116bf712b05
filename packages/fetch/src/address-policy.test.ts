import { describe, expect, it } from "vitest";
import { createAddressGuard } from "./address-guard.js";
import { classifyAddress, isPublicAddress } from "./address-policy.js";

describe("classifyAddress: non-public addresses", () => {
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
  ])("%s is %s", (address, reason) => {
    expect(classifyAddress(address)).toBe(reason);
    expect(isPublicAddress(address)).toBe(false);
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

  it("rejects malformed allowances as programmer errors", () => {
    expect(() => createAddressGuard({ allowedPrivateAddresses: ["10.0.0.0/33"] })).toThrow(TypeError);
    expect(() => createAddressGuard({ allowedPrivateAddresses: ["not-an-ip"] })).toThrow(TypeError);
    expect(() => createAddressGuard({ allowedPrivateAddresses: ["10.0.0.0/"] })).toThrow(TypeError);
  });
});
