import { toBodyInit } from "./shared/body.js";
import { headerReader } from "./shared/message.js";
import { requestView } from "./shared/message-view.js";
import { SignatureError } from "./shared/signature-error.js";
import { addRfc9421Signature, prepareSigning } from "./sign-context.js";
import type { SignResponseOptions } from "./sign-options.js";

const DEFAULTS: readonly string[] = Object.freeze(["@status"]);
const DEFAULTS_WITH_BODY: readonly string[] = Object.freeze(["@status", "content-digest"]);

/**
 * Signs a Fetch API response with RFC 9421 and returns a new `Response`; the original is not
 * consumed. Adds `Content-Digest` when there is a body. Components marked `;req` are read from
 * `options.request`.
 *
 * @throws TypeError when options are incomplete, the key does not fit the algorithm, a covered
 *   component is absent, or the label is already used
 */
export async function signResponse(response: Response, options: SignResponseOptions): Promise<Response> {
  if (!(response instanceof Response)) throw new TypeError("signResponse takes a Fetch API Response.");
  const signing = await prepareSigning(response, options);
  const { body } = signing;
  const headers = new Headers(response.headers);
  const request = options.request ? requestView(options.request) : null;
  if (request instanceof SignatureError) throw new TypeError(`options.request: ${request.message}`);
  await addRfc9421Signature(
    headers,
    signing,
    (current) => ({ request, response: { status: response.status, headers: headerReader(current) } }),
    { ...options, spec: "rfc9421" },
    body && body.length > 0 ? DEFAULTS_WITH_BODY : DEFAULTS,
  );
  return new Response(toBodyInit(body), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
