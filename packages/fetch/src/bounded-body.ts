import { FetchError } from "./fetch-error.js";
import { tooLargeError } from "./response-body.js";

/** Bounds for reading a JSON body. */
export interface JsonReadOptions extends BodyReadOptions {
  /**
   * Deepest nesting of arrays and objects; deeper documents fail with `invalid_json`.
   * @defaultValue `64`
   */
  readonly maxDepth?: number;
}

/** Defaults of {@link JsonReadOptions} and {@link BodyReadOptions} (1 MiB, as Mastodon allows for fetched JSON; depth 64). */
export const jsonReadDefaults = { maxBytes: 1024 * 1024, maxDepth: 64 } as const;

/** Bounds for reading a body as bytes or text. */
export interface BodyReadOptions {
  /**
   * Largest body in bytes; reading stops and fails with `too_large` past it.
   * @defaultValue `1_048_576` (1 MiB)
   */
  readonly maxBytes?: number;
}

/**
 * Reads a whole response body, refusing more than `maxBytes` (checked against `Content-Length`
 * first, then counted while streaming; never buffered past the cap). Works on any `Response`.
 *
 * @throws {FetchError} `too_large`; any error of the body stream itself.
 */
export function readBytes(response: Response, options: BodyReadOptions = {}): Promise<Uint8Array> {
  return readBoundedBytes(response, response.url, options.maxBytes ?? jsonReadDefaults.maxBytes);
}

/**
 * Reads a whole response body as UTF-8 text (invalid sequences become U+FFFD, as
 * `Response.text()` does) within `maxBytes`.
 *
 * @throws {FetchError} `too_large`; any error of the body stream itself.
 */
export async function readText(response: Response, options: BodyReadOptions = {}): Promise<string> {
  return new TextDecoder().decode(await readBytes(response, options));
}

async function readBoundedBytes(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLargeError(url, maxBytes, "maxBytes");
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLargeError(url, maxBytes, "maxBytes");
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
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
 * the cap), strict UTF-8, nesting at most `maxDepth` deep.
 *
 * @throws {FetchError} `too_large` or `invalid_json`.
 */
export async function readJson(response: Response, options: JsonReadOptions = {}): Promise<unknown> {
  const url = response.url;
  const maxDepth = options.maxDepth ?? jsonReadDefaults.maxDepth;
  const bytes = await readBoundedBytes(response, url, options.maxBytes ?? jsonReadDefaults.maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch (cause) {
    throw new FetchError("invalid_json", "The response body is not valid UTF-8 JSON", { url, cause });
  }
  if (exceedsJsonDepth(value, maxDepth)) {
    throw new FetchError(
      "invalid_json",
      `The JSON nests deeper than ${maxDepth} levels; raise maxDepth if such documents are expected`,
      { url },
    );
  }
  return value;
}
