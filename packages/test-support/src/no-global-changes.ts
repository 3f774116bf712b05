import { expect } from "vitest";

/**
 * Imports a module and asserts that doing so changed no global: no new or removed property of
 * `globalThis`, and the usual prototypes and built-ins untouched (principle 7 of docs/architecture.md).
 *
 * @param load - imports the module under test, e.g. `() => import("../src/index.js")`.
 * @returns the imported module.
 */
export async function expectImportChangesNoGlobal<M>(load: () => Promise<M>): Promise<M> {
  const watched = {
    stringify: JSON.stringify,
    parse: JSON.parse,
    push: Array.prototype.push,
    toString: Function.prototype.toString,
    objectToString: Object.prototype.toString,
    fetch: globalThis.fetch,
    Headers: globalThis.Headers,
    Request: globalThis.Request,
    Response: globalThis.Response,
    URL: globalThis.URL,
    crypto: globalThis.crypto,
  };
  const globals = Object.getOwnPropertyNames(globalThis).sort();
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  const module = await load();
  expect({
    stringify: JSON.stringify,
    parse: JSON.parse,
    push: Array.prototype.push,
    toString: Function.prototype.toString,
    objectToString: Object.prototype.toString,
    fetch: globalThis.fetch,
    Headers: globalThis.Headers,
    Request: globalThis.Request,
    Response: globalThis.Response,
    URL: globalThis.URL,
    crypto: globalThis.crypto,
  }).toEqual(watched);
  expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globals);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  return module;
}
