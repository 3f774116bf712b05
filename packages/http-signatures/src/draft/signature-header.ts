import { decodeBase64Strict } from "../shared/base64.js";
import { isOptionalWhitespace } from "../shared/field-value.js";
import { internedName } from "../shared/interned-name.js";
import { failure, type VerificationFailure } from "../shared/verification-result.js";

/** The parameters of a draft-cavage `Signature` header. */
export interface DraftSignatureParams {
  /** The key id. */
  readonly keyId: string;
  /** The algorithm, lower case, or `undefined` when the header names none. */
  readonly algorithm: string | undefined;
  /**
   * The covered headers, lower case. Without a `headers` parameter: `["(created)"]` when there is
   * a `created` parameter (draft-cavage-12), else `["date"]` (Mastodon, earlier drafts).
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
  let value = "";
  for (let i = from; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      out.value = value;
      out.end = i + 1;
      return true;
    }
    if (char === "\\") i++;
    if (i < text.length) value += text[i];
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

/** The letters a parameter name starts with. */
const LETTERS = /^[A-Za-z]*/;

/**
 * Reads `name="value", name=value …`. Names are case-insensitive (`keyId` and `keyid` are one
 * parameter, so a duplicate is caught in any case); unknown parameters are skipped, but one
 * given twice is still an error.
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
    while (isOptionalWhitespace(code) || code === 44) code = text.charCodeAt(++i);
    if (i >= n) break;
    // The name runs to "=": known names are recognised as they are, others checked to be letters.
    const equals = text.indexOf("=", i);
    const name = equals < 0 ? text.slice(i) : text.slice(i, equals);
    let parameter = equals < 0 ? Parameter.UNKNOWN : parameterOf(name);
    if (parameter === Parameter.UNKNOWN) {
      const letters = LETTERS.exec(name)![0];
      if (letters === "") return `unexpected character "${text[i]}" at position ${i}`;
      if (letters.length < name.length || equals < 0) return `parameter ${letters} has no "="`;
      parameter = parameterOf(name.toLowerCase());
    }
    i = equals + 1;
    let value: string;
    if (text.charCodeAt(i) === 34) {
      if (backslash >= 0 && backslash <= i) backslash = text.indexOf("\\", i + 1);
      if (!readQuoted(text, i + 1, backslash, quoted))
        return `parameter ${name} has an unterminated quoted value`;
      value = quoted.value;
      i = quoted.end;
    } else {
      const end = text.indexOf(",", i);
      value = (end < 0 ? text.slice(i) : text.slice(i, end)).trim();
      i = end < 0 ? n : end;
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
    if (duplicate) return `parameter ${name} appears twice`;
    code = text.charCodeAt(i);
    while (isOptionalWhitespace(code)) code = text.charCodeAt(++i);
    if (i < n && code !== 44) return `expected "," after parameter ${name}`;
  }
  return { keyid, algorithm, headers, signature, created, expires };
}

const WHITESPACE = /\s+/;
const IRREGULAR_SPACING = /^\s|\s$|\s\s|[^\S ]/;

/** Splits `headers="(request-target) host date"` at whitespace into lower-case names. */
function splitHeaderNames(list: string): readonly string[] {
  const lower = list.toLowerCase();
  const names =
    lower !== "" && !IRREGULAR_SPACING.test(lower)
      ? lower.split(" ")
      : lower.split(WHITESPACE).filter(Boolean);
  return names.map(internedName);
}

// Each server sends the same one or two header lists on every request, so the lists split last
// are kept. Compared with ===, not looked up in a Map: hashing a freshly sliced string each time
// cost more than splitting it.
const RECENT_LISTS = 8;
const recentLists: string[] = [];
const recentNames: (readonly string[])[] = [];

/** {@link splitHeaderNames}, remembered for the last few lists. */
function coveredHeaderNames(list: string): readonly string[] {
  for (let i = 0; i < recentLists.length; i++) {
    if (recentLists[i] === list) return recentNames[i]!;
  }
  const names = splitHeaderNames(list);
  if (recentLists.length >= RECENT_LISTS) {
    recentLists.pop();
    recentNames.pop();
  }
  recentLists.unshift(list);
  recentNames.unshift(names);
  return names;
}

function readTime(raw: string | undefined, name: string): number | undefined | VerificationFailure {
  if (raw === undefined) return undefined;
  if (!DIGITS.test(raw))
    return failure(
      "malformed_header",
      `Signature ${name}="${raw.slice(0, 20)}" is not a Unix time in seconds.`,
    );
  return Number(raw);
}

/**
 * Parses the value of a draft-cavage `Signature` header (or an `Authorization: Signature`
 * header without its scheme). Accepts quoted or bare `created` / `expires` (oeee.cafe quotes
 * them); rejects duplicated parameters, bad base64 and missing `keyId` / `signature`.
 */
export function parseDraftSignatureHeader(value: string): DraftSignatureParams | VerificationFailure {
  const params = readRawParams(value);
  if (typeof params === "string") return failure("malformed_header", `Signature header: ${params}.`);
  const keyId = params.keyid;
  if (keyId === undefined || keyId === "")
    return failure("malformed_header", "Signature header has no keyId.");
  const encoded = params.signature;
  if (encoded === undefined)
    return failure("malformed_header", "Signature header has no signature parameter.", { keyId });
  const signature = decodeBase64Strict(encoded);
  if (!signature)
    return failure("malformed_header", "Signature header's signature is not valid base64.", { keyId });
  const created = readTime(params.created, "created");
  if (typeof created === "object") return { ...created, keyId };
  const expires = readTime(params.expires, "expires");
  if (typeof expires === "object") return { ...expires, keyId };
  const headersParam = params.headers;
  const headers =
    headersParam === undefined
      ? [created === undefined ? "date" : "(created)"]
      : coveredHeaderNames(headersParam);
  if (headers.length === 0)
    return failure("malformed_header", 'Signature headers="" covers nothing.', { keyId });
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
  created?: number;
  expires?: number;
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
