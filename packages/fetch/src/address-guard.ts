import { classifyAddressBytes, type NonPublicReason } from "./address-policy.js";
import { parseIpAddress } from "./ip-address.js";
import { parseIpRange, rangeContains } from "./ip-range.js";

/**
 * Decides whether an outbound connection may go to an address: `null` when it may, otherwise
 * the reason it may not.
 */
export type AddressGuard = (address: string) => NonPublicReason | null;

/** The options of {@link createAddressGuard}. */
export interface AddressGuardOptions {
  /**
   * Allow every address, private ones included (tests, local federation).
   * @defaultValue `false`
   */
  readonly allowPrivateAddress?: boolean;
  /**
   * Non-public addresses or CIDR blocks that are allowed anyway, e.g. a relay on the local
   * network (`["10.0.5.7", "fd00:1::/64"]`). Like Mastodon's `ALLOWED_PRIVATE_ADDRESSES`.
   * @defaultValue `[]`
   */
  readonly allowedPrivateAddresses?: readonly string[];
}

/**
 * Builds the guard that {@link createSafeFetch} applies to IP-literal hosts and to every address
 * a host name resolves to.
 *
 * @throws {TypeError} when an entry of `allowedPrivateAddresses` is not an address or CIDR block.
 */
export function createAddressGuard(options: AddressGuardOptions = {}): AddressGuard {
  if (options.allowPrivateAddress) return () => null;
  const allowed = (options.allowedPrivateAddresses ?? []).map((entry, index) => {
    if (typeof entry !== "string") {
      throw new TypeError(`allowedPrivateAddresses[${index}] must be a string, not ${typeof entry}`);
    }
    try {
      return parseIpRange(entry);
    } catch (error) {
      throw new TypeError(`allowedPrivateAddresses[${index}]: ${(error as Error).message}`);
    }
  });
  return (address) => {
    const bytes = parseIpAddress(address);
    if (!bytes) return "not-an-ip-address";
    const reason = classifyAddressBytes(bytes);
    if (reason === null) return null;
    return allowed.some((range) => rangeContains(range, bytes)) ? null : reason;
  };
}
