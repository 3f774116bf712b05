import type { DraftAlgorithm } from "./draft/algorithms.js";
import type { KeyResolver, KeyResolverFunction } from "./keys/key-resolver.js";
import type { Rfc9421Algorithm } from "./rfc9421/algorithms.js";
import { KNOWN_STRUCTURED_FIELDS, type StructuredFieldType } from "./rfc9421/structured-field-types.js";
import type { BodyInput } from "./shared/body.js";
import type { TimeInput } from "./shared/clock.js";
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
   * The time to check `created`, `expires` and `Date` against.
   * @defaultValue the current time
   */
  readonly now?: TimeInput;
  /**
   * How far, in seconds, `created` or `Date` may be from now, either way (and how long after
   * `expires` a signature is still taken).
   * @defaultValue 3600
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
   * cannot be replayed against another URL: draft `(request-target)` (or `digest`, which Mastodon
   * accepts instead), RFC 9421 `@method` plus `@target-uri` (or `@authority` / `host` with
   * `@request-target` or `@path`). Mastodon enforces the same.
   * @defaultValue true
   */
  readonly requireRequestTarget?: boolean;
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
  readonly requireTimestamp: boolean;
  readonly requireDigestFor: readonly string[];
  readonly requireHostFor: readonly string[];
  readonly requireRequestTarget: boolean;
  readonly requiredDraft: readonly string[];
  readonly requiredRfc9421: readonly string[];
  readonly specs: readonly SignatureSpec[];
  readonly algorithms: readonly string[] | null;
  readonly label: string | undefined;
  readonly maxSignatures: number;
  readonly allowRequestTargetWithoutQuery: boolean;
  readonly maxHeaderLength: number;
  readonly refreshKeyOnFailure: boolean;
  readonly structuredFields: Readonly<Record<string, StructuredFieldType>>;
  readonly requireResponseDigest: boolean;
}

const BOTH_SPECS: readonly SignatureSpec[] = ["draft-cavage-12", "rfc9421"];
const POST: readonly string[] = ["POST"];
const GET: readonly string[] = ["GET"];
const NONE: readonly string[] = [];

function upperCased(methods: readonly string[] | undefined, fallback: readonly string[]): readonly string[] {
  return methods === undefined ? fallback : methods.map((m) => m.toUpperCase());
}

/**
 * Fills in defaults.
 *
 * @throws TypeError when `keyResolver` is missing or a bound is out of range.
 */
export function resolveVerifyOptions(options: VerifyOptions | VerifyResponseOptions): ResolvedVerifyOptions {
  if (typeof options !== "object" || options === null) throw new TypeError("Verify options are required.");
  const { keyResolver } = options;
  if (typeof keyResolver !== "function" && typeof keyResolver?.resolve !== "function") {
    throw new TypeError("options.keyResolver must be a KeyResolver or a function.");
  }
  const maxClockSkew = options.maxClockSkew ?? 3600;
  const maxHeaderLength = options.maxHeaderLength ?? 8192;
  const maxSignatures = options.maxSignatures ?? 4;
  if (!(maxClockSkew >= 0) || !(maxHeaderLength > 0) || !(maxSignatures >= 1)) {
    throw new TypeError("maxClockSkew must be at least 0, maxHeaderLength and maxSignatures at least 1.");
  }
  const now = options.now;
  return {
    keyResolver,
    nowMillis: now === undefined ? Date.now() : typeof now === "number" ? now : now.getTime(),
    maxClockSkew,
    requireTimestamp: options.requireTimestamp ?? true,
    requireDigestFor: upperCased(options.requireDigestFor, POST),
    requireHostFor: upperCased(options.requireHostFor, GET),
    requireRequestTarget: options.requireRequestTarget ?? true,
    requiredDraft: options.requiredComponents?.draft?.map((c) => c.toLowerCase()) ?? NONE,
    requiredRfc9421: options.requiredComponents?.rfc9421 ?? NONE,
    specs: options.specs ?? BOTH_SPECS,
    algorithms: options.algorithms ?? null,
    label: options.label,
    maxSignatures,
    allowRequestTargetWithoutQuery: options.allowRequestTargetWithoutQuery ?? true,
    maxHeaderLength,
    refreshKeyOnFailure: options.refreshKeyOnFailure ?? true,
    structuredFields:
      options.structuredFields === undefined
        ? KNOWN_STRUCTURED_FIELDS
        : { ...KNOWN_STRUCTURED_FIELDS, ...options.structuredFields },
    requireResponseDigest: (options as VerifyResponseOptions).requireDigest ?? false,
  };
}
