import { failure, success } from "@fedikit/core";
import { bundledContextUrl, getBundledContext } from "../contexts/bundled-contexts.js";
import type { ContextLoader, LoadedContext } from "./context-loader.js";
import { remoteContextBlocked } from "./remote-context-blocked.js";

function local(url: string): LoadedContext | undefined {
  const document = getBundledContext(url);
  return document === undefined
    ? undefined
    : { url: bundledContextUrl(url) ?? url, document, source: "bundled" };
}

const bundledOnly: ContextLoader = Object.freeze({
  allowsRemoteContexts: false,
  local,
  load(url: string, options: { readonly signal?: AbortSignal } = {}) {
    options.signal?.throwIfAborted();
    const found = local(url);
    return Promise.resolve(found !== undefined ? success(found) : failure(remoteContextBlocked(url)));
  },
});

/**
 * The loader calls use when given none: the bundled contexts only, nothing else, no state (one
 * frozen object serves every call).
 */
export function createBundledContextLoader(): ContextLoader {
  return bundledOnly;
}
