/**
 * The server side of HTTP/2 (RFC 9113) that gRPC runs on, over one connection
 * Terraform opens to the plugin socket: frames, HPACK (./hpack), flow control
 * both ways, SETTINGS, PING, RST_STREAM, GOAWAY. No server push, no
 * priorities (ignored, as the RFC allows), no HTTP/1.1.
 *
 * Written for the provider's own load: Terraform sends thousands of small
 * unary calls, a few at a time, over one connection per provider process, and
 * node:http2's stream objects cost more than the calls themselves. Here a
 * stream is a plain object: its request body is handed over once the client
 * half-closes, and the answer is written as frames in one socket write.
 */
import type { Duplex } from 'node:stream';
import { encodeHeaders as encodeBlock, HpackDecoder, HpackError, type HeaderList } from './hpack';

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

const FRAME = { DATA: 0, HEADERS: 1, PRIORITY: 2, RST_STREAM: 3, SETTINGS: 4, PUSH_PROMISE: 5, PING: 6, GOAWAY: 7, WINDOW_UPDATE: 8, CONTINUATION: 9 } as const;
const END_STREAM = 0x1;
const ACK = 0x1;
const END_HEADERS = 0x4;
const PADDED = 0x8;
const PRIORITY_FLAG = 0x20;
const SETTING = { HEADER_TABLE_SIZE: 1, ENABLE_PUSH: 2, MAX_CONCURRENT_STREAMS: 3, INITIAL_WINDOW_SIZE: 4, MAX_FRAME_SIZE: 5, MAX_HEADER_LIST_SIZE: 6 } as const;

export const H2_ERROR = { NO_ERROR: 0, PROTOCOL_ERROR: 1, INTERNAL_ERROR: 2, FLOW_CONTROL_ERROR: 3, STREAM_CLOSED: 5, FRAME_SIZE_ERROR: 6, CANCEL: 8, COMPRESSION_ERROR: 9 } as const;

const DEFAULT_WINDOW = 65_535;
const MAX_WINDOW = 2 ** 31 - 1;
/** What each of our streams may receive before we say more (requests above it are paced by WINDOW_UPDATE). */
const STREAM_WINDOW = 16 * 1024 * 1024;
/** What the whole connection may receive before we say more. */
const CONNECTION_WINDOW = 1024 * 1024 * 1024;
const MAX_FRAME = 16_384;
const MAX_STREAMS = 1000;

type Fields = readonly (readonly [string, string])[];

/** The same field list (a constant: the answer's headers, OK trailers) is encoded once. */
const blocks = new WeakMap<Fields, Buffer>();
function encodeHeaders(fields: Fields): Buffer {
  let block = blocks.get(fields);
  if (!block) {
    block = encodeBlock(fields);
    blocks.set(fields, block);
  }
  return block;
}

class ConnectionError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function frame(type: number, flags: number, streamId: number, payload: Uint8Array = Buffer.alloc(0)): Buffer {
  const out = Buffer.allocUnsafe(9 + payload.length);
  out.writeUIntBE(payload.length, 0, 3);
  out[3] = type;
  out[4] = flags;
  out.writeUInt32BE(streamId & 0x7fffffff, 5);
  out.set(payload, 9);
  return out;
}

function u32(n: number): Buffer {
  const b = Buffer.allocUnsafe(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
}

/** One request stream, as the handler sees it. */
export interface ServerStream {
  readonly id: number;
  readonly headers: HeaderList;
  /** The first value of a header (lower-case name). */
  header(name: string): string | undefined;
  /** The client half-closed: the whole request body; null as soon as it grows past `maxBody` (the rest is dropped). */
  onEnd?: (body: Buffer | null) => void;
  /** The stream ended without an answer: reset by the client, or the connection is gone. */
  onAbort?: () => void;
  /** HEADERS (the response's). `end`: nothing follows (a trailers-only answer). */
  respond(fields: readonly (readonly [string, string])[], end?: boolean): void;
  /** DATA, under flow control; queued while the windows are closed. */
  write(data: Uint8Array): void;
  /** Trailing HEADERS with END_STREAM, after all queued DATA; `sent` once written to the socket. */
  end(trailers: readonly (readonly [string, string])[], sent?: () => void): void;
  readonly closed: boolean;
}

interface StreamState extends ServerStream {
  received: Buffer[];
  receivedBytes: number;
  /** Bytes received since our last WINDOW_UPDATE for this stream. */
  unacknowledged: number;
  sendWindow: number;
  remoteEnded: boolean;
  /** end() or a trailers-only respond() was called: nothing more may be queued. */
  localEnded: boolean;
  /** Our END_STREAM is on the wire. */
  finished: boolean;
  pending: Buffer[];
  pendingTrailers: { block: Buffer; sent?: () => void } | undefined;
  closed: boolean;
}

export interface Http2ConnectionOptions {
  /** A new request stream; set its `onEnd` to get the body. */
  readonly onStream: (stream: ServerStream) => void;
  /** The largest request body a stream may carry (bigger: the stream is reset). */
  readonly maxBody: number;
  readonly onError?: (err: Error) => void;
}

/** Serves one HTTP/2 connection on `socket` (plain or TLS, already connected). */
export class Http2Connection {
  private input: Buffer = Buffer.alloc(0);
  private prefaceDone = false;
  private readonly decoder = new HpackDecoder();
  private readonly streams = new Map<number, StreamState>();
  private lastStreamId = 0;
  /** A header block spread over HEADERS and CONTINUATION frames. */
  private block: { streamId: number; endStream: boolean; parts: Buffer[] } | undefined;
  private sendWindow = DEFAULT_WINDOW;
  private peerInitialWindow = DEFAULT_WINDOW;
  private peerMaxFrame = MAX_FRAME;
  private unacknowledged = 0;
  private goingAway = false;
  private dead = false;

  constructor(
    private readonly socket: Duplex,
    private readonly options: Http2ConnectionOptions,
  ) {
    const settings = Buffer.alloc(18);
    settings.writeUInt16BE(SETTING.MAX_CONCURRENT_STREAMS, 0);
    settings.writeUInt32BE(MAX_STREAMS, 2);
    settings.writeUInt16BE(SETTING.INITIAL_WINDOW_SIZE, 6);
    settings.writeUInt32BE(STREAM_WINDOW, 8);
    settings.writeUInt16BE(SETTING.ENABLE_PUSH, 12);
    settings.writeUInt32BE(0, 14);
    this.send([frame(FRAME.SETTINGS, 0, 0, settings), frame(FRAME.WINDOW_UPDATE, 0, 0, u32(CONNECTION_WINDOW - DEFAULT_WINDOW))]);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => this.shut());
    socket.on('error', (err: Error) => {
      this.options.onError?.(err);
      this.shut();
    });
  }

  private outbox: Buffer[] = [];
  private outboxSent: (() => void)[] = [];

  /**
   * Frames go out in one write per turn of the event loop (a call's HEADERS, DATA and
   * trailers, and whatever else is ready): one buffer, so one TLS record, one syscall.
   */
  private send(frames: Buffer[], sent?: () => void): void {
    if (this.dead) return;
    if (this.outbox.length === 0) process.nextTick(() => this.drain());
    this.outbox.push(...frames);
    if (sent) this.outboxSent.push(sent);
  }

  private drain(): void {
    const frames = this.outbox;
    const sent = this.outboxSent;
    this.outbox = [];
    this.outboxSent = [];
    if (this.dead || frames.length === 0) return;
    this.socket.write(frames.length === 1 ? frames[0]! : Buffer.concat(frames), sent.length > 0 ? () => sent.forEach((f) => f()) : undefined);
  }

  private fail(code: number, message: string): void {
    if (this.dead) return;
    const payload = Buffer.concat([u32(this.lastStreamId), u32(code), Buffer.from(message.slice(0, 256), 'utf8')]);
    this.send([frame(FRAME.GOAWAY, 0, 0, payload)]);
    this.drain();
    this.options.onError?.(new Error(`HTTP/2 connection error ${code}: ${message}`));
    this.shut();
    this.socket.end();
    setTimeout(() => this.socket.destroy(), 100).unref();
  }

  private shut(): void {
    if (this.dead) return;
    this.dead = true;
    for (const s of this.streams.values()) this.abort(s);
    this.streams.clear();
  }

  private abort(s: StreamState): void {
    if (s.closed) return;
    s.closed = true;
    this.streams.delete(s.id);
    s.onAbort?.();
  }

  private receive(chunk: Buffer): void {
    if (this.dead) return;
    this.input = this.input.length === 0 ? chunk : Buffer.concat([this.input, chunk]);
    try {
      if (!this.prefaceDone) {
        if (this.input.length < PREFACE.length) {
          if (!PREFACE.subarray(0, this.input.length).equals(this.input)) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'not an HTTP/2 connection preface');
          return;
        }
        if (!this.input.subarray(0, PREFACE.length).equals(PREFACE)) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'not an HTTP/2 connection preface');
        this.input = this.input.subarray(PREFACE.length);
        this.prefaceDone = true;
      }
      let pos = 0;
      while (this.input.length - pos >= 9) {
        const length = this.input.readUIntBE(pos, 3);
        if (length > MAX_FRAME) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, `a frame of ${length} bytes (we allow ${MAX_FRAME})`);
        if (this.input.length - pos < 9 + length) break;
        const type = this.input[pos + 3]!;
        const flags = this.input[pos + 4]!;
        const streamId = this.input.readUInt32BE(pos + 5) & 0x7fffffff;
        const payload = this.input.subarray(pos + 9, pos + 9 + length);
        pos += 9 + length;
        this.frame(type, flags, streamId, payload);
        if (this.dead) return;
      }
      // Keep only what is left, as its own buffer: the frames handed out may outlive this one.
      this.input = pos === 0 ? this.input : Buffer.from(this.input.subarray(pos));
    } catch (err) {
      if (err instanceof ConnectionError) return this.fail(err.code, err.message);
      if (err instanceof HpackError) return this.fail(H2_ERROR.COMPRESSION_ERROR, err.message);
      throw err;
    }
  }

  private frame(type: number, flags: number, streamId: number, payload: Buffer): void {
    if (this.block && type !== FRAME.CONTINUATION) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'a header block was interrupted');
    switch (type) {
      case FRAME.DATA:
        return this.data(flags, streamId, payload);
      case FRAME.HEADERS:
        return this.headers(flags, streamId, payload);
      case FRAME.CONTINUATION:
        if (!this.block || this.block.streamId !== streamId) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'CONTINUATION without its HEADERS');
        this.block.parts.push(payload);
        if (flags & END_HEADERS) this.headerBlockDone();
        return;
      case FRAME.RST_STREAM: {
        const s = this.streams.get(streamId);
        if (s) this.abort(s);
        return;
      }
      case FRAME.SETTINGS:
        if (streamId !== 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'SETTINGS on a stream');
        if (flags & ACK) return;
        this.settings(payload);
        this.send([frame(FRAME.SETTINGS, ACK, 0)]);
        return;
      case FRAME.PING:
        if (payload.length !== 8) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'PING of the wrong size');
        if (!(flags & ACK)) this.send([frame(FRAME.PING, ACK, 0, payload)]);
        return;
      case FRAME.GOAWAY:
        this.goingAway = true;
        return;
      case FRAME.WINDOW_UPDATE:
        return this.windowUpdate(streamId, payload);
      case FRAME.PUSH_PROMISE:
        throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'a client may not push');
      default:
        // PRIORITY, and frame types we do not know: ignored (RFC 9113 5.5).
        return;
    }
  }

  private settings(payload: Buffer): void {
    if (payload.length % 6 !== 0) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'SETTINGS of the wrong size');
    for (let i = 0; i < payload.length; i += 6) {
      const id = payload.readUInt16BE(i);
      const value = payload.readUInt32BE(i + 2);
      if (id === SETTING.INITIAL_WINDOW_SIZE) {
        if (value > MAX_WINDOW) throw new ConnectionError(H2_ERROR.FLOW_CONTROL_ERROR, 'initial window too large');
        const delta = value - this.peerInitialWindow;
        this.peerInitialWindow = value;
        for (const s of this.streams.values()) s.sendWindow += delta;
      } else if (id === SETTING.MAX_FRAME_SIZE) {
        if (value < MAX_FRAME || value > 16_777_215) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'invalid max frame size');
        this.peerMaxFrame = value;
      }
      // HEADER_TABLE_SIZE only limits the table of our encoder, which never adds to it; the rest concern us not.
    }
    this.flushAll();
  }

  private windowUpdate(streamId: number, payload: Buffer): void {
    if (payload.length !== 4) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'WINDOW_UPDATE of the wrong size');
    const increment = payload.readUInt32BE(0) & 0x7fffffff;
    if (streamId === 0) {
      if (increment === 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'a zero window increment');
      this.sendWindow += increment;
      if (this.sendWindow > MAX_WINDOW) throw new ConnectionError(H2_ERROR.FLOW_CONTROL_ERROR, 'connection window overflow');
      this.flushAll();
      return;
    }
    const s = this.streams.get(streamId);
    if (!s) return;
    s.sendWindow += increment;
    this.flush(s);
  }

  private padded(flags: number, payload: Buffer): Buffer {
    if (!(flags & PADDED)) return payload;
    if (payload.length < 1) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'padded frame without its pad length');
    const pad = payload[0]!;
    if (pad >= payload.length) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'padding longer than the frame');
    return payload.subarray(1, payload.length - pad);
  }

  private headers(flags: number, streamId: number, payload: Buffer): void {
    if (streamId === 0 || streamId % 2 === 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, `HEADERS on stream ${streamId}`);
    let body = this.padded(flags, payload);
    if (flags & PRIORITY_FLAG) {
      if (body.length < 5) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'HEADERS too short for its priority');
      body = body.subarray(5);
    }
    this.block = { streamId, endStream: (flags & END_STREAM) !== 0, parts: [body] };
    if (flags & END_HEADERS) this.headerBlockDone();
  }

  private headerBlockDone(): void {
    const { streamId, endStream, parts } = this.block!;
    this.block = undefined;
    // Every block is decoded, whatever becomes of its stream: it changes the table the next one is read with.
    const fields = this.decoder.decode(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
    const existing = this.streams.get(streamId);
    if (existing) {
      // Trailers from the client: gRPC clients send none, but they end the request all the same.
      if (endStream) this.remoteEnd(existing);
      return;
    }
    if (streamId <= this.lastStreamId) return;
    this.lastStreamId = streamId;
    if (this.goingAway) return;
    const s = this.open(streamId, fields);
    this.options.onStream(s);
    if (endStream) this.remoteEnd(s);
  }

  private data(flags: number, streamId: number, payload: Buffer): void {
    if (streamId === 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'DATA on stream 0');
    // Flow control counts the whole frame, padding included, whether or not the stream is still there.
    this.unacknowledged += payload.length;
    const updates: Buffer[] = [];
    if (this.unacknowledged >= CONNECTION_WINDOW / 2) {
      updates.push(frame(FRAME.WINDOW_UPDATE, 0, 0, u32(this.unacknowledged)));
      this.unacknowledged = 0;
    }
    const s = this.streams.get(streamId);
    if (!s || s.remoteEnded) {
      if (updates.length) this.send(updates);
      if (streamId > this.lastStreamId) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, `DATA on idle stream ${streamId}`);
      return;
    }
    const body = this.padded(flags, payload);
    s.receivedBytes += body.length;
    if (s.receivedBytes > this.options.maxBody) {
      if (updates.length) this.send(updates);
      s.remoteEnded = true;
      s.received = [];
      s.onEnd?.(null);
      return;
    }
    // A view, not a copy: the socket's chunks are never written to afterwards.
    if (body.length > 0) s.received.push(body);
    s.unacknowledged += payload.length;
    if (!(flags & END_STREAM) && s.unacknowledged >= STREAM_WINDOW / 2) {
      updates.push(frame(FRAME.WINDOW_UPDATE, 0, s.id, u32(s.unacknowledged)));
      s.unacknowledged = 0;
    }
    if (updates.length) this.send(updates);
    if (flags & END_STREAM) this.remoteEnd(s);
  }

  private remoteEnd(s: StreamState): void {
    if (s.remoteEnded) return;
    s.remoteEnded = true;
    const body = s.received.length === 1 ? s.received[0]! : Buffer.concat(s.received, s.receivedBytes);
    s.received = [];
    if (s.finished) this.close(s);
    s.onEnd?.(body);
  }

  private close(s: StreamState): void {
    s.closed = true;
    this.streams.delete(s.id);
  }

  private headerFrames(streamId: number, block: Buffer, end: boolean): Buffer[] {
    const out: Buffer[] = [];
    for (let at = 0; at === 0 || at < block.length; at += this.peerMaxFrame) {
      const part = block.subarray(at, at + this.peerMaxFrame);
      const last = at + this.peerMaxFrame >= block.length;
      const flags = (last ? END_HEADERS : 0) | (at === 0 && end ? END_STREAM : 0);
      out.push(frame(at === 0 ? FRAME.HEADERS : FRAME.CONTINUATION, flags, streamId, part));
    }
    return out;
  }

  private open(id: number, headers: HeaderList): StreamState {
    const s: StreamState = {
      id,
      headers,
      received: [],
      receivedBytes: 0,
      unacknowledged: 0,
      sendWindow: this.peerInitialWindow,
      remoteEnded: false,
      localEnded: false,
      finished: false,
      pending: [],
      pendingTrailers: undefined,
      closed: false,
      header: (name) => {
        for (const [n, v] of headers) if (n === name) return v;
        return undefined;
      },
      respond: (fields, end = false) => {
        if (s.closed || s.localEnded) return;
        if (end) {
          s.localEnded = true;
          s.finished = true;
        }
        const frames = this.headerFrames(id, encodeHeaders(fields), end);
        // Answered before the request ended: tell the client to stop sending (RFC 9113 8.1).
        if (end && !s.remoteEnded) frames.push(frame(FRAME.RST_STREAM, 0, id, u32(H2_ERROR.NO_ERROR)));
        this.send(frames);
        if (s.finished) this.close(s);
      },
      write: (data) => {
        if (s.closed || s.localEnded || data.length === 0) return;
        s.pending.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
        this.flush(s);
      },
      end: (trailers, sent) => {
        if (s.closed || s.localEnded) return;
        s.localEnded = true;
        s.pendingTrailers = { block: encodeHeaders(trailers), sent };
        this.flush(s);
      },
    };
    this.streams.set(id, s);
    return s;
  }

  /** Sends what the windows allow of the stream's queued DATA, then its trailers once the DATA is out. */
  private flush(s: StreamState): void {
    if (this.dead) return;
    const frames: Buffer[] = [];
    while (s.pending.length > 0) {
      const room = Math.min(this.sendWindow, s.sendWindow, this.peerMaxFrame);
      if (room <= 0) break;
      const head = s.pending[0]!;
      const part = head.length <= room ? head : head.subarray(0, room);
      if (part === head) s.pending.shift();
      else s.pending[0] = head.subarray(room);
      this.sendWindow -= part.length;
      s.sendWindow -= part.length;
      frames.push(frame(FRAME.DATA, 0, s.id, part));
    }
    let sent: (() => void) | undefined;
    if (s.pending.length === 0 && s.pendingTrailers) {
      frames.push(...this.headerFrames(s.id, s.pendingTrailers.block, true));
      sent = s.pendingTrailers.sent;
      s.pendingTrailers = undefined;
      s.finished = true;
      if (s.remoteEnded) this.close(s);
    }
    if (frames.length > 0) this.send(frames, sent);
  }

  private flushAll(): void {
    for (const s of [...this.streams.values()]) if (s.pending.length > 0 || s.pendingTrailers) this.flush(s);
  }
}
