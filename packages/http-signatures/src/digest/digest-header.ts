// Packages that compile this source (through the @fedikit/source condition) need its types too.
/// <reference path="./http-digest-header.d.ts" />
import { hash as oneShotHash } from "node:crypto";
import { createHeaderValue } from "@digitalbazaar/http-digest-header";
import { success } from "@fedikit/core";
import { decodeBase64Strict } from "../shared/base64.js";
import { type BodyInput, bodyBytes } from "../shared/body.js";
import { constantTimeEqual, constantTimeEqualAt } from "../shared/constant-time.js";
import { isHttpToken, isOptionalWhitespace } from "../shared/field-value.js";
import { type DigestCheck, digestFailure, digestHash, MAX_DIGEST_FIELD_LENGTH } from "./digest-check.js";

/** The character code of `:`, which may wrap a digest value as RFC 9530 byte sequences are wrapped. */
const COLON = 0x3a;

/** Hash algorithms for an RFC 3230 `Digest` header. */
export type DigestAlgorithm = "SHA-256" | "SHA-512";

/**
 * The RFC 3230 `Digest` value of `bytes`, computed synchronously with node:crypto: the signing
 * hot path, where a WebCrypto digest would cost a thread-pool round trip per request.
 * {@link createDigestHeader} gives the same value.
 */
export function digestHeaderValue(bytes: Buffer, algorithm: DigestAlgorithm): string {
  const hash = algorithm === "SHA-512" ? "sha512" : "sha256";
  return `${algorithm}=${oneShotHash(hash, bytes, "base64")}`;
}

/**
 * Builds an RFC 3230 `Digest` header value (`SHA-256=<base64>`), what draft-cavage signers
 * send. SHA-256 goes through `@digitalbazaar/http-digest-header` (WebCrypto, so it also runs
 * where node:crypto does not); SHA-512, which that library does not offer, through node:crypto.
 * {@link signRequest} adds the same value itself, synchronously.
 *
 * @param body - the exact body bytes (or text, encoded as UTF-8)
 * @param algorithm - the hash; SHA-256 is what Mastodon and most of the fediverse check
 */
export async function createDigestHeader(
  body: BodyInput,
  algorithm: DigestAlgorithm = "SHA-256",
): Promise<string> {
  const bytes = bodyBytes(body);
  if (algorithm === "SHA-256") {
    return createHeaderValue({ data: new Uint8Array(bytes), algorithm: "sha256", useMultihash: false });
  }
  return `SHA-512=${oneShotHash("sha512", bytes, "base64")}`;
}

/**
 * Checks an RFC 3230 `Digest` header value (at most 4,096 characters) against the body. Every
 * SHA-256 / SHA-512 member must match (compared in constant time); other algorithms (MD5, SHA)
 * are ignored; when none is supported the result says so. Members are split at commas and
 * trimmed of spaces and tabs (HTTP's optional whitespace); the algorithm token is
 * case-insensitive and the value may be wrapped in colons as RFC 9530 byte sequences are.
 */
export function verifyDigestHeader(value: string, body: BodyInput): DigestCheck {
  if (value.length > MAX_DIGEST_FIELD_LENGTH) {
    return digestFailure(
      "malformed_header",
      `Digest is ${value.length} characters; the limit is ${MAX_DIGEST_FIELD_LENGTH}.`,
    );
  }
  const bytes = bodyBytes(body);
  const checked: string[] = [];
  let ignored: string[] | undefined;
  // A hostile value may repeat a member many times: hash the body once per algorithm.
  let sha256: string | undefined;
  let sha512: string | undefined;
  for (let start = 0; start <= value.length; ) {
    let end = value.indexOf(",", start);
    if (end < 0) end = value.length;
    // The member is read in place: comparing characters of a slice is slower than of the value.
    let from = start;
    let to = end;
    while (from < to && isOptionalWhitespace(value.charCodeAt(from))) from++;
    while (to > from && isOptionalWhitespace(value.charCodeAt(to - 1))) to--;
    start = end + 1;
    if (from === to) continue;
    const equals = value.indexOf("=", from);
    if (equals <= from || equals >= to) {
      return digestFailure(
        "malformed_header",
        `Digest member "${value.slice(from, Math.min(to, from + 40))}" has no algorithm=value form.`,
      );
    }
    const name = value.slice(from, equals);
    const algorithm = name === "SHA-256" ? "sha-256" : name === "SHA-512" ? "sha-512" : name.toLowerCase();
    const hash = digestHash(algorithm);
    if (!hash) {
      if (!isHttpToken(name)) {
        return digestFailure(
          "malformed_header",
          `Digest member "${name.slice(0, 40)}" does not start with an algorithm name.`,
        );
      }
      ignored ??= [];
      ignored.push(name);
      continue;
    }
    let valueFrom = equals + 1;
    let valueTo = to;
    if (
      valueTo - valueFrom > 1 &&
      value.charCodeAt(valueFrom) === COLON &&
      value.charCodeAt(valueTo - 1) === COLON
    ) {
      valueFrom++;
      valueTo--;
    }
    if (hash === "sha256") sha256 ??= oneShotHash(hash, bytes, "base64");
    else sha512 ??= oneShotHash(hash, bytes, "base64");
    const actual = (hash === "sha256" ? sha256 : sha512)!;
    // Equal to the canonical encoding of the body's hash means valid base64 and a match; anything
    // else is told apart (not base64, or another hash) only on this failure path.
    if (!constantTimeEqualAt(actual, value, valueFrom, valueTo - valueFrom)) {
      const expected = decodeBase64Strict(value.slice(valueFrom, valueTo));
      if (!expected)
        return digestFailure("malformed_header", `Digest ${algorithm.toUpperCase()} value is not base64.`);
      if (!constantTimeEqual(Buffer.from(actual, "base64"), expected)) {
        return digestFailure(
          "digest_mismatch",
          `Digest ${algorithm.toUpperCase()} does not match the body (${bytes.length} bytes): the body changed after signing, or the sender hashed different bytes (re-serialized JSON?). Body hashes to ${algorithm.toUpperCase()}=${actual}.`,
        );
      }
    }
    checked.push(algorithm);
  }
  if (checked.length === 0) {
    return digestFailure(
      "digest_missing",
      ignored !== undefined
        ? `Digest carries only ${ignored.join(", ")}; send SHA-256 or SHA-512.`
        : "Digest header is empty; send SHA-256=<base64 of the body hash>.",
    );
  }
  return success({ algorithms: checked });
}
