import { describe, expect, it } from "vitest";
import { decodePunycode } from "./punycode.js";

describe("decodePunycode", () => {
  // RFC 3492 section 7.1, samples (L) to (R): mixed case is kept, as the samples show it.
  it.each([
    ["3B-ww4c5e180e575a65lsy2b", "3年B組金八先生"],
    ["-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n", "安室奈美恵-with-SUPER-MONKEYS"],
    ["2-u9tlzr9756bt3uc0v", "ひとつ屋根の下2"],
    ["MajiKoi5-783gue6qz075azm5e", "MajiでKoiする5秒前"],
    ["de-jg4avhby1noc0d", "パフィーdeルンバ"],
    ["d9juau41awczczp", "そのスピードで"],
  ])("decodes the RFC 3492 sample %s", (encoded, decoded) => {
    expect(decodePunycode(encoded)).toBe(decoded);
  });

  it("decodes labels seen in hosts", () => {
    expect(decodePunycode("mnchen-3ya")).toBe("münchen");
    expect(decodePunycode("ls8h")).toBe("💩");
    expect(decodePunycode("abc-")).toBe("abc");
    // Valid Punycode for U+0080; IDNA refuses it, which parseHost checks separately.
    expect(decodePunycode("a")).toBe("\u0080");
  });

  it.each([
    ["a digit that ends too soon", "zz"],
    ["an empty extended part after a leading delimiter", "-"],
    ["a non-basic character before the delimiter", "ü-3ya"],
    ["a character that is no digit", "mnchen-3y!"],
    ["an overflow", "99999999999"],
    ["a label longer than DNS allows", `${"a".repeat(60)}-3ya1`],
  ])("refuses %s (%j)", (_name, encoded) => {
    expect(decodePunycode(encoded)).toBeNull();
  });
});
