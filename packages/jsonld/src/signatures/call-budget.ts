import { durationOption } from "@fedikit/core";
import type { JsonLdCallOptions } from "../engine/run-options.js";
import { documentLimitDefaults } from "../limits/document-limits.js";

/**
 * Shares one `timeout` among the several JSON-LD calls of a signature check (two
 * canonicalizations and a normalization): each call gets what is left of it, so `timeout` bounds
 * the whole check as it promises.
 *
 * @throws TypeError or RangeError when `timeout` is of the wrong type or out of range.
 */
export function callBudget<O extends JsonLdCallOptions>(options: O): () => O {
  const timeout = durationOption(options.timeout, "timeout", documentLimitDefaults.timeout, true);
  if (!Number.isFinite(timeout)) return () => options;
  const deadline = performance.now() + timeout;
  return () => ({ ...options, timeout: Math.max(0, Math.floor(deadline - performance.now())) });
}
