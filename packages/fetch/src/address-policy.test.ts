import { describe, expect, it } from "vitest";
import { classifyAddress, isPublicAddress } from "./address-policy.js";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["::ffff:127.0.0.1", "loopback"],
    ["2002:7f00:1::", "loopback"],
    ["8.8.8.8", null],
    ["2606:4700:4700::1111", null],
  ])("%s → %s", (address, reason) => {
    expect(classifyAddress(address)).toBe(reason);
  });

  it("says when the text is not an address", () => {
    expect(classifyAddress("example.com")).toBe("not-an-ip-address");
    expect(isPublicAddress("example.com")).toBe(false);
  });
});
