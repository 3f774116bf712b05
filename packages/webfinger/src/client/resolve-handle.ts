import { failure, type Result, success } from "@fedikit/core";
import type { Acct } from "../acct/acct.js";
import { formatHandle } from "../acct/handle.js";
import { toAcct } from "../acct/normalize-acct.js";
import { findActorLink } from "../documents/actor-link.js";
import type { Jrd } from "../documents/jrd.js";
import { WebFingerError } from "../shared/webfinger-error.js";
import type { WebFingerWarning } from "../shared/webfinger-warning.js";
import { fetchActorDocument } from "./actor-document.js";
import { describeTypes, hasActorType, mastodonActorTypes } from "./actor-types.js";
import { type LookupMemo, lookupCanonicalAccount } from "./canonical-account.js";
import { clientSettings, type WebFingerClientOptions } from "./client-options.js";
import { verifyActorHandleWithMemo } from "./verify-actor-handle.js";

/** Options of {@link resolveHandle}. */
export interface ResolveHandleOptions extends WebFingerClientOptions {
  /**
   * Fetch the actor and run {@link verifyActorHandle} on it, requiring it to map back to the
   * resolved handle. Without this, a server can point its `self` link at someone else's actor
   * and nothing notices; turn it off only if you verify the actor yourself.
   * @defaultValue `true`
   */
  readonly verify?: boolean;
  /**
   * The actor types accepted (compact ActivityStreams names; one of a multi-typed actor's types
   * must be here), or `"any"` to accept any document. Checked when `verify` fetches the actor.
   * @defaultValue `["Application", "Group", "Organization", "Person", "Service"]`, as Mastodon
   */
  readonly actorTypes?: readonly string[] | "any";
}

/** What {@link resolveHandle} finds. */
export interface HandleResolved {
  /** The actor's URL: the `href` of the JRD's ActivityPub `self` link (and the actor's `id`). */
  readonly actorUrl: string;
  /** The canonical account, as its WebFinger server's `subject` names it. */
  readonly handle: Acct;
  /** The JRD of the canonical account. */
  readonly jrd: Jrd;
  /** The actor document, when `verify` is on (it had to be fetched); otherwise `undefined`. */
  readonly actor: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link resolveHandle}: the actor URL, or why there is none. */
export type ResolveHandleResult = Result<HandleResolved, WebFingerError, WebFingerWarning>;

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
 * 4. with `verify` (the default), the actor is fetched; its `id` must be the `self` link, it must
 *    have been served from that id's origin (after redirects), its type must be an actor type
 *    (`actorTypes`), and {@link verifyActorHandle} must map it back to the same canonical handle.
 *
 * @param handle - `@user@host`, `user@host`, an `acct:` URI, or a parsed {@link Acct}.
 * @returns the actor URL and the canonical handle, or a failure whose code tells a malformed
 *   handle, not found, gone, an invalid answer, each fetch failure and each verification failure
 *   apart; never throws for bad input or a bad server.
 * @throws {TypeError} or `RangeError` for invalid options; the abort reason when `signal`
 *   aborts.
 *
 * @example
 * ```ts
 * import { resolveHandle } from "@fedikit/webfinger/client";
 *
 * const result = await resolveHandle("@Gargron@mastodon.social");
 * if (result.ok) console.log(result.value.actorUrl); // "https://mastodon.social/users/Gargron"
 * else if (result.error.code === "not_found") console.log("no such account");
 * ```
 */
export async function resolveHandle(
  handle: string | Acct,
  options: ResolveHandleOptions = {},
): Promise<ResolveHandleResult> {
  const settings = clientSettings(options);
  const actorTypes = options.actorTypes ?? mastodonActorTypes;
  if (actorTypes !== "any" && !Array.isArray(actorTypes)) {
    throw new TypeError(
      `actorTypes must be a list of type names or "any", not ${JSON.stringify(actorTypes)}.`,
    );
  }
  const acct = toAcct(handle);
  if (!acct.ok) return acct;
  const memo: LookupMemo = new Map();
  const canonical = await lookupCanonicalAccount(acct.value, options, memo);
  if (!canonical.ok) return canonical;
  const account = formatHandle(canonical.value.acct);
  const link = findActorLink(canonical.value.jrd);
  if (link === undefined) {
    return failure(
      new WebFingerError(
        "no_actor_link",
        `${account} has no self link of type application/activity+json or ` +
          'application/ld+json; profile="https://www.w3.org/ns/activitystreams", so it is not an ActivityPub actor',
        { url: canonical.value.url },
      ),
    );
  }
  const scheme = URL.canParse(link.href) ? new URL(link.href).protocol : "";
  if (scheme !== "https:" && scheme !== "http:") {
    return failure(
      new WebFingerError(
        "invalid_response",
        `The self link of ${account} is not an http(s) URL: ${JSON.stringify(link.href)}`,
        { url: canonical.value.url },
      ),
    );
  }
  if (scheme === "http:" && settings.httpsOnly) {
    return failure(
      new WebFingerError(
        "bad_scheme",
        `The self link of ${account} is a plain http: URL; only https: is allowed (httpsOnly: false allows http: for tests and local development)`,
        { url: canonical.value.url },
      ),
    );
  }
  const resolved = { actorUrl: link.href, handle: canonical.value.acct, jrd: canonical.value.jrd };
  if (options.verify === false) return success({ ...resolved, actor: undefined }, canonical.warnings);

  const what = `Fetching the actor of ${account}`;
  const fetched = await fetchActorDocument({
    url: link.href,
    what,
    settings,
    cap: { maxBytes: settings.maxBytes, option: "maxBytes" },
  });
  if (!fetched.ok) return fetched;
  const { document, url } = fetched.value;
  if (!hasActorType(document, actorTypes)) {
    return failure(
      new WebFingerError(
        "invalid_actor",
        `${what}: the document ${describeTypes(document)}, none of the accepted actor types ` +
          `(${(actorTypes as readonly string[]).join(", ")}); pass actorTypes to accept others, or "any"`,
        { url },
      ),
    );
  }
  const verified = await verifyActorHandleWithMemo(
    document,
    { ...options, expected: canonical.value.acct },
    memo,
  );
  if (!verified.ok) return verified;
  // The verification reuses the resolution's lookups, and with them their warnings: each once.
  const warnings = [...new Set([...canonical.warnings, ...verified.warnings])];
  return success({ ...resolved, actor: document }, warnings);
}
