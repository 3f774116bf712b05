/**
 * What Fedikit's tests share. Private to the repository; never published.
 *
 * @packageDocumentation
 */
export { freshKeyPair, type TestKeyPair, type TestKeyType, testKeyPair } from "./keys.js";
export {
  type LoopbackServer,
  type RecordedRequest,
  respondWith,
  startServer,
  type TestHandler,
} from "./loopback-server.js";
export { expectImportChangesNoGlobal } from "./no-global-changes.js";
export { expectFailure, expectSuccess } from "./result-assertions.js";
export { serveWebHandler, type WebHandler } from "./web-handler.js";
