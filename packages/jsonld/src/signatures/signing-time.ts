/**
 * The signing time as ISO 8601 UTC to the second (`2024-09-12T16:50:46Z`), as Mastodon writes
 * `created` (and as XML Schema's `dateTime`, which Data Integrity proofs use, reads it).
 *
 * @param created - the time given by the caller, if any.
 * @param now - the clock, when `created` is not given.
 * @throws TypeError when `created` is not a valid date, or `now` not a function.
 */
export function signingTime(created: Date | number | undefined, now: (() => number) | undefined): string {
  if (now !== undefined && typeof now !== "function") {
    throw new TypeError("options.now must be a function returning epoch milliseconds.");
  }
  const time =
    created === undefined
      ? (now ?? Date.now)()
      : created instanceof Date
        ? created.getTime()
        : typeof created === "number"
          ? created
          : Number.NaN;
  if (typeof time !== "number" || !Number.isFinite(time)) {
    throw new TypeError("options.created must be a valid Date or epoch milliseconds.");
  }
  return `${new Date(Math.floor(time / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}
