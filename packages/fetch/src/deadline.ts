import { EventEmitter } from "node:events";

/**
 * Starts a timer that calls `expire` after `milliseconds`, and returns the function that stops
 * it. Tests pass one they fire by hand, so no test waits for real time to pass.
 */
export type StartTimer = (expire: () => void, milliseconds: number) => () => void;

/** The real timer: `setTimeout`, unref'd so a pending deadline never keeps the process alive. */
export const systemTimer: StartTimer = (expire, milliseconds) => {
  const timer = setTimeout(expire, milliseconds);
  timer.unref?.();
  return () => clearTimeout(timer);
};

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
  #stopTimer: (() => void) | undefined;
  #timedOut = false;
  readonly #userSignal: AbortSignal | null;
  readonly #onUserAbort = () => this.#abort(this.#userSignal?.reason);

  /**
   * @param milliseconds - the budget.
   * @param userSignal - the caller's signal, if any; must not be aborted already.
   * @param startTimer - how the budget is timed.
   */
  constructor(milliseconds: number, userSignal: AbortSignal | null, startTimer: StartTimer = systemTimer) {
    super();
    this.#userSignal = userSignal;
    userSignal?.addEventListener("abort", this.#onUserAbort, { once: true });
    this.#stopTimer = startTimer(() => {
      this.#timedOut = true;
      this.#abort(new DOMException("The fetch deadline passed", "TimeoutError"));
    }, milliseconds);
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
    this.#stopTimer?.();
    this.#stopTimer = undefined;
    this.#userSignal?.removeEventListener("abort", this.#onUserAbort);
  }
}
