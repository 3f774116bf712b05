const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;

/** A PEM block taken apart: its label (`PUBLIC KEY`, `RSA PUBLIC KEY` …) and its DER bytes. */
export interface PemBlock {
  readonly label: string;
  readonly der: Buffer;
}

/**
 * Finds the first PEM block in `text`, tolerating what real actor documents contain: newlines
 * turned into spaces, `\r\n`, leading or trailing text, a missing final newline.
 *
 * @returns the block, or `null` when there is none or its body is not base64.
 */
export function parsePem(text: string): PemBlock | null {
  const match = PEM_BLOCK.exec(text);
  if (!match) return null;
  const body = match[2]!.replace(/\s+/g, "");
  if (body.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return null;
  return { label: match[1]!, der: Buffer.from(body, "base64") };
}
