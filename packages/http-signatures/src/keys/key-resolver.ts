import type { PublicKeyInput } from "./import-public-key.js";

/** What a {@link KeyResolver} is asked along with the key id. */
export interface KeyResolveOptions {
  /**
   * `true` when a signature just failed with the key returned before: skip caches and look the
   * key up again (the sender may have rotated it).
   */
  readonly refresh: boolean;
}

/**
 * A key a resolver found, and whose it is.
 */
export interface ResolvedKey {
  /** The key: any {@link PublicKeyInput}, or an already imported `ImportedKey` (no parsing then). */
  readonly key: PublicKeyInput;
  /**
   * The IRI of the actor that owns the key. Set it **only** when the owner is confirmed: the key
   * was found in that actor's own document (as `createFetchKeyLoader` checks), or the
   * application's own records say so. Never copy a key document's self-declared `owner`: anyone
   * can serve a key that names any actor. Verification reports it as `VerifiedSignature.owner`.
   */
  readonly owner?: string | undefined;
}

/**
 * Looks public keys up by `keyId`. The package never opens a connection itself: this is where
 * an application plugs in its database, its cache, or a fetch of the actor document.
 *
 * Return `null` when there is no such key. Throw when the lookup itself failed: a thrown
 * `SignatureError` becomes the verification's failure as it is (so a resolver chooses between
 * `key_not_found`, `invalid_key`, `key_fetch_failed` …); anything else becomes `key_fetch_failed`
 * with the thrown error as its `cause`.
 */
export interface KeyResolver {
  /**
   * Returns the key named `keyId`, or `null` when there is none: now (a cache hit needs no
   * promise, which keeps verification synchronous inside) or as a promise.
   */
  resolve(keyId: string, options: KeyResolveOptions): ResolvedKey | null | Promise<ResolvedKey | null>;
}

/** A {@link KeyResolver} written as a bare function. */
export type KeyResolverFunction = (
  keyId: string,
  options: KeyResolveOptions,
) => ResolvedKey | null | Promise<ResolvedKey | null>;

/** Calls either form of resolver. */
export function callResolver(
  resolver: KeyResolver | KeyResolverFunction,
  keyId: string,
  options: KeyResolveOptions,
): ResolvedKey | null | Promise<ResolvedKey | null> {
  return typeof resolver === "function" ? resolver(keyId, options) : resolver.resolve(keyId, options);
}
