import { describeDuration } from "./clock.js";
import { failure, type VerificationFailure } from "./verification-result.js";

/** Times a signature carries: `created` / `expires` in epoch seconds, a covered `Date` in epoch ms. */
export interface SignatureTimes {
  readonly created?: number | undefined;
  readonly expires?: number | undefined;
  readonly dateMillis?: number | undefined;
}

/** The three letters of each day name, packed as one number (`Mon` → 0x4d6f6e). */
const DAY_CODES = new Set(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map((name) => packed(name)));
/** Month numbers (0–11) by their three letters, packed. */
const MONTH_CODES = new Map(
  ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((name, i) => [
    packed(name),
    i,
  ]),
);

/**
 * Three characters at `from` as one number, so they are compared without slicing the text; -1
 * when one is not ASCII (it would not fit its byte).
 */
function packed(text: string, from = 0): number {
  const a = text.charCodeAt(from);
  const b = text.charCodeAt(from + 1);
  const c = text.charCodeAt(from + 2);
  return (a | b | c) > 0x7f ? -1 : (a << 16) | (b << 8) | c;
}

/** The decimal digits at `text[from]`, `text[from + 1]` …, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Reads IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110 §5.6.7) by position: every field
 * has a fixed width, and this runs on every verified request.
 */
function parseImfFixdate(value: string): number | null {
  if (value.length !== 29 || !value.endsWith(" GMT") || !DAY_CODES.has(packed(value))) return null;
  if (value[3] !== "," || value[4] !== " " || value[7] !== " " || value[11] !== " ") return null;
  if (value[16] !== " " || value[19] !== ":" || value[22] !== ":") return null;
  const month = MONTH_CODES.get(packed(value, 8));
  const day = digitsAt(value, 5, 2);
  const year = digitsAt(value, 12, 4);
  const hour = digitsAt(value, 17, 2);
  const minute = digitsAt(value, 20, 2);
  const second = digitsAt(value, 23, 2);
  if (month === undefined || day < 1 || day > 31 || year < 0 || hour < 0 || hour > 23) return null;
  if (minute < 0 || minute > 59 || second < 0 || second > 60) return null;
  return Date.UTC(year, month, day, hour, minute, second);
}

/**
 * Parses an HTTP `Date` header value: IMF-fixdate (what every server sends) directly, the
 * obsolete RFC 850 and asctime forms through `Date.parse`.
 *
 * @returns epoch milliseconds, or a failure that says what a valid value looks like
 */
export function parseHttpDate(value: string): number | VerificationFailure {
  const fixdate = parseImfFixdate(value);
  if (fixdate !== null) return fixdate;
  const date = Date.parse(value);
  if (Number.isNaN(date)) {
    return failure(
      "malformed_header",
      `Date header "${value.slice(0, 64)}" is not an HTTP date (IMF-fixdate, e.g. "Tue, 20 Apr 2021 02:07:55 GMT").`,
    );
  }
  return date;
}

function outsideWindow(
  what: string,
  at: number,
  nowMillis: number,
  skew: number,
): VerificationFailure | null {
  if (at > nowMillis + skew) {
    return failure(
      "not_yet_valid",
      `Signature ${what} is ${describeDuration(at - nowMillis)} in the future (the window is ±${describeDuration(skew)}): the sender's clock is ahead; it should sync with NTP.`,
    );
  }
  if (at < nowMillis - skew) {
    return failure(
      "clock_skew",
      `Signature ${what} is ${describeDuration(nowMillis - at)} old (the window is ±${describeDuration(skew)}): a replayed or long-delayed request, or the sender's clock is behind.`,
    );
  }
  return null;
}

/**
 * Checks `created` / `Date` against now ± `maxClockSkew` seconds and `expires` against now
 * (with the same tolerance, as Mastodon does).
 *
 * @returns a failure naming the time and how far it is off, or `null` when all is in the window.
 */
export function checkTimeWindow(
  times: SignatureTimes,
  nowMillis: number,
  maxClockSkew: number,
): VerificationFailure | null {
  const skew = maxClockSkew * 1000;
  if (times.created !== undefined) {
    const off = outsideWindow("created", times.created * 1000, nowMillis, skew);
    if (off) return off;
  }
  if (times.dateMillis !== undefined) {
    const off = outsideWindow("Date", times.dateMillis, nowMillis, skew);
    if (off) return off;
  }
  if (times.expires !== undefined && times.expires * 1000 + skew < nowMillis) {
    return failure(
      "expired",
      `Signature expired ${describeDuration(nowMillis - times.expires * 1000)} ago (tolerance ${describeDuration(skew)}): sign again.`,
    );
  }
  return null;
}
