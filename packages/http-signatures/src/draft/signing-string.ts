import { isHttpToken, isSafeFieldValue, isSafeSigningBase } from "../shared/field-value.js";
import type { HeaderReader } from "../shared/message.js";
import { SignatureError } from "../shared/signature-error.js";

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

type SignedTimes = { readonly created?: number | undefined; readonly expires?: number | undefined };

/** The value of one covered header or pseudo-header, or why it has none. */
function coveredValue(
  name: string,
  request: DraftRequestView,
  params: SignedTimes,
  requestTarget: string,
): string | SignatureError {
  switch (name) {
    case "(request-target)":
      return `${request.method.toLowerCase()} ${requestTarget}`;
    case "(created)":
      if (params.created === undefined)
        return new SignatureError(
          "malformed_header",
          "headers lists (created) but the signature has no created parameter.",
        );
      return String(params.created);
    case "(expires)":
      if (params.expires === undefined)
        return new SignatureError(
          "malformed_header",
          "headers lists (expires) but the signature has no expires parameter.",
        );
      return String(params.expires);
    case "host":
      return request.headers.get("host") ?? request.authority;
    default: {
      if (name.startsWith("("))
        return new SignatureError(
          "malformed_header",
          `Unknown pseudo-header ${name.slice(0, 40)} in headers.`,
        );
      const value = request.headers.get(name);
      if (value === null) {
        // A sender's name: shortened, and told apart from an absent header when it is no name at all.
        const shown = name.slice(0, 40);
        return isHttpToken(name)
          ? new SignatureError(
              "component_missing",
              `The signature covers ${shown} but the request has no ${shown} header.`,
            )
          : new SignatureError(
              "malformed_header",
              `The signature covers "${shown}", which is not a header name.`,
            );
      }
      return value;
    }
  }
}

/**
 * Builds the draft-cavage-12 signing string: `name: value` per covered header, joined by LF.
 * `(request-target)` is the lower-cased method, a space, and `requestTarget`.
 */
export function createSigningString(
  covered: readonly string[],
  request: DraftRequestView,
  params: SignedTimes,
  requestTarget: string = request.requestTarget,
): string | SignatureError {
  let out = "";
  for (let i = 0; i < covered.length; i++) {
    const name = covered[i]!;
    const value = coveredValue(name, request, params, requestTarget);
    if (typeof value !== "string") return value;
    out += i === 0 ? `${name}: ${value}` : `\n${name}: ${value}`;
  }
  // A value holding a newline could forge a line. Fetch `Headers` refuse one, the method is
  // checked to be a token, and the rest comes from the parsed URL and numbers; other headers
  // are checked in one look at the whole string: no control character but tab, and exactly one
  // newline between lines.
  const checked = request.headers.valuesChecked && isHttpToken(request.method);
  if (!checked && !isSafeSigningBase(out, covered.length - 1)) {
    const unsafe = covered.find((name) => {
      const value = coveredValue(name, request, params, requestTarget);
      return typeof value === "string" && !isSafeFieldValue(value);
    });
    return new SignatureError(
      "malformed_header",
      `Covered ${unsafe?.slice(0, 40) ?? "header"} holds a newline or control character; it cannot be signed or verified.`,
    );
  }
  return out;
}
