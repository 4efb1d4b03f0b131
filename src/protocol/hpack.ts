/**
 * HPACK (RFC 7541) as a gRPC server needs it: a full decoder (the static and
 * dynamic tables, Huffman-coded strings, table size updates), because every
 * header block a client sends changes the table the next one is read with;
 * and a small encoder that never touches its own dynamic table (indexed
 * static entries and literals without indexing), so the client's view of it
 * never changes.
 */

/** RFC 7541 Appendix A. */
const STATIC_TABLE: readonly (readonly [string, string])[] = [
  [':authority', ''],
  [':method', 'GET'],
  [':method', 'POST'],
  [':path', '/'],
  [':path', '/index.html'],
  [':scheme', 'http'],
  [':scheme', 'https'],
  [':status', '200'],
  [':status', '204'],
  [':status', '206'],
  [':status', '304'],
  [':status', '400'],
  [':status', '404'],
  [':status', '500'],
  ['accept-charset', ''],
  ['accept-encoding', 'gzip, deflate'],
  ['accept-language', ''],
  ['accept-ranges', ''],
  ['accept', ''],
  ['access-control-allow-origin', ''],
  ['age', ''],
  ['allow', ''],
  ['authorization', ''],
  ['cache-control', ''],
  ['content-disposition', ''],
  ['content-encoding', ''],
  ['content-language', ''],
  ['content-length', ''],
  ['content-location', ''],
  ['content-range', ''],
  ['content-type', ''],
  ['cookie', ''],
  ['date', ''],
  ['etag', ''],
  ['expect', ''],
  ['expires', ''],
  ['from', ''],
  ['host', ''],
  ['if-match', ''],
  ['if-modified-since', ''],
  ['if-none-match', ''],
  ['if-range', ''],
  ['if-unmodified-since', ''],
  ['last-modified', ''],
  ['link', ''],
  ['location', ''],
  ['max-forwards', ''],
  ['proxy-authenticate', ''],
  ['proxy-authorization', ''],
  ['range', ''],
  ['referer', ''],
  ['refresh', ''],
  ['retry-after', ''],
  ['server', ''],
  ['set-cookie', ''],
  ['strict-transport-security', ''],
  ['transfer-encoding', ''],
  ['user-agent', ''],
  ['vary', ''],
  ['via', ''],
  ['www-authenticate', ''],
];

/**
 * The bit length of each symbol's code, 0–255 then EOS (RFC 7541 Appendix B).
 * The code is canonical, so the lengths alone give every code (see `huffmanCodes`).
 */
// prettier-ignore
const CODE_LENGTHS: readonly number[] = [
  13, 23, 28, 28, 28, 28, 28, 28, 28, 24, 30, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  6, 10, 10, 12, 13, 6, 8, 11, 10, 10, 8, 11, 8, 6, 6, 6, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 15, 6, 12, 10,
  13, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 7, 8, 13, 19, 13, 14, 6,
  15, 5, 6, 5, 6, 5, 6, 6, 6, 5, 7, 7, 6, 6, 6, 5, 6, 7, 6, 5, 5, 6, 7, 7, 7, 7, 7, 15, 11, 14, 13, 28,
  20, 22, 20, 20, 22, 22, 22, 23, 22, 23, 23, 23, 23, 23, 24, 23, 24, 24, 22, 23, 24, 23, 23, 23, 23, 21, 22, 23, 22, 23, 23, 24,
  22, 21, 20, 22, 22, 23, 23, 21, 23, 22, 22, 24, 21, 22, 23, 23, 21, 21, 22, 21, 23, 22, 23, 23, 20, 22, 22, 22, 23, 22, 22, 23,
  26, 26, 20, 19, 22, 23, 22, 25, 26, 26, 26, 27, 27, 26, 24, 25, 19, 21, 26, 27, 27, 26, 27, 24, 21, 21, 26, 26, 28, 27, 27, 27,
  20, 24, 20, 21, 22, 21, 21, 23, 22, 22, 25, 25, 24, 24, 26, 23, 26, 27, 26, 26, 27, 27, 27, 27, 27, 28, 27, 27, 27, 27, 27, 26,
  30,
];

/** Canonical Huffman codes from the lengths: shorter codes first, then by symbol. */
export function huffmanCodes(lengths: readonly number[] = CODE_LENGTHS): { code: number; length: number }[] {
  const order = lengths.map((length, symbol) => ({ symbol, length })).sort((a, b) => a.length - b.length || a.symbol - b.symbol);
  const out: { code: number; length: number }[] = new Array(lengths.length);
  let code = 0;
  let previous = order[0]!.length;
  for (const { symbol, length } of order) {
    code *= 2 ** (length - previous);
    previous = length;
    out[symbol] = { code, length };
    code += 1;
  }
  return out;
}

/** A decoding tree as flat arrays: node i's children are at 2i and 2i+1; a leaf holds its symbol. */
interface HuffmanTree {
  readonly children: Int32Array;
  /** The symbol of a leaf, -1 for an inner node. */
  readonly symbols: Int16Array;
}

let tree: HuffmanTree | undefined;

function huffmanTree(): HuffmanTree {
  if (tree) return tree;
  const codes = huffmanCodes();
  // A complete prefix code of 257 symbols has 256 inner nodes and 257 leaves.
  const children = new Int32Array(2 * 513).fill(-1);
  const symbols = new Int16Array(513).fill(-1);
  let nodes = 1;
  codes.forEach(({ code, length }, symbol) => {
    let node = 0;
    for (let bit = length - 1; bit >= 0; bit--) {
      const b = Math.floor(code / 2 ** bit) % 2;
      let next = children[2 * node + b]!;
      if (next === -1) {
        next = nodes++;
        children[2 * node + b] = next;
      }
      node = next;
    }
    symbols[node] = symbol;
  });
  tree = { children, symbols };
  return tree;
}

export class HpackError extends Error {}

const EOS = 256;

/** A Huffman-coded string (RFC 7541 5.2): padding is at most 7 bits, all ones (the EOS prefix). */
export function huffmanDecode(input: Uint8Array): Buffer {
  const { children, symbols } = huffmanTree();
  const out = Buffer.allocUnsafe(Math.ceil((input.length * 8) / 5));
  let n = 0;
  let node = 0;
  let depth = 0;
  let allOnes = true;
  for (const byte of input) {
    for (let bit = 7; bit >= 0; bit--) {
      const b = (byte >> bit) & 1;
      node = children[2 * node + b]!;
      if (node === -1) throw new HpackError('invalid Huffman code');
      depth += 1;
      if (b === 0) allOnes = false;
      const symbol = symbols[node]!;
      if (symbol !== -1) {
        if (symbol === EOS) throw new HpackError('EOS in a Huffman-coded string');
        out[n++] = symbol;
        node = 0;
        depth = 0;
        allOnes = true;
      }
    }
  }
  if (depth > 7 || !allOnes) throw new HpackError('invalid Huffman padding');
  return out.subarray(0, n);
}

export type HeaderList = [string, string][];

/** The decoder's dynamic table (RFC 7541 2.3.2, 4): newest first, evicted from the end. */
export class HpackDecoder {
  private readonly dynamic: [string, string][] = [];
  private size = 0;
  /** What SETTINGS_HEADER_TABLE_SIZE allows (we announce the default). */
  private readonly maxAllowed: number;
  private max: number;

  constructor(maxTableSize = 4096) {
    this.maxAllowed = maxTableSize;
    this.max = maxTableSize;
  }

  private entry(index: number): readonly [string, string] {
    if (index < 1) throw new HpackError('header index 0');
    if (index <= STATIC_TABLE.length) return STATIC_TABLE[index - 1]!;
    const e = this.dynamic[index - STATIC_TABLE.length - 1];
    if (!e) throw new HpackError(`header index ${index} is not in the table`);
    return e;
  }

  private add(name: string, value: string): void {
    const size = name.length + value.length + 32;
    this.dynamic.unshift([name, value]);
    this.size += size;
    this.evict();
  }

  private evict(): void {
    while (this.size > this.max && this.dynamic.length > 0) {
      const [n, v] = this.dynamic.pop()!;
      this.size -= n.length + v.length + 32;
    }
  }

  /** One header block; throws HpackError (a connection error) when it is malformed. */
  decode(block: Uint8Array): HeaderList {
    const out: HeaderList = [];
    let pos = 0;
    const integer = (prefixBits: number): number => {
      const mask = (1 << prefixBits) - 1;
      if (pos >= block.length) throw new HpackError('truncated integer');
      let value = block[pos++]! & mask;
      if (value < mask) return value;
      let shift = 0;
      for (;;) {
        if (pos >= block.length) throw new HpackError('truncated integer');
        const b = block[pos++]!;
        value += (b & 0x7f) * 2 ** shift;
        shift += 7;
        if ((b & 0x80) === 0) return value;
        if (shift > 28) throw new HpackError('integer too large');
      }
    };
    const string = (): string => {
      if (pos >= block.length) throw new HpackError('truncated string');
      const huffman = (block[pos]! & 0x80) !== 0;
      const length = integer(7);
      if (pos + length > block.length) throw new HpackError('truncated string');
      const raw = block.subarray(pos, pos + length);
      pos += length;
      return (huffman ? huffmanDecode(raw) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)).toString('latin1');
    };
    let first = true;
    while (pos < block.length) {
      const b = block[pos]!;
      if (b & 0x80) {
        // Indexed header field.
        const [n, v] = this.entry(integer(7));
        out.push([n, v]);
      } else if (b & 0x40) {
        // Literal with incremental indexing.
        const index = integer(6);
        const name = index === 0 ? string() : this.entry(index)[0];
        const value = string();
        out.push([name, value]);
        this.add(name, value);
      } else if (b & 0x20) {
        // Dynamic table size update: only at the start of a block.
        if (!first) throw new HpackError('table size update after a header field');
        const size = integer(5);
        if (size > this.maxAllowed) throw new HpackError('table size update above the announced limit');
        this.max = size;
        this.evict();
        continue;
      } else {
        // Literal without indexing (0000) or never indexed (0001).
        const index = integer(4);
        const name = index === 0 ? string() : this.entry(index)[0];
        out.push([name, string()]);
      }
      first = false;
    }
    return out;
  }
}

function encodeInteger(value: number, prefixBits: number, firstByte: number): number[] {
  const max = (1 << prefixBits) - 1;
  if (value < max) return [firstByte | value];
  const out = [firstByte | max];
  let rest = value - max;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

/**
 * A header block of `fields` with no dynamic-table entries: a field equal to a
 * static entry is indexed; any other is a literal without indexing (with the
 * static entry's name when there is one), its strings plain (no Huffman).
 */
export function encodeHeaders(fields: readonly (readonly [string, string])[]): Buffer {
  const bytes: number[] = [];
  for (const [name, value] of fields) {
    const exact = STATIC_TABLE.findIndex(([n, v]) => n === name && v === value);
    if (exact >= 0) {
      bytes.push(...encodeInteger(exact + 1, 7, 0x80));
      continue;
    }
    const named = STATIC_TABLE.findIndex(([n]) => n === name);
    bytes.push(...encodeInteger(named >= 0 ? named + 1 : 0, 4, 0x00));
    const text = (s: string) => {
      const raw = Buffer.from(s, 'latin1');
      bytes.push(...encodeInteger(raw.length, 7, 0x00), ...raw);
    };
    if (named < 0) text(name);
    text(value);
  }
  return Buffer.from(bytes);
}
