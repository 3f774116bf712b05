/**
 * The total time budget of one fetch, body included, merged with the caller's abort signal.
 * The timer is cleared as soon as the exchange ends, so finished requests hold no timers.
 */
export class Deadline {
  /** Aborts when the time is up or the caller aborts. */
  readonly signal: AbortSignal;
  #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timedOut = false;
  readonly #userSignal: AbortSignal | null;
  readonly #onUserAbort = () => this.#controller.abort(this.#userSignal?.reason);

  /**
   * @param milliseconds - the budget.
   * @param userSignal - the caller's signal, if any; must not be aborted already.
   */
  constructor(milliseconds: number, userSignal: AbortSignal | null) {
    this.signal = this.#controller.signal;
    this.#userSignal = userSignal;
    userSignal?.addEventListener("abort", this.#onUserAbort, { once: true });
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#controller.abort(new DOMException("The fetch deadline passed", "TimeoutError"));
    }, milliseconds);
    this.#timer.unref?.();
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
