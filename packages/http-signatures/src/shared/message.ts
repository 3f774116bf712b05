/**
 * Header fields in either web form (`Headers`) or Node form (`IncomingMessage.headers`: names in
 * any case, a value or an array of field lines).
 */
export type HeadersInput = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The parts of a request that signatures read. A Fetch API `Request` is one; a Node server can
 * pass `{ method: req.method, url, headers: req.headers }` without building a `Request`.
 */
export interface RequestLike {
  /** The request method, e.g. `"POST"`. */
  readonly method: string;
  /** The absolute target URI, e.g. `"https://example.com/inbox"`. */
  readonly url: string;
  /** The request's header fields. */
  readonly headers: HeadersInput;
}

/** The parts of a response that signatures read. A Fetch API `Response` is one. */
export interface ResponseLike {
  /** The status code, e.g. `200`. */
  readonly status: number;
  /** The response's header fields. */
  readonly headers: HeadersInput;
}

/** Reads header fields out of either header form, case-insensitively. */
export interface HeaderReader {
  /** The combined field value (lines joined with `", "`), or `null` when absent. */
  get(name: string): string | null;
  /** Each field line on its own, or `null` when absent. `Headers` only knows the combined value. */
  lines(name: string): string[] | null;
  /**
   * `true` when the values come from a Fetch API `Headers` read through its own `get`, which
   * refuses CR, LF, NUL and characters above U+00FF: no value can then forge a line of a
   * signature base. `false` for plain objects, subclasses that override `get`, and polyfills.
   */
  readonly valuesChecked: boolean;
}

/**
 * The runtime's Fetch `Headers` and its `get`, as found on first use, when that `Headers`
 * refuses line breaks in values as the Fetch standard says (a polyfill may not); else `null`.
 */
let checkingHeaders: CheckingHeaders | null | undefined;

interface CheckingHeaders {
  readonly type: typeof Headers;
  readonly get: Headers["get"];
}

function findCheckingHeaders(): CheckingHeaders | null {
  const FetchHeaders: typeof Headers | undefined = globalThis.Headers;
  if (FetchHeaders === undefined) return null;
  for (const value of ["a\nb", "a\rb", "a\u0000b", "a\u0100b"]) {
    try {
      new FetchHeaders([["x", value]]);
      return null;
    } catch {
      // refused, as it should be
    }
  }
  return { type: FetchHeaders, get: FetchHeaders.prototype.get };
}

/**
 * Whether `headers` is such a `Headers` read through that `get` (a subclass may override it, or
 * someone may replace it later).
 */
function hasCheckedValues(headers: Pick<Headers, "get">): boolean {
  if (checkingHeaders === undefined) checkingHeaders = findCheckingHeaders();
  const checking = checkingHeaders;
  return checking !== null && headers instanceof checking.type && headers.get === checking.get;
}

const OBS_FOLD = /\r?\n[ \t]+/g;

function cleanLine(value: string): string {
  // Most values hold no line break; only those are searched for obsolete line folding.
  return (value.includes("\n") ? value.replace(OBS_FOLD, " ") : value).trim();
}

type HeaderRecord = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Reads a Fetch API `Headers` (or an object with the same `get`). */
class WebHeaderReader implements HeaderReader {
  readonly valuesChecked: boolean;
  readonly #headers: Pick<Headers, "get">;

  constructor(headers: Pick<Headers, "get">) {
    this.#headers = headers;
    this.valuesChecked = hasCheckedValues(headers);
  }

  get(name: string): string | null {
    return this.#headers.get(name);
  }

  lines(name: string): string[] | null {
    const value = this.#headers.get(name);
    return value === null ? null : [value];
  }
}

/** Reads Node's `IncomingMessage.headers` form: names in any case, a value or field lines. */
class RecordHeaderReader implements HeaderReader {
  readonly valuesChecked = false;
  readonly #record: HeaderRecord;

  constructor(record: HeaderRecord) {
    this.#record = record;
  }

  #find(name: string): string | readonly string[] | undefined {
    const direct = this.#record[name];
    if (direct !== undefined) return direct;
    for (const key of Object.keys(this.#record)) {
      if (key.length === name.length && key.toLowerCase() === name) return this.#record[key];
    }
    return undefined;
  }

  get(name: string): string | null {
    const value = this.#find(name);
    if (value === undefined) return null;
    if (typeof value === "string") return cleanLine(value);
    return value.map(cleanLine).join(", ");
  }

  lines(name: string): string[] | null {
    const value = this.#find(name);
    if (value === undefined) return null;
    return typeof value === "string" ? [cleanLine(value)] : value.map(cleanLine);
  }
}

/** Wraps {@link HeadersInput} in a {@link HeaderReader}. */
export function headerReader(headers: HeadersInput): HeaderReader {
  if (typeof (headers as Headers).get === "function" && typeof (headers as Headers).has === "function") {
    return new WebHeaderReader(headers as Headers);
  }
  return new RecordHeaderReader(headers as HeaderRecord);
}

/** The pieces of a target URI that signatures use. */
export interface TargetParts {
  /** `https`, lower case. */
  readonly scheme: string;
  /** Host and non-default port, lower case as WHATWG URL serializes it. */
  readonly authority: string;
  /** The path, `/` when empty. */
  readonly path: string;
  /** The query without its `?`, or `null` when there is none. */
  readonly query: string | null;
  /** The whole URI without its fragment, as a WHATWG URL serializes it. */
  readonly uri: string;
}

/**
 * Reads scheme, authority, path and query from `url` as a WHATWG URL parser sees them.
 *
 * @throws TypeError when `url` is not an absolute URL.
 */
export function targetParts(url: string): TargetParts {
  const cached = recentTargets.get(url);
  if (cached) return cached;
  const parts = parseTarget(url);
  if (recentTargets.size >= RECENT_TARGETS) recentTargets.delete(recentTargets.keys().next().value!);
  recentTargets.set(url, parts);
  return parts;
}

// A server sees the same few inbox URLs over and over; parsing each once is enough.
const RECENT_TARGETS = 256;
const recentTargets = new Map<string, TargetParts>();

function parseTarget(url: string): TargetParts {
  const parsed = new URL(url);
  const search = parsed.search;
  const href = parsed.href;
  const hash = href.indexOf("#");
  const hasQuery = (hash < 0 ? href : href.slice(0, hash)).includes("?");
  return {
    scheme: parsed.protocol.slice(0, -1).toLowerCase(),
    authority: parsed.host.toLowerCase(),
    path: parsed.pathname === "" ? "/" : parsed.pathname,
    query: hasQuery ? search.slice(1) : null,
    uri: hash < 0 ? href : href.slice(0, hash),
  };
}
