/**
 * The one error base class of every Fedikit package. Each package subclasses it once
 * (`FetchError`, `SignatureError`, `WebFingerError`, `VocabularyError` …) with its own union of
 * codes; switch on {@link FedikitError.code}, never on the message.
 *
 * A failure caused by another failure keeps it as `cause`, so {@link hasCode} can ask whether an
 * SSRF refusal is anywhere behind a failed key lookup or handle resolution.
 *
 * @typeParam Code - the stable codes of the subclass.
 */
export class FedikitError<Code extends string = string> extends Error {
  /** Why it failed: a stable `snake_case` string, kept across versions. */
  readonly code: Code;

  /**
   * @param code - why it failed.
   * @param message - what happened and what to change, for a person.
   * @param options - `cause`: the failure behind this one, when there is one.
   */
  constructor(code: Code, message: string, options?: { readonly cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "FedikitError";
    this.code = code;
  }
}

/** How many causes {@link hasCode} follows before it stops (a cycle of causes ends too). */
const MAX_CAUSE_DEPTH = 16;

/**
 * Whether `error`, or any error in its `cause` chain, is a {@link FedikitError} with one of
 * `codes`: `hasCode(result.error, "ssrf_blocked")` is true for a WebFinger lookup or a key load
 * that the SSRF guard refused, whatever the outer code says.
 */
export function hasCode(error: unknown, ...codes: readonly string[]): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current instanceof Error; depth++) {
    if (current instanceof FedikitError && codes.includes(current.code)) return true;
    current = current.cause;
  }
  return false;
}

/** Whether a value is a {@link FedikitError}, optionally with one of `codes` (the error itself, not its causes). */
export function isFedikitError(value: unknown, ...codes: readonly string[]): value is FedikitError {
  return value instanceof FedikitError && (codes.length === 0 || codes.includes(value.code));
}
