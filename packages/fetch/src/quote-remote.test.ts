import { describe, expect, it } from "vitest";
import { createAddressGuard } from "./address-guard.js";
import { FetchError } from "./fetch-error.js";
import { maxQuotedLength, quoteRemote } from "./quote-remote.js";
import { checkTarget } from "./target-check.js";

describe("quoteRemote", () => {
  it("quotes a short value whole", () => {
    expect(quoteRemote("https://example.social/users/alice")).toBe("https://example.social/users/alice");
    expect(quoteRemote("x".repeat(maxQuotedLength))).toBe("x".repeat(maxQuotedLength));
  });

  it("cuts a long value and says how much was left out", () => {
    expect(quoteRemote("x".repeat(maxQuotedLength + 5))).toBe(
      `${"x".repeat(maxQuotedLength)}… (5 more characters)`,
    );
    expect(quoteRemote("abcdef", 3)).toBe("abc… (3 more characters)");
  });

  it("escapes line breaks, control characters and quotes, so a value cannot forge a log line", () => {
    expect(quoteRemote('a\r\nb\u0000"c')).toBe('a\\r\\nb\\u0000\\"c');
  });
});

describe("FetchError messages quote URLs shortened, and keep them whole in url", () => {
  it("for a URL a hostile server made long", () => {
    const url = `http://127.0.0.1/${"a".repeat(100_000)}`;
    let error: unknown;
    try {
      checkTarget(new URL(url), createAddressGuard(), false);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).url).toBe(url);
    expect((error as FetchError).message.length).toBeLessThan(600);
    expect((error as FetchError).message).toContain("more characters)");
  });
});
