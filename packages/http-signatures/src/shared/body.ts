/** A message body as bytes or text (text is encoded as UTF-8). */
export type BodyInput = ArrayBuffer | ArrayBufferView | string;

/** Turns a {@link BodyInput} into a `Buffer` without copying where it can (a `Buffer` is returned as is). */
export function bodyBytes(body: BodyInput): Buffer {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === "string") return Buffer.from(body, "utf8");
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

/**
 * Types bytes as a Fetch API body. Node's Buffers are backed by ArrayBuffers (never shared), so
 * the cast only narrows what TypeScript cannot see.
 */
export function toBodyInit(bytes: Uint8Array | null): Uint8Array<ArrayBuffer> | null {
  return bytes as Uint8Array<ArrayBuffer> | null;
}

/** Reads the body of a Fetch API message without consuming it (through `clone()`). */
export async function readBody(message: Request | Response): Promise<Uint8Array<ArrayBuffer> | null> {
  if (message.body === null) return null;
  return new Uint8Array(await message.clone().arrayBuffer());
}

/**
 * Reads the body of a Fetch API message through `clone()`, stopping (and cancelling the stream)
 * once it is longer than `maxBytes`: a sender cannot make the verifier buffer more.
 *
 * @returns the bytes, `null` when there is no body, or `"too_large"`
 */
export async function readBodyUpTo(
  message: Request | Response,
  maxBytes: number,
): Promise<Buffer | null | "too_large"> {
  if (message.body === null) return null;
  const stream = message.clone().body;
  if (stream === null) return null;
  return readStreamUpTo(stream, maxBytes);
}

/** Reads a byte stream to its end, or cancels it once it is longer than `maxBytes`. */
export async function readStreamUpTo(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Buffer | "too_large"> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return "too_large";
    }
    chunks.push(value);
  }
  return chunks.length === 1
    ? Buffer.from(chunks[0]!.buffer, chunks[0]!.byteOffset, length)
    : Buffer.concat(chunks, length);
}
