/** Longer than any `dateTime` (nanoseconds and an offset take 35 characters). */
const maxLength = 64;
/**
 * XML Schema 1.1 `dateTimeStamp`: a date and time with a time zone, what Data Integrity's
 * `created` and `expires` are. Each part has one way to match, so testing is linear.
 */
const dateTimeStamp = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The time an XML Schema `dateTimeStamp` string names, or `undefined` when it is not one (or is
 * a date JavaScript cannot hold).
 */
export function parseDateTimeStamp(value: string): Date | undefined {
  if (value.length > maxLength || !dateTimeStamp.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}
