import { durationOption, integerOption } from "@fedikit/core";
import type { DraftAlgorithm } from "./draft/algorithms.js";
import type { KeyResolver, KeyResolverFunction } from "./keys/key-resolver.js";
import type { Rfc9421Algorithm } from "./rfc9421/algorithms.js";
import { type StructuredFieldType, structuredFieldTypes } from "./rfc9421/structured-field-types.js";
import type { BodyInput } from "./shared/body.js";
import type { RequestLike } from "./shared/message.js";
import type { SignatureSpec } from "./shared/spec.js";

/**
 * How {@link verifyRequest} and {@link verifyResponse} check a signature. Every default is the
 * fediverse policy (what Mastodon and Fedify enforce); every part can be changed.
 */
export interface VerifyOptions {
  /** Where public keys come from, by `keyId` (see {@link createCachingKeyResolver}). */
  readonly keyResolver: KeyResolver | KeyResolverFunction;
  /**
   * The body bytes, when the caller already read them (an Express `raw()` body, say). Saves
   * reading the body again and is the only way to check digests of a {@link RequestLike} that is
   * not a Fetch API `Request`. `null` means "no body".
   * @defaultValue read from the `Request` / `Response` through `clone()`, only when a digest is checked
   */
  readonly body?: BodyInput | null;
  /**
   * The longest body, in bytes, whose digest is checked: a longer one fails with `too_large`
   * (read from a `Request` / `Response`, it is never read past this; a `Content-Length` above it
   * fails before reading). Applies to `body` too.
   * @defaultValue 1048576 (1 MiB, as for an activity)
   */
  readonly maxBytes?: number;
  /**
   * The clock that `created`, `expires` and `Date` are checked against, in epoch milliseconds.
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
  /**
   * How far, in milliseconds, `created` or `Date` may be from now, either way (and how long after
   * `expires` a signature is still taken). Both edges are inside the window.
   * @defaultValue 3600000 (one hour, as Mastodon)
   */
  readonly maxClockSkew?: number;
  /**
   * Whether the signature must carry a time: cover `date` or `(created)` (draft) or have a
   * `created` parameter (RFC 9421).
   * @defaultValue true
   */
  readonly requireTimestamp?: boolean;
  /**
   * Request methods whose signature must cover `digest` / `content-digest`, which must then
   * match the body.
   * @defaultValue `["POST"]`
   */
  readonly requireDigestFor?: readonly string[];
  /**
   * Request methods whose signature must cover the host: `host` (draft), or `@authority`,
   * `@target-uri` or `host` (RFC 9421).
   * @defaultValue `["GET"]`
   */
  readonly requireHostFor?: readonly string[];
  /**
   * Whether a request signature must tie itself to the method and target it was made for, so it
   * cannot be replayed against another URL: draft `(request-target)`, RFC 9421 `@method` plus
   * `@target-uri` (or `@authority` / `host` with `@request-target` or `@path`).
   * @defaultValue true
   */
  readonly requireRequestTarget?: boolean;
  /**
   * Whether a draft signature that covers `digest` but not `(request-target)` meets
   * `requireRequestTarget`, as Mastodon still allows for old senders. Such a signature does not
   * bind the method, path or query: anyone who sees the request can replay it, with the same body,
   * as another method to any other URL of the same host (a `POST` to an inbox becomes a `PUT` to
   * `/some/other/endpoint?x=1`) until the signature's time window closes. No current server sends
   * one; turn this on only for a sender that needs it.
   * @defaultValue false
   */
  readonly allowDigestWithoutRequestTarget?: boolean;
  /**
   * Components every signature must cover besides the above, per spec: header names or
   * `(request-target)` for draft, identifiers such as `@method` or `content-type` for RFC 9421.
   * @defaultValue `{}`
   */
  readonly requiredComponents?: {
    /** For draft-cavage signatures. */
    readonly draft?: readonly string[];
    /** For RFC 9421 signatures. */
    readonly rfc9421?: readonly string[];
  };
  /**
   * The specs accepted.
   * @defaultValue `["draft-cavage-12", "rfc9421"]`
   */
  readonly specs?: readonly SignatureSpec[];
  /**
   * The algorithms accepted, by the names the specs use. `hs2019` and a missing `algorithm` are
   * resolved from the key type and then checked under the resolved name (`rsa-sha256` …); listing
   * `hs2019` itself accepts whatever it resolves to.
   * @defaultValue every algorithm of both specs
   */
  readonly algorithms?: readonly (DraftAlgorithm | Rfc9421Algorithm)[];
  /**
   * The RFC 9421 signature label to verify.
   * @defaultValue each label in `Signature-Input` order (up to `maxSignatures`); the first that verifies wins
   */
  readonly label?: string;
  /**
   * How many RFC 9421 signatures of one message are tried when `label` is not given. Each may name
   * another key, and so cost a key lookup (a fetch): a message with dozens of labels must not
   * turn into dozens of fetches.
   * @defaultValue 4
   */
  readonly maxSignatures?: number;
  /**
   * Whether a draft `(request-target)` that fails with the query string is tried once without
   * it, as Mastodon does for senders that sign only the path.
   * @defaultValue true
   */
  readonly allowRequestTargetWithoutQuery?: boolean;
  /**
   * The longest signature header (in characters) that is parsed at all.
   * @defaultValue 8192
   */
  readonly maxHeaderLength?: number;
  /**
   * The most components one signature may cover (draft `headers` names, RFC 9421 component
   * identifiers); a signature that covers more fails with `malformed_header` before any key
   * lookup. Mastodon, Fedify and Misskey cover at most about ten.
   * @defaultValue 32
   */
  readonly maxComponents?: number;
  /**
   * Whether a signature that fails with the resolved key is tried once more with a key
   * resolved with `refresh: true` (the sender rotated its key).
   * @defaultValue true
   */
  readonly refreshKeyOnFailure?: boolean;
  /**
   * Extra structured field types for the RFC 9421 `sf` and `key` parameters, by lower-case name,
   * besides the ones known already (`signature`, `signature-input`, `content-digest`,
   * `repr-digest`, `accept-signature`, `priority`, `cache-status`, `proxy-status` …).
   * @defaultValue `{}`
   */
  readonly structuredFields?: Readonly<Record<string, StructuredFieldType>>;
}

/** Options of {@link verifyResponse}: those of a request plus the request the response answers. */
export interface VerifyResponseOptions extends VerifyOptions {
  /**
   * The request this response answers, for RFC 9421 components marked `;req`.
   * @defaultValue none: `;req` components then fail with `component_missing`
   */
  readonly request?: RequestLike;
  /**
   * Whether the response signature must cover `content-digest` (or `digest`) when the response
   * has a body.
   * @defaultValue false
   */
  readonly requireDigest?: boolean;
}

/** {@link VerifyOptions} with every default filled in. */
export interface ResolvedVerifyOptions {
  readonly keyResolver: KeyResolver | KeyResolverFunction;
  readonly nowMillis: number;
  readonly maxClockSkew: number;
  readonly maxBytes: number;
  readonly requireTimestamp: boolean;
  readonly requireDigestFor: readonly string[];
  readonly requireHostFor: readonly string[];
  readonly requireRequestTarget: boolean;
  readonly allowDigestWithoutRequestTarget: boolean;
  readonly requiredDraft: readonly string[];
  readonly requiredRfc9421: readonly string[];
  readonly specs: readonly SignatureSpec[];
  readonly algorithms: readonly string[] | null;
  readonly label: string | undefined;
  readonly maxSignatures: number;
  readonly maxComponents: number;
  readonly allowRequestTargetWithoutQuery: boolean;
  readonly maxHeaderLength: number;
  readonly refreshKeyOnFailure: boolean;
  readonly structuredFields: ReadonlyMap<string, StructuredFieldType>;
  readonly requireResponseDigest: boolean;
}

const BOTH_SPECS: readonly SignatureSpec[] = Object.freeze(["draft-cavage-12", "rfc9421"]);
const POST: readonly string[] = Object.freeze(["POST"]);
const GET: readonly string[] = Object.freeze(["GET"]);
const NONE: readonly string[] = Object.freeze([]);

function upperCased(methods: readonly string[] | undefined, fallback: readonly string[]): readonly string[] {
  return methods === undefined ? fallback : methods.map((m) => m.toUpperCase());
}

/**
 * Fills in defaults and reads the clock once.
 *
 * @throws TypeError when `keyResolver` or `now` is not a function; RangeError (naming the option)
 *   when a bound is out of range.
 */
export function resolveVerifyOptions(options: VerifyOptions | VerifyResponseOptions): ResolvedVerifyOptions {
  if (typeof options !== "object" || options === null) throw new TypeError("Verify options are required.");
  const { keyResolver, now } = options;
  if (typeof keyResolver !== "function" && typeof keyResolver?.resolve !== "function") {
    throw new TypeError("options.keyResolver must be a KeyResolver or a function.");
  }
  if (now !== undefined && typeof now !== "function") {
    throw new TypeError("options.now must be a function returning epoch milliseconds (Date.now, say).");
  }
  return {
    keyResolver,
    nowMillis: now === undefined ? Date.now() : now(),
    maxClockSkew: durationOption(options.maxClockSkew, "maxClockSkew", 3_600_000),
    maxBytes: integerOption(options.maxBytes, "maxBytes", 1_048_576, 0),
    requireTimestamp: options.requireTimestamp ?? true,
    requireDigestFor: upperCased(options.requireDigestFor, POST),
    requireHostFor: upperCased(options.requireHostFor, GET),
    requireRequestTarget: options.requireRequestTarget ?? true,
    allowDigestWithoutRequestTarget: options.allowDigestWithoutRequestTarget ?? false,
    requiredDraft: options.requiredComponents?.draft?.map((c) => c.toLowerCase()) ?? NONE,
    requiredRfc9421: options.requiredComponents?.rfc9421 ?? NONE,
    specs: options.specs ?? BOTH_SPECS,
    algorithms: options.algorithms ?? null,
    label: options.label,
    maxSignatures: integerOption(options.maxSignatures, "maxSignatures", 4, 1),
    maxComponents: integerOption(options.maxComponents, "maxComponents", 32, 1),
    allowRequestTargetWithoutQuery: options.allowRequestTargetWithoutQuery ?? true,
    maxHeaderLength: integerOption(options.maxHeaderLength, "maxHeaderLength", 8192, 1),
    refreshKeyOnFailure: options.refreshKeyOnFailure ?? true,
    structuredFields: structuredFieldTypes(options.structuredFields),
    requireResponseDigest: (options as VerifyResponseOptions).requireDigest ?? false,
  };
}
