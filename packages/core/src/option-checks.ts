/**
 * Reads an optional integer option: `defaultValue` when it is `undefined`, the value when it is
 * an integer from `min` to `max`, and otherwise an error that names the option, so a typo or a
 * unit mistake (seconds for milliseconds, a negative size) fails where it is made.
 *
 * @param value - what the caller passed.
 * @param name - the option's name, as the caller wrote it (`maxBytes`, `timeout`).
 * @param defaultValue - what `undefined` means.
 * @param min - the smallest value allowed.
 * @param max - the largest value allowed.
 * @throws TypeError when `value` is not a number; RangeError when it is not an integer in range.
 */
export function integerOption(
  value: number | undefined,
  name: string,
  defaultValue: number,
  min = 0,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return defaultValue;
  if (typeof value !== "number") throw new TypeError(`${name} must be a number, not ${typeof value}.`);
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new RangeError(`${name} must be an integer ${range}; got ${value}.`);
  }
  return value;
}

/**
 * Reads an optional duration in milliseconds: like {@link integerOption} with a minimum of 0, and
 * `Infinity` allowed when `allowInfinity` is set (no limit).
 *
 * @throws TypeError or RangeError as {@link integerOption} does.
 */
export function durationOption(
  value: number | undefined,
  name: string,
  defaultValue: number,
  allowInfinity = false,
): number {
  if (allowInfinity && value === Number.POSITIVE_INFINITY) return value;
  return integerOption(value, name, defaultValue, 0);
}
