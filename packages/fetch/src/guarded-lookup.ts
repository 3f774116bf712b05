import {
  lookup as dnsLookup,
  type LookupAddress,
  type LookupAllOptions,
  type LookupOneOptions,
} from "node:dns";
import { isIP } from "node:net";
import type { AddressGuard } from "./address-guard.js";
import type { NonPublicReason } from "./address-policy.js";

/** One address a host name resolves to. */
export interface ResolvedAddress {
  /** The address in text form. */
  readonly address: string;
  /** 4 or 6 (the guard reads the family from the address itself, not from this field). */
  readonly family: 4 | 6;
}

/**
 * Looks a host name up: every address it has. The default uses the operating system's resolver
 * (`dns.lookup` with `all: true`), so `/etc/hosts` is honoured.
 */
export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** The system lookup: `dns.lookup(hostname, { all: true, order: "verbatim" })`. */
export const systemLookup: HostLookup = (hostname) =>
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

/** What `net.connect` / `tls.connect` pass to a custom `lookup`. */
export type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` as `net.connect` / `tls.connect` call it. */
export type SocketLookup = (
  hostname: string,
  options: LookupOneOptions | LookupAllOptions,
  callback: LookupCallback,
) => void;

function notFound(message: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(message);
  error.code = "ENOTFOUND";
  return error;
}

/**
 * The `lookup` function handed to `net.connect` / `tls.connect`: it resolves once, refuses the
 * connection if ANY address is not allowed, and otherwise gives the socket exactly the addresses
 * it checked. There is no second lookup, so DNS rebinding cannot swap in another address. A
 * lookup that throws, rejects or answers something that is not a list fails the connection.
 */
export function createGuardedLookup(lookup: HostLookup, guard: AddressGuard): SocketLookup {
  return function guardedLookup(hostname, options, callback): void {
    // Started inside a promise, so a lookup that throws instead of rejecting fails this
    // connection rather than the caller of net.connect.
    Promise.resolve(hostname)
      .then(lookup)
      .then(
        (resolved) => {
          if (!Array.isArray(resolved))
            return callback(notFound(`The lookup of ${hostname} gave no list`), "");
          const checked: LookupAddress[] = [];
          for (const entry of resolved as readonly ResolvedAddress[]) {
            const address = String(entry?.address);
            // The family comes from the address, so a lookup cannot mislabel one.
            const family = isIP(address);
            if (family === 0) {
              return callback(notFound(`The lookup of ${hostname} gave ${address}, not an IP address`), "");
            }
            const reason = guard(address);
            if (reason !== null) return callback(new BlockedAddressError(hostname, address, reason), "");
            checked.push({ address, family });
          }
          const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
          const usable = wanted === 0 ? checked : checked.filter((entry) => entry.family === wanted);
          if (usable.length === 0) {
            return callback(notFound(`${hostname} has no ${wanted === 0 ? "" : `IPv${wanted} `}address`), "");
          }
          if (options.all) return callback(null, usable);
          const first = usable[0]!;
          callback(null, first.address, first.family);
        },
        (error: NodeJS.ErrnoException) => callback(error, ""),
      );
  };
}
