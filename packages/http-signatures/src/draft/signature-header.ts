import { decodeBase64Strict } from "../shared/base64.js";
import { isOptionalWhitespace, isTokenCharacter } from "../shared/field-value.js";
import { internedName } from "../shared/interned-name.js";
import { InterningTable } from "../shared/interning-table.js";
import { SignatureError, withContext } from "../shared/signature-error.js";

/** The parameters of a draft-cavage `Signature` header. */
export interface DraftSignatureParams {
  /** The key id. */
  readonly keyId: string;
  /** The algorithm, lower case, or `undefined` when the header names none. */
  readonly algorithm: string | undefined;
  /**
   * The covered headers, lower case, each once. Without a `headers` parameter: `["(created)"]`
   * when there is a `created` parameter (draft-cavage-12), else `["date"]` (Mastodon, earlier
   * drafts). Frozen: it may be shared.
   */
  readonly headers: readonly string[];
  /** The raw signature. */
  readonly signature: Buffer;
  /** The `created` parameter (epoch seconds), if any. */
  readonly created: number | undefined;
  /** The `expires` parameter (epoch seconds), if any. */
  readonly expires: number | undefined;
}

const DIGITS = /^\d{1,12}$/;

// Character codes the parameter reader compares against, as module-local constants (V8 folds
// them; an imported constant object would cost a property load in the loop).
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Where a quoted value starting after its opening quote ends, and the value without escapes. */
interface Quoted {
  value: string;
  end: number;
}

/**
 * Reads a quoted string starting after its opening quote; `end` is the index after the closing
 * quote. `backslash` is the index of the first backslash at or after `from`, -1 when none.
 */
function readQuoted(text: string, from: number, backslash: number, out: Quoted): boolean {
  const close = text.indexOf('"', from);
  if (close < 0) return false;
  if (backslash < 0 || backslash > close) {
    out.value = text.slice(from, close);
    out.end = close + 1;
    return true;
  }
  // Copies the runs between escapes in slices: one slice per escape, not one string per character.
  const parts: string[] = [];
  let start = from;
  let i = from;
  while (i < text.length) {
    const char = text.charCodeAt(i);
    if (char === DOUBLE_QUOTE) {
      parts.push(text.slice(start, i));
      out.value = parts.join("");
      out.end = i + 1;
      return true;
    }
    if (char === BACKSLASH) {
      parts.push(text.slice(start, i));
      start = i + 1;
      i += 2;
    } else {
      i++;
    }
  }
  return false;
}

/** The parameters this package reads, as sent (before any checks). */
interface RawParams {
  keyid: string | undefined;
  algorithm: string | undefined;
  headers: string | undefined;
  signature: string | undefined;
  created: string | undefined;
  expires: string | undefined;
}

/** The parameters this package reads, numbered; `UNKNOWN` for the others. */
enum Parameter {
  UNKNOWN,
  KEY_ID,
  ALGORITHM,
  HEADERS,
  SIGNATURE,
  CREATED,
  EXPIRES,
}

/** Which parameter `name` is: the spellings servers send (`keyId`) or lower case. */
function parameterOf(name: string): Parameter {
  switch (name) {
    case "keyId":
    case "keyid":
      return Parameter.KEY_ID;
    case "algorithm":
      return Parameter.ALGORITHM;
    case "headers":
      return Parameter.HEADERS;
    case "signature":
      return Parameter.SIGNATURE;
    case "created":
      return Parameter.CREATED;
    case "expires":
      return Parameter.EXPIRES;
    default:
      return Parameter.UNKNOWN;
  }
}

/** Skips optional whitespace from `i`; the index of the first other character. */
function skipWhitespace(text: string, i: number): number {
  while (isOptionalWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Reads `name="value", name=value …` (RFC 7235 auth-params: a token, optional whitespace, `=`,
 * optional whitespace, a token or quoted string). Names are case-insensitive (`keyId` and `keyid`
 * are one parameter, so a duplicate is caught in any case); unknown parameters (`x-foo="y"`) are
 * skipped, but one given twice is still an error.
 *
 * Linear in `text`: each character is looked at a bounded number of times.
 *
 * @returns the parameters, or what is wrong with the text
 */
function readRawParams(text: string): RawParams | string {
  // One variable per parameter read; unknown ones are only remembered to catch a repeat.
  let keyid: string | undefined;
  let algorithm: string | undefined;
  let headers: string | undefined;
  let signature: string | undefined;
  let created: string | undefined;
  let expires: string | undefined;
  let unknown: Set<string> | undefined;
  const quoted: Quoted = { value: "", end: 0 };
  // Where the next backslash is: values before it need no unescaping (most headers have none).
  let backslash = text.indexOf("\\");
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    while (isOptionalWhitespace(code) || code === COMMA) code = text.charCodeAt(++i);
    if (i >= n) break;
    // The name runs to "=": the known names are recognised as servers send them (the hot path);
    // any other must be a token, perhaps followed by whitespace before "=" (RFC 7235's BWS).
    const equals = text.indexOf("=", i);
    let name = equals < 0 ? text.slice(i) : text.slice(i, equals);
    let parameter = equals < 0 ? Parameter.UNKNOWN : parameterOf(name);
    if (parameter === Parameter.UNKNOWN) {
      let tokenEnd = i;
      while (tokenEnd < n && isTokenCharacter(text.charCodeAt(tokenEnd))) tokenEnd++;
      if (tokenEnd === i) return `unexpected character "${text[i]}" at position ${i}`;
      if (equals < 0 || skipWhitespace(text, tokenEnd) !== equals) {
        return `parameter ${text.slice(i, Math.min(tokenEnd, i + 40))} has no "="`;
      }
      name = text.slice(i, tokenEnd);
      parameter = parameterOf(name.toLowerCase());
    }
    i = equals + 1;
    if (isOptionalWhitespace(text.charCodeAt(i))) i = skipWhitespace(text, i);
    let value: string;
    if (text.charCodeAt(i) === DOUBLE_QUOTE) {
      if (backslash >= 0 && backslash <= i) backslash = text.indexOf("\\", i + 1);
      if (!readQuoted(text, i + 1, backslash, quoted))
        return `parameter ${name.slice(0, 40)} has an unterminated quoted value`;
      value = quoted.value;
      i = quoted.end;
    } else {
      // A bare value is a token: it ends at a comma or whitespace.
      let end = i;
      while (end < n) {
        const next = text.charCodeAt(end);
        if (next === COMMA || isOptionalWhitespace(next)) break;
        end++;
      }
      value = text.slice(i, end);
      i = end;
    }
    let duplicate = false;
    switch (parameter) {
      case Parameter.KEY_ID:
        duplicate = keyid !== undefined;
        keyid = value;
        break;
      case Parameter.ALGORITHM:
        duplicate = algorithm !== undefined;
        algorithm = value;
        break;
      case Parameter.HEADERS:
        duplicate = headers !== undefined;
        headers = value;
        break;
      case Parameter.SIGNATURE:
        duplicate = signature !== undefined;
        signature = value;
        break;
      case Parameter.CREATED:
        duplicate = created !== undefined;
        created = value;
        break;
      case Parameter.EXPIRES:
        duplicate = expires !== undefined;
        expires = value;
        break;
      default: {
        const lower = name.toLowerCase();
        unknown ??= new Set();
        duplicate = unknown.has(lower);
        unknown.add(lower);
      }
    }
    if (duplicate) return `parameter ${name.slice(0, 40)} appears twice`;
    i = skipWhitespace(text, i);
    if (i < n && text.charCodeAt(i) !== COMMA) return `expected "," after parameter ${name.slice(0, 40)}`;
  }
  return { keyid, algorithm, headers, signature, created, expires };
}

const WHITESPACE = /\s+/;
const IRREGULAR_SPACING = /^\s|\s$|\s\s|[^\S ]/;

/** Below this many names a duplicate is looked for pairwise; above, with a set (a hostile list is long). */
const PAIRWISE_DUPLICATE_LIMIT = 16;

/** The first name listed twice, or `undefined`. */
function repeatedName(names: readonly string[]): string | undefined {
  if (names.length <= PAIRWISE_DUPLICATE_LIMIT) {
    for (let i = 1; i < names.length; i++) {
      if (names.indexOf(names[i]!) < i) return names[i];
    }
    return undefined;
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}

/** The last `headers="…"` lists split: each server sends the same one or two on every request. */
const RECENT_LISTS = new InterningTable<readonly string[] | RepeatedName>(8);

/** A `headers` list that names a header twice: the name, for the message. */
interface RepeatedName {
  readonly repeated: string;
}

/**
 * Splits `headers="(request-target) host date"` at whitespace into lower-case names: a frozen
 * list, shared with every request that sent the same text (kept for the last few lists), or the
 * name it lists twice. A single space between names, what every server sends, is split without
 * a regular expression.
 */
function splitHeaderNames(list: string): readonly string[] | RepeatedName {
  return RECENT_LISTS.get(list, splitNames);
}

function splitNames(list: string): string[] | RepeatedName {
  const lower = list.toLowerCase();
  const names =
    lower !== "" && !IRREGULAR_SPACING.test(lower)
      ? lower.split(" ")
      : lower.split(WHITESPACE).filter(Boolean);
  for (let i = 0; i < names.length; i++) names[i] = internedName(names[i]!);
  const repeated = repeatedName(names);
  return repeated === undefined ? names : { repeated };
}

function readTime(raw: string | undefined, name: string): number | undefined | SignatureError {
  if (raw === undefined) return undefined;
  if (!DIGITS.test(raw))
    return new SignatureError(
      "malformed_header",
      `Signature ${name}="${raw.slice(0, 20)}" is not a Unix time in seconds.`,
    );
  return Number(raw);
}

const DEFAULT_DATE: readonly string[] = Object.freeze(["date"]);
const DEFAULT_CREATED: readonly string[] = Object.freeze(["(created)"]);

/**
 * Parses the value of a draft-cavage `Signature` header (or an `Authorization: Signature`
 * header without its scheme). Accepts quoted or bare `created` / `expires` (oeee.cafe quotes
 * them) and ignores unknown token-named parameters; rejects duplicated parameters, a header
 * listed twice in `headers`, bad base64 and a missing or empty `keyId` / `signature`.
 */
export function parseDraftSignatureHeader(value: string): DraftSignatureParams | SignatureError {
  const params = readRawParams(value);
  if (typeof params === "string")
    return new SignatureError("malformed_header", `Signature header: ${params}.`);
  const keyId = params.keyid;
  if (keyId === undefined || keyId === "")
    return new SignatureError("malformed_header", "Signature header has no keyId.");
  const context = { keyId };
  const encoded = params.signature;
  if (encoded === undefined) {
    return new SignatureError("malformed_header", "Signature header has no signature parameter.", context);
  }
  const signature = decodeBase64Strict(encoded);
  if (!signature) {
    return new SignatureError(
      "malformed_header",
      "Signature header's signature is not valid base64.",
      context,
    );
  }
  const created = readTime(params.created, "created");
  if (created instanceof SignatureError) return withContext(created, context);
  const expires = readTime(params.expires, "expires");
  if (expires instanceof SignatureError) return withContext(expires, context);
  const headersParam = params.headers;
  const headers =
    headersParam === undefined
      ? created === undefined
        ? DEFAULT_DATE
        : DEFAULT_CREATED
      : splitHeaderNames(headersParam);
  if ("repeated" in headers) {
    return new SignatureError(
      "malformed_header",
      `Signature headers lists ${headers.repeated.slice(0, 40)} twice.`,
      context,
    );
  }
  if (headers.length === 0)
    return new SignatureError("malformed_header", 'Signature headers="" covers nothing.', context);
  return {
    keyId,
    algorithm: params.algorithm?.toLowerCase(),
    headers,
    signature,
    created,
    expires,
  };
}

function quote(text: string): string {
  return `"${text.replace(/["\\]/g, "\\$&")}"`;
}

/** Writes a `Signature` header value: `keyId`, `algorithm`, `created`, `expires`, `headers`, `signature`. */
export function serializeDraftSignatureHeader(params: {
  keyId: string;
  algorithm: string;
  headers: readonly string[];
  signature: Buffer;
  created?: number | undefined;
  expires?: number | undefined;
}): string {
  const parts = [`keyId=${quote(params.keyId)}`, `algorithm=${quote(params.algorithm)}`];
  if (params.created !== undefined) parts.push(`created=${params.created}`);
  if (params.expires !== undefined) parts.push(`expires=${params.expires}`);
  parts.push(
    `headers=${quote(params.headers.join(" "))}`,
    `signature=${quote(params.signature.toString("base64"))}`,
  );
  return parts.join(",");
}
