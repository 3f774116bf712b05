/** A value now, or later. Hot paths stay synchronous when every input already is. */
export type Awaitable<T> = T | Promise<T>;

/** Applies `next` to `value` now when it is ready, after it settles when it is a promise. */
export function andThen<T, U>(value: Awaitable<T>, next: (ready: T) => Awaitable<U>): Awaitable<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
