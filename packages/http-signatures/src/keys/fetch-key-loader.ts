import { findPublicKey } from "./actor-key.js";
import type { KeyLoader } from "./caching-key-resolver.js";

/** A `fetch`-compatible function (the global `fetch`, undici's, `@fedikit/fetch` …). */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** Options of {@link createFetchKeyLoader}. */
export interface FetchKeyLoaderOptions {
  /**
   * The `Accept` header sent with each key fetch.
   * @defaultValue `application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"`
   */
  readonly accept?: string;
}

const DEFAULT_ACCEPT =
  'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"';

async function fetchJson(fetchFn: FetchFunction, url: string, accept: string): Promise<unknown | null> {
  const response = await fetchFn(url, { headers: { accept }, redirect: "follow" });
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`.trim());
  }
  return response.json();
}

/**
 * A {@link KeyLoader} that fetches the key id's document with the `fetch` you give (so the SSRF
 * guard, limits and User-Agent of your fetch apply) and picks the key out of it: the document
 * may be the key itself, an actor carrying it, or a key whose `owner` actor carries it.
 * A 404 or 410 means "no such key"; other failures throw (the verifier says `key_fetch_failed`).
 */
export function createFetchKeyLoader(fetchFn: FetchFunction, options: FetchKeyLoaderOptions = {}): KeyLoader {
  const accept = options.accept ?? DEFAULT_ACCEPT;
  return async (keyId) => {
    const url = keyId.split("#", 1)[0]!;
    const document = await fetchJson(fetchFn, url, accept);
    const found = findPublicKey(document, keyId);
    if (found) return found;
    const owner = (document as { owner?: unknown } | null)?.owner;
    if (typeof owner === "string" && owner !== url) {
      return findPublicKey(await fetchJson(fetchFn, owner, accept), keyId);
    }
    return null;
  };
}
