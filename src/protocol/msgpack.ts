/**
 * The small msgpack subset that cty's wire format uses, written by hand so
 * that int64 stays exact (BigInt), str and bin stay distinct, and malformed
 * input fails with a MsgpackError at a known offset instead of hanging or
 * allocating what a hostile length prefix asks for.
 */

export class MsgpackError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (at byte ${offset})`);
    this.name = 'MsgpackError';
  }
}

export type Token =
  | { readonly kind: 'nil' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bin'; readonly value: Uint8Array }
  | { readonly kind: 'array'; readonly length: number }
  | { readonly kind: 'map'; readonly length: number }
  | { readonly kind: 'ext'; readonly type: number; readonly data: Uint8Array };

const NIL: Token = { kind: 'nil' };
const TRUE: Token = { kind: 'bool', value: true };
const FALSE: Token = { kind: 'bool', value: false };
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

export class MsgpackReader {
  private pos = 0;
  private readonly view: DataView;
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  get offset(): number {
    return this.pos;
  }
  get done(): boolean {
    return this.pos >= this.buf.length;
  }

  fail(message: string): never {
    throw new MsgpackError(message, this.pos);
  }

  private need(n: number): void {
    if (this.pos + n > this.buf.length) this.fail(`unexpected end of input (needs ${n} more bytes)`);
  }
  private u8(): number {
    this.need(1);
    return this.buf[this.pos++]!;
  }
  private u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.pos);
    this.pos += 2;
    return v;
  }
  private u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos);
    this.pos += 4;
    return v;
  }
  private bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  private str(n: number): string {
    const at = this.pos;
    const bytes = this.bytes(n);
    // Short ASCII (attribute names, ids) without a TextDecoder call; anything else is checked as UTF-8.
    if (n <= 64) {
      let out = '';
      let i = 0;
      for (; i < n; i++) {
        const c = bytes[i]!;
        if (c > 0x7f) break;
        out += String.fromCharCode(c);
      }
      if (i === n) return out;
    }
    try {
      return utf8.decode(bytes);
    } catch (e) {
      if (e instanceof MsgpackError) throw e;
      throw new MsgpackError('string is not valid UTF-8', at);
    }
  }
  /** Collection lengths are checked against what is left: every element takes at least one byte. */
  private count(n: number, perItem: number): number {
    if (n * perItem > this.buf.length - this.pos) this.fail(`collection of ${n} items is longer than the input`);
    return n;
  }

  peekByte(): number {
    this.need(1);
    return this.buf[this.pos]!;
  }

  next(): Token {
    const b = this.u8();
    if (b <= 0x7f) return { kind: 'int', value: BigInt(b) };
    if (b >= 0xe0) return { kind: 'int', value: BigInt(b - 0x100) };
    if ((b & 0xf0) === 0x80) return { kind: 'map', length: this.count(b & 0x0f, 2) };
    if ((b & 0xf0) === 0x90) return { kind: 'array', length: this.count(b & 0x0f, 1) };
    if ((b & 0xe0) === 0xa0) return { kind: 'str', value: this.str(b & 0x1f) };
    const v = this.view;
    switch (b) {
      case 0xc0:
        return NIL;
      case 0xc2:
        return FALSE;
      case 0xc3:
        return TRUE;
      case 0xc4:
        return { kind: 'bin', value: this.bytes(this.u8()) };
      case 0xc5:
        return { kind: 'bin', value: this.bytes(this.u16()) };
      case 0xc6:
        return { kind: 'bin', value: this.bytes(this.u32()) };
      case 0xc7: {
        const n = this.u8();
        return this.ext(n);
      }
      case 0xc8: {
        const n = this.u16();
        return this.ext(n);
      }
      case 0xc9: {
        const n = this.u32();
        return this.ext(n);
      }
      case 0xca: {
        this.need(4);
        const f = v.getFloat32(this.pos);
        this.pos += 4;
        return { kind: 'float', value: f };
      }
      case 0xcb: {
        this.need(8);
        const f = v.getFloat64(this.pos);
        this.pos += 8;
        return { kind: 'float', value: f };
      }
      case 0xcc:
        return { kind: 'int', value: BigInt(this.u8()) };
      case 0xcd:
        return { kind: 'int', value: BigInt(this.u16()) };
      case 0xce:
        return { kind: 'int', value: BigInt(this.u32()) };
      case 0xcf: {
        this.need(8);
        const n = v.getBigUint64(this.pos);
        this.pos += 8;
        return { kind: 'int', value: n };
      }
      case 0xd0: {
        this.need(1);
        return { kind: 'int', value: BigInt(v.getInt8(this.pos++)) };
      }
      case 0xd1: {
        this.need(2);
        const n = v.getInt16(this.pos);
        this.pos += 2;
        return { kind: 'int', value: BigInt(n) };
      }
      case 0xd2: {
        this.need(4);
        const n = v.getInt32(this.pos);
        this.pos += 4;
        return { kind: 'int', value: BigInt(n) };
      }
      case 0xd3: {
        this.need(8);
        const n = v.getBigInt64(this.pos);
        this.pos += 8;
        return { kind: 'int', value: n };
      }
      case 0xd4:
        return this.ext(1);
      case 0xd5:
        return this.ext(2);
      case 0xd6:
        return this.ext(4);
      case 0xd7:
        return this.ext(8);
      case 0xd8:
        return this.ext(16);
      case 0xd9:
        return { kind: 'str', value: this.str(this.u8()) };
      case 0xda:
        return { kind: 'str', value: this.str(this.u16()) };
      case 0xdb:
        return { kind: 'str', value: this.str(this.u32()) };
      case 0xdc:
        return { kind: 'array', length: this.count(this.u16(), 1) };
      case 0xdd:
        return { kind: 'array', length: this.count(this.u32(), 1) };
      case 0xde:
        return { kind: 'map', length: this.count(this.u16(), 2) };
      case 0xdf:
        return { kind: 'map', length: this.count(this.u32(), 2) };
      default:
        this.pos--;
        return this.fail(`invalid msgpack byte 0x${b.toString(16)}`);
    }
  }

  private ext(n: number): Token {
    this.need(1);
    const type = this.view.getInt8(this.pos++);
    return { kind: 'ext', type, data: this.bytes(n) };
  }

  /** Skips one complete value (used for refinement payloads we do not keep). */
  skip(depth = 0): void {
    if (depth > 512) this.fail('nesting too deep');
    const t = this.next();
    if (t.kind === 'array') for (let i = 0; i < t.length; i++) this.skip(depth + 1);
    else if (t.kind === 'map') for (let i = 0; i < t.length * 2; i++) this.skip(depth + 1);
  }
}

export class MsgpackWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  private pos = 0;

  private grow(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  private u8(b: number): void {
    this.grow(1);
    this.buf[this.pos++] = b;
  }
  private head(b: number, n: number, size: 1 | 2 | 4): void {
    this.grow(1 + size);
    this.buf[this.pos++] = b;
    if (size === 1) this.buf[this.pos] = n;
    else if (size === 2) this.view.setUint16(this.pos, n);
    else this.view.setUint32(this.pos, n);
    this.pos += size;
  }
  raw(bytes: Uint8Array): void {
    this.grow(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  nil(): void {
    this.u8(0xc0);
  }
  bool(v: boolean): void {
    this.u8(v ? 0xc3 : 0xc2);
  }
  /** Smallest encoding, as Go's msgpack encoder picks for int64. */
  int(v: bigint): void {
    if (v >= 0n) {
      if (v <= 0x7fn) return this.u8(Number(v));
      if (v <= 0xffn) return this.head(0xcc, Number(v), 1);
      if (v <= 0xffffn) return this.head(0xcd, Number(v), 2);
      if (v <= 0xffffffffn) return this.head(0xce, Number(v), 4);
      this.grow(9);
      this.buf[this.pos++] = 0xcf;
      this.view.setBigUint64(this.pos, v);
      this.pos += 8;
      return;
    }
    if (v >= -32n) return this.u8(Number(v) & 0xff);
    if (v >= -0x80n) {
      this.grow(2);
      this.buf[this.pos++] = 0xd0;
      this.view.setInt8(this.pos++, Number(v));
      return;
    }
    if (v >= -0x8000n) {
      this.grow(3);
      this.buf[this.pos++] = 0xd1;
      this.view.setInt16(this.pos, Number(v));
      this.pos += 2;
      return;
    }
    if (v >= -0x80000000n) {
      this.grow(5);
      this.buf[this.pos++] = 0xd2;
      this.view.setInt32(this.pos, Number(v));
      this.pos += 4;
      return;
    }
    this.grow(9);
    this.buf[this.pos++] = 0xd3;
    this.view.setBigInt64(this.pos, v);
    this.pos += 8;
  }
  float64(v: number): void {
    this.grow(9);
    this.buf[this.pos++] = 0xcb;
    this.view.setFloat64(this.pos, v);
    this.pos += 8;
  }
  str(s: string): void {
    // Attribute names and most values are short ASCII: copied by hand, no TextEncoder call (a native call each).
    const len = s.length;
    if (len <= 64) {
      let ascii = true;
      for (let i = 0; i < len; i++) {
        if (s.charCodeAt(i) > 0x7f) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        this.strHead(len);
        this.grow(len);
        for (let i = 0; i < len; i++) this.buf[this.pos++] = s.charCodeAt(i);
        return;
      }
    }
    const bytes = utf8Encoder.encode(s);
    this.strHead(bytes.length);
    this.raw(bytes);
  }
  private strHead(n: number): void {
    if (n < 32) this.u8(0xa0 | n);
    else if (n <= 0xff) this.head(0xd9, n, 1);
    else if (n <= 0xffff) this.head(0xda, n, 2);
    else this.head(0xdb, n, 4);
  }
  bin(bytes: Uint8Array): void {
    const n = bytes.length;
    if (n <= 0xff) this.head(0xc4, n, 1);
    else if (n <= 0xffff) this.head(0xc5, n, 2);
    else this.head(0xc6, n, 4);
    this.raw(bytes);
  }
  array(n: number): void {
    if (n < 16) this.u8(0x90 | n);
    else if (n <= 0xffff) this.head(0xdc, n, 2);
    else this.head(0xdd, n, 4);
  }
  map(n: number): void {
    if (n < 16) this.u8(0x80 | n);
    else if (n <= 0xffff) this.head(0xde, n, 2);
    else this.head(0xdf, n, 4);
  }
  /** cty's unknown value: fixext1, extension type 0, one zero byte. */
  unknown(): void {
    this.grow(3);
    this.buf[this.pos++] = 0xd4;
    this.buf[this.pos++] = 0;
    this.buf[this.pos++] = 0;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}
