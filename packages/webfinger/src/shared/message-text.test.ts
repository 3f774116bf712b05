import { describe, expect, it } from "vitest";
import { shortened } from "./message-text.js";

describe("shortened", () => {
  it("leaves text within the limit alone", () => {
    expect(shortened("acct:alice@example.social", 25)).toBe("acct:alice@example.social");
  });

  it("cuts long text in the middle, keeping both ends and saying how much was cut", () => {
    const text = `start-${"x".repeat(10_000)}-end`;
    const short = shortened(text, 100);
    expect(short.startsWith("start-")).toBe(true);
    expect(short.endsWith("-end")).toBe(true);
    expect(short).toContain(`…[${text.length - 100} characters cut]…`);
    expect(short.length).toBeLessThan(140);
  });

  it("never splits a character made of two UTF-16 code units", () => {
    const short = shortened("😀".repeat(1000), 11);
    expect(short).toBe(`${"😀".repeat(9)} …[989 characters cut]… ${"😀".repeat(2)}`);
  });
});
