import { type FetchedDocument, fetchActivityStreams } from "@fedikit/fetch";
import type { Acct } from "../acct/acct.js";
import { AcctSyntaxError } from "../acct/acct-syntax-error.js";
import { formatAcctUri, parseAcctUri } from "../acct/acct-uri.js";
import { findActorLink } from "../documents/actor-link.js";
import { type LookupMemo, lookupCanonicalAccount } from "./canonical-account.js";
import { fetchFailure } from "./fetch-failure.js";
import { fetchFollowingRedirects } from "./follow-redirects.js";
import { formatHandle, parseHandle } from "../acct/handle.js";
import type { Jrd } from "../documents/jrd.js";
import { clientSettings, type WebFingerClientOptions } from "./client-options.js";
import { verifyActorHandleWithMemo } from "./verify-actor-handle.js";
import { failure, WebFingerError, type WebFingerFailure } from "../shared/webfinger-error.js";

/** Options of {@link resolveHandle}. */
export interface ResolveHandleOptions extends WebFingerClientOptions {
  /**
   * Fetch the actor and run {@link verifyActorHandle} on it, requiring it to map back to the
   * resolved handle. Without this, a server can point its `self` link at someone else's actor
   * and nothing notices; turn it off only if you verify the actor yourself.
   * @defaultValue `true`
   */
  readonly verify?: boolean;
}

/** What {@link resolveHandle} returns on success. */
export interface HandleResolved {
  /** Always `true` for a success. */
  readonly ok: true;
  /** The actor's URL: the `href` of the JRD's ActivityPub `self` link (and the actor's `id`). */
  readonly actorUrl: string;
  /** The canonical account, as its WebFinger server's `subject` names it. */
  readonly handle: Acct;
  /** The JRD of the canonical account. */
  readonly jrd: Jrd;
  /** The actor document, when `verify` is on (it had to be fetched); otherwise `undefined`. */
  readonly actor: Record<string, unknown> | undefined;
}

/** The result of {@link resolveHandle}: the actor URL, or why there is none. */
export type ResolveHandleResult = HandleResolved | WebFingerFailure;

/**
 * Resolves a fediverse handle to its ActivityPub actor, with the checks Mastodon applies:
 *
 * 1. WebFinger for the `acct:` URI (host-meta fallback included, see {@link lookupWebFinger});
 *    the JRD must have a `subject`;
 * 2. if the `subject` is another account, that account's own server is asked once and must
 *    confirm it (`acct:alice@example.com` served by `ap.example.com`); a second redirect fails
 *    with `subject_mismatch`;
 * 3. the JRD must have a `self` link typed `application/activity+json` or
 *    `application/ld+json; profile="https://www.w3.org/ns/activitystreams"`;
 * 4. with `verify` (the default), the actor is fetched, its `id` must be the `self` link, and
 *    {@link verifyActorHandle} must map it back to the same canonical handle.
 *
 * @param handle - `@user@host`, `user@host`, an `acct:` URI, or a parsed {@link Acct}.
 * @returns the actor URL and the canonical handle, or a failure whose code tells not found,
 *   gone, invalid response, blocked, network and verification failures apart; never throws for
 *   bad input or a bad server.
 * @throws {TypeError} for invalid options; the abort reason when `signal` aborts.
 *
 * @example
 * ```ts
 * const result = await resolveHandle("@Gargron@mastodon.social");
 * if (result.ok) console.log(result.actorUrl); // "https://mastodon.social/users/Gargron"
 * else if (result.error.code === "not_found") console.log("no such account");
 * ```
 */
export async function resolveHandle(
  handle: string | Acct,
  options: ResolveHandleOptions = {},
): Promise<ResolveHandleResult> {
  const settings = clientSettings(options);
  let acct: Acct;
  try {
    // A hand-made Acct is normalized (host case, IDN) the way a parsed one is.
    acct = typeof handle === "string" ? parseHandle(handle) : parseAcctUri(formatAcctUri(handle));
  } catch (error) {
    if (!(error instanceof AcctSyntaxError)) throw error;
    return failure(new WebFingerError("invalid_resource", error.message, { cause: error }));
  }
  const memo: LookupMemo = new Map();
  const canonical = await lookupCanonicalAccount(acct, options, memo);
  if (!canonical.ok) return canonical;
  const link = findActorLink(canonical.jrd);
  if (link === undefined) {
    return failure(
      new WebFingerError(
        "no_actor_link",
        `${formatHandle(canonical.acct)} has no self link of type application/activity+json or ` +
          'application/ld+json; profile="https://www.w3.org/ns/activitystreams", so it is not an ActivityPub actor',
        { url: canonical.url },
      ),
    );
  }
  const scheme = URL.canParse(link.href) ? new URL(link.href).protocol : "";
  if (scheme !== "https:" && scheme !== "http:") {
    return failure(
      new WebFingerError(
        "invalid_response",
        `The self link of ${formatHandle(canonical.acct)} is not an http(s) URL: ${JSON.stringify(link.href)}`,
        { url: canonical.url },
      ),
    );
  }
  if (scheme === "http:" && settings.protocol === "https:") {
    return failure(
      new WebFingerError(
        "blocked",
        `The self link of ${formatHandle(canonical.acct)} is a plain http: URL; only https: is allowed`,
        { url: canonical.url },
      ),
    );
  }
  const resolved = { ok: true, actorUrl: link.href, handle: canonical.acct, jrd: canonical.jrd } as const;
  if (options.verify === false) return { ...resolved, actor: undefined };

  const what = `Fetching the actor of ${formatHandle(canonical.acct)}`;
  let fetched: FetchedDocument;
  try {
    fetched = await fetchActivityStreams(link.href, {
      // The actor's redirects are held to the same rules as WebFinger's: no plain http: hop.
      fetch: async (input, init) =>
        (await fetchFollowingRedirects(String(input), init ?? {}, settings, what)).response,
      maxBytes: settings.maxBytes,
      maxDepth: settings.maxDepth,
      ...(settings.signal ? { signal: settings.signal } : {}),
    });
  } catch (error) {
    return failure(fetchFailure(error, link.href, what, settings.signal));
  }
  if (fetched.document.id !== link.href) {
    return failure(
      new WebFingerError(
        "actor_mismatch",
        `${what}: the document at the self link has the id ${JSON.stringify(fetched.document.id)}, not the self link itself`,
        { url: fetched.url },
      ),
    );
  }
  const verified = await verifyActorHandleWithMemo(
    fetched.document,
    { ...options, expected: canonical.acct },
    memo,
  );
  if (!verified.ok) return verified;
  return { ...resolved, actor: fetched.document };
}
