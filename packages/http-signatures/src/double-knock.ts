import type { FetchFunction } from "@fedikit/core";
import { importPrivateKey } from "./keys/import-private-key.js";
import { otherSpec, type SignatureSpec } from "./shared/spec.js";
import type { SignOptions } from "./sign-options.js";
import { signRequest } from "./sign-request.js";
import { createMemorySpecStore, type SpecStore } from "./spec-store.js";

/** The options that name things differently in the two specs. */
export interface SpecSignOptions {
  /**
   * The algorithm, by the spec's own name (`rsa-sha256` for draft-cavage, `rsa-v1_5-sha256` for
   * RFC 9421).
   * @defaultValue from the key, as {@link signRequest} picks it
   */
  readonly algorithm?: SignOptions["algorithm"];
  /**
   * The covered components, as the spec writes them (`(request-target)` for draft-cavage,
   * `@method` / `@target-uri` for RFC 9421).
   * @defaultValue the defaults of {@link signRequest}
   */
  readonly components?: readonly string[];
}

/**
 * What a double-knocking fetch signs with: {@link SignOptions} without `spec` and `body` (each
 * request brings its own), and with `algorithm` and `components` given per spec, since one
 * knock's names mean nothing to the other.
 */
export interface DoubleKnockSignOptions
  extends Omit<SignOptions, "spec" | "algorithm" | "components" | "body"> {
  /**
   * Algorithm and components of the draft-cavage knock.
   * @defaultValue `{}`
   */
  readonly draft?: SpecSignOptions;
  /**
   * Algorithm and components of the RFC 9421 knock.
   * @defaultValue `{}`
   */
  readonly rfc9421?: SpecSignOptions;
}

/** Options of {@link createDoubleKnockFetch}. */
export interface DoubleKnockFetchOptions {
  /** The function that sends the signed requests (`@fedikit/fetch`'s `safeFetch`, the global `fetch` …). */
  readonly fetch: FetchFunction;
  /** Who signs, with which key: the same for every request this fetch sends. */
  readonly sign: DoubleKnockSignOptions;
  /**
   * Where the spec that worked is remembered per origin; share one store between the fetches of
   * all your actors.
   * @defaultValue an in-memory store of its own ({@link createMemorySpecStore})
   */
  readonly store?: SpecStore;
  /**
   * The spec tried first for an origin the store does not know.
   * @defaultValue `"rfc9421"`
   */
  readonly firstKnock?: SignatureSpec;
  /**
   * Status codes that mean "signature not accepted, try the other spec".
   * @defaultValue `[400, 401]`
   */
  readonly retryOn?: readonly number[];
}

const DEFAULT_RETRY_ON: readonly number[] = Object.freeze([400, 401]);

/**
 * Builds a `fetch`-compatible function that signs every request it sends and double-knocks: it
 * signs with the spec that worked last for the origin (or `firstKnock`), and when the server
 * answers 400 or 401, signs again with the other spec and resends. The spec that got a non-retry
 * answer is remembered for the origin. Use it wherever a `fetch` is asked for, for example as
 * `createFetchKeyLoader`'s `fetch` toward servers that require signed GETs.
 *
 * It rejects as the underlying `fetch` does (with a `FetchError` from `@fedikit/fetch`).
 *
 * @throws TypeError when `fetch` is not a function or `sign` lacks a key id or usable private key
 */
export function createDoubleKnockFetch(options: DoubleKnockFetchOptions): FetchFunction {
  const { fetch: send, sign } = options ?? {};
  if (typeof send !== "function") throw new TypeError("createDoubleKnockFetch needs options.fetch.");
  if (typeof sign !== "object" || sign === null || typeof sign.keyId !== "string" || sign.keyId === "") {
    throw new TypeError("createDoubleKnockFetch needs options.sign with a keyId and a privateKey.");
  }
  const { draft, rfc9421, ...shared } = sign;
  // Imported once here, so a PEM or JWK is not parsed again for every request.
  const privateKey = importPrivateKey(sign.privateKey);
  const optionsFor = (spec: SignatureSpec): SignOptions => ({
    ...shared,
    privateKey,
    ...(spec === "rfc9421" ? rfc9421 : draft),
    spec,
  });
  const store = options.store ?? createMemorySpecStore();
  const firstKnock = options.firstKnock ?? "rfc9421";
  const retryOn = options.retryOn ?? DEFAULT_RETRY_ON;
  return async (input, init) => {
    const request = new Request(input, init);
    const origin = new URL(request.url).origin;
    const first = (await store.get(origin)) ?? firstKnock;
    const spare = request.clone();
    const response = await send(await signRequest(request, optionsFor(first)));
    if (!retryOn.includes(response.status)) {
      await store.set(origin, first);
      return response;
    }
    await response.body?.cancel();
    const second = otherSpec(first);
    const retried = await send(await signRequest(spare, optionsFor(second)));
    if (!retryOn.includes(retried.status)) await store.set(origin, second);
    return retried;
  };
}
