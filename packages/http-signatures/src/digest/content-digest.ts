import { hash as oneShotHash } from "node:crypto";
import { success } from "@fedikit/core";
import { type Dictionary, isInnerList, parseDictionary, serializeDictionary } from "structured-headers";
import { type BodyInput, bodyBytes } from "../shared/body.js";
import { constantTimeEqual } from "../shared/constant-time.js";
import { type DigestCheck, digestFailure, digestHash, MAX_DIGEST_FIELD_LENGTH } from "./digest-check.js";

/** Hash algorithms of the RFC 9530 registry that are in active use. */
export type ContentDigestAlgorithm = "sha-256" | "sha-512";

/**
 * Builds an RFC 9530 `Content-Digest` value, e.g. `sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:`,
 * serialized as a structured-field dictionary.
 *
 * @param body - the exact content bytes (or text, encoded as UTF-8)
 * @param algorithms - one member per algorithm, in this order
 * @throws TypeError for an algorithm other than `sha-256` / `sha-512`
 */
export function createContentDigestHeader(
  body: BodyInput,
  algorithms: readonly ContentDigestAlgorithm[] = ["sha-256"],
): string {
  const bytes = bodyBytes(body);
  const members: Dictionary = new Map();
  for (const algorithm of algorithms) {
    const hash = digestHash(algorithm);
    if (!hash) throw new TypeError(`Content-Digest algorithm must be sha-256 or sha-512, not ${algorithm}.`);
    members.set(algorithm, [new Uint8Array(oneShotHash(hash, bytes, "buffer")), new Map()]);
  }
  return serializeDictionary(members);
}

/**
 * Checks an RFC 9530 `Content-Digest` value (at most 4,096 characters) against the content. Every `sha-256` / `sha-512`
 * member must match (compared in constant time); deprecated algorithms (md5, sha, crc32c …) are
 * ignored; when none is supported the result says so.
 */
export function verifyContentDigestHeader(value: string, body: BodyInput): DigestCheck {
  if (value.length > MAX_DIGEST_FIELD_LENGTH) {
    return digestFailure(
      "malformed_header",
      `Content-Digest is ${value.length} characters; the limit is ${MAX_DIGEST_FIELD_LENGTH}.`,
    );
  }
  let dictionary: ReturnType<typeof parseDictionary>;
  try {
    dictionary = parseDictionary(value);
  } catch (error) {
    return digestFailure(
      "malformed_header",
      `Content-Digest is not a structured-field dictionary: ${(error as Error).message}`,
    );
  }
  const bytes = bodyBytes(body);
  const checked: string[] = [];
  const ignored: string[] = [];
  for (const [algorithm, member] of dictionary) {
    const hash = digestHash(algorithm);
    if (!hash) {
      ignored.push(algorithm);
      continue;
    }
    if (isInnerList(member) || !(member[0] instanceof ArrayBuffer)) {
      return digestFailure(
        "malformed_header",
        `Content-Digest ${algorithm} must be a byte sequence (:base64:).`,
      );
    }
    const actual = oneShotHash(hash, bytes, "buffer");
    if (!constantTimeEqual(actual, new Uint8Array(member[0]))) {
      return digestFailure(
        "digest_mismatch",
        `Content-Digest ${algorithm} does not match the content (${bytes.length} bytes): the body changed after signing, or the sender hashed different bytes. The content hashes to ${algorithm}=:${actual.toString("base64")}:.`,
      );
    }
    checked.push(algorithm);
  }
  if (checked.length === 0) {
    return digestFailure(
      "digest_missing",
      ignored.length > 0
        ? `Content-Digest carries only ${ignored.join(", ")}; send sha-256 or sha-512.`
        : "Content-Digest is empty; send sha-256=:<base64>:.",
    );
  }
  return success({ algorithms: checked });
}
