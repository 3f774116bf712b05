import { type BodyInput, bodyBytes, readBodyUpTo } from "./body.js";
import {
  type HeaderReader,
  headerReader,
  type RequestLike,
  type RequestView,
  targetParts,
} from "./message.js";
import { SignatureError } from "./signature-error.js";

/**
 * Builds the view components read from a request. The URL may come from a sender (built from
 * its `Host` header), so one that does not parse is a failure, not a throw.
 *
 * @returns the view, or an `invalid_url` error
 * @throws TypeError when the request is not an object with a method and headers (a programmer error)
 */
export function requestView(request: RequestLike): RequestView | SignatureError {
  if (typeof request !== "object" || request === null) throw new TypeError("A request is required.");
  // Each read once: on a Fetch API Request every property is a checked getter.
  const { method, headers, url } = request;
  if (typeof method !== "string" || method === "") throw new TypeError("request.method is required.");
  if (typeof headers !== "object" || headers === null) throw new TypeError("request.headers is required.");
  const target = targetParts(url);
  if (target === null) {
    return new SignatureError(
      "invalid_url",
      `The request URL ${JSON.stringify(String(url).slice(0, 80))} is not an absolute URL; when it is built from the Host header, the Host is malformed (answer 400).`,
    );
  }
  return { method, target, headers: headerReader(headers) };
}

/** The bytes of a body, or why they were not read. */
export type BodyBytes = Buffer | SignatureError;

/**
 * Returns a function that yields the message body once read, at most `maxBytes` of it: from
 * `body` when the caller gave it, else from the Fetch API message through `clone()` (the original
 * stays readable). A longer body is a `too_large` error; it is never read past `maxBytes`.
 */
export function bodyLoader(
  message: unknown,
  headers: HeaderReader,
  body: BodyInput | null | undefined,
  maxBytes: number,
): () => BodyBytes | Promise<BodyBytes> {
  if (body !== undefined) {
    let bytes: BodyBytes | undefined;
    return () => {
      bytes ??= body === null ? EMPTY : capped(bodyBytes(body), maxBytes);
      return bytes;
    };
  }
  let loaded: Promise<BodyBytes> | undefined;
  const load = async (): Promise<BodyBytes> => {
    if (message instanceof Request || message instanceof Response) {
      if (message.bodyUsed) {
        throw new TypeError(
          "The message body was already read; pass the bytes as options.body to check its digest.",
        );
      }
      const declared = Number(headers.get("content-length") ?? Number.NaN);
      if (declared > maxBytes) return tooLarge(`Content-Length says ${declared} bytes`, maxBytes);
      const bytes = await readBodyUpTo(message, maxBytes);
      if (bytes === null) return EMPTY;
      return bytes === "too_large" ? tooLarge("The body is longer", maxBytes) : bytes;
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

const EMPTY = Buffer.alloc(0);

function capped(bytes: Buffer, maxBytes: number): BodyBytes {
  return bytes.length > maxBytes ? tooLarge(`The body has ${bytes.length} bytes`, maxBytes) : bytes;
}

function tooLarge(what: string, maxBytes: number): SignatureError {
  return new SignatureError(
    "too_large",
    `${what}; digests are checked on bodies of at most ${maxBytes} bytes (options.maxBytes). Refuse the request (413), or raise maxBytes if such bodies are expected.`,
  );
}
