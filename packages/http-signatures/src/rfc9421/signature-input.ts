import { type Dictionary, parseDictionary } from "structured-headers";
import { SignatureError } from "../shared/signature-error.js";

/** The signature parameters this package reads from a `Signature-Input` member. */
export interface SignatureParams {
  readonly created: number | undefined;
  readonly expires: number | undefined;
  readonly keyid: string | undefined;
  readonly alg: string | undefined;
  readonly nonce: string | undefined;
  readonly tag: string | undefined;
}

function malformed(name: string, type: string): SignatureError {
  return new SignatureError("malformed_header", `Signature-Input parameter ${name} must be ${type}.`);
}

/** Reads `created`, `expires`, `keyid`, `alg`, `nonce`, `tag`, checking their types. */
export function readParams(params: Map<string, unknown>): SignatureParams | SignatureError {
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
    alg: alg as string | undefined,
    nonce: nonce as string | undefined,
    tag: tag as string | undefined,
  };
}

/** Parses `Signature-Input` or `Signature` as a dictionary, within the length limit. */
export function parseField(name: string, value: string, max: number): Dictionary | SignatureError {
  if (value.length > max) {
    return new SignatureError(
      "malformed_header",
      `${name} is ${value.length} characters; the limit is ${max} (options.maxHeaderLength).`,
    );
  }
  try {
    return parseDictionary(value);
  } catch (error) {
    return new SignatureError(
      "malformed_header",
      `${name} is not a structured-field dictionary: ${(error as Error).message}`,
    );
  }
}
