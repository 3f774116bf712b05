import { JsonLdError, quote } from "../jsonld-error.js";

/** The failure for a context that is neither bundled nor given while remote contexts are off. */
export function remoteContextBlocked(url: string): JsonLdError {
  return new JsonLdError(
    "remote_context_blocked",
    `The document needs the context ${quote(url)}, which is not bundled; pass it in contexts, or allow remote contexts with createContextLoader({ allowRemoteContexts: true })`,
    { url },
  );
}
