import { type Acct, sameAcct } from "../acct/acct.js";
import { AcctSyntaxError } from "../acct/acct-syntax-error.js";
import { formatAcctUri } from "../acct/acct-uri.js";
import { formatHandle, parseHandle } from "../acct/handle.js";
import type { Jrd } from "../documents/jrd.js";
import { type LookupWebFingerResult, lookupWebFinger } from "./lookup-webfinger.js";
import type { WebFingerClientOptions } from "./client-options.js";
import { failure, WebFingerError, type WebFingerFailure, withContext } from "../shared/webfinger-error.js";

/** An account confirmed by its own WebFinger server. */
export interface CanonicalAccount {
  readonly ok: true;
  /** The account as the server's `subject` names it (its case, its host). */
  readonly acct: Acct;
  /** The JRD of that account, from its own host. */
  readonly jrd: Jrd;
  /** Where the JRD came from. */
  readonly url: string;
}

/**
 * Lookups already made within one resolution, keyed by `acct:` URI, so a verification that asks
 * about the same account again does not repeat the request.
 */
export type LookupMemo = Map<string, Promise<LookupWebFingerResult>>;

function memoizedLookup(acct: Acct, options: WebFingerClientOptions, memo: LookupMemo) {
  const key = formatAcctUri(acct);
  let pending = memo.get(key);
  if (pending === undefined) {
    pending = lookupWebFinger(acct, { ...options, rel: undefined });
    memo.set(key, pending);
  }
  return pending;
}

function subjectOf(jrd: Jrd, url: string): Acct | WebFingerError {
  if (jrd.subject === undefined) {
    return new WebFingerError("invalid_response", "The JRD has no subject, which Mastodon requires", { url });
  }
  try {
    return parseHandle(jrd.subject);
  } catch (error) {
    if (!(error instanceof AcctSyntaxError)) throw error;
    return new WebFingerError(
      "invalid_response",
      `The JRD's subject ${JSON.stringify(jrd.subject)} is not an acct: URI`,
      { url, cause: error },
    );
  }
}

/**
 * Looks an account up and settles its canonical form as Mastodon does: if the JRD's `subject`
 * is the same account (user part compared without case), that is it; otherwise the subject's own
 * host is asked about the subject, once, and must name the same subject again. No further step
 * is taken, so a server cannot send a client around a chain of hosts.
 */
export async function lookupCanonicalAccount(
  acct: Acct,
  options: WebFingerClientOptions,
  memo: LookupMemo,
): Promise<CanonicalAccount | WebFingerFailure> {
  const first = await memoizedLookup(acct, options, memo);
  if (!first.ok) return first;
  const subject = subjectOf(first.jrd, first.url);
  if (subject instanceof WebFingerError) return failure(subject);
  if (sameAcct(subject, acct)) return { ok: true, acct: subject, jrd: first.jrd, url: first.url };

  const redirect = `${formatHandle(acct)} names ${formatHandle(subject)} as its canonical account`;
  const second = await memoizedLookup(subject, options, memo);
  if (!second.ok) {
    return failure(withContext(second.error, { prefix: `${redirect}, but looking that up failed: ` }));
  }
  const confirmed = subjectOf(second.jrd, second.url);
  if (confirmed instanceof WebFingerError) {
    return failure(withContext(confirmed, { prefix: `${redirect}, but its server's answer is unusable: ` }));
  }
  if (!sameAcct(confirmed, subject)) {
    return failure(
      new WebFingerError(
        "subject_mismatch",
        `${redirect}, but that account's server names yet another one, ${formatHandle(confirmed)}; ` +
          "only one step to a canonical subject is followed",
        { url: second.url },
      ),
    );
  }
  return { ok: true, acct: confirmed, jrd: second.jrd, url: second.url };
}
