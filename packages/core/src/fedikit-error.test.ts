import { describe, expect, it } from "vitest";
import { FedikitError, hasCode, isFedikitError } from "./fedikit-error.js";

class OuterError extends FedikitError<"outer"> {}

describe("FedikitError", () => {
  it("carries a code, a message and a cause", () => {
    const cause = new FedikitError("ssrf_blocked", "private address");
    const error = new OuterError("outer", "lookup failed", { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("outer");
    expect(error.message).toBe("lookup failed");
    expect(error.cause).toBe(cause);
    expect("cause" in new FedikitError("x", "no cause")).toBe(false);
  });

  it("hasCode looks through the cause chain", () => {
    const root = new FedikitError("ssrf_blocked", "private address");
    const middle = new Error("plain", { cause: root });
    const outer = new OuterError("outer", "failed", { cause: middle });
    expect(hasCode(outer, "ssrf_blocked")).toBe(true);
    expect(hasCode(outer, "outer")).toBe(true);
    expect(hasCode(outer, "timeout")).toBe(false);
    expect(hasCode("ssrf_blocked", "ssrf_blocked")).toBe(false);
    expect(hasCode(undefined, "x")).toBe(false);
  });

  it("hasCode stops on a cycle of causes", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    Object.defineProperty(a, "cause", { value: b });
    expect(hasCode(a, "x")).toBe(false);
  });

  it("isFedikitError checks the error itself", () => {
    const error = new FedikitError("timeout", "slow");
    expect(isFedikitError(error)).toBe(true);
    expect(isFedikitError(error, "timeout", "network")).toBe(true);
    expect(isFedikitError(error, "network")).toBe(false);
    expect(isFedikitError(new Error("plain"))).toBe(false);
  });
});
