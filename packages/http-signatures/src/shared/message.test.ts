import { describe, expect, it } from "vitest";
import { headerReader } from "./message.js";

describe("headerReader", () => {
  it("trusts values only from a Fetch Headers read through its own get", () => {
    class Plain extends Headers {}
    class Overriding extends Headers {
      override get(name: string): string | null {
        return super.get(name);
      }
    }
    expect(headerReader(new Headers({ a: "1" })).valuesChecked).toBe(true);
    expect(headerReader(new Plain({ a: "1" })).valuesChecked).toBe(true);
    expect(headerReader(new Overriding({ a: "1" })).valuesChecked).toBe(false);
    expect(headerReader({ a: "1" }).valuesChecked).toBe(false);
    expect(headerReader({ get: () => "x\ny", has: () => true } as unknown as Headers).valuesChecked).toBe(
      false,
    );
  });

  it("stops trusting Headers once its get has been replaced", () => {
    expect(headerReader(new Headers()).valuesChecked).toBe(true);
    const original = Object.getOwnPropertyDescriptor(Headers.prototype, "get")!;
    Object.defineProperty(Headers.prototype, "get", { ...original, value: () => "a\nb" });
    try {
      expect(headerReader(new Headers()).valuesChecked).toBe(false);
    } finally {
      Object.defineProperty(Headers.prototype, "get", original);
    }
    expect(headerReader(new Headers()).valuesChecked).toBe(true);
  });

  it("reads Node-style records in any case, joining and unfolding field lines", () => {
    const reader = headerReader({
      Host: "a.example",
      "cache-control": ["max-age=60", "  must-revalidate"],
      x: "a\r\n  b",
    });
    expect(reader.get("host")).toBe("a.example");
    expect(reader.get("cache-control")).toBe("max-age=60, must-revalidate");
    expect(reader.lines("cache-control")).toEqual(["max-age=60", "must-revalidate"]);
    expect(reader.get("x")).toBe("a b");
    expect(reader.get("missing")).toBeNull();
  });
});
