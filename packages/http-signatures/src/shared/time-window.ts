import { describeDuration } from "./clock.js";
import { failure, type VerificationFailure } from "./verification-result.js";

/** Times a signature carries: `created` / `expires` in epoch seconds, a covered `Date` in epoch ms. */
export interface SignatureTimes {
  readonly created?: number | undefined;
  readonly expires?: number | undefined;
  readonly dateMillis?: number | undefined;
}

const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (\w{3}) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/;
const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

/**
 * Parses an HTTP `Date` header value: IMF-fixdate (what every server sends) directly, the
 * obsolete RFC 850 and asctime forms through `Date.parse`.
 *
 * @returns epoch milliseconds, or a failure that says what a valid value looks like
 */
export function parseHttpDate(value: string): number | VerificationFailure {
  const fixdate = IMF_FIXDATE.exec(value);
  const month = fixdate ? MONTHS.indexOf(fixdate[2]!) : -1;
  if (
    fixdate &&
    month % 3 === 0 &&
    +fixdate[1]! <= 31 &&
    +fixdate[4]! <= 23 &&
    +fixdate[5]! <= 59 &&
    +fixdate[6]! <= 60
  ) {
    return Date.UTC(+fixdate[3]!, month / 3, +fixdate[1]!, +fixdate[4]!, +fixdate[5]!, +fixdate[6]!);
  }
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
