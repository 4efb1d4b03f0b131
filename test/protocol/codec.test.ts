import fc from 'fast-check';
import {
  CodecError,
  decodeDynamicValue,
  decodeJson,
  decodeMsgpack,
  encodeMsgpack,
  fromJson,
  parseJson,
  parseType,
  toJson,
  typeJson,
} from '../../src/protocol/codec';
import { BigNumber, DynamicTyped, UNKNOWN, type CtyType, type CtyValue } from '../../src/protocol/values';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (h: string) => new Uint8Array(Buffer.from(h.replace(/\s+/g, ''), 'hex'));
const str = (s: string) => Buffer.from(s).toString('hex');

/** [name, type, value, exact msgpack bytes] — encode must produce these bytes and decode must give the value back. */
const GOLDEN: readonly [string, CtyType, CtyValue, string][] = [
  ['null string', 'string', null, 'c0'],
  ['null object', ['object', { a: 'string' }], null, 'c0'],
  ['unknown string', 'string', UNKNOWN, 'd40000'],
  ['unknown list', ['list', 'string'], UNKNOWN, 'd40000'],
  ['unknown dynamic', 'dynamic', UNKNOWN, 'd40000'],
  ['empty string', 'string', '', 'a0'],
  ['fixstr', 'string', 'hi', 'a26869'],
  ['str8 (32 bytes)', 'string', 'x'.repeat(32), `d920${str('x'.repeat(32))}`],
  ['str16 (300 bytes)', 'string', 'y'.repeat(300), `da012c${str('y'.repeat(300))}`],
  ['utf-8 string', 'string', 'é€', `a5${str('é€')}`],
  ['true', 'bool', true, 'c3'],
  ['false', 'bool', false, 'c2'],
  ['zero', 'number', 0, '00'],
  ['positive fixint', 'number', 127, '7f'],
  ['negative fixint', 'number', -32, 'e0'],
  ['uint8', 'number', 200, 'ccc8'],
  ['uint16', 'number', 300, 'cd012c'],
  ['uint32', 'number', 70000, 'ce00011170'],
  ['int8', 'number', -100, 'd09c'],
  ['int16', 'number', -200, 'd1ff38'],
  ['int32', 'number', -70000, 'd2fffeee90'],
  ['uint64 (2^40)', 'number', 2 ** 40, 'cf0000010000000000'],
  ['max safe integer', 'number', Number.MAX_SAFE_INTEGER, 'cf001fffffffffffff'],
  ['int64 max (big)', 'number', new BigNumber('9223372036854775807'), 'cf7fffffffffffffff'],
  ['int64 min (big)', 'number', new BigNumber('-9223372036854775808'), 'd38000000000000000'],
  ['beyond int64 (big)', 'number', new BigNumber('123456789012345678901234567890'), `be${str('123456789012345678901234567890')}`],
  ['decimal as text', 'number', 0.1, `a3${str('0.1')}`],
  ['long decimal (big)', 'number', new BigNumber('3.14159265358979323846264338327950288'), `d925${str('3.14159265358979323846264338327950288')}`],
  ['infinity', 'number', Infinity, 'cb7ff0000000000000'],
  ['list of strings', ['list', 'string'], ['a', 'b'], '92a161a162'],
  ['empty list', ['list', 'number'], [], '90'],
  ['list with null and unknown', ['list', 'string'], [null, UNKNOWN], '92c0d40000'],
  ['set of numbers', ['set', 'number'], [1, 2], '920102'],
  ['map (keys sorted)', ['map', 'number'], { b: 1, a: 2 }, '82a16102a16201'],
  [
    'object (attributes sorted, missing = null)',
    ['object', { name: 'string', count: 'number' }],
    { name: 'x', count: null },
    `82a5${str('count')}c0a4${str('name')}a178`,
  ],
  ['object with optional attrs', ['object', { a: 'string', b: 'bool' }, ['b']], { a: 'v', b: true }, '82a161a176a162c3'],
  ['object with unknown attr', ['object', { id: 'string' }], { id: UNKNOWN }, `81a2${str('id')}d40000`],
  ['tuple', ['tuple', ['string', 'bool']], ['x', true], '92a178c3'],
  ['dynamic string', 'dynamic', new DynamicTyped('string', 'x'), `92c408${str('"string"')}a178`],
  [
    'dynamic list',
    'dynamic',
    new DynamicTyped(['list', 'number'], [1]),
    `92c411${str('["list","number"]')}9101`,
  ],
  [
    'dynamic object (type JSON sorted)',
    'dynamic',
    new DynamicTyped(['object', { b: 'bool', a: 'string' }], { a: 'x', b: false }),
    `92c424${str('["object",{"a":"string","b":"bool"}]')}82a161a178a162c2`,
  ],
  ['dynamic null', 'dynamic', null, 'c0'],
  [
    'nested list of objects',
    ['list', ['object', { k: ['map', 'string'] }]],
    [{ k: { z: 'y' } }],
    `9181a16b81a17aa179`,
  ],
];

describe('msgpack golden vectors', () => {
  test.each(GOLDEN)('%s', (_name, type, value, expected) => {
    expect(hex(encodeMsgpack(type, value))).toBe(expected);
    expect(decodeMsgpack(type, bytes(expected))).toEqual(value);
  });

  test('array16 and map16 headers for 16+ items', () => {
    const list = Array.from({ length: 16 }, (_, i) => i);
    expect(hex(encodeMsgpack(['list', 'number'], list))).toBe(`dc0010${list.map((i) => i.toString(16).padStart(2, '0')).join('')}`);
    const map: Record<string, CtyValue> = {};
    for (let i = 0; i < 16; i++) map[`k${i.toString(16)}`] = true;
    const enc = encodeMsgpack(['map', 'bool'], map);
    expect(hex(enc.subarray(0, 3))).toBe('de0010');
    expect(decodeMsgpack(['map', 'bool'], enc)).toEqual(map);
  });
});

describe('msgpack decoding of what Terraform (go-cty) sends', () => {
  test('refined unknown (extension 12) decodes as unknown', () => {
    // ext8, 3 bytes, type 12: refinements {1: false} (not null)
    expect(decodeMsgpack('string', bytes('c7030c8101c2'))).toBe(UNKNOWN);
    // fixext4 with a prefix refinement, inside an object
    expect(decodeMsgpack(['object', { a: 'string' }], bytes(`81a161d60c8102a178`))).toEqual({ a: UNKNOWN });
  });
  test('any integer width decodes exactly', () => {
    expect(decodeMsgpack('number', bytes('d3fffffffffffffffe'))).toBe(-2);
    expect(decodeMsgpack('number', bytes('cf0020000000000001'))).toEqual(new BigNumber('9007199254740993'));
    expect(decodeMsgpack('number', bytes('d3ffdfffffffffffff'))).toEqual(new BigNumber('-9007199254740993'));
  });
  test('float32 and float64', () => {
    expect(decodeMsgpack('number', bytes('ca3fc00000'))).toBe(1.5);
    expect(decodeMsgpack('number', bytes('cb3fe0000000000000'))).toBe(0.5);
  });
  test('numbers sent as strings keep their precision', () => {
    expect(decodeMsgpack('number', bytes(`a3${str('0.1')}`))).toBe(0.1);
    expect(decodeMsgpack('number', bytes(`b5${str('0.1000000000000000001')}`))).toEqual(new BigNumber('0.1000000000000000001'));
    expect(decodeMsgpack('number', bytes(`b0${str('9007199254740993')}`))).toEqual(new BigNumber('9007199254740993'));
  });
  test('BigNumber round-trips byte for byte', () => {
    const text = '-12345678901234567890.000000000000000000001';
    const enc = encodeMsgpack('number', new BigNumber(text));
    expect(decodeMsgpack('number', enc)).toEqual(new BigNumber(text));
  });
  test('object attributes in any order, absent ones null', () => {
    const t: CtyType = ['object', { a: 'string', b: 'string', c: 'string' }];
    expect(decodeMsgpack(t, bytes('82a162a179a161a178'))).toEqual({ a: 'x', b: 'y', c: null });
  });
  test('a dynamic header may also be a str', () => {
    expect(decodeMsgpack('dynamic', bytes(`92a6${str('"bool"')}c3`))).toEqual(new DynamicTyped('bool', true));
  });
  test('"__proto__" map key stays data', () => {
    const v = decodeMsgpack(['map', 'string'], bytes(`81a9${str('__proto__')}a178`)) as Record<string, CtyValue>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(hex(encodeMsgpack(['map', 'string'], v))).toBe(`81a9${str('__proto__')}a178`);
  });
});

describe('malformed input is a CodecError, never a crash or a hang', () => {
  const cases: [string, CtyType, string][] = [
    ['empty input', 'string', ''],
    ['truncated str', 'string', 'a5686869'],
    ['truncated uint32', 'number', 'ce0001'],
    ['array32 claims 4 billion items', ['list', 'string'], 'ddffffffff'],
    ['map32 claims 4 billion items', ['map', 'string'], 'dfffffffff'],
    ['bin32 longer than input', 'dynamic', '92c6ffffffff'],
    ['invalid utf-8', 'string', 'a2c328'],
    ['reserved byte 0xc1', 'string', 'c1'],
    ['trailing bytes', 'bool', 'c3c3'],
    ['wrong kind', 'string', 'c3'],
    ['number that does not parse', 'number', `a3${str('abc')}`],
    ['NaN float', 'number', 'cb7ff8000000000000'],
    ['unsupported extension', 'string', 'd40500'],
    ['non-string object key', ['object', { a: 'string' }], '8101a178'],
    ['unknown object attribute', ['object', { a: 'string' }], '81a17aa178'],
    ['tuple length mismatch', ['tuple', ['string']], '92a178a179'],
    ['dynamic without header', 'dynamic', '92c3c3'],
    ['dynamic with bad type JSON', 'dynamic', `92c403${str('"x"')}c0`],
    ['dynamic with unparsable header', 'dynamic', `92c402${str('[[')}c0`],
    ['dynamic not an array', 'dynamic', 'a178'],
  ];
  test.each(cases)('%s', (_n, type, input) => {
    expect(() => decodeMsgpack(type, bytes(input))).toThrow(CodecError);
  });

  test('deeply nested dynamic type header is rejected', () => {
    let t = '"string"';
    for (let i = 0; i < 200; i++) t = `["list",${t}]`;
    const header = Buffer.from(t);
    const input = Buffer.concat([Buffer.from([0x92, 0xc5, header.length >> 8, header.length & 0xff]), header, Buffer.from([0xc0])]);
    expect(() => decodeMsgpack('dynamic', input)).toThrow(/nested too deeply/);
  });

  test('errors carry the attribute path', () => {
    const t: CtyType = ['object', { tags: ['map', 'number'] }];
    try {
      decodeMsgpack(t, bytes(`81a4${str('tags')}81a161a178`));
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(CodecError);
      expect((e as CodecError).path).toEqual([{ attribute: 'tags' }, { key: 'a' }]);
    }
  });

  test('random bytes against random types: only CodecError, always fast', () => {
    fc.assert(
      fc.property(arbType(3), fc.uint8Array({ maxLength: 64 }), (type, input) => {
        // CPU time, not wall time: on a busy machine a trivial decode can wait 200 ms for a core.
        const before = process.cpuUsage();
        try {
          decodeMsgpack(type, input);
        } catch (e) {
          if (!(e instanceof CodecError)) throw e;
        }
        const used = process.cpuUsage(before);
        return (used.user + used.system) / 1000 < 200;
      }),
      { numRuns: 1000 },
    );
  });

  test('mutated valid encodings: only CodecError', () => {
    fc.assert(
      fc.property(
        arbType(3).chain((t) => fc.tuple(fc.constant(t), arbValue(t, 3))),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        ([type, value], at, byte) => {
          const enc = encodeMsgpack(type, value);
          if (enc.length === 0) return;
          enc[at % enc.length] = byte;
          try {
            decodeMsgpack(type, enc);
          } catch (e) {
            if (!(e instanceof CodecError)) throw e;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('encoding errors', () => {
  test('wrong value kinds name the path', () => {
    expect(() => encodeMsgpack(['object', { a: ['list', 'string'] }], { a: ['x', 3] })).toThrow(
      expect.objectContaining({ path: [{ attribute: 'a' }, { index: 1 }], message: 'expected a string, got a number' }),
    );
    expect(() => encodeMsgpack(['object', { a: 'string' }], { b: 'x' })).toThrow('unsupported attribute "b"');
    expect(() => encodeMsgpack('number', NaN)).toThrow(CodecError);
    expect(() => encodeMsgpack('number', new BigNumber('12abc'))).toThrow(CodecError);
  });
  test('dynamic without a wrapper infers the type', () => {
    expect(hex(encodeMsgpack('dynamic', 'x'))).toBe(`92c408${str('"string"')}a178`);
  });
});

// ---------------------------------------------------------------- property round trips

function arbType(depth: number): fc.Arbitrary<CtyType> {
  const prim = fc.constantFrom<CtyType>('string', 'number', 'bool', 'dynamic');
  if (depth <= 0) return prim;
  const inner = arbType(depth - 1);
  const name = fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/);
  return fc.oneof(
    { weight: 3, arbitrary: prim },
    { weight: 1, arbitrary: inner.map((t) => ['list', t] as CtyType) },
    { weight: 1, arbitrary: inner.map((t) => ['set', t] as CtyType) },
    { weight: 1, arbitrary: inner.map((t) => ['map', t] as CtyType) },
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 3 }).map((ts) => ['tuple', ts] as CtyType) },
    {
      weight: 2,
      arbitrary: fc.dictionary(name, inner, { maxKeys: 4 }).map((attrs) => ['object', attrs] as CtyType),
    },
  );
}

const arbNumber: fc.Arbitrary<CtyValue> = fc.oneof(
  fc.maxSafeInteger(),
  fc.double({ noNaN: true, noDefaultInfinity: false }).filter((d) => !Object.is(d, -0)),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).filter((b) => b > BigInt(Number.MAX_SAFE_INTEGER) || b < BigInt(Number.MIN_SAFE_INTEGER)).map((b) => new BigNumber(b.toString())),
  fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 20, max: 40 })).map(([b, scale]) => {
    const s = (b < 0n ? -b : b).toString().padStart(scale + 1, '0');
    const text = `${b < 0n ? '-' : ''}${s.slice(0, -scale)}.${s.slice(-scale)}1`;
    return new BigNumber(text);
  }),
);

function arbValue(type: CtyType, depth: number): fc.Arbitrary<CtyValue> {
  const wrap = (a: fc.Arbitrary<CtyValue>) =>
    fc.oneof({ weight: 8, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(UNKNOWN) });
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        return wrap(fc.string({ unit: 'grapheme', maxLength: 40 }));
      case 'bool':
        return wrap(fc.boolean());
      case 'number':
        return wrap(arbNumber);
      case 'dynamic':
        return wrap(
          arbType(Math.min(depth, 1))
            .filter((t) => t !== 'dynamic')
            .chain((t) => arbValue(t, depth - 1).map((v) => new DynamicTyped(t, v))),
        ).map((v) => (v instanceof DynamicTyped && (v.value === null || v.value === UNKNOWN) ? v.value : v));
    }
  }
  switch (type[0]) {
    case 'list':
    case 'set':
      return wrap(fc.array(arbValue(type[1], depth - 1), { maxLength: 4 }));
    case 'tuple':
      return wrap(fc.tuple(...type[1].map((t) => arbValue(t, depth - 1))) as fc.Arbitrary<CtyValue>);
    case 'map':
      return wrap(fc.dictionary(fc.string({ maxLength: 8 }), arbValue(type[1], depth - 1), { maxKeys: 4 }) as fc.Arbitrary<CtyValue>);
    case 'object': {
      const attrs = type[1];
      const rec: Record<string, fc.Arbitrary<CtyValue>> = {};
      for (const k of Object.keys(attrs)) rec[k] = arbValue(attrs[k]!, depth - 1);
      return wrap(fc.record(rec) as fc.Arbitrary<CtyValue>);
    }
  }
  return fc.constant(null);
}

/** Decoded form of a value: JS numbers stand for their shortest decimal text. */
function normalize(v: CtyValue): CtyValue {
  if (v instanceof DynamicTyped) return new DynamicTyped(v.type, normalize(v.value));
  if (Array.isArray(v)) return (v as CtyValue[]).map(normalize);
  // Integers beyond 2^53 travel as int64 and come back as exact BigNumbers.
  if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v) && Math.abs(v) < 2 ** 63) return new BigNumber(BigInt(v).toString());
  // Integers past int64 that a float64 holds exactly travel as float64 (as go-cty sends them).
  if (v instanceof BigNumber && /^-?\d+$/.test(v.text)) {
    const b = BigInt(v.text);
    if ((b < -(2n ** 63n) || b >= 2n ** 63n) && Number.isFinite(Number(b)) && BigInt(Number(b)) === b) return Number(b);
  }
  if (v && typeof v === 'object' && !(v instanceof BigNumber) && v !== UNKNOWN) {
    const out: Record<string, CtyValue> = {};
    for (const [k, e] of Object.entries(v)) Object.defineProperty(out, k, { value: normalize(e as CtyValue), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

describe('property: msgpack round trip', () => {
  test('decode(encode(v)) == v for random types and values', () => {
    fc.assert(
      fc.property(
        arbType(3).chain((t) => fc.tuple(fc.constant(t), arbValue(t, 3))),
        ([type, value]) => {
          const enc = encodeMsgpack(type, value);
          expect(decodeMsgpack(type, enc)).toEqual(normalize(value));
          // and encoding is stable
          expect(hex(encodeMsgpack(type, decodeMsgpack(type, enc)))).toBe(hex(enc));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('JSON round trip for known values', () => {
    const noUnknown = (v: CtyValue): boolean =>
      v === UNKNOWN
        ? false
        : v instanceof DynamicTyped
          ? noUnknown(v.value)
          : Array.isArray(v)
            ? (v as CtyValue[]).every(noUnknown)
            : v && typeof v === 'object' && !(v instanceof BigNumber)
              ? Object.values(v).every((e) => noUnknown(e as CtyValue))
              : typeof v === 'number'
                ? Number.isFinite(v)
                : true;
    fc.assert(
      fc.property(
        arbType(3).chain((t) => fc.tuple(fc.constant(t), arbValue(t, 3).filter(noUnknown))),
        ([type, value]) => {
          const json = toJson(type, value);
          const back = decodeJson(type, new TextEncoder().encode(json));
          expect(hex(encodeMsgpack(type, back))).toBe(hex(encodeMsgpack(type, value)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('JSON codec', () => {
  test('toJson writes a double past 2^53 as its exact integer, so it survives the round trip', () => {
    expect(toJson('number', -18844732876367030)).toBe('-18844732876367032');
    expect(toJson('number', 2 ** 60)).toBe('1152921504606846976');
    expect(toJson('number', 1e-21)).toBe('1e-21');
    // 2^63 is past int64 but exact as a float64: msgpack float64 (0xcb) whichever way it arrives.
    expect(hex(encodeMsgpack('number', new BigNumber('9223372036854775808')))).toBe('cb43e0000000000000');
    expect(hex(encodeMsgpack('number', 2 ** 63))).toBe('cb43e0000000000000');
    expect(hex(encodeMsgpack('number', decodeJson('number', new TextEncoder().encode(toJson('number', -18844732876367030)))))).toBe(hex(encodeMsgpack('number', -18844732876367030)));
  });
  test('parseJson keeps big numbers exact', () => {
    expect(parseJson('{"a":9007199254740993,"b":0.1,"c":[1,2.5e3],"d":1.50}')).toEqual({
      a: new BigNumber('9007199254740993'),
      b: 0.1,
      c: [1, 2500],
      d: new BigNumber('1.50'),
    });
  });
  test('parseJson rejects garbage', () => {
    for (const bad of ['', '{', '{"a":}', '[1,]', '01', 'nul', '"\\x"', '{"a":1} x', '"a\u0001"']) {
      expect(() => parseJson(bad)).toThrow(CodecError);
    }
  });
  test('fromJson applies cty conversions and fills absent attributes', () => {
    const t: CtyType = ['object', { s: 'string', n: 'number', b: 'bool', l: ['list', 'string'], absent: 'string' }];
    expect(fromJson(t, { s: 5, n: '42', b: 'true', l: ['x'] })).toEqual({ s: '5', n: 42, b: true, l: ['x'], absent: null });
    expect(() => fromJson(t, { s: 'x', extra: 1 })).toThrow('unsupported attribute "extra"');
    expect(() => fromJson(t, { l: 'x' })).toThrow(expect.objectContaining({ path: [{ attribute: 'l' }] }));
  });
  test('JSON dynamic values carry their type', () => {
    expect(fromJson('dynamic', { value: ['a'], type: ['list', 'string'] })).toEqual(new DynamicTyped(['list', 'string'], ['a']));
  });
  test('a JSON DynamicValue is decoded when msgpack is empty', () => {
    const t: CtyType = ['object', { id: 'string' }];
    expect(decodeDynamicValue(t, { msgpack: new Uint8Array(), json: new TextEncoder().encode('{"id":"x"}') })).toEqual({ id: 'x' });
    expect(decodeDynamicValue(t, {})).toBeNull();
    expect(decodeDynamicValue(t, null)).toBeNull();
  });
});

describe('types', () => {
  test('parseType validates Terraform type JSON', () => {
    expect(parseType(['object', { a: ['set', 'string'] }, ['a']])).toEqual(['object', { a: ['set', 'string'] }, ['a']]);
    for (const bad of ['str', ['list'], ['object', []], ['tuple', 'string'], ['object', { a: 'string' }, ['b']], 42]) {
      expect(() => parseType(bad)).toThrow(CodecError);
    }
  });
  test('typeJson sorts object attributes like go-cty', () => {
    expect(typeJson(['object', { z: 'string', a: ['map', 'bool'] }])).toBe('["object",{"a":["map","bool"],"z":"string"}]');
  });
});
