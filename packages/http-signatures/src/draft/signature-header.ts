import { decodeBase64Strict } from "../shared/base64.js";
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

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Where a quoted value starting after its opening quote ends, and the value without escapes. */
interface Quoted {
  value: string;
  end: number;
}

/** Reads a quoted string starting after its opening quote; `end` is the index after the closing quote. */
function readQuoted(text: string, from: number, out: Quoted): boolean {
  const close = text.indexOf('"', from);
  if (close < 0) return false;
  const simple = text.slice(from, close);
  if (!simple.includes("\\")) {
    out.value = simple;
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

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Reads `name="value", name=value …` into a map with lower-case names (`keyId` and `keyid` are
 * one parameter, so a duplicate is caught in any case).
 *
 * @returns the parameters, or what is wrong with the text
 */
function readRawParams(text: string): Map<string, string> | string {
  const params = new Map<string, string>();
  const quoted: Quoted = { value: "", end: 0 };
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    while (isSpace(code) || code === 44) code = text.charCodeAt(++i);
    if (i >= n) break;
    const start = i;
    while (isLetter(code)) code = text.charCodeAt(++i);
    if (i === start) return `unexpected character "${text[i]}" at position ${i}`;
    const name = text.slice(start, i);
    if (code !== 61) return `parameter ${name} has no "="`;
    i++;
    let value: string;
    if (text.charCodeAt(i) === 34) {
      if (!readQuoted(text, i + 1, quoted)) return `parameter ${name} has an unterminated quoted value`;
      value = quoted.value;
      i = quoted.end;
    } else {
      const end = text.indexOf(",", i);
      value = (end < 0 ? text.slice(i) : text.slice(i, end)).trim();
      i = end < 0 ? n : end;
    }
    const key = name.toLowerCase();
    if (params.has(key)) return `parameter ${name} appears twice`;
    params.set(key, value);
    code = text.charCodeAt(i);
    while (isSpace(code)) code = text.charCodeAt(++i);
    if (i < n && code !== 44) return `expected "," after parameter ${name}`;
  }
  return params;
}

const WHITESPACE = /\s+/;
const IRREGULAR_SPACING = /^\s|\s$|\s\s|[^\S ]/;

/** Splits `headers="(request-target) host date"` at whitespace into lower-case names. */
function splitHeaderNames(list: string): string[] {
  const lower = list.toLowerCase();
  if (lower !== "" && !IRREGULAR_SPACING.test(lower)) return lower.split(" ");
  return lower.split(WHITESPACE).filter(Boolean);
}

function readTime(params: Map<string, string>, name: string): number | undefined | VerificationFailure {
  const raw = params.get(name);
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
  const keyId = params.get("keyid");
  if (keyId === undefined || keyId === "")
    return failure("malformed_header", "Signature header has no keyId.");
  const encoded = params.get("signature");
  if (encoded === undefined)
    return failure("malformed_header", "Signature header has no signature parameter.", { keyId });
  const signature = decodeBase64Strict(encoded);
  if (!signature)
    return failure("malformed_header", "Signature header's signature is not valid base64.", { keyId });
  const created = readTime(params, "created");
  if (typeof created === "object") return { ...created, keyId };
  const expires = readTime(params, "expires");
  if (typeof expires === "object") return { ...expires, keyId };
  const headersParam = params.get("headers");
  // draft-cavage-12 §2.1.6 says a missing `headers` means `(created)`; Mastodon and the drafts
  // before it read `date`. Each where its time parameter exists.
  const headers =
    headersParam === undefined
      ? [created === undefined ? "date" : "(created)"]
      : splitHeaderNames(headersParam);
  if (headers.length === 0)
    return failure("malformed_header", 'Signature headers="" covers nothing.', { keyId });
  return {
    keyId,
    algorithm: params.get("algorithm")?.toLowerCase(),
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
