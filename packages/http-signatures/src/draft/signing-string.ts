import { isSafeFieldValue } from "../shared/field-value.js";
import type { HeaderReader } from "../shared/message.js";
import { failure, type VerificationFailure } from "../shared/verification-result.js";

/** The parts of a request a draft-cavage signing string reads. */
export interface DraftRequestView {
  /** The method as sent; lower-cased for `(request-target)`. */
  readonly method: string;
  /** Path and query, e.g. `/foo?param=value&pet=dog`. */
  readonly requestTarget: string;
  /** Host and port from the URL, the `host` value when the Host header is absent. */
  readonly authority: string;
  readonly headers: HeaderReader;
}

/**
 * Builds the draft-cavage-12 signing string: `name: value` per covered header, joined by LF.
 * `(request-target)` is the lower-cased method, a space, and `requestTarget`.
 */
export function createSigningString(
  covered: readonly string[],
  request: DraftRequestView,
  params: { readonly created?: number | undefined; readonly expires?: number | undefined },
  requestTarget: string = request.requestTarget,
): string | VerificationFailure {
  let out = "";
  for (let i = 0; i < covered.length; i++) {
    const name = covered[i]!;
    let value: string | null;
    switch (name) {
      case "(request-target)":
        value = `${request.method.toLowerCase()} ${requestTarget}`;
        break;
      case "(created)":
        if (params.created === undefined)
          return failure(
            "malformed_header",
            "headers lists (created) but the signature has no created parameter.",
          );
        value = String(params.created);
        break;
      case "(expires)":
        if (params.expires === undefined)
          return failure(
            "malformed_header",
            "headers lists (expires) but the signature has no expires parameter.",
          );
        value = String(params.expires);
        break;
      case "host":
        value = request.headers.get("host") ?? request.authority;
        break;
      default:
        if (name.startsWith("("))
          return failure("malformed_header", `Unknown pseudo-header ${name} in headers.`);
        value = request.headers.get(name);
        if (value === null) {
          return failure(
            "component_missing",
            `The signature covers ${name} but the request has no ${name} header.`,
          );
        }
    }
    if (!isSafeFieldValue(value)) {
      return failure(
        "malformed_header",
        `Covered ${name} holds a newline or control character; it cannot be signed or verified.`,
      );
    }
    out += i === 0 ? `${name}: ${value}` : `\n${name}: ${value}`;
  }
  return out;
}
