import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { type AddressGuard, createAddressGuard } from "./address-guard.js";
import {
  BlockedAddressError,
  createGuardedLookup,
  type HostLookup,
  type ResolvedAddress,
  systemLookup,
} from "./guarded-lookup.js";

interface LookupOutcome {
  readonly error: NodeJS.ErrnoException | null;
  readonly address: string | LookupAddress[];
  readonly family: number | undefined;
  /** How many times the callback was called (must be exactly once). */
  readonly calls: number;
}

const publicOnly = createAddressGuard();

/** Runs the guarded lookup as `net.connect` would, and what its callback got. */
async function run(
  lookup: HostLookup,
  options: { family?: number; all?: boolean } = {},
  guard: AddressGuard = publicOnly,
  hostname = "host.example",
): Promise<LookupOutcome> {
  let calls = 0;
  const outcome = await new Promise<LookupOutcome>((resolve) => {
    createGuardedLookup(lookup, guard)(hostname, options as { all: true }, (error, address, family) => {
      calls++;
      resolve({ error, address, family, calls });
    });
  });
  // Let anything that would call back a second time run first.
  await new Promise((resolve) => setImmediate(resolve));
  return { ...outcome, calls };
}

const answer =
  (...addresses: ResolvedAddress[]): HostLookup =>
  async () =>
    addresses;
const v4 = (address: string): ResolvedAddress => ({ address, family: 4 });
const v6 = (address: string): ResolvedAddress => ({ address, family: 6 });

describe("createGuardedLookup: what reaches the socket", () => {
  it("gives the first address and its family for a single-address lookup", async () => {
    const outcome = await run(answer(v4("8.8.8.8"), v6("2606:4700:4700::1111")));
    expect(outcome).toEqual({ error: null, address: "8.8.8.8", family: 4, calls: 1 });
  });

  it("gives every checked address for an all-addresses lookup", async () => {
    const outcome = await run(answer(v4("8.8.8.8"), v6("2606:4700:4700::1111")), { all: true });
    expect(outcome.address).toEqual([
      { address: "8.8.8.8", family: 4 },
      { address: "2606:4700:4700::1111", family: 6 },
    ]);
    expect(outcome.error).toBeNull();
  });

  it("takes the family from the address, not from what the lookup says", async () => {
    const mislabelled = answer(
      { address: "2606:4700:4700::1111", family: 4 },
      { address: "8.8.8.8", family: 6 },
    );
    expect((await run(mislabelled)).family).toBe(6);
    expect((await run(mislabelled, { family: 4 })).address).toBe("8.8.8.8");
    expect((await run(mislabelled, { all: true })).address).toEqual([
      { address: "2606:4700:4700::1111", family: 6 },
      { address: "8.8.8.8", family: 4 },
    ]);
  });

  it("keeps only the family the socket asks for", async () => {
    const both = answer(v6("2606:4700:4700::1111"), v4("8.8.8.8"), v4("1.1.1.1"));
    expect(await run(both, { family: 4 })).toMatchObject({ address: "8.8.8.8", family: 4 });
    expect(await run(both, { family: 6 })).toMatchObject({ address: "2606:4700:4700::1111", family: 6 });
    expect((await run(both, { family: 4, all: true })).address).toEqual([
      { address: "8.8.8.8", family: 4 },
      { address: "1.1.1.1", family: 4 },
    ]);
    // Any other family value means "either".
    expect(await run(both, { family: 0 })).toMatchObject({ address: "2606:4700:4700::1111", family: 6 });
  });

  it("fails with ENOTFOUND when no address of the wanted family is left", async () => {
    const onlyV4 = await run(answer(v4("8.8.8.8")), { family: 6 });
    expect(onlyV4.error).toMatchObject({ code: "ENOTFOUND", message: "host.example has no IPv6 address" });
    expect(onlyV4.address).toBe("");
    const onlyV6 = await run(answer(v6("2606:4700:4700::1111")), { family: 4, all: true });
    expect(onlyV6.error).toMatchObject({ code: "ENOTFOUND", message: "host.example has no IPv4 address" });
    const none = await run(answer());
    expect(none.error).toMatchObject({ code: "ENOTFOUND", message: "host.example has no address" });
    expect(none.calls).toBe(1);
  });
});

describe("createGuardedLookup: refusals", () => {
  it.each([
    [[v4("127.0.0.1")], "127.0.0.1", "loopback"],
    [[v4("8.8.8.8"), v4("10.0.0.1")], "10.0.0.1", "private"],
    [[v6("2606:4700:4700::1111"), v6("fd00::1")], "fd00::1", "unique-local"],
    [[v4("1.1.1.1"), v6("::ffff:169.254.169.254")], "::ffff:169.254.169.254", "link-local"],
  ])("refuses %j because of %s, whatever the family asked for", async (addresses, address, reason) => {
    for (const options of [{}, { all: true }, { family: 4 }, { family: 6 }]) {
      const outcome = await run(answer(...(addresses as ResolvedAddress[])), options);
      expect(outcome.error).toBeInstanceOf(BlockedAddressError);
      expect(outcome.error).toMatchObject({
        name: "BlockedAddressError",
        hostname: "host.example",
        address,
        reason,
      });
      expect(outcome.error?.message).toBe(`host.example resolves to ${address}, a ${reason} address`);
      expect(outcome.address).toBe("");
      expect(outcome.calls).toBe(1);
    }
  });

  it("lets an allowed private address through when the guard allows it", async () => {
    const guard = createAddressGuard({ allowedPrivateAddresses: ["10.0.0.0/8"] });
    expect(await run(answer(v4("10.1.2.3")), {}, guard)).toMatchObject({ error: null, address: "10.1.2.3" });
  });

  it.each([
    ["a host name", [{ address: "evil.example", family: 4 }]],
    ["an empty string", [{ address: "", family: 4 }]],
    ["a missing entry", [null]],
  ])(
    "fails when the lookup answers %s instead of an address, even with every address allowed",
    async (_what, list) => {
      const outcome = await run(
        async () => list as unknown as ResolvedAddress[],
        {},
        createAddressGuard({ allowPrivateAddress: true }),
      );
      expect(outcome.error).toMatchObject({ code: "ENOTFOUND" });
      expect(outcome.error?.message).toMatch(/^The lookup of host\.example gave .*, not an IP address$/);
      expect(outcome.address).toBe("");
      expect(outcome.calls).toBe(1);
    },
  );

  it("fails when the lookup answers something that is not a list", async () => {
    const outcome = await run(async () => "8.8.8.8" as unknown as ResolvedAddress[]);
    expect(outcome.error).toMatchObject({
      code: "ENOTFOUND",
      message: "The lookup of host.example gave no list",
    });
    expect(outcome.address).toBe("");
  });

  it("passes a rejecting lookup's error to the socket", async () => {
    const failure = Object.assign(new Error("queryA ETIMEOUT host.example"), { code: "ETIMEOUT" });
    const outcome = await run(() => Promise.reject(failure));
    expect(outcome.error).toBe(failure);
    expect(outcome.address).toBe("");
    expect(outcome.calls).toBe(1);
  });

  it("passes a lookup that throws instead of rejecting to the socket, not to net.connect's caller", async () => {
    const failure = new Error("lookup bug");
    const outcome = await run(() => {
      throw failure;
    });
    expect(outcome.error).toBe(failure);
    expect(outcome.calls).toBe(1);
  });

  it("asks the lookup for exactly the host the socket names, once", async () => {
    const asked: string[] = [];
    await run(async (hostname) => {
      asked.push(hostname);
      return [v4("8.8.8.8")];
    });
    expect(asked).toEqual(["host.example"]);
  });
});

describe("systemLookup", () => {
  it("resolves localhost through the operating system (no network needed)", async () => {
    const addresses = await systemLookup("localhost");
    expect(addresses.length).toBeGreaterThan(0);
    for (const { address, family } of addresses) {
      expect(["127.0.0.1", "::1"]).toContain(address);
      expect(family).toBe(address.includes(":") ? 6 : 4);
    }
  });

  it("feeds the guard: localhost is refused as loopback, and let through when allowed", async () => {
    const refused = await run(systemLookup, {}, publicOnly, "localhost");
    expect(refused.error).toBeInstanceOf(BlockedAddressError);
    expect(refused.error).toMatchObject({ hostname: "localhost", reason: "loopback" });
    const allowed = await run(
      systemLookup,
      { all: true },
      createAddressGuard({ allowPrivateAddress: true }),
      "localhost",
    );
    expect(allowed.error).toBeNull();
    expect(allowed.address).toEqual(await systemLookup("localhost"));
  });
});
