import { describe, expect, it } from "vitest";
import { durationOption, integerOption } from "./option-checks.js";

describe("option checks", () => {
  it("returns the default for undefined and the value when in range", () => {
    expect(integerOption(undefined, "maxBytes", 5)).toBe(5);
    expect(integerOption(0, "maxBytes", 5)).toBe(0);
    expect(integerOption(3, "maxRedirects", 5, 0, 20)).toBe(3);
  });

  it("names the option when the value is wrong", () => {
    expect(() => integerOption(-1, "maxBytes", 5)).toThrow("maxBytes must be an integer at least 0; got -1.");
    expect(() => integerOption(21, "maxRedirects", 5, 0, 20)).toThrow(
      "maxRedirects must be an integer from 0 to 20; got 21.",
    );
    expect(() => integerOption(1.5, "timeout", 5)).toThrow(RangeError);
    expect(() => integerOption(Number.NaN, "timeout", 5)).toThrow(RangeError);
    expect(() => integerOption("5" as unknown as number, "timeout", 5)).toThrow(TypeError);
  });

  it("durations are non-negative milliseconds, Infinity only when allowed", () => {
    expect(durationOption(undefined, "ttl", 1_000)).toBe(1_000);
    expect(durationOption(Number.POSITIVE_INFINITY, "timeout", 1, true)).toBe(Number.POSITIVE_INFINITY);
    expect(() => durationOption(Number.POSITIVE_INFINITY, "timeout", 1)).toThrow(/timeout/);
    expect(() => durationOption(-5, "ttl", 1)).toThrow(/ttl/);
  });
});
