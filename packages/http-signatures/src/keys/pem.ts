/** A PEM block taken apart: its label (`PUBLIC KEY`, `RSA PUBLIC KEY` …) and its DER bytes. */
export interface PemBlock {
  readonly label: string;
  readonly der: Buffer;
}

const BEGIN = "-----BEGIN ";
const DASHES = "-----";
/** Longer than any real label (`ENCRYPTED PRIVATE KEY` has 21 characters). */
const MAX_LABEL_LENGTH = 64;
const LABEL = /^[A-Z0-9 ]+$/;
const WHITESPACE = /\s+/g;
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Finds the first PEM block in `text`, tolerating what real actor documents contain: newlines
 * turned into spaces, `\r\n`, leading or trailing text, a missing final newline.
 *
 * Linear in `text`: only the first `-----BEGIN` is considered, its label is read up to the next
 * dashes, and its `-----END` is found with one `indexOf`. (A backtracking pattern such as
 * `BEGIN (…)-----([\s\S]*?)-----END \1` tries every `BEGIN` against the rest of the text, which is
 * quadratic in a text of repeated `-----BEGIN A-----`.)
 *
 * @returns the block, or `null` when there is none, or its label or body is not well-formed.
 */
export function parsePem(text: string): PemBlock | null {
  const begin = text.indexOf(BEGIN);
  if (begin < 0) return null;
  const labelStart = begin + BEGIN.length;
  const labelEnd = text.indexOf(DASHES, labelStart);
  if (labelEnd < 0 || labelEnd - labelStart > MAX_LABEL_LENGTH) return null;
  const label = text.slice(labelStart, labelEnd);
  if (!LABEL.test(label)) return null;
  const bodyStart = labelEnd + DASHES.length;
  const bodyEnd = text.indexOf(`-----END ${label}-----`, bodyStart);
  if (bodyEnd < 0) return null;
  const body = text.slice(bodyStart, bodyEnd).replace(WHITESPACE, "");
  if (body.length === 0 || !BASE64_BODY.test(body)) return null;
  return { label, der: Buffer.from(body, "base64") };
}

/** The ASN.1 DER tags the key readers look at. */
export const DerTag = { INTEGER: 0x02, SEQUENCE: 0x30 } as const;

/** A DER length byte with this bit set says how many length bytes follow (in its low bits). */
export const DER_LONG_LENGTH = 0x80;

/**
 * What a DER public key is, read from its structure rather than from the PEM label around it:
 * a SubjectPublicKeyInfo is `SEQUENCE { SEQUENCE { algorithm … }, BIT STRING }`, a PKCS#1
 * RSAPublicKey is `SEQUENCE { INTEGER modulus, INTEGER exponent }`. Servers publish each under
 * the other's label.
 *
 * @returns `"spki"`, `"pkcs1"`, or `null` when it is neither.
 */
export function publicKeyEncoding(der: Uint8Array): "spki" | "pkcs1" | null {
  if (der.length < 4 || der[0] !== DerTag.SEQUENCE) return null;
  // The outer length: one byte below 0x80, else 0x8N and N length bytes.
  const lengthByte = der[1]!;
  const first = lengthByte < DER_LONG_LENGTH ? 2 : 2 + (lengthByte & ~DER_LONG_LENGTH);
  if (first >= der.length) return null;
  if (der[first] === DerTag.SEQUENCE) return "spki";
  if (der[first] === DerTag.INTEGER) return "pkcs1";
  return null;
}
