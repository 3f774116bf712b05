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
   * `true` when the values come from a Fetch API `Headers`, which refuses CR, LF, NUL and
   * characters above U+00FF: no value can then forge a line of a signature base.
   */
  readonly valuesChecked: boolean;
}

const FetchHeaders: typeof Headers | undefined = globalThis.Headers;

const OBS_FOLD = /\r?\n[ \t]+/g;

function cleanLine(value: string): string {
  return value.replace(OBS_FOLD, " ").trim();
}

/** Wraps {@link HeadersInput} in a {@link HeaderReader}. */
export function headerReader(headers: HeadersInput): HeaderReader {
  if (typeof (headers as Headers).get === "function" && typeof (headers as Headers).has === "function") {
    const web = headers as Headers;
    // A verifier reads `date`, `digest`, `host` … once for the policy and again for the signature
    // base; undici's `Headers.get` validates and lower-cases the name every time. The handful of
    // names read is searched in a list: cheaper than a Map at this size.
    const names: string[] = [];
    const values: (string | null)[] = [];
    const get = (name: string): string | null => {
      for (let i = 0; i < names.length; i++) {
        if (names[i] === name) return values[i]!;
      }
      const value = web.get(name);
      if (names.length < 16) {
        names.push(name);
        values.push(value);
      }
      return value;
    };
    return {
      get,
      lines: (name) => {
        const value = get(name);
        return value === null ? null : [value];
      },
      valuesChecked: FetchHeaders !== undefined && headers instanceof FetchHeaders,
    };
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const find = (name: string): string | readonly string[] | undefined => {
    const direct = record[name];
    if (direct !== undefined) return direct;
    for (const key of Object.keys(record)) {
      if (key.length === name.length && key.toLowerCase() === name) return record[key];
    }
    return undefined;
  };
  const lines = (name: string): string[] | null => {
    const value = find(name);
    if (value === undefined) return null;
    return typeof value === "string" ? [cleanLine(value)] : value.map(cleanLine);
  };
  return {
    get: (name) => {
      const value = find(name);
      if (value === undefined) return null;
      if (typeof value === "string") return cleanLine(value);
      return value.map(cleanLine).join(", ");
    },
    lines,
    valuesChecked: false,
  };
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
