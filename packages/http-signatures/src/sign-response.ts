import { bodyBytes, readBody, toBodyInit } from "./shared/body.js";
import { headerReader } from "./shared/message.js";
import { requestView } from "./shared/message-view.js";
import { addRfc9421Signature, prepareSigning } from "./shared/sign-context.js";
import type { SignResponseOptions } from "./sign-options.js";

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
  const key = prepareSigning(options);
  const body =
    options.body === undefined
      ? await readBody(response)
      : options.body === null
        ? null
        : bodyBytes(options.body);
  const headers = new Headers(response.headers);
  const request = options.request ? requestView(options.request) : null;
  addRfc9421Signature(
    headers,
    body,
    (current) => ({
      request,
      response: { status: response.status, headers: headerReader(current) },
    }),
    key,
    { ...options, spec: "rfc9421" },
    body && body.length > 0 ? ["@status", "content-digest"] : ["@status"],
  );
  return new Response(toBodyInit(body), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
