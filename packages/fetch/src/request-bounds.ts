import { integerOption } from "@fedikit/core";
import type { SafeFetchRequestOptions } from "./safe-fetch-options.js";

/**
 * The longest duration a timer can wait: Node fires a `setTimeout` of more than 2^31 − 1 ms
 * after 1 ms, which would turn a generous timeout into an immediate one.
 */
export const maxTimerMilliseconds = 2 ** 31 - 1;

/** The bounds one call runs under: the instance's, with `init.fedikit` applied. */
export interface CallBounds {
  readonly timeout: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly httpsOnly: boolean;
}

/**
 * Applies a call's `init.fedikit` to the instance's bounds: each number given replaces the
 * instance's; `httpsOnly` can only be switched on, so whoever was handed an https-only fetch
 * cannot make it fetch `http:`.
 *
 * @throws {TypeError} when `fedikit` is not an object, or a bound is not a number.
 * @throws {RangeError} for a bound out of range (the message names `fedikit.<option>`).
 */
export function callBounds(fedikit: SafeFetchRequestOptions | undefined, instance: CallBounds): CallBounds {
  if (fedikit === undefined) return instance;
  if (typeof fedikit !== "object" || fedikit === null) {
    throw new TypeError(`init.fedikit must be an object, not ${fedikit === null ? "null" : typeof fedikit}.`);
  }
  return {
    timeout: integerOption(fedikit.timeout, "fedikit.timeout", instance.timeout, 1, maxTimerMilliseconds),
    maxBytes: integerOption(fedikit.maxBytes, "fedikit.maxBytes", instance.maxBytes),
    maxRedirects: integerOption(fedikit.maxRedirects, "fedikit.maxRedirects", instance.maxRedirects),
    httpsOnly: instance.httpsOnly || fedikit.httpsOnly === true,
  };
}
