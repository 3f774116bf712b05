import type { Readable, Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { FetchError } from "./fetch-error.js";

/** Where the cap of a `safeFetch` response is set: the instance, or one call. */
export const safeFetchCapHint = "maxBytes on createSafeFetch, or init.fedikit.maxBytes for one request";

/**
 * The error for a body past the cap, with what to change.
 *
 * @param where - the option that sets this cap, as the caller would write it.
 */
export function tooLargeError(url: string, maxBytes: number, where: string): FetchError {
  return new FetchError(
    "too_large",
    `The response body is larger than ${maxBytes} bytes; raise ${where} if this document is legitimately that big`,
    { url },
  );
}

function decoder(contentEncoding: string | null): Transform | null {
  switch (contentEncoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return null;
  }
}

/** What {@link toBodyStream} needs besides the body. */
export interface BodyStreamOptions {
  readonly url: string;
  readonly maxBytes: number;
  readonly contentEncoding: string | null;
  /** Turns a stream error into the error the reader sees. */
  readonly mapError: (error: unknown) => unknown;
  /** Called once when the body is finished, failed or cancelled. */
  readonly onSettled: () => void;
}

/**
 * Wraps undici's body in a web `ReadableStream` that decodes `Content-Encoding`, counts the
 * decoded bytes and fails with `too_large` past the cap, without buffering the body. Reading
 * pauses the socket when the consumer is not pulling.
 */
export function toBodyStream(body: Readable, options: BodyStreamOptions): ReadableStream<Uint8Array> {
  const { url, maxBytes, mapError, onSettled } = options;
  const decoding = decoder(options.contentEncoding);
  const source: Readable = decoding ? body.pipe(decoding) : body;
  if (decoding) body.on("error", (error) => decoding.destroy(error));
  let received = 0;
  let settled = false;
  const settle = () => {
    if (settled) return false;
    settled = true;
    onSettled();
    return true;
  };
  const destroy = () => {
    body.destroy();
    decoding?.destroy();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        source.on("data", (chunk: Buffer) => {
          if (settled) return;
          received += chunk.byteLength;
          if (received > maxBytes) {
            settle();
            destroy();
            controller.error(tooLargeError(url, maxBytes, safeFetchCapHint));
            return;
          }
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) source.pause();
        });
        source.once("end", () => {
          if (settle()) controller.close();
        });
        source.once("error", (error) => {
          if (settle()) controller.error(mapError(error));
        });
      },
      pull() {
        source.resume();
      },
      cancel() {
        settle();
        destroy();
      },
    },
    { highWaterMark: 1 },
  );
}
