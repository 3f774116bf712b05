import { type Failure, failure } from "@fedikit/core";
import { shortened } from "../shared/message-text.js";
import { type AcctSyntaxCode, WebFingerError } from "../shared/webfinger-error.js";

/** Longest input quoted whole in a syntax error's message. */
const maxQuotedInput = 200;

/** The error for malformed account syntax: what is wrong, then the input (shortened) it was found in. */
export function syntaxError(code: AcctSyntaxCode, message: string, input: string): WebFingerError {
  return new WebFingerError(code, `${message} (in ${JSON.stringify(shortened(input, maxQuotedInput))})`, {
    input,
  });
}

/** {@link syntaxError} as a failed result. */
export function syntaxFailure(code: AcctSyntaxCode, message: string, input: string): Failure<WebFingerError> {
  return failure(syntaxError(code, message, input));
}
