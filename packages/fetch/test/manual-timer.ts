import type { StartTimer } from "../src/deadline.js";

/** A timer for the total `timeout` that fires only when a test says so. */
export interface ManualTimer {
  readonly startTimer: StartTimer;
  /** The durations the timers were started with, in order. */
  readonly started: number[];
  /** How many timers are running (started, not stopped, not fired). */
  readonly running: number;
  /** Fires every running timer, as if their time had run out. */
  fireAll(): void;
}

/** Makes a {@link ManualTimer}. */
export function manualTimer(): ManualTimer {
  const running = new Set<() => void>();
  const started: number[] = [];
  return {
    started,
    get running() {
      return running.size;
    },
    startTimer(expire, milliseconds) {
      started.push(milliseconds);
      const entry = () => {
        running.delete(entry);
        expire();
      };
      running.add(entry);
      return () => running.delete(entry);
    },
    fireAll() {
      for (const entry of [...running]) entry();
    },
  };
}
