import type { LiteralRange } from "../schema/model.js";

/** Bit flags for what a property value may be; one bit per literal kind, one for embedded objects. */
export const KIND_STRING = 1;
/** @see {@link KIND_STRING} */
export const KIND_BOOLEAN = 2;
/** @see {@link KIND_STRING} */
export const KIND_FLOAT = 4;
/** @see {@link KIND_STRING} */
export const KIND_INTEGER = 8;
/** @see {@link KIND_STRING} */
export const KIND_NON_NEGATIVE_INTEGER = 16;
/** @see {@link KIND_STRING} */
export const KIND_DATE_TIME = 32;
/** @see {@link KIND_STRING} */
export const KIND_DURATION = 64;
/** @see {@link KIND_STRING} */
export const KIND_IRI = 128;
/** @see {@link KIND_STRING} */
export const KIND_JSON = 256;
/** @see {@link KIND_STRING} */
export const KIND_OBJECT = 512;

const literalKinds: Readonly<Record<LiteralRange, number>> = {
  string: KIND_STRING,
  langString: KIND_STRING,
  boolean: KIND_BOOLEAN,
  float: KIND_FLOAT,
  integer: KIND_INTEGER,
  nonNegativeInteger: KIND_NON_NEGATIVE_INTEGER,
  dateTime: KIND_DATE_TIME,
  duration: KIND_DURATION,
  iri: KIND_IRI,
  json: KIND_JSON,
};

/** The kind bit of a literal range, or 0 when the name is not a literal range. */
export function literalKind(range: string): number {
  return Object.hasOwn(literalKinds, range) ? literalKinds[range as LiteralRange] : 0;
}

// RFC 3339 date-times, also without seconds or time zone as some servers send them.
const dateTimePattern = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?$/;
const durationPattern =
  /^-?P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
// A scheme, then no whitespace; or a blank node identifier.
const iriPattern = /^(?:[A-Za-z][A-Za-z0-9+.-]*:|_:)[^\s]*$/;

/** Whether a string is an ISO 8601 / RFC 3339 date-time. */
export function isDateTime(value: string): boolean {
  return dateTimePattern.test(value);
}

/** Whether a string is an ISO 8601 duration (`PT1H30M`). */
export function isDuration(value: string): boolean {
  return durationPattern.test(value);
}

/**
 * Whether a string can stand for a node: an absolute IRI, a blank node identifier, or the
 * `Public` shorthand of the public collection.
 */
export function isIriReference(value: string): boolean {
  return iriPattern.test(value) || value === "Public";
}

/** Describes the kinds in a bit set for an error message. */
export function describeKinds(kinds: number, typeNames: readonly string[]): string {
  const parts: string[] = [];
  if (kinds & KIND_STRING) parts.push("a string");
  if (kinds & KIND_BOOLEAN) parts.push("a boolean");
  if (kinds & KIND_FLOAT) parts.push("a number");
  if (kinds & KIND_INTEGER) parts.push("an integer");
  if (kinds & KIND_NON_NEGATIVE_INTEGER) parts.push("a non-negative integer");
  if (kinds & KIND_DATE_TIME) parts.push("a date-time string");
  if (kinds & KIND_DURATION) parts.push("a duration string");
  if (kinds & (KIND_IRI | KIND_OBJECT)) parts.push("an IRI");
  if (kinds & KIND_OBJECT)
    parts.push(typeNames.length > 0 ? `an object (${typeNames.join(", ")})` : "an object");
  if (kinds & KIND_JSON) parts.push("any JSON value");
  return parts.length <= 1 ? (parts[0] ?? "nothing") : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
}
