import { type Dictionary, parseDictionary } from "structured-headers";
import { failure, type VerificationFailure } from "../shared/verification-result.js";
import { rfc9421Algorithm } from "./algorithms.js";

/** The signature parameters this package reads from a `Signature-Input` member. */
export interface SignatureParams {
  readonly created: number | undefined;
  readonly expires: number | undefined;
  readonly keyid: string | undefined;
  readonly alg: string | undefined;
  readonly nonce: string | undefined;
  readonly tag: string | undefined;
}

function malformed(name: string, type: string): VerificationFailure {
  return failure("malformed_header", `Signature-Input parameter ${name} must be ${type}.`);
}

/** Reads `created`, `expires`, `keyid`, `alg`, `nonce`, `tag`, checking their types. */
export function readParams(params: Map<string, unknown>): SignatureParams | VerificationFailure {
  const created = params.get("created");
  const expires = params.get("expires");
  if (created !== undefined && !Number.isInteger(created)) return malformed("created", "an integer");
  if (expires !== undefined && !Number.isInteger(expires)) return malformed("expires", "an integer");
  const keyid = params.get("keyid");
  const alg = params.get("alg");
  const nonce = params.get("nonce");
  const tag = params.get("tag");
  if (keyid !== undefined && typeof keyid !== "string") return malformed("keyid", "a string");
  if (alg !== undefined && typeof alg !== "string") return malformed("alg", "a string");
  if (nonce !== undefined && typeof nonce !== "string") return malformed("nonce", "a string");
  if (tag !== undefined && typeof tag !== "string") return malformed("tag", "a string");
  return {
    created: created as number | undefined,
    expires: expires as number | undefined,
    keyid: keyid as string | undefined,
    // A registry name is swapped for the interned literal: tables are indexed by it cheaply.
    alg: alg === undefined ? undefined : (rfc9421Algorithm(alg as string) ?? (alg as string)),
    nonce: nonce as string | undefined,
    tag: tag as string | undefined,
  };
}

/** Parses `Signature-Input` or `Signature` as a dictionary, within the length limit. */
export function parseField(name: string, value: string, max: number): Dictionary | VerificationFailure {
  if (value.length > max) {
    return failure(
      "malformed_header",
      `${name} is ${value.length} characters; the limit is ${max} (options.maxHeaderLength).`,
    );
  }
  try {
    return parseDictionary(value);
  } catch (error) {
    return failure(
      "malformed_header",
      `${name} is not a structured-field dictionary: ${(error as Error).message}`,
    );
  }
}
