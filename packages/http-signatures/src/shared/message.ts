import { InterningTable } from "./interning-table.js";

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
 * The package's one piece of module state: a fact about the runtime, probed once on first use
 * (not at import, which must do nothing) and never changed after; it holds no request data.
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

type HeaderRecord = Readonly<Record<string, unknown>>;

/** Reads a Fetch API `Headers` (or an object with the same `get`). */
class WebHeaderReader implements HeaderReader {
  readonly valuesChecked: boolean;
  readonly #headers: Pick<Headers, "get">;

  constructor(headers: Pick<Headers, "get">) {
    this.#headers = headers;
    this.valuesChecked = hasCheckedValues(headers);
  }

  get(name: string): string | null {
    // `Headers.get` throws for a name that is not a token (`x@y`, `a b`): a name a sender put in
    // its covered list must not be able to throw, so such a name is simply absent.
    try {
      return this.#headers.get(name);
    } catch {
      return null;
    }
  }

  lines(name: string): string[] | null {
    const value = this.get(name);
    return value === null ? null : [value];
  }
}

/** Whether a header name has an ASCII capital (looked for without building a lower-cased copy). */
function hasUpperCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) return true;
  }
  return false;
}

/**
 * The own names of `record` lower-cased (the first spelling of a name wins), or `null` when every
 * name is lower case already: one pass however many names are then asked for.
 */
function lowerCasedNames(record: HeaderRecord): Map<string, unknown> | null {
  const keys = Object.keys(record);
  if (!keys.some(hasUpperCase)) return null;
  const lowerCased = new Map<string, unknown>();
  for (const key of keys) {
    const lower = key.toLowerCase();
    if (!lowerCased.has(lower)) lowerCased.set(lower, record[key]);
  }
  return lowerCased;
}

/** How many names missed in a header record are looked for by a scan before it is indexed. */
const SCANNED_MISSES = 4;

/**
 * Reads Node's `IncomingMessage.headers` form: names in any case, a value or field lines. The
 * name asked for comes from the sender (a covered header), so the record is only ever read
 * through its own properties: `constructor` or `__proto__` are absent, not `Object.prototype`'s.
 */
class RecordHeaderReader implements HeaderReader {
  readonly valuesChecked = false;
  readonly #record: HeaderRecord;
  /**
   * The record's own names lower-cased, built on the first name not found as given; `null` once
   * a look found every name lower case already (Node's form), so a miss is simply absent.
   */
  #lowerCased: Map<string, unknown> | null | undefined;
  /** How many names were not found as given. */
  #misses = 0;

  constructor(record: HeaderRecord) {
    this.#record = record;
  }

  #find(name: string): string | readonly string[] | undefined {
    const record = this.#record;
    // Node lower-cases names already, so the name as asked is nearly always found directly.
    const value = Object.hasOwn(record, name) ? record[name] : this.#findAnyCase(name);
    if (typeof value === "string") return value;
    if (Array.isArray(value)) return value.filter((line): line is string => typeof line === "string");
    return undefined;
  }

  #findAnyCase(name: string): unknown {
    if (this.#lowerCased === undefined && ++this.#misses <= SCANNED_MISSES) {
      // A few misses (signature-input on a draft request …) scan the names of the same length,
      // allocating nothing; more build a lower-cased index once, so a sender that covers many
      // absent headers costs one pass, not one per header.
      for (const key of Object.keys(this.#record)) {
        if (key.length === name.length && key.toLowerCase() === name) return this.#record[key];
      }
      return undefined;
    }
    if (this.#lowerCased === undefined) this.#lowerCased = lowerCasedNames(this.#record);
    return this.#lowerCased?.get(name);
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

/** The last request URLs taken apart: a server sees the same few inbox URLs over and over. */
const RECENT_TARGETS = new InterningTable<TargetParts>(8);

/**
 * Reads scheme, authority, path and query from `url` as a WHATWG URL parser sees them. The parts
 * are frozen: those of the last few URLs are kept ({@link InterningTable}) and shared.
 *
 * @returns the parts, or `null` when `url` is not an absolute URL (a request URL built from a
 *   malformed `Host` header, say).
 */
export function targetParts(url: unknown): TargetParts | null {
  return typeof url === "string" ? RECENT_TARGETS.get(url, parseTarget) : parseTarget(url);
}

function parseTarget(url: unknown): TargetParts | null {
  let parsed: URL;
  try {
    parsed = new URL(url as string);
  } catch {
    return null;
  }
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

/** The request side of a message, as signatures read it. */
export interface RequestView {
  /** The method as sent. */
  readonly method: string;
  /** The target URI, taken apart. */
  readonly target: TargetParts;
  /** The request's header fields. */
  readonly headers: HeaderReader;
}
