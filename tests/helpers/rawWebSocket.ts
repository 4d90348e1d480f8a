import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/** Where a raw client lands: Engine.IO 4 straight on WebSocket, as socket.io-client does once upgraded. */
export const ENGINE_IO_WEBSOCKET = '/socket.io/?EIO=4&transport=websocket';

export const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;

export interface Frame {
  opcode: number;
  payload: Uint8Array;
  fin?: boolean;
  /** The three reserved bits, which no extension of ours negotiates: any set is a protocol error. */
  rsv?: number;
  /** Clients must mask; an unmasked client frame is a protocol error. */
  masked?: boolean;
}

/**
 * A WebSocket client written by hand over TCP (RFC 6455), so that a test can send what no
 * library would: text that is no Engine.IO packet, crafted Socket.IO packets, frames that
 * break the WebSocket protocol itself. Keeps the text messages the server sends back.
 */
export class RawWebSocket {
  readonly texts: string[] = [];
  /** True once the server said goodbye: a close frame, or the TCP connection ended. */
  ended = false;
  /** The status code of the server's close frame, if it sent one (1002: protocol error, 1009: too big...). */
  closeCode: number | undefined;
  private pending = Buffer.alloc(0);

  private constructor(private readonly tcp: Socket) {
    tcp.on('data', (chunk: Buffer) => this.receive(chunk));
    tcp.on('close', () => {
      this.ended = true;
    });
    tcp.on('error', () => {
      this.ended = true;
    });
  }

  /** Opens the connection and completes the WebSocket upgrade (101), nothing more. */
  static open(baseUrl: string, path = ENGINE_IO_WEBSOCKET): Promise<RawWebSocket> {
    const { hostname, port } = new URL(baseUrl);
    return new Promise((resolve, reject) => {
      const tcp = connect(Number(port), hostname, () => {
        tcp.write(
          `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        );
      });
      let head = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        tcp.off('data', onData);
        tcp.off('error', reject);
        const status = head.subarray(0, end).toString('latin1').split('\r\n')[0] ?? '';
        if (!status.includes(' 101 ')) return reject(new Error(`No upgrade: ${status}`));
        const socket = new RawWebSocket(tcp);
        socket.receive(head.subarray(end + 4));
        resolve(socket);
      };
      tcp.on('data', onData);
      tcp.once('error', reject);
    });
  }

  sendText(text: string): void {
    this.sendFrame({ opcode: OPCODE.text, payload: Buffer.from(text, 'utf8') });
  }

  sendBinary(bytes: Uint8Array): void {
    this.sendFrame({ opcode: OPCODE.binary, payload: bytes });
  }

  sendFrame({ opcode, payload, fin = true, rsv = 0, masked = true }: Frame): void {
    const length = payload.byteLength;
    const lengthBytes = length < 126 ? 0 : length < 65536 ? 2 : 8;
    const header = Buffer.alloc(2 + lengthBytes);
    header[0] = (fin ? 0x80 : 0) | ((rsv & 0x7) << 4) | (opcode & 0xf);
    header[1] = (masked ? 0x80 : 0) | (lengthBytes === 0 ? length : lengthBytes === 2 ? 126 : 127);
    if (lengthBytes === 2) header.writeUInt16BE(length, 2);
    if (lengthBytes === 8) header.writeBigUInt64BE(BigInt(length), 2);
    if (!masked) return this.sendBytes(Buffer.concat([header, payload]));
    const mask = randomBytes(4);
    const body = Buffer.from(payload);
    for (let i = 0; i < body.length; i++) body[i] = (body[i] ?? 0) ^ (mask[i % 4] ?? 0);
    this.sendBytes(Buffer.concat([header, mask, body]));
  }

  /** Bytes as they are, framed or not. */
  sendBytes(bytes: Uint8Array): void {
    if (!this.ended) this.tcp.write(bytes);
  }

  close(): void {
    this.tcp.destroy();
    this.ended = true;
  }

  /** Server frames are never masked; text frames are kept, a close frame noted, the rest skipped. */
  private receive(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      if (this.pending.length < 2) return;
      const opcode = (this.pending[0] ?? 0) & 0xf;
      let length = (this.pending[1] ?? 0) & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.pending.length < 4) return;
        length = this.pending.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.pending.length < 10) return;
        length = Number(this.pending.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.pending.length < offset + length) return;
      const payload = this.pending.subarray(offset, offset + length);
      if (opcode === OPCODE.text) this.texts.push(payload.toString('utf8'));
      if (opcode === OPCODE.close) {
        this.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
        this.ended = true;
      }
      this.pending = this.pending.subarray(offset + length);
    }
  }
}
