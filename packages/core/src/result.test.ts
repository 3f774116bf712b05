import { describe, expect, it } from "vitest";
import { FedikitError } from "./fedikit-error.js";
import { failure, type Result, success, unwrap } from "./result.js";

describe("results", () => {
  it("success carries the value and shares one frozen empty warning list", () => {
    const a = success(1);
    const b = success("x", []);
    expect(a).toEqual({ ok: true, value: 1, warnings: [] });
    expect(a.warnings).toBe(b.warnings);
    expect(Object.isFrozen(a.warnings)).toBe(true);
    const warned = success(2, [{ code: "dropped", message: "m" }]);
    expect(warned.warnings).toEqual([{ code: "dropped", message: "m" }]);
  });

  it("failure carries the error; unwrap throws it", () => {
    const error = new FedikitError("bad", "bad input");
    const result: Result<number> = failure(error);
    expect(result).toEqual({ ok: false, error });
    expect(() => unwrap(result)).toThrow(error);
    expect(unwrap(success(3))).toBe(3);
  });
});
