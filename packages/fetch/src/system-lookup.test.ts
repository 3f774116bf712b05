import type { LookupAddress } from "node:dns";
import { beforeEach, describe, expect, it, vi } from "vitest";

type Callback = (error: Error | null, addresses: LookupAddress[]) => void;

// node:dns is replaced in this file only, to reach what the real resolver does not do on a
// machine without network: fail, and answer IPv6.
const lookup = vi.hoisted(() => vi.fn());
vi.mock("node:dns", () => ({ lookup }));
const { systemLookup } = await import("./guarded-lookup.js");

beforeEach(() => {
  lookup.mockReset();
});

describe("systemLookup over dns.lookup", () => {
  it("asks for every address, in the resolver's order", async () => {
    lookup.mockImplementation((...args: unknown[]) => {
      (args.at(-1) as Callback)(null, [
        { address: "2606:4700:4700::1111", family: 6 },
        { address: "8.8.8.8", family: 4 },
      ]);
    });
    expect(await systemLookup("host.example")).toEqual([
      { address: "2606:4700:4700::1111", family: 6 },
      { address: "8.8.8.8", family: 4 },
    ]);
    expect(lookup).toHaveBeenCalledWith(
      "host.example",
      { all: true, order: "verbatim" },
      expect.any(Function),
    );
  });

  it("rejects with the resolver's error", async () => {
    const failure = Object.assign(new Error("getaddrinfo ENOTFOUND host.example"), { code: "ENOTFOUND" });
    lookup.mockImplementation((...args: unknown[]) => (args.at(-1) as Callback)(failure, []));
    await expect(systemLookup("host.example")).rejects.toBe(failure);
  });
});
