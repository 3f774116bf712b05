import { failure, type Result } from "@fedikit/core";
import { WebFingerError } from "../shared/webfinger-error.js";
import type { Acct } from "./acct.js";
import { formatAcctUri, parseAcctUri } from "./acct-uri.js";
import { parseHandle } from "./handle.js";

/**
 * A handle, an `acct:` URI or an {@link Acct} as a canonical account: text is parsed, and a
 * hand-made (or remote-made) `Acct` is normalized the way a parsed one is (host case, IDN), or
 * refused with the same codes. Never throws.
 */
export function toAcct(input: string | Acct): Result<Acct, WebFingerError> {
  if (typeof input === "string") return parseHandle(input);
  try {
    // Through the acct: URI form, so a user part and host meet the checks of a parsed one.
    return parseAcctUri(formatAcctUri(input));
  } catch (error) {
    if (error instanceof WebFingerError) return failure(error);
    throw error;
  }
}
