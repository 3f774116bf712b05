import { type Dictionary, parseDictionary } from "structured-headers";
import { failure, type VerificationFailure } from "../shared/verification-result.js";

/** The signature parameters this package reads from a `Signature-Input` member. */
export interface SignatureParams {
  readonly created?: number;
  readonly expires?: number;
  readonly keyid?: string;
  readonly alg?: string;
  readonly nonce?: string;
  readonly tag?: string;
}

const PARAM_TYPES: Readonly<Record<string, "integer" | "string">> = {
  created: "integer",
  expires: "integer",
  keyid: "string",
  alg: "string",
  nonce: "string",
  tag: "string",
};

/** Reads `created`, `expires`, `keyid`, `alg`, `nonce`, `tag`, checking their types. */
export function readParams(params: Map<string, unknown>): SignatureParams | VerificationFailure {
  const out: Record<string, string | number> = {};
  for (const [name, value] of params) {
    const type = PARAM_TYPES[name];
    if (!type) continue;
    const fits = type === "integer" ? Number.isInteger(value) : typeof value === "string";
    if (!fits)
      return failure(
        "malformed_header",
        `Signature-Input parameter ${name} must be ${type === "integer" ? "an integer" : "a string"}.`,
      );
    out[name] = value as string | number;
  }
  return out as SignatureParams;
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
