import { failure, integerOption, type Result, success } from "@fedikit/core";
import { FetchError } from "./fetch-error.js";
import { quoteRemote } from "./quote-remote.js";
import { tooLargeError } from "./response-body.js";

/** Options of {@link readBytes}. */
export interface ReadBytesOptions {
  /**
   * Largest body in bytes; reading stops and fails with `too_large` past it.
   * @defaultValue `1_048_576` (1 MiB)
   */
  readonly maxBytes?: number;
  /**
   * The signal the request was made with: when it has aborted, reading rejects with its reason
   * (as `fetch` does) instead of returning a failure.
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
}

/** Options of {@link readText}: those of {@link readBytes}. */
export type ReadTextOptions = ReadBytesOptions;

/** Options of {@link readJson}. */
export interface ReadJsonOptions extends ReadBytesOptions {
  /**
   * Deepest nesting of arrays and objects; deeper documents fail with `invalid_json`.
   * @defaultValue `64`
   */
  readonly maxDepth?: number;
}

/** Defaults of {@link ReadJsonOptions} and {@link ReadBytesOptions} (1 MiB, as Mastodon allows for fetched JSON; depth 64). */
export const readJsonDefaults = { maxBytes: 1024 * 1024, maxDepth: 64 } as const;

/**
 * Reads a whole response body, refusing more than `maxBytes` (checked against `Content-Length`
 * first, then counted while streaming; never buffered past the cap). Works on any `Response`.
 * The body is remote input, so this never throws for it: a body past the cap is a `too_large`
 * failure, a body stream that breaks (reset, timeout) a failure with the stream's `FetchError`
 * or `network`.
 *
 * @throws the reason of `options.signal` when it has aborted.
 * @throws {RangeError} for a `maxBytes` that is not a non-negative integer.
 */
export async function readBytes(
  response: Response,
  options: ReadBytesOptions = {},
): Promise<Result<Uint8Array, FetchError>> {
  const maxBytes = integerOption(options.maxBytes, "maxBytes", readJsonDefaults.maxBytes);
  const url = response.url;
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return failure(tooLargeError(url, maxBytes, "maxBytes"));
  }
  if (!response.body) return success(new Uint8Array(0));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (error instanceof FetchError) return failure(error);
      const detail = error instanceof Error ? error.message : String(error);
      return failure(
        new FetchError("network", `Reading the response body failed: ${quoteRemote(detail)}`, {
          url,
          cause: error,
        }),
      );
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return failure(tooLargeError(url, maxBytes, "maxBytes"));
    }
    chunks.push(chunk.value);
  }
  if (chunks.length === 1) return success(chunks[0]!);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return success(bytes);
}

/**
 * Reads a whole response body as UTF-8 text (invalid sequences become U+FFFD, as
 * `Response.text()` does) within `maxBytes`; fails as {@link readBytes} does.
 *
 * @throws the reason of `options.signal` when it has aborted.
 * @throws {RangeError} for a `maxBytes` that is not a non-negative integer.
 */
export async function readText(
  response: Response,
  options: ReadTextOptions = {},
): Promise<Result<string, FetchError>> {
  const bytes = await readBytes(response, options);
  return bytes.ok ? success(new TextDecoder().decode(bytes.value)) : bytes;
}

/**
 * Whether a parsed JSON value nests arrays and objects deeper than `maxDepth`. Iterative, so a
 * hostile document cannot overflow the stack.
 */
export function exceedsJsonDepth(value: unknown, maxDepth: number): boolean {
  if (typeof value !== "object" || value === null) return false;
  const stack: [object, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (depth > maxDepth) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a response body as JSON within bounds: at most `maxBytes` (streamed; never buffered past
 * the cap), strict UTF-8, nesting at most `maxDepth` deep. Fails with `invalid_json` for a body
 * that is not such JSON, and as {@link readBytes} does otherwise.
 *
 * @throws the reason of `options.signal` when it has aborted.
 * @throws {RangeError} for a `maxBytes` or `maxDepth` out of range.
 */
export async function readJson(
  response: Response,
  options: ReadJsonOptions = {},
): Promise<Result<unknown, FetchError>> {
  const maxDepth = integerOption(options.maxDepth, "maxDepth", readJsonDefaults.maxDepth, 1);
  const bytes = await readBytes(response, options);
  if (!bytes.ok) return bytes;
  const url = response.url;
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes.value));
  } catch (cause) {
    return failure(
      new FetchError("invalid_json", "The response body is not valid UTF-8 JSON", { url, cause }),
    );
  }
  if (exceedsJsonDepth(value, maxDepth)) {
    return failure(
      new FetchError(
        "invalid_json",
        `The JSON nests deeper than ${maxDepth} levels; raise maxDepth if such documents are expected`,
        { url },
      ),
    );
  }
  return success(value);
}
