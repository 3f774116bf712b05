import { WebFingerError } from "./webfinger-error.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a response body as UTF-8 text, refusing more than `maxBytes` (counted while streaming,
 * never buffered past the cap) and invalid UTF-8.
 *
 * @throws {WebFingerError} `invalid_response` for a body that is too large or not UTF-8; any
 *   error of the body stream itself.
 */
export async function readBoundedText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new WebFingerError(
      "invalid_response",
      `The response body is larger than ${maxBytes} bytes; raise maxBytes if such documents are expected`,
    );
  if (Number(response.headers.get("content-length")) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw new WebFingerError("invalid_response", "The response body is not valid UTF-8", { cause });
  }
}
