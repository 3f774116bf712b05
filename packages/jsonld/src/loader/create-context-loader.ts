import {
  durationOption,
  type FetchFunction,
  failure,
  integerOption,
  parseMediaType,
  type Result,
  sameOrigin,
  success,
  TtlCache,
} from "@fedikit/core";
import { readJson, safeFetch } from "@fedikit/fetch";
import { bundledContextUrl, getBundledContext, type JsonObject } from "../contexts/bundled-contexts.js";
import { deepFreeze } from "../contexts/deep-freeze.js";
import { JsonLdError, quote } from "../jsonld-error.js";
import {
  type ContextLoader,
  type ContextLoaderOptions,
  contextLoaderDefaults,
  type LoadedContext,
} from "./context-loader.js";
import { fetchFailure } from "./fetch-failure.js";
import { remoteContextBlocked } from "./remote-context-blocked.js";

const contextAccept = "application/ld+json, application/json;q=0.9";
/** Contexts nest little; a deeper one is hostile (the same bound as fetched activities). */
const contextMaxDepth = 64;

function localContext(url: string, given: ReadonlyMap<string, LoadedContext>): LoadedContext | undefined {
  const givenContext = given.get(url);
  if (givenContext !== undefined) return givenContext;
  const document = getBundledContext(url);
  if (document === undefined) return undefined;
  return { url: bundledContextUrl(url) ?? url, document, source: "bundled" };
}

/**
 * Makes a {@link ContextLoader}: the bundled contexts and `contexts` from memory, and, only with
 * `allowRemoteContexts`, other contexts fetched through `fetch` (the SSRF-guarded `safeFetch` by
 * default) within `maxBytes` and `timeout`, cached (LRU with TTL, one shared load per URL).
 *
 * @throws TypeError or RangeError when an option is of the wrong type or out of range, or when
 *   `contexts` tries to replace a bundled context.
 */
export function createContextLoader(options: ContextLoaderOptions = {}): ContextLoader {
  const allowsRemoteContexts = options.allowRemoteContexts === true;
  const maxBytes = integerOption(options.maxBytes, "maxBytes", contextLoaderDefaults.maxBytes, 1);
  const timeout = durationOption(options.timeout, "timeout", contextLoaderDefaults.timeout, true);
  const ttl = durationOption(options.ttl, "ttl", contextLoaderDefaults.ttl);
  const negativeTtl = durationOption(options.negativeTtl, "negativeTtl", contextLoaderDefaults.negativeTtl);
  const maxEntries = integerOption(options.maxEntries, "maxEntries", contextLoaderDefaults.maxEntries, 1);
  const fetch = options.fetch ?? safeFetch;
  if (typeof fetch !== "function") throw new TypeError("fetch must be a function.");
  const given = new Map<string, LoadedContext>();
  for (const [url, document] of options.contexts ?? []) {
    if (getBundledContext(url) !== undefined) {
      throw new TypeError(`contexts may not replace the bundled context ${url}.`);
    }
    if (typeof document !== "object" || document === null || Array.isArray(document)) {
      throw new TypeError(`contexts: the document for ${url} must be a JSON object.`);
    }
    given.set(url, { url, document: deepFreeze(structuredClone(document)), source: "given" });
  }
  let cache: TtlCache<string, Result<LoadedContext, JsonLdError>> | undefined;

  const load = async (
    url: string,
    loadOptions: { readonly signal?: AbortSignal } = {},
  ): Promise<Result<LoadedContext, JsonLdError>> => {
    loadOptions.signal?.throwIfAborted();
    const local = localContext(url, given);
    if (local !== undefined) return success(local);
    if (!allowsRemoteContexts) {
      return failure(remoteContextBlocked(url));
    }
    cache ??= new TtlCache({ ttl, maxEntries, ...(options.now ? { now: options.now } : {}) });
    const pending = cache.load(url, () => fetchContext(fetch, url, maxBytes, timeout), {
      ttlOf: (result) => (result.ok ? ttl : negativeTtl),
    });
    return loadOptions.signal === undefined ? pending : untilAborted(pending, loadOptions.signal);
  };

  return {
    allowsRemoteContexts,
    local: (url) => localContext(url, given),
    load,
  };
}

/** Waits for `promise`, or rejects with the signal's reason when it aborts first (the shared load goes on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

async function fetchContext(
  fetch: FetchFunction,
  url: string,
  maxBytes: number,
  timeout: number,
): Promise<Result<LoadedContext, JsonLdError>> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return failure(
      new JsonLdError("bad_scheme", `The context URL ${quote(url)} is not an absolute URL`, { url }),
    );
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return failure(
      new JsonLdError("bad_scheme", `The context URL ${quote(url)} is not http: or https:`, { url }),
    );
  }
  const signal = Number.isFinite(timeout) ? AbortSignal.timeout(timeout) : undefined;
  try {
    const response = await fetch(url, {
      headers: { accept: contextAccept },
      ...(signal === undefined ? {} : { signal }),
    });
    const finalUrl = response.url || url;
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      return failure(
        new JsonLdError("http_status", `Fetching the context ${quote(url)} answered ${response.status}`, {
          url,
        }),
      );
    }
    if (!sameOrigin(finalUrl, url)) {
      await response.body?.cancel();
      return failure(
        new JsonLdError(
          "context_origin_mismatch",
          `The context ${quote(url)} was served from ${quote(finalUrl)}, another origin; a document speaks only for its own origin`,
          { url },
        ),
      );
    }
    const type = parseMediaType(response.headers.get("content-type"));
    if (type === null || !(type.essence === "application/json" || type.essence.endsWith("+json"))) {
      await response.body?.cancel();
      return failure(
        new JsonLdError(
          "bad_content_type",
          `The context ${quote(url)} came as ${type === null ? "no Content-Type" : quote(type.essence)}, not JSON`,
          { url },
        ),
      );
    }
    const read = await readJson(response, { maxBytes, maxDepth: contextMaxDepth });
    if (!read.ok) return failure(fetchFailure(url, read.error));
    const document = read.value;
    if (typeof document !== "object" || document === null || Array.isArray(document)) {
      return failure(
        new JsonLdError("invalid_json", `The context ${quote(url)} is not a JSON object`, {
          url,
          jsonLdCode: "invalid remote context",
        }),
      );
    }
    return success({ url: finalUrl, document: deepFreeze(document as JsonObject), source: "remote" });
  } catch (error) {
    if (signal?.aborted === true) {
      return failure(
        new JsonLdError("timeout", `Fetching the context ${quote(url)} took more than ${timeout} ms`, {
          url,
          cause: error,
        }),
      );
    }
    return failure(fetchFailure(url, error));
  }
}
