import { afterEach, describe, expect, it, vi } from "vitest";
import { describeDuration } from "./clock.js";
import { SignatureError } from "./signature-error.js";
import { checkTimeWindow, parseHttpDate } from "./time-window.js";

const HOUR = 3_600_000;
/** A whole second, so `created` (in seconds) lands exactly on the window's edges. */
const now = Date.parse("2026-01-01T12:00:00Z");
const seconds = now / 1000;

describe("checkTimeWindow", () => {
  it("takes a Date exactly maxClockSkew milliseconds old or ahead, and not one millisecond more", () => {
    expect(checkTimeWindow({ dateMillis: now - HOUR }, now, HOUR)).toBeNull();
    expect(checkTimeWindow({ dateMillis: now - HOUR - 1 }, now, HOUR)).toMatchObject({ code: "too_old" });
    expect(checkTimeWindow({ dateMillis: now + HOUR }, now, HOUR)).toBeNull();
    expect(checkTimeWindow({ dateMillis: now + HOUR + 1 }, now, HOUR)).toMatchObject({
      code: "not_yet_valid",
    });
  });

  it("takes created (seconds) on both edges, and not one millisecond of the clock beyond them", () => {
    expect(checkTimeWindow({ created: seconds - 3600 }, now, HOUR)).toBeNull();
    expect(checkTimeWindow({ created: seconds - 3600 }, now + 1, HOUR)).toMatchObject({ code: "too_old" });
    expect(checkTimeWindow({ created: seconds + 3600 }, now, HOUR)).toBeNull();
    expect(checkTimeWindow({ created: seconds + 3600 }, now - 1, HOUR)).toMatchObject({
      code: "not_yet_valid",
    });
  });

  it("with no skew, takes only the current millisecond", () => {
    expect(checkTimeWindow({ dateMillis: now }, now, 0)).toBeNull();
    expect(checkTimeWindow({ dateMillis: now - 1 }, now, 0)).toMatchObject({ code: "too_old" });
    expect(checkTimeWindow({ dateMillis: now + 1 }, now, 0)).toMatchObject({ code: "not_yet_valid" });
    expect(checkTimeWindow({ expires: seconds }, now, 0)).toBeNull();
    expect(checkTimeWindow({ expires: seconds }, now + 1, 0)).toMatchObject({ code: "expired" });
  });

  it("takes expires up to maxClockSkew after it passed, and not one millisecond more", () => {
    expect(checkTimeWindow({ expires: seconds - 3600 }, now, HOUR)).toBeNull();
    expect(checkTimeWindow({ expires: seconds - 3600 }, now + 1, HOUR)).toMatchObject({ code: "expired" });
    expect(checkTimeWindow({ expires: seconds + 10 }, now, 0)).toBeNull();
  });

  it("takes a window with nothing in it", () => {
    expect(checkTimeWindow({}, now, 0)).toBeNull();
  });

  it("checks created, then Date, then expires, and reports the first that is off", () => {
    const old = { created: seconds - 7200, dateMillis: now + 2 * HOUR, expires: seconds - 7200 };
    expect(checkTimeWindow(old, now, HOUR)).toMatchObject({ code: "too_old" });
    expect(checkTimeWindow({ dateMillis: now + 2 * HOUR, expires: seconds - 7200 }, now, HOUR)).toMatchObject(
      {
        code: "not_yet_valid",
      },
    );
    expect(checkTimeWindow({ created: seconds, dateMillis: now - 2 * HOUR }, now, HOUR)).toMatchObject({
      code: "too_old",
      message: expect.stringContaining("Signature Date is 2 h old"),
    });
  });

  it("says which time is off, by how much, and what the window is", () => {
    const late = checkTimeWindow({ created: seconds - 3 * 3600 - 300 }, now, HOUR);
    expect(late).toBeInstanceOf(SignatureError);
    expect(late?.message).toBe(
      "Signature created is 3 h 5 min old (the window is ±1 h): a replayed or long-delayed request, or the sender's clock is behind.",
    );
    expect(checkTimeWindow({ dateMillis: now + 90_000 }, now, 60_000)?.message).toBe(
      "Signature Date is 1 min 30 s in the future (the window is ±1 min): the sender's clock is ahead; it should sync with NTP.",
    );
    expect(checkTimeWindow({ expires: seconds - 120 }, now, 60_000)?.message).toBe(
      "Signature expired 2 min ago (tolerance 1 min): sign again.",
    );
  });
});

describe("describeDuration", () => {
  it("describes durations for people, either sign", () => {
    expect(describeDuration(0)).toBe("0 s");
    expect(describeDuration(-42_000)).toBe("42 s");
    expect(describeDuration(499)).toBe("0 s");
    expect(describeDuration(500)).toBe("1 s");
    expect(describeDuration(60_000)).toBe("1 min");
    expect(describeDuration(3_600_000)).toBe("1 h");
    expect(describeDuration(86_400_000)).toBe("1 d");
    expect(describeDuration(90_061_000)).toBe("1 d 1 h 1 min 1 s");
  });
});

describe("parseHttpDate", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("reads IMF-fixdate directly and the obsolete forms through Date.parse", () => {
    const expected = Date.UTC(1994, 10, 6, 8, 49, 37);
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")).toBe(expected);
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")).toBe(expected);
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994")).toBe(Date.parse("Sun Nov  6 08:49:37 1994"));
    for (const bad of ["Sun, 06 Foo 1994 08:49:37 GMT", "yesterday", "Sun, 06 Nov 1994 25:49:37 GMT", ""]) {
      expect(parseHttpDate(bad), bad).toMatchObject({ code: "malformed_header" });
    }
  });

  it("reads every month and day name itself, without falling back to Date.parse", () => {
    vi.spyOn(Date, "parse").mockReturnValue(Number.NaN);
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    months.forEach((month, i) => {
      expect(parseHttpDate(`Mon, 02 ${month} 2026 03:04:05 GMT`)).toBe(Date.UTC(2026, i, 2, 3, 4, 5));
    });
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
    expect(Date.parse).not.toHaveBeenCalled();
  });

  it("takes each field of IMF-fixdate at its bounds and refuses it one beyond", () => {
    vi.spyOn(Date, "parse").mockReturnValue(Number.NaN);
    const date = (day: string, time: string, year = "2026") => `Thu, ${day} Jan ${year} ${time} GMT`;
    expect(parseHttpDate(date("01", "00:00:00"))).toBe(Date.UTC(2026, 0, 1));
    expect(parseHttpDate(date("31", "23:59:60"))).toBe(Date.UTC(2026, 0, 31, 23, 59, 60));
    expect(parseHttpDate(date("09", "19:29:39", "1999"))).toBe(Date.UTC(1999, 0, 9, 19, 29, 39));
    for (const bad of [
      date("00", "00:00:00"),
      date("32", "00:00:00"),
      date("01", "24:00:00"),
      date("01", "00:60:00"),
      date("01", "00:00:61"),
      date("0a", "00:00:00"),
      date("01", "0a:00:00"),
      date("01", "00:0a:00"),
      date("01", "00:00:0a"),
      date("01", "00:00:00", "20a6"),
      date("01", "00:00:00", "/026"),
      // A character just below "0" must not count as a digit: "1/" would otherwise read as 9.
      date("01", "00:1/:00"),
      date("1/", "00:00:00"),
      date("01", "1/:00:00"),
      date("01", "00:00:1/"),
    ]) {
      expect(parseHttpDate(bad), bad).toMatchObject({ code: "malformed_header" });
    }
  });

  it("refuses IMF-fixdate with any separator or the zone changed, or one character more or less", () => {
    vi.spyOn(Date, "parse").mockReturnValue(Number.NaN);
    const good = "Sun, 06 Nov 1994 08:49:37 GMT";
    expect(typeof parseHttpDate(good)).toBe("number");
    for (const position of [3, 4, 7, 11, 16, 19, 22, 25]) {
      const bad = `${good.slice(0, position)}x${good.slice(position + 1)}`;
      expect(parseHttpDate(bad), bad).toMatchObject({ code: "malformed_header" });
    }
    for (const bad of [
      good.replace("GMT", "UTC"),
      `${good} `,
      good.replace(" GMT", "  GMT"),
      good.slice(1),
      good.replace("Sun", "Sux"),
    ]) {
      expect(parseHttpDate(bad), bad).toMatchObject({ code: "malformed_header" });
    }
    // "Ja\u016e" packs to the same bits as "Jan" unless characters above ASCII are refused.
    expect(parseHttpDate("Mon, 02 Ja\u016e 2026 03:04:05 GMT")).toMatchObject({ code: "malformed_header" });
    expect(parseHttpDate("M\u016fn, 02 Jan 2026 03:04:05 GMT")).toMatchObject({ code: "malformed_header" });
  });

  it("hands Date.parse at most 64 characters of a sender's value", () => {
    const obsolete = "Sunday, 06-Nov-94 08:49:37 GMT";
    const spy = vi.spyOn(Date, "parse");
    expect(parseHttpDate(obsolete.padEnd(64, " "))).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate(obsolete.padEnd(65, " "))).toMatchObject({ code: "malformed_header" });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("quotes at most 64 characters of a bad value in its message", () => {
    const error = parseHttpDate(`x${"y".repeat(500)}`) as SignatureError;
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).toContain('e.g. "Tue, 20 Apr 2021 02:07:55 GMT"');
  });
});
