/** A point in time as a `Date` or epoch milliseconds. */
export type TimeInput = Date | number;

/** Epoch milliseconds of `time`. */
export function epochMillis(time: TimeInput): number {
  return typeof time === "number" ? time : time.getTime();
}

/** Says "1 h 5 min", "42 s": how far a clock is off, for messages an operator reads. */
export function describeDuration(milliseconds: number): string {
  let seconds = Math.round(Math.abs(milliseconds) / 1000);
  const days = Math.floor(seconds / 86_400);
  seconds -= days * 86_400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (minutes) parts.push(`${minutes} min`);
  if (seconds || parts.length === 0) parts.push(`${seconds} s`);
  return parts.join(" ");
}
