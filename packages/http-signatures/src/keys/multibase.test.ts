import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeBase58btc } from "../../test/support/base58.js";
import { decodeMultibaseBase58btc, encodeMultibaseBase58btc, splitMulticodec } from "./multibase.js";

describe("base58btc multibase", () => {
  it("decodes what an independent encoder produced, leading zeros included", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 80 }), (bytes) => {
        expect(decodeMultibaseBase58btc(`z${encodeBase58btc(bytes)}`)).toEqual(bytes);
      }),
    );
  });

  it("encodes as an independent encoder does, leading zeros included, and decodes back", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const encoded = encodeMultibaseBase58btc(bytes);
        expect(encoded).toBe(`z${encodeBase58btc(bytes)}`);
        if (bytes.length > 0) expect(decodeMultibaseBase58btc(encoded)).toEqual(bytes);
      }),
    );
  });

  it("rejects other multibase prefixes and characters outside the alphabet", () => {
    expect(decodeMultibaseBase58btc("uAAAA")).toBeNull();
    expect(decodeMultibaseBase58btc("z0")).toBeNull();
    expect(decodeMultibaseBase58btc("z")).toBeNull();
    expect(decodeMultibaseBase58btc(`z${"1".repeat(3000)}`)).toBeNull();
  });

  it("splits unsigned-varint multicodec prefixes", () => {
    expect(splitMulticodec(new Uint8Array([0xed, 0x01, 7]))).toEqual({
      codec: 0xed,
      payload: new Uint8Array([7]),
    });
    expect(splitMulticodec(new Uint8Array([0x85, 0x24, 1, 2]))?.codec).toBe(0x1205);
    expect(splitMulticodec(new Uint8Array([0x80, 0x80]))).toBeNull();
  });
});
