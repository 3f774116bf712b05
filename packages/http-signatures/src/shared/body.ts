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
