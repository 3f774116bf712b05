import { timingSafeEqual } from "node:crypto";

/** Compares two byte strings in time that depends only on their lengths. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && timingSafeEqual(a, b);
}

/**
 * Compares `expected` with the `length` characters of `text` at `offset`, in time that depends
 * only on the lengths (no early exit). Reading `text` in place spares a slice, whose characters
 * V8 reads more slowly.
 */
export function constantTimeEqualAt(expected: string, text: string, offset: number, length: number): boolean {
  if (expected.length !== length || offset < 0 || offset + length > text.length) return false;
  let difference = 0;
  for (let i = 0; i < length; i++) difference |= expected.charCodeAt(i) ^ text.charCodeAt(offset + i);
  return difference === 0;
}
