import { EventEmitter } from "node:events";

/**
 * The total time budget of one fetch, body included, merged with the caller's abort signal.
 *
 * It is handed to undici as the request's signal. It is a plain `EventEmitter` with `aborted`,
 * `reason` and an `abort` event, which undici accepts in place of an `AbortSignal`: on Node 20 an
 * `AbortController` per request costs more than the rest of the bookkeeping together. The timer
 * is cleared as soon as the exchange ends, so finished requests hold no timers.
 */
export class Deadline extends EventEmitter {
  /** Whether the time ran out or the caller aborted. */
  aborted = false;
  /** Why it aborted: a `TimeoutError` `DOMException`, or the caller's abort reason. */
  reason: unknown = undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timedOut = false;
  readonly #userSignal: AbortSignal | null;
  readonly #onUserAbort = () => this.#abort(this.#userSignal?.reason);

  /**
   * @param milliseconds - the budget.
   * @param userSignal - the caller's signal, if any; must not be aborted already.
   */
  constructor(milliseconds: number, userSignal: AbortSignal | null) {
    super();
    this.#userSignal = userSignal;
    userSignal?.addEventListener("abort", this.#onUserAbort, { once: true });
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#abort(new DOMException("The fetch deadline passed", "TimeoutError"));
    }, milliseconds);
    this.#timer.unref?.();
  }

  #abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.clear();
    this.emit("abort");
  }

  /** Whether the time ran out (as opposed to the caller aborting). */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** Whether the caller's signal aborted. */
  get userAborted(): boolean {
    return this.#userSignal?.aborted === true && !this.#timedOut;
  }

  /** Stops the timer and forgets the caller's signal. Safe to call more than once. */
  clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#userSignal?.removeEventListener("abort", this.#onUserAbort);
  }
}
