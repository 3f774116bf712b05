import type { FedikitError, Result, Success, Warning } from "@fedikit/core";
import { expect } from "vitest";

/**
 * Asserts that `result` is a success and returns it, typed; on a failure the assertion message
 * shows the error's code and message.
 */
export function expectSuccess<T, W extends Warning>(result: Result<T, FedikitError, W>): Success<T, W> {
  if (!result.ok) {
    expect.fail(`expected a success, got ${result.error.code}: ${result.error.message}`);
  }
  return result as Success<T, W>;
}

/**
 * Asserts that `result` is a failure with `code` (and, when given, a message matching
 * `message`), and returns its error.
 */
export function expectFailure<E extends FedikitError>(
  result: Result<unknown, E, Warning>,
  code: E["code"],
  message?: RegExp | string,
): E {
  if (result.ok) expect.fail(`expected a failure with code ${code}, got a success`);
  const { error } = result as { readonly error: E };
  expect(error.code, error.message).toBe(code);
  if (message !== undefined) expect(error.message).toMatch(message);
  return error;
}
