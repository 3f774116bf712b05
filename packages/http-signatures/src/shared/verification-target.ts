import type { HeaderReader, RequestView } from "./message.js";
import type { BodyBytes } from "./message-view.js";

/** The signed message as both verifiers see it. */
export interface VerificationTarget {
  /** The request: the signed message, or the request a signed response answers (if known). */
  readonly request: RequestView | null;
  /** The signed response, or `null` when a request is verified. */
  readonly response: { readonly status: number; readonly headers: HeaderReader } | null;
  /** Header fields of the signed message. */
  readonly headers: HeaderReader;
  /** The signed message's body bytes (empty when it has none), read at most once, or why not. */
  readonly body: () => BodyBytes | Promise<BodyBytes>;
}
