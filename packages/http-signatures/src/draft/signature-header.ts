import { decodeBase64Strict } from "../shared/base64.js";
import { failure, type VerificationFailure } from "../shared/verification-result.js";

/** The parameters of a draft-cavage `Signature` header. */
export interface DraftSignatureParams {
  /** The key id. */
  readonly keyId: string;
  /** The algorithm, lower case, or `undefined` when the header names none. */
  readonly algorithm: string | undefined;
  /** The covered headers, lower case; `["date"]` when the header has no `headers` parameter. */
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

/** Reads a quoted string starting after its opening quote; returns [value, index after the closing quote]. */
function readQuoted(text: string, from: number): [string, number] | null {
  const close = text.indexOf('"', from);
  if (close < 0) return null;
  const simple = text.slice(from, close);
  if (!simple.includes("\\")) return [simple, close + 1];
  let out = "";
  for (let i = from; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') return [out, i + 1];
    if (char === "\\") i++;
    if (i < text.length) out += text[i];
  }
  return null;
}

function readRawParams(text: string): Map<string, string> | string {
  const params = new Map<string, string>();
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === ",")) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isLetter(text.charCodeAt(i))) i++;
    const name = text.slice(start, i);
    if (name === "") return `unexpected character "${text[i]}" at position ${i}`;
    if (text[i] !== "=") return `parameter ${name} has no "="`;
    i++;
    let value: string;
    if (text[i] === '"') {
      const quoted = readQuoted(text, i + 1);
      if (!quoted) return `parameter ${name} has an unterminated quoted value`;
      [value, i] = quoted;
    } else {
      const end = text.indexOf(",", i);
      value = (end < 0 ? text.slice(i) : text.slice(i, end)).trim();
      i = end < 0 ? n : end;
    }
    const key = name === "keyId" ? name : name.toLowerCase();
    if (params.has(key)) return `parameter ${name} appears twice`;
    params.set(key, value);
    while (i < n && (text[i] === " " || text[i] === "\t")) i++;
    if (i < n && text[i] !== ",") return `expected "," after parameter ${name}`;
  }
  return params;
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
  const keyId = params.get("keyId") ?? params.get("keyid");
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
  const headers =
    headersParam === undefined ? ["date"] : headersParam.toLowerCase().split(/\s+/).filter(Boolean);
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
