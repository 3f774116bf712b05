import {
  lookup as dnsLookup,
  type LookupAddress,
  type LookupAllOptions,
  type LookupOneOptions,
} from "node:dns";
import type { AddressGuard } from "./address-guard.js";
import type { NonPublicReason } from "./address-policy.js";

/** One address a host name resolves to. */
export interface ResolvedAddress {
  /** The address in text form. */
  readonly address: string;
  /** 4 or 6. */
  readonly family: 4 | 6;
}

/**
 * Resolves a host name to every address it has. The default uses the operating system's resolver
 * (`dns.lookup` with `all: true`), so `/etc/hosts` is honoured.
 */
export type HostResolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** The system resolver: `dns.lookup(hostname, { all: true, order: "verbatim" })`. */
export const systemResolver: HostResolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, order: "verbatim" }, (error, addresses: LookupAddress[]) => {
      if (error) reject(error);
      else resolve(addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 })));
    });
  });

/**
 * Raised inside the socket's lookup when a resolved address is refused; the fetch layer turns it
 * into a {@link FetchError} that names the URL.
 */
export class BlockedAddressError extends Error {
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly reason: NonPublicReason,
  ) {
    super(`${hostname} resolves to ${address}, a ${reason} address`);
    this.name = "BlockedAddressError";
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * The `lookup` function handed to `net.connect` / `tls.connect`: it resolves once, refuses the
 * connection if ANY address is not allowed, and otherwise gives the socket exactly the addresses
 * it checked. There is no second lookup, so DNS rebinding cannot swap in another address.
 */
export function createGuardedLookup(resolve: HostResolver, guard: AddressGuard) {
  return function guardedLookup(
    hostname: string,
    options: LookupOneOptions | LookupAllOptions,
    callback: LookupCallback,
  ): void {
    resolve(hostname).then(
      (resolved) => {
        for (const { address } of resolved) {
          const reason = guard(address);
          if (reason !== null) return callback(new BlockedAddressError(hostname, address, reason), "");
        }
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = wanted === 0 ? resolved : resolved.filter((entry) => entry.family === wanted);
        if (usable.length === 0) {
          const error: NodeJS.ErrnoException = new Error(`${hostname} has no address`);
          error.code = "ENOTFOUND";
          return callback(error, "");
        }
        if (options.all)
          return callback(
            null,
            usable.map(({ address, family }) => ({ address, family })),
          );
        const first = usable[0]!;
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ""),
    );
  };
}
