import { type Acct, sameAcct } from "../acct/acct.js";
import { AcctSyntaxError } from "../acct/acct-syntax-error.js";
import { formatAcctUri, parseAcctUri } from "../acct/acct-uri.js";
import { findActorLink } from "../documents/actor-link.js";
import { type CanonicalAccount, type LookupMemo, lookupCanonicalAccount } from "./canonical-account.js";
import { formatHandle, parseHandle } from "../acct/handle.js";
import type { WebFingerClientOptions } from "./client-options.js";
import { failure, WebFingerError, type WebFingerFailure, withContext } from "../shared/webfinger-error.js";

/** Options of {@link verifyActorHandle}. */
export interface VerifyActorHandleOptions extends WebFingerClientOptions {
  /**
   * The account the actor is expected to be (a handle, an `acct:` URI or a parsed {@link Acct});
   * a verified actor with another canonical handle fails with `handle_mismatch`.
   * @defaultValue none: any verified handle is accepted
   */
  readonly expected?: string | Acct;
}

/** What {@link verifyActorHandle} returns on success. */
export interface ActorHandleVerified {
  /** Always `true` for a success. */
  readonly ok: true;
  /** The actor's canonical account, as its WebFinger server names it. */
  readonly handle: Acct;
  /**
   * Where the handle to check came from: the actor's FEP-2c59 `webfinger` property, or its
   * `preferredUsername` at the host of its `id`.
   */
  readonly source: "webfinger" | "preferredUsername";
}

/** The result of {@link verifyActorHandle}: the verified handle, or why there is none. */
export type VerifyActorHandleResult = ActorHandleVerified | WebFingerFailure;

interface Candidate {
  readonly acct: Acct;
  readonly source: ActorHandleVerified["source"];
}

function actorId(actor: unknown): URL | WebFingerError {
  const id = typeof actor === "object" && actor !== null ? (actor as { id?: unknown }).id : undefined;
  let url: URL | undefined;
  try {
    url = typeof id === "string" ? new URL(id) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:")) {
    return new WebFingerError("invalid_actor", "The actor has no id that is an http(s) URL");
  }
  return url;
}

function candidateHandle(actor: Record<string, unknown>, id: URL): Candidate | WebFingerError {
  if (typeof actor.webfinger === "string") {
    try {
      return { acct: parseHandle(actor.webfinger), source: "webfinger" };
    } catch (error) {
      // Mastodon falls back to preferredUsername when `webfinger` is malformed; so do we.
      if (!(error instanceof AcctSyntaxError)) throw error;
    }
  }
  const username = actor.preferredUsername;
  if (typeof username !== "string" || username === "") {
    return new WebFingerError(
      "invalid_actor",
      `The actor ${id.href} has neither a preferredUsername nor a valid webfinger property, so no handle maps to it`,
    );
  }
  const port = id.port === "" ? undefined : Number(id.port);
  try {
    // Normalized as a hand-made Acct is. The URL parser lets through hosts no account can have
    // (`a{b}.example`, undecodable punycode on some runtimes), and a preferredUsername may hold a
    // control character: they end here as a failure, not a thrown AcctSyntaxError.
    const acct = parseAcctUri(formatAcctUri({ user: username, host: id.hostname, port }));
    return { acct, source: "preferredUsername" };
  } catch (error) {
    if (!(error instanceof AcctSyntaxError)) throw error;
    return new WebFingerError(
      "invalid_actor",
      `The actor's preferredUsername and the host of its id ${id.href} make no account: ${error.message}`,
      { cause: error },
    );
  }
}

/** {@link verifyActorHandle} sharing the lookups of the resolution it is part of. */
export async function verifyActorHandleWithMemo(
  actor: unknown,
  options: VerifyActorHandleOptions,
  memo: LookupMemo,
): Promise<VerifyActorHandleResult> {
  const id = actorId(actor);
  if (id instanceof WebFingerError) return failure(id);
  const candidate = candidateHandle(actor as Record<string, unknown>, id);
  if (candidate instanceof WebFingerError) return failure(candidate);

  const prefix = `Verifying ${formatHandle(candidate.acct)} (from the actor's ${candidate.source}) for ${id.href}: `;
  const canonical: CanonicalAccount | WebFingerFailure = await lookupCanonicalAccount(
    candidate.acct,
    options,
    memo,
  );
  if (!canonical.ok) return failure(withContext(canonical.error, { prefix }));
  const link = findActorLink(canonical.jrd);
  if (link === undefined) {
    return failure(
      new WebFingerError("no_actor_link", `${prefix}the JRD has no self link to an ActivityPub actor`, {
        url: canonical.url,
      }),
    );
  }
  // Compared verbatim, as Mastodon does and FEP-2c59 requires: no redirects, no aliases.
  if (link.href !== (actor as { id: string }).id) {
    return failure(
      new WebFingerError(
        "actor_mismatch",
        `${prefix}WebFinger says ${formatHandle(canonical.acct)} is ${link.href}, not this actor`,
        { url: canonical.url },
      ),
    );
  }
  if (options.expected !== undefined) {
    let expected: Acct;
    try {
      expected =
        typeof options.expected === "string"
          ? parseHandle(options.expected)
          : parseAcctUri(formatAcctUri(options.expected));
    } catch (error) {
      if (!(error instanceof AcctSyntaxError)) throw error;
      return failure(
        new WebFingerError("invalid_resource", `The expected handle is malformed: ${error.message}`),
      );
    }
    if (!sameAcct(expected, canonical.acct)) {
      return failure(
        new WebFingerError(
          "handle_mismatch",
          `The actor ${id.href} is ${formatHandle(canonical.acct)}, not ${formatHandle(expected)}`,
        ),
      );
    }
  }
  return { ok: true, handle: canonical.acct, source: candidate.source };
}

/**
 * Checks that an actor maps back to a handle, as Mastodon does before it trusts one: the handle
 * is the actor's FEP-2c59 `webfinger` property if it is a valid handle or `acct:` URI, otherwise
 * its `preferredUsername` at the host of its `id`; that handle is looked up with WebFinger (one
 * step to a canonical `subject` allowed), and the `self` link must be the actor's `id`,
 * verbatim.
 *
 * Only pass an actor document fetched from its own `id` (or one that came with a verified
 * signature): FEP-2c59 warns that a third party can put anything in `webfinger`.
 *
 * @param actor - the actor document (parsed JSON).
 * @returns the verified canonical handle, or a failure: `invalid_actor`, `actor_mismatch`,
 *   `handle_mismatch`, `no_actor_link`, `subject_mismatch`, or any lookup failure.
 * @throws {TypeError} for invalid options; the abort reason when `signal` aborts.
 *
 * @example
 * ```ts
 * const { document } = await fetchActivityStreams("https://example.social/users/alice");
 * const verified = await verifyActorHandle(document, { expected: "@alice@example.social" });
 * if (!verified.ok) console.log(verified.error.code); // "handle_mismatch", "actor_mismatch" …
 * ```
 */
export function verifyActorHandle(
  actor: unknown,
  options: VerifyActorHandleOptions = {},
): Promise<VerifyActorHandleResult> {
  return verifyActorHandleWithMemo(actor, options, new Map());
}
