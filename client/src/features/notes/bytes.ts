/**
 * Socket.IO hands binary over as an ArrayBuffer in a browser (a Buffer in Node); Yjs wants a
 * Uint8Array. Anything else is not an update: it becomes an empty one, which changes nothing.
 */
export function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array([0, 0]);
}

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).byteLength;
}
