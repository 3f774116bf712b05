import { describe, expect, it } from "vitest";
import { describeDuration } from "./clock.js";
import { checkTimeWindow } from "./time-window.js";

describe("checkTimeWindow", () => {
  const now = Date.parse("2026-01-01T12:00:00Z");

  it("accepts times inside ± the skew and says how far off the others are", () => {
    expect(checkTimeWindow({ created: now / 1000 - 3599 }, now, 3600)).toBeNull();
    expect(checkTimeWindow({ created: now / 1000 + 3600 }, now, 3600)).toBeNull();
    const late = checkTimeWindow({ created: now / 1000 - 3 * 3600 - 300 }, now, 3600);
    expect(late).toMatchObject({ code: "clock_skew" });
    expect(late?.message).toContain("3 h 5 min old");
    expect(
      checkTimeWindow({ dateMillis: Date.parse("Thu, 01 Jan 2026 14:00:01 GMT") }, now, 3600),
    ).toMatchObject({
      code: "not_yet_valid",
    });
  });

  it("applies the same tolerance after expires", () => {
    expect(checkTimeWindow({ expires: now / 1000 - 60 }, now, 3600)).toBeNull();
    expect(checkTimeWindow({ expires: now / 1000 - 60 }, now, 0)).toMatchObject({ code: "expired" });
  });

  it("describes durations for people", () => {
    expect(describeDuration(0)).toBe("0 s");
    expect(describeDuration(-42_000)).toBe("42 s");
    expect(describeDuration(90_061_000)).toBe("1 d 1 h 1 min 1 s");
  });
});

describe("parseHttpDate", () => {
  it("reads IMF-fixdate directly and the obsolete forms through Date.parse", async () => {
    const { parseHttpDate } = await import("./time-window.js");
    const expected = Date.UTC(1994, 10, 6, 8, 49, 37);
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")).toBe(expected);
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")).toBe(expected);
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994")).toBe(Date.parse("Sun Nov  6 08:49:37 1994"));
    expect(parseHttpDate("Sun, 06 Foo 1994 08:49:37 GMT")).toMatchObject({
      ok: false,
      code: "malformed_header",
    });
    expect(parseHttpDate("yesterday")).toMatchObject({ ok: false, code: "malformed_header" });
    expect(parseHttpDate("Sun, 06 Nov 1994 25:49:37 GMT")).toMatchObject({
      ok: false,
      code: "malformed_header",
    });
  });
});

describe("parseHttpDate's day and month names", () => {
  it("reads every month and refuses look-alike letters", async () => {
    const { parseHttpDate } = await import("./time-window.js");
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    months.forEach((month, i) => {
      expect(parseHttpDate(`Mon, 02 ${month} 2026 03:04:05 GMT`)).toBe(Date.UTC(2026, i, 2, 3, 4, 5));
    });
    // "Ja\u016e" packs to the same bits as "Jan" unless characters above ASCII are refused.
    expect(parseHttpDate("Mon, 02 Ja\u016e 2026 03:04:05 GMT")).toMatchObject({ code: "malformed_header" });
  });
});

describe("parseHttpDate's fast path", () => {
  it("reads IMF-fixdate itself for every day name, without falling back to Date.parse", async () => {
    const { parseHttpDate } = await import("./time-window.js");
    const fallback = Date.parse;
    Date.parse = () => Number.NaN;
    try {
      for (const [day, date] of [
        ["Thu", 1],
        ["Fri", 2],
        ["Sat", 3],
        ["Sun", 4],
        ["Mon", 5],
        ["Tue", 6],
        ["Wed", 7],
      ] as const) {
        expect(parseHttpDate(`${day}, 0${date} Jan 2026 00:00:00 GMT`)).toBe(Date.UTC(2026, 0, date));
      }
    } finally {
      Date.parse = fallback;
    }
  });
});
