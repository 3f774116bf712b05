import { afterAll, afterEach, expect } from "vitest";

/**
 * Fails the test run on any `DeprecationWarning` (Node prints them once per process and moves
 * on, so they go unnoticed until the API is removed). Loaded for every test file through
 * `setupFiles` in `vitest.config.ts`.
 *
 * Node emits a warning on the next tick, so a deprecation caused by a test is seen by the
 * `afterEach` of that test, or by `afterAll` when it happened at import time or in a hook.
 */
const seen: string[] = [];

function onWarning(warning: Error & { code?: string }): void {
  if (warning.name !== "DeprecationWarning") return;
  seen.push(`${warning.code ?? "DeprecationWarning"}: ${warning.message}`);
}

process.on("warning", onWarning);

function failOnDeprecations(): void {
  if (seen.length === 0) return;
  const found = seen.splice(0);
  expect.fail(`Deprecation warning (the test run fails on any):\n  ${found.join("\n  ")}`);
}

afterEach(async () => {
  await new Promise<void>((resolve) => setImmediate(resolve));
  failOnDeprecations();
});

afterAll(async () => {
  await new Promise<void>((resolve) => setImmediate(resolve));
  process.off("warning", onWarning);
  failOnDeprecations();
});
