import type { FedikitError } from "./fedikit-error.js";

/**
 * Something a function accepted but wants you to know about: a value it dropped, a form it
 * repaired. Subtypes add where it was (a JSON path, a header name).
 */
export interface Warning {
  /** What kind of warning: a stable `snake_case` string. */
  readonly code: string;
  /** What was found and what was done about it, for a person. */
  readonly message: string;
}

/** A success: the value, and what was noticed on the way (often nothing). */
export interface Success<T, W extends Warning = Warning> {
  /** `true` for a success. */
  readonly ok: true;
  /** What the function produced. */
  readonly value: T;
  /** What was accepted with a remark; empty when nothing was. */
  readonly warnings: readonly W[];
}

/** A failure: the error says why, with a stable code. */
export interface Failure<E extends FedikitError = FedikitError> {
  /** `false` for a failure. */
  readonly ok: false;
  /** Why it failed. */
  readonly error: E;
}

/**
 * What a function that reads remote input returns instead of throwing: check `ok`, then read
 * `value` (and `warnings`) or `error`.
 *
 * @typeParam T - the value of a success.
 * @typeParam E - the error of a failure.
 * @typeParam W - the warnings of a success.
 */
export type Result<T, E extends FedikitError = FedikitError, W extends Warning = Warning> =
  | Success<T, W>
  | Failure<E>;

const noWarnings: readonly never[] = Object.freeze([]);

/** Builds a {@link Success}; without warnings it shares one frozen empty array. */
export function success<T, W extends Warning = never>(value: T, warnings?: readonly W[]): Success<T, W> {
  return {
    ok: true,
    value,
    warnings: warnings === undefined || warnings.length === 0 ? noWarnings : warnings,
  };
}

/** Builds a {@link Failure}. */
export function failure<E extends FedikitError>(error: E): Failure<E> {
  return { ok: false, error };
}

/**
 * The value of a success; throws the error of a failure. For scripts and tests that would
 * rather throw than branch.
 *
 * @throws the result's error when it is a failure.
 */
export function unwrap<T>(result: Result<T, FedikitError, Warning>): T {
  if (result.ok) return result.value;
  throw result.error;
}
