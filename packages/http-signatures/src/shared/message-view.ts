import type { RequestView } from "../rfc9421/component-value.js";
import { type BodyInput, bodyBytes, readBody } from "./body.js";
import { headerReader, type RequestLike, targetParts } from "./message.js";

const EMPTY = Buffer.alloc(0);

/**
 * Builds the view components read from a request.
 *
 * @throws TypeError when the request has no method or no absolute URL
 */
export function requestView(request: RequestLike): RequestView {
  if (typeof request !== "object" || request === null) throw new TypeError("A request is required.");
  // Each read once: on a Fetch API Request every property is a checked getter.
  const { method, headers, url } = request;
  if (typeof method !== "string" || method === "") throw new TypeError("request.method is required.");
  if (typeof headers !== "object" || headers === null) throw new TypeError("request.headers is required.");
  let target: RequestView["target"];
  try {
    target = targetParts(url);
  } catch {
    throw new TypeError(
      `request.url must be an absolute URL, not ${JSON.stringify(String(url)).slice(0, 80)}.`,
    );
  }
  return { method, target, headers: headerReader(headers) };
}

/**
 * Returns a function that yields the message body once read: from `body` when the caller gave
 * it, else from the Fetch API message through `clone()` (the original stays readable).
 */
export function bodyLoader(
  message: unknown,
  body: BodyInput | null | undefined,
): () => Buffer | Promise<Buffer> {
  if (body !== undefined) {
    let bytes: Buffer | undefined;
    return () => {
      bytes ??= body === null ? EMPTY : bodyBytes(body);
      return bytes;
    };
  }
  let loaded: Promise<Buffer> | undefined;
  const load = async (): Promise<Buffer> => {
    if (message instanceof Request || message instanceof Response) {
      if (message.bodyUsed) {
        throw new TypeError(
          "The message body was already read; pass the bytes as options.body to check its digest.",
        );
      }
      const bytes = await readBody(message);
      return bytes === null ? EMPTY : bodyBytes(bytes);
    }
    throw new TypeError(
      "To check the digest of a message that is not a Request or Response, pass options.body.",
    );
  };
  return () => {
    loaded ??= load();
    return loaded;
  };
}
