import {
  activityStreamsAccept,
  type FetchFunction,
  getOwn,
  httpOrigin,
  integerOption,
  isActivityStreamsMediaType,
  mayClaimId,
  parseMediaType,
} from "@fedikit/core";
import { readStreamUpTo } from "../shared/body.js";
import { SignatureError } from "../shared/signature-error.js";
import { findPublicKey, hasKeyMaterial, listsKey } from "./actor-key.js";
import type { KeyLoader } from "./caching-key-resolver.js";
import type { ResolvedKey } from "./key-resolver.js";

/** Options of {@link createFetchKeyLoader}. */
export interface FetchKeyLoaderOptions {
  /**
   * The function that fetches key and actor documents: pass `@fedikit/fetch`'s `safeFetch` (or
   * a signing fetch for servers that require signed GETs) so its SSRF guard, limits and
   * `User-Agent` apply. It must report the final URL after redirects in `Response.url`, as
   * `fetch` does.
   */
  readonly fetch: FetchFunction;
  /**
   * The `Accept` header sent with each fetch.
   * @defaultValue `activityStreamsAccept` from `@fedikit/core`
   */
  readonly accept?: string;
  /**
   * The largest key or actor document read, in bytes; a longer one is refused (`invalid_key`).
   * Real actor documents take a few KB.
   * @defaultValue 65536
   */
  readonly maxBytes?: number;
}

type JsonObject = Readonly<Record<string, unknown>>;

/** A document fetched, and the URL it was finally served from. */
interface Fetched {
  readonly document: JsonObject;
  readonly url: string;
}

function unusable(keyId: string, message: string): SignatureError {
  return new SignatureError("invalid_key", message, { keyId });
}

function withoutFragment(iri: string): string {
  const hash = iri.indexOf("#");
  return hash < 0 ? iri : iri.slice(0, hash);
}

/**
 * A {@link KeyLoader} that fetches the key id's document with the `fetch` you give and picks the
 * key out of it, checking what the fediverse's verifiers check (Mastodon, Fedify):
 *
 * - every document is read from the origin of the id it was asked for: the final URL after
 *   redirects must keep that origin (an open redirect on the victim's host cannot serve a key
 *   from elsewhere), and must be served as ActivityStreams or JSON, within `maxBytes`;
 * - the owner is reported only when confirmed from the owner's own document: an actor document
 *   that carries the key (`publicKey` / `assertionMethod`) owns it; a separate key document's
 *   `owner` (or `controller`) is fetched, and owns the key only if it lists the key's id.
 *   A self-declared owner that does not list the key leaves the owner `undefined`.
 *
 * A 404 or 410 means "no such key" (`null`). A document that cannot be used rejects with a
 * `SignatureError` (`invalid_key`, `key_not_found`), which a caching resolver remembers; a failed
 * fetch rejects with the fetch's own error (the verifier reports `key_fetch_failed` with it as
 * the cause).
 *
 * @throws TypeError when `fetch` is not a function; RangeError when `maxBytes` is out of range.
 */
export function createFetchKeyLoader(options: FetchKeyLoaderOptions): KeyLoader {
  const { fetch: fetchFunction } = options ?? {};
  if (typeof fetchFunction !== "function") throw new TypeError("createFetchKeyLoader needs options.fetch.");
  const accept = options.accept ?? activityStreamsAccept;
  const maxBytes = integerOption(options.maxBytes, "maxBytes", 65_536, 1);

  const fetchDocument = async (url: string, keyId: string): Promise<Fetched | null> => {
    const response = await fetchFunction(url, { headers: { accept }, redirect: "follow" });
    const finalUrl = response.url || url;
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new SignatureError(
        "key_fetch_failed",
        `GET ${url} answered ${response.status}; retry later (the sender's server may be failing).`,
        { keyId },
      );
    }
    const type = parseMediaType(response.headers.get("content-type"));
    if (!isActivityStreamsMediaType(type) && type?.essence !== "application/json") {
      await response.body?.cancel();
      throw unusable(
        keyId,
        `GET ${url} served ${type?.essence ?? "no Content-Type"}, not ActivityStreams JSON.`,
      );
    }
    const tooLarge = () =>
      unusable(
        keyId,
        `GET ${url} served more than ${maxBytes} bytes (maxBytes); a key or actor document takes a few KB.`,
      );
    if (Number(response.headers.get("content-length")) > maxBytes) {
      await response.body?.cancel();
      throw tooLarge();
    }
    const bytes = response.body === null ? Buffer.alloc(0) : await readStreamUpTo(response.body, maxBytes);
    if (bytes === "too_large") throw tooLarge();
    let document: unknown;
    try {
      document = JSON.parse(bytes.toString("utf8"));
    } catch {
      throw unusable(keyId, `GET ${url} did not serve JSON.`);
    }
    if (typeof document !== "object" || document === null || Array.isArray(document)) {
      throw unusable(keyId, `GET ${url} did not serve a JSON object.`);
    }
    return { document: document as JsonObject, url: finalUrl };
  };

  /** Whether the actor `owner` (fetched from its own origin) lists `keyId`; its document if so. */
  const confirmOwner = async (owner: string, keyId: string): Promise<JsonObject | null> => {
    if (httpOrigin(owner) === null) return null;
    const fetched = await fetchDocument(withoutFragment(owner), keyId);
    if (fetched === null || !mayClaimId(owner, fetched.url)) return null;
    const { document } = fetched;
    return getOwn(document, "id") === owner && listsKey(document, keyId) ? document : null;
  };

  return async (keyId: string): Promise<ResolvedKey | null> => {
    const url = withoutFragment(keyId);
    if (httpOrigin(url) === null) {
      throw new SignatureError(
        "key_not_found",
        `Key id ${keyId.slice(0, 100)} is not an http(s) URL, so it cannot be fetched.`,
        { keyId },
      );
    }
    const fetched = await fetchDocument(url, keyId);
    if (fetched === null) return null;
    if (!mayClaimId(keyId, fetched.url)) {
      throw unusable(
        keyId,
        `The document for key ${keyId} was served from ${httpOrigin(fetched.url) ?? fetched.url} after redirects; a document speaks only for its own origin.`,
      );
    }
    const { document } = fetched;
    if (getOwn(document, "id") === keyId) {
      // A key document of its own: it names its owner, who must list the key to own it.
      const claimed = getOwn(document, "owner") ?? getOwn(document, "controller");
      const owner = typeof claimed === "string" ? await confirmOwner(claimed, keyId) : null;
      const key = hasKeyMaterial(document) ? document : owner !== null ? findPublicKey(owner, keyId) : null;
      if (key === null)
        throw unusable(keyId, `Key document ${keyId} has no publicKeyPem or publicKeyMultibase.`);
      return { key, owner: owner === null ? undefined : (claimed as string) };
    }
    // An actor document that carries the key: the actor owns it, if it may speak for its id.
    const key = findPublicKey(document, keyId);
    if (key === null) {
      throw new SignatureError("key_not_found", `The document at ${url} has no key with id ${keyId}.`, {
        keyId,
      });
    }
    const actorId = getOwn(document, "id");
    return {
      key,
      owner: typeof actorId === "string" && mayClaimId(actorId, fetched.url) ? actorId : undefined,
    };
  };
}
