import { failure, getOwn, type Result, success } from "@fedikit/core";
import { type Acct, sameAcct } from "../acct/acct.js";
import { formatHandle, parseHandle } from "../acct/handle.js";
import { toAcct } from "../acct/normalize-acct.js";
import { findActorLink } from "../documents/actor-link.js";
import { restated, WebFingerError } from "../shared/webfinger-error.js";
import type { WebFingerWarning } from "../shared/webfinger-warning.js";
import { type LookupMemo, lookupCanonicalAccount } from "./canonical-account.js";
import { clientSettings, type WebFingerClientOptions } from "./client-options.js";

/** Options of {@link verifyActorHandle}. */
export interface VerifyActorHandleOptions extends WebFingerClientOptions {
  /**
   * The account the actor is expected to be (a handle, an `acct:` URI or a parsed {@link Acct});
   * a verified actor with another canonical handle fails with `handle_mismatch`.
   * @defaultValue none: any verified handle is accepted
   */
  readonly expected?: string | Acct;
}

/** What {@link verifyActorHandle} finds. */
export interface ActorHandleVerified {
  /** The actor's canonical account, as its WebFinger server names it. */
  readonly handle: Acct;
  /**
   * Where the handle to check came from: the actor's FEP-2c59 `webfinger` property, or its
   * `preferredUsername` at the host of its `id`.
   */
  readonly source: "webfinger" | "preferredUsername";
}

/** The result of {@link verifyActorHandle}: the verified handle, or why there is none. */
export type VerifyActorHandleResult = Result<ActorHandleVerified, WebFingerError, WebFingerWarning>;

interface Candidate {
  readonly acct: Acct;
  readonly source: ActorHandleVerified["source"];
}

type ActorObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is ActorObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function actorId(actor: unknown): Result<{ readonly id: string; readonly url: URL }, WebFingerError> {
  const id = isObject(actor) ? getOwn(actor, "id") : undefined;
  const url = typeof id === "string" && URL.canParse(id) ? new URL(id) : undefined;
  if (
    typeof id !== "string" ||
    url === undefined ||
    (url.protocol !== "https:" && url.protocol !== "http:")
  ) {
    return failure(new WebFingerError("invalid_actor", "The actor has no id that is an http(s) URL"));
  }
  return success({ id, url });
}

function candidateHandle(actor: ActorObject, id: URL): Result<Candidate, WebFingerError> {
  const webfinger = getOwn(actor, "webfinger");
  if (typeof webfinger === "string") {
    // Mastodon falls back to preferredUsername when `webfinger` is malformed; so do we.
    const parsed = parseHandle(webfinger);
    if (parsed.ok) return success({ acct: parsed.value, source: "webfinger" });
  }
  const username = getOwn(actor, "preferredUsername");
  if (typeof username !== "string" || username === "") {
    return failure(
      new WebFingerError(
        "invalid_actor",
        `The actor ${id.href} has neither a preferredUsername nor a valid webfinger property, so no handle maps to it`,
      ),
    );
  }
  const port = id.port === "" ? undefined : Number(id.port);
  // Normalized as a hand-made Acct is. The URL parser lets through hosts no account can have
  // (`a{b}.example`), and a preferredUsername may hold a control character: they end here.
  const acct = toAcct({ user: username, host: id.hostname, port });
  if (acct.ok) return success({ acct: acct.value, source: "preferredUsername" });
  return failure(
    new WebFingerError(
      "invalid_actor",
      `The actor's preferredUsername and the host of its id ${id.href} make no account: ${acct.error.message}`,
      { cause: acct.error },
    ),
  );
}

/** {@link verifyActorHandle} sharing the lookups of the resolution it is part of. */
export async function verifyActorHandleWithMemo(
  actor: unknown,
  options: VerifyActorHandleOptions,
  memo: LookupMemo,
): Promise<VerifyActorHandleResult> {
  let expected: Acct | undefined;
  if (options.expected !== undefined) {
    const parsed = toAcct(options.expected);
    if (!parsed.ok) return failure(restated(parsed.error, { prefix: "The expected handle is malformed: " }));
    expected = parsed.value;
  }
  const id = actorId(actor);
  if (!id.ok) return id;
  const candidate = candidateHandle(actor as ActorObject, id.value.url);
  if (!candidate.ok) return candidate;
  const { acct, source } = candidate.value;

  const prefix = `Verifying ${formatHandle(acct)} (from the actor's ${source}) for ${id.value.url.href}: `;
  const canonical = await lookupCanonicalAccount(acct, options, memo);
  if (!canonical.ok) return failure(restated(canonical.error, { prefix }));
  const link = findActorLink(canonical.value.jrd);
  if (link === undefined) {
    return failure(
      new WebFingerError("no_actor_link", `${prefix}the JRD has no self link to an ActivityPub actor`, {
        url: canonical.value.url,
      }),
    );
  }
  // Compared verbatim, as Mastodon does and FEP-2c59 requires: no redirects, no aliases.
  if (link.href !== id.value.id) {
    return failure(
      new WebFingerError(
        "actor_mismatch",
        `${prefix}WebFinger says ${formatHandle(canonical.value.acct)} is ${link.href}, not this actor`,
        { url: canonical.value.url },
      ),
    );
  }
  if (expected !== undefined && !sameAcct(expected, canonical.value.acct)) {
    return failure(
      new WebFingerError(
        "handle_mismatch",
        `The actor ${id.value.url.href} is ${formatHandle(canonical.value.acct)}, not ${formatHandle(expected)}`,
      ),
    );
  }
  return success({ handle: canonical.value.acct, source }, canonical.warnings);
}

/**
 * Checks that an actor maps back to a handle, as Mastodon does before it trusts one: the handle
 * is the actor's FEP-2c59 `webfinger` property if it is a valid handle or `acct:` URI, otherwise
 * its `preferredUsername` at the host of its `id`; that handle is looked up with WebFinger (one
 * step to a canonical `subject` allowed), and the `self` link must be the actor's `id`,
 * verbatim.
 *
 * Only pass an actor document fetched from its own `id`'s origin (check the final URL with
 * `mayClaimId` of `@fedikit/core`), or one that came with a verified signature: FEP-2c59 warns
 * that a third party can put anything in `webfinger`. {@link resolveHandle} does this for you.
 *
 * @param actor - the actor document (parsed JSON).
 * @returns the verified canonical handle, or a failure: `invalid_actor`, `actor_mismatch`,
 *   `handle_mismatch`, `no_actor_link`, `subject_mismatch`, an `AcctSyntaxCode` for a
 *   malformed `expected`, or any lookup failure.
 * @throws {TypeError} or `RangeError` for invalid options; the abort reason when `signal`
 *   aborts.
 *
 * @example
 * ```ts
 * import { verifyActorHandle } from "@fedikit/webfinger/client";
 *
 * declare const actor: unknown; // fetched from its own id
 * const verified = await verifyActorHandle(actor, { expected: "@alice@example.social" });
 * if (verified.ok) console.log(verified.value.handle);
 * else console.log(verified.error.code); // "handle_mismatch", "actor_mismatch" …
 * ```
 */
export async function verifyActorHandle(
  actor: unknown,
  options: VerifyActorHandleOptions = {},
): Promise<VerifyActorHandleResult> {
  clientSettings(options);
  return verifyActorHandleWithMemo(actor, options, new Map());
}
