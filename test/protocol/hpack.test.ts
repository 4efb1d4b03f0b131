/**
 * HPACK (src/protocol/hpack.ts) against RFC 7541: the Huffman code rebuilt from
 * its lengths gives the Appendix B codes; the Appendix C examples decode with
 * their dynamic tables; malformed blocks are refused; what the encoder writes,
 * node's own HTTP/2 (nghttp2) reads back (test/protocol/http2.test.ts).
 */
import { encodeHeaders, HpackDecoder, HpackError, huffmanCodes, huffmanDecode } from '../../src/protocol/hpack';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('Huffman code', () => {
  const codes = huffmanCodes();

  test('257 symbols, a complete prefix code', () => {
    expect(codes).toHaveLength(257);
    expect(codes.reduce((sum, c) => sum + 2 ** -c.length, 0)).toBe(1);
  });

  test.each([
    [0, 0x1ff8, 13],
    [1, 0x7fffd8, 23],
    [9, 0xffffea, 24],
    [10, 0x3ffffffc, 30],
    [22, 0x3ffffffe, 30],
    [32, 0x14, 6],
    [33, 0x3f8, 10],
    [36, 0x1ff9, 13],
    [48, 0x0, 5],
    [58, 0x5c, 7],
    [60, 0x7ffc, 15],
    [92, 0x7fff0, 19],
    [97, 0x3, 5],
    [116, 0x9, 5],
    [127, 0xffffffc, 28],
    [128, 0xfffe6, 20],
    [153, 0x1fffdc, 21],
    [199, 0x1ffffec, 25],
    [203, 0x7ffffde, 27],
    [254, 0x7fffff0, 27],
    [255, 0x3ffffee, 26],
    [256, 0x3fffffff, 30],
  ])('symbol %i is %s in %i bits (Appendix B)', (symbol, code, length) => {
    expect(codes[symbol]).toEqual({ code, length });
  });

  test('decodes the Appendix C.4 strings; refuses bad padding and EOS', () => {
    expect(huffmanDecode(hex('f1e3 c2e5 f23a 6ba0 ab90 f4ff')).toString()).toBe('www.example.com');
    expect(huffmanDecode(hex('a8eb 1064 9cbf')).toString()).toBe('no-cache');
    expect(huffmanDecode(hex('25a8 49e9 5ba9 7d7f')).toString()).toBe('custom-key');
    // Padding of zeros, and padding longer than 7 bits.
    expect(() => huffmanDecode(hex('f1e3 c2e5 f23a 6ba0 ab90 f400'))).toThrow(HpackError);
    expect(() => huffmanDecode(hex('f1e3 c2e5 f23a 6ba0 ab90 f4ff ff'))).toThrow(HpackError);
    expect(() => huffmanDecode(hex('ffff ffff'))).toThrow(HpackError);
  });
});

describe('HpackDecoder', () => {
  test('Appendix C.4: three requests with Huffman-coded literals share one dynamic table', () => {
    const d = new HpackDecoder();
    expect(d.decode(hex('8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff'))).toEqual([
      [':method', 'GET'],
      [':scheme', 'http'],
      [':path', '/'],
      [':authority', 'www.example.com'],
    ]);
    expect(d.decode(hex('8286 84be 5886 a8eb 1064 9cbf'))).toEqual([
      [':method', 'GET'],
      [':scheme', 'http'],
      [':path', '/'],
      [':authority', 'www.example.com'],
      ['cache-control', 'no-cache'],
    ]);
    expect(d.decode(hex('8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf'))).toEqual([
      [':method', 'GET'],
      [':scheme', 'https'],
      [':path', '/index.html'],
      [':authority', 'www.example.com'],
      ['custom-key', 'custom-value'],
    ]);
  });

  test('Appendix C.2: literals without indexing and never indexed leave the table alone', () => {
    const d = new HpackDecoder();
    expect(d.decode(hex('040c 2f73 616d 706c 652f 7061 7468'))).toEqual([[':path', '/sample/path']]);
    expect(d.decode(hex('1008 7061 7373 776f 7264 0673 6563 7265 74'))).toEqual([['password', 'secret']]);
    // Index 62 would be the first dynamic entry: there is none.
    expect(() => d.decode(hex('be'))).toThrow(HpackError);
  });

  test('a table size update evicts, is only allowed first, and not above the announced size', () => {
    const d = new HpackDecoder(4096);
    d.decode(hex('4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf'));
    expect(d.decode(hex('be'))).toEqual([['custom-key', 'custom-value']]);
    expect(() => d.decode(hex('20 be'))).toThrow(HpackError);
    const e = new HpackDecoder(4096);
    expect(() => e.decode(hex('82 20'))).toThrow('table size update after a header field');
    expect(() => e.decode(hex('3fe1 20'))).toThrow('above the announced limit');
  });

  test('truncated blocks are refused', () => {
    const d = new HpackDecoder();
    expect(() => d.decode(hex('040c 2f73'))).toThrow('truncated string');
    expect(() => d.decode(hex('ff'))).toThrow('truncated integer');
  });
});

describe('encodeHeaders', () => {
  test('static entries indexed, other fields as literals without indexing', () => {
    const block = encodeHeaders([
      [':status', '200'],
      ['content-type', 'application/grpc+proto'],
      ['grpc-status', '0'],
    ]);
    expect(block[0]).toBe(0x88);
    expect(new HpackDecoder().decode(block)).toEqual([
      [':status', '200'],
      ['content-type', 'application/grpc+proto'],
      ['grpc-status', '0'],
    ]);
  });

  test('long values use multi-byte lengths', () => {
    const long = 'x'.repeat(300);
    expect(new HpackDecoder().decode(encodeHeaders([['grpc-message', long]]))).toEqual([['grpc-message', long]]);
  });
});
