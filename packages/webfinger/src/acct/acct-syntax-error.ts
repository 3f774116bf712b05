import { shortened } from "../shared/message-text.js";

/**
 * Stable reasons for an {@link AcctSyntaxError}.
 *
 * - `not_acct_uri`: the text does not start with the `acct:` scheme.
 * - `missing_user`: nothing before the `@`.
 * - `missing_host`: no `@`, or nothing after the last one.
 * - `invalid_user`: the user part has a character that is not allowed there (whitespace, a control
 *   character, a raw `/`, `?`, `#` …), or broken percent-encoding or UTF-8.
 * - `invalid_host`: the host is not a domain name, an IPv4 address or a bracketed IPv6 address.
 * - `invalid_port`: the port is not a number from 1 to 65535.
 */
export type AcctSyntaxErrorCode =
  | "not_acct_uri"
  | "missing_user"
  | "missing_host"
  | "invalid_user"
  | "invalid_host"
  | "invalid_port";

/**
 * Thrown by the `acct:` URI and handle parsers for malformed input. Switch on
 * {@link AcctSyntaxError.code}; the message quotes the input and says what is wrong with it.
 */
export class AcctSyntaxError extends Error {
  /** Why the input was refused; stable across versions. */
  readonly code: AcctSyntaxErrorCode;
  /** The text that was being parsed. */
  readonly input: string;

  /**
   * @param code - why the input was refused.
   * @param message - what is wrong; the input is appended (cut in the middle past 200 characters).
   * @param input - the text that was being parsed.
   */
  constructor(code: AcctSyntaxErrorCode, message: string, input: string) {
    super(`${message} (in ${JSON.stringify(shortened(input, 200))})`);
    this.name = "AcctSyntaxError";
    this.code = code;
    this.input = input;
  }
}
