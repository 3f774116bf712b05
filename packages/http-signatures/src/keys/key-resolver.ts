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
 * Looks public keys up by `keyId`. The package never opens a connection itself: this is where
 * an application plugs in its database, its cache, or a fetch of the actor document.
 *
 * Return `null` when there is no such key; throw when the lookup itself failed (the verifier
 * reports `key_fetch_failed` with the error's message).
 */
export interface KeyResolver {
  /**
   * Returns the key named `keyId`, or `null` when there is none: now (a cache hit needs no
   * promise, which keeps verification synchronous inside) or as a promise.
   */
  resolve(keyId: string, options: KeyResolveOptions): Promise<PublicKeyInput | null> | PublicKeyInput | null;
}

/** A {@link KeyResolver} written as a bare function. */
export type KeyResolverFunction = (
  keyId: string,
  options: KeyResolveOptions,
) => Promise<PublicKeyInput | null> | PublicKeyInput | null;

/** Calls either form of resolver. */
export function callResolver(
  resolver: KeyResolver | KeyResolverFunction,
  keyId: string,
  options: KeyResolveOptions,
): Promise<PublicKeyInput | null> | PublicKeyInput | null {
  return typeof resolver === "function" ? resolver(keyId, options) : resolver.resolve(keyId, options);
}
