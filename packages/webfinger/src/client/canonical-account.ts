import { failure, type Result, success } from "@fedikit/core";
import { type Acct, sameAcct } from "../acct/acct.js";
import { formatAcctUri } from "../acct/acct-uri.js";
import { formatHandle, parseHandle } from "../acct/handle.js";
import type { Jrd } from "../documents/jrd.js";
import { restated, WebFingerError } from "../shared/webfinger-error.js";
import type { WebFingerWarning } from "../shared/webfinger-warning.js";
import type { WebFingerClientOptions } from "./client-options.js";
import { type LookupWebFingerResult, lookupWebFinger } from "./lookup-webfinger.js";

/** An account confirmed by its own WebFinger server. */
export interface CanonicalAccount {
  /** The account as the server's `subject` names it (its case, its host). */
  readonly acct: Acct;
  /** The JRD of that account, from its own host. */
  readonly jrd: Jrd;
  /** Where the JRD came from. */
  readonly url: string;
}

/**
 * Lookups already made within one resolution, keyed by `acct:` URI, so a verification that asks
 * about the same account again does not repeat the request. Lives as long as one call.
 */
export type LookupMemo = Map<string, Promise<LookupWebFingerResult>>;

function memoizedLookup(acct: Acct, options: WebFingerClientOptions, memo: LookupMemo) {
  const key = formatAcctUri(acct);
  let pending = memo.get(key);
  if (pending === undefined) {
    pending = lookupWebFinger(acct, { ...options, rel: [] });
    memo.set(key, pending);
  }
  return pending;
}

function subjectOf(jrd: Jrd, url: string): Result<Acct, WebFingerError> {
  if (jrd.subject === undefined) {
    return failure(
      new WebFingerError("invalid_response", "The JRD has no subject, which Mastodon requires", { url }),
    );
  }
  const subject = parseHandle(jrd.subject);
  if (subject.ok) return subject;
  return failure(
    new WebFingerError(
      "invalid_response",
      `The JRD's subject ${JSON.stringify(jrd.subject)} is not an acct: URI`,
      {
        url,
        cause: subject.error,
      },
    ),
  );
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
): Promise<Result<CanonicalAccount, WebFingerError, WebFingerWarning>> {
  const first = await memoizedLookup(acct, options, memo);
  if (!first.ok) return first;
  const subject = subjectOf(first.value.jrd, first.value.url);
  if (!subject.ok) return subject;
  if (sameAcct(subject.value, acct)) {
    return success({ acct: subject.value, jrd: first.value.jrd, url: first.value.url }, first.warnings);
  }

  const redirect = `${formatHandle(acct)} names ${formatHandle(subject.value)} as its canonical account`;
  const second = await memoizedLookup(subject.value, options, memo);
  if (!second.ok) {
    return failure(restated(second.error, { prefix: `${redirect}, but looking that up failed: ` }));
  }
  const confirmed = subjectOf(second.value.jrd, second.value.url);
  if (!confirmed.ok) {
    return failure(
      restated(confirmed.error, { prefix: `${redirect}, but its server's answer is unusable: ` }),
    );
  }
  if (!sameAcct(confirmed.value, subject.value)) {
    return failure(
      new WebFingerError(
        "subject_mismatch",
        `${redirect}, but that account's server names yet another one, ${formatHandle(confirmed.value)}; ` +
          "only one step to a canonical subject is followed",
        { url: second.value.url },
      ),
    );
  }
  return success({ acct: confirmed.value, jrd: second.value.jrd, url: second.value.url }, [
    ...first.warnings,
    ...second.warnings,
  ]);
}
