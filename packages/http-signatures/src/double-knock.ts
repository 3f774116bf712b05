import type { FetchFunction } from "./keys/fetch-key-loader.js";
import { otherSpec, type SignatureSpec } from "./shared/spec.js";
import type { SignOptions } from "./sign-options.js";
import { signRequest } from "./sign-request.js";
import { createMemorySpecStore, type SpecStore } from "./spec-store.js";

/** Options of {@link createDoubleKnockFetch}. */
export interface DoubleKnockOptions {
  /** The function that sends requests (the global `fetch`, `@fedikit/fetch` …). */
  readonly fetch: FetchFunction;
  /**
   * Where the spec that worked is remembered per origin.
   * @defaultValue an in-memory store ({@link createMemorySpecStore})
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
 * What a {@link DoubleKnockFetch} signs with: {@link SignOptions} without `spec`, and with
 * `algorithm` and `components` given per spec, since one knock's names mean nothing to the other.
 */
export interface DoubleKnockSignOptions extends Omit<SignOptions, "spec" | "algorithm" | "components"> {
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

/** Sends `request` signed with `options`, knocking twice when needed. */
export type DoubleKnockFetch = (request: Request, options: DoubleKnockSignOptions) => Promise<Response>;

function optionsFor(spec: SignatureSpec, options: DoubleKnockSignOptions): SignOptions {
  const { draft, rfc9421, ...shared } = options;
  return { ...shared, ...(spec === "rfc9421" ? rfc9421 : draft), spec };
}

/**
 * Builds a sender that double-knocks: it signs with the spec that worked last for the origin
 * (or `firstKnock`), and when the server answers 400 or 401, signs again with the other spec
 * and resends. The spec that got a non-retry answer is remembered for the origin.
 *
 * @throws TypeError when `fetch` is not a function
 */
export function createDoubleKnockFetch(options: DoubleKnockOptions): DoubleKnockFetch {
  const { fetch: send } = options;
  if (typeof send !== "function") throw new TypeError("createDoubleKnockFetch needs a fetch function.");
  const store = options.store ?? createMemorySpecStore();
  const firstKnock = options.firstKnock ?? "rfc9421";
  const retryOn = options.retryOn ?? [400, 401];
  return async (request, signOptions) => {
    const origin = new URL(request.url).origin;
    const first = (await store.get(origin)) ?? firstKnock;
    const spare = request.clone();
    const response = await send(await signRequest(request, optionsFor(first, signOptions)));
    if (!retryOn.includes(response.status)) {
      await store.set(origin, first);
      return response;
    }
    await response.body?.cancel();
    const second = otherSpec(first);
    const retried = await send(await signRequest(spare, optionsFor(second, signOptions)));
    if (!retryOn.includes(retried.status)) await store.set(origin, second);
    return retried;
  };
}
