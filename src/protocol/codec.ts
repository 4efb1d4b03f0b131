/**
 * DynamicValue codecs: cty values in Terraform's msgpack and JSON wire forms,
 * driven by the CtyType. Every failure is a CodecError carrying the attribute
 * path, which the RPC layer turns into an error diagnostic.
 *
 * Numbers: integers that fit a JS double exactly are `number`; anything else
 * is a BigNumber holding its decimal text. Non-integer JS numbers are sent as
 * their shortest decimal text (cty parses it at full precision), so "0.1"
 * from an API response equals 0.1 written in HCL.
 */
import { BigNumber, DynamicTyped, UNKNOWN, isUnknown, type CtyType, type CtyValue } from './values';
import type { AttributePath, AttributePathStep } from './service';
import { MsgpackError, MsgpackReader, MsgpackWriter } from './msgpack';

export class CodecError extends Error {
  constructor(
    message: string,
    readonly path: AttributePath = [],
  ) {
    super(message);
    this.name = 'CodecError';
  }
}

type Path = AttributePathStep[];
type Obj = { [key: string]: CtyValue };

const MAX_TYPE_DEPTH = 64;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Sets a key without ever touching the prototype (a map key may be "__proto__"). */
function put(obj: Obj, key: string, value: CtyValue): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

function describe(t: CtyType): string {
  return typeof t === 'string' ? t : t[0];
}

// ---------------------------------------------------------------- types

/** Validates a type in Terraform's JSON type encoding (as found in a dynamic value's header). */
export function parseType(json: unknown, depth = 0): CtyType {
  if (depth > MAX_TYPE_DEPTH) throw new CodecError('type is nested too deeply');
  if (json === 'string' || json === 'number' || json === 'bool' || json === 'dynamic') return json;
  if (Array.isArray(json)) {
    const [kind, arg, extra] = json as unknown[];
    if ((kind === 'list' || kind === 'set' || kind === 'map') && json.length === 2) {
      return [kind, parseType(arg, depth + 1)] as CtyType;
    }
    if (kind === 'tuple' && json.length === 2 && Array.isArray(arg)) {
      return ['tuple', (arg as unknown[]).map((e) => parseType(e, depth + 1))];
    }
    if (kind === 'object' && (json.length === 2 || json.length === 3) && isPlainObject(arg)) {
      const attrs: Record<string, CtyType> = {};
      for (const k of Object.keys(arg)) {
        if (k === '__proto__') throw new CodecError('invalid attribute name "__proto__" in object type');
        attrs[k] = parseType(arg[k], depth + 1);
      }
      if (json.length === 3) {
        if (!Array.isArray(extra) || !extra.every((n) => typeof n === 'string' && n in attrs)) {
          throw new CodecError('invalid optional attribute list in object type');
        }
        return ['object', attrs, extra as string[]];
      }
      return ['object', attrs];
    }
  }
  throw new CodecError(`invalid type ${truncate(JSON.stringify(json) ?? String(json))}`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof BigNumber);
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** The type's JSON with object attributes sorted, as go-cty writes it. */
export function typeJson(t: CtyType): string {
  if (typeof t === 'string') return JSON.stringify(t);
  switch (t[0]) {
    case 'list':
    case 'set':
    case 'map':
      return `[${JSON.stringify(t[0])},${typeJson(t[1])}]`;
    case 'tuple':
      return `["tuple",[${t[1].map(typeJson).join(',')}]]`;
    case 'object': {
      const attrs = t[1];
      const body = Object.keys(attrs)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${typeJson(attrs[k]!)}`)
        .join(',');
      const opt = t.length === 3 ? `,${JSON.stringify([...t[2]].sort())}` : '';
      return `["object",{${body}}${opt}]`;
    }
  }
}

/** Best-effort type of a plain JS value, for dynamic attributes given without a DynamicTyped wrapper. */
export function inferType(v: CtyValue): CtyType {
  if (v instanceof DynamicTyped) return v.type;
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || v instanceof BigNumber) return 'number';
  if (v === null || isUnknown(v)) return 'dynamic';
  if (Array.isArray(v)) return ['tuple', (v as readonly CtyValue[]).map(inferType)];
  const o = v as { readonly [k: string]: CtyValue };
  const attrs: Record<string, CtyType> = {};
  for (const k of Object.keys(o)) attrs[k] = inferType(o[k]!);
  return ['object', attrs];
}

// ---------------------------------------------------------------- numbers

function numberFromText(text: string, path: Path): number | BigNumber {
  const t = text.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) throw new CodecError(`invalid number ${JSON.stringify(truncate(text))}`, path);
  const n = Number(t);
  if (Number.isFinite(n) && String(n) === t && (!Number.isInteger(n) || Number.isSafeInteger(n) || /e/i.test(t))) return n;
  // "2.5e3", "1.0": exact when the value is a safe integer and has few enough digits to be exact.
  if (Number.isSafeInteger(n) && significantDigits(t) <= 15) return n;
  return new BigNumber(t);
}

function significantDigits(t: string): number {
  const mantissa = t.replace(/^[-+]/, '').split(/[eE]/)[0]!.replace('.', '');
  return mantissa.replace(/^0+/, '').replace(/0+$/, '').length;
}

function numberFromInt(v: bigint): number | BigNumber {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : new BigNumber(v.toString());
}

function writeNumber(w: MsgpackWriter, v: CtyValue, path: Path): void {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) throw new CodecError('NaN is not a valid number', path);
    if (!Number.isFinite(v)) return w.float64(v);
    if (Number.isInteger(v)) {
      if (Math.abs(v) < 2 ** 63) return w.int(BigInt(v));
      return w.float64(v);
    }
    return w.str(String(v));
  }
  if (v instanceof BigNumber) {
    const t = v.text.trim();
    if (/^-?\d+$/.test(t)) {
      const b = BigInt(t);
      if (b >= INT64_MIN && b <= INT64_MAX) return w.int(b);
      // Like go-cty: an integer past int64 that a float64 holds exactly goes as float64.
      const f = Number(b);
      if (Number.isFinite(f) && BigInt(f) === b) return w.float64(f);
      return w.str(b.toString());
    }
    numberFromText(t, path); // validates
    return w.str(t);
  }
  throw new CodecError(`expected a number, got ${kindOf(v)}`, path);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof BigNumber) return 'a number';
  if (v instanceof DynamicTyped) return 'a dynamic value';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

// ---------------------------------------------------------------- msgpack encode

export function encodeMsgpack(type: CtyType, value: CtyValue): Uint8Array {
  const w = new MsgpackWriter();
  writeValue(w, type, value, []);
  return w.finish();
}

function writeValue(w: MsgpackWriter, type: CtyType, v: CtyValue, path: Path): void {
  if (v === null || v === undefined) return w.nil();
  if (isUnknown(v)) return w.unknown();
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        if (typeof v !== 'string') throw new CodecError(`expected a string, got ${kindOf(v)}`, path);
        return w.str(v);
      case 'bool':
        if (typeof v !== 'boolean') throw new CodecError(`expected a bool, got ${kindOf(v)}`, path);
        return w.bool(v);
      case 'number':
        return writeNumber(w, v, path);
      case 'dynamic': {
        const dt = v instanceof DynamicTyped ? v : new DynamicTyped(inferType(v), v);
        if (dt.value === null) return w.nil();
        if (isUnknown(dt.value)) return w.unknown();
        w.array(2);
        w.bin(encoder.encode(typeJson(dt.type)));
        return writeValue(w, dt.type, dt.value, path);
      }
    }
  }
  switch (type[0]) {
    case 'list':
    case 'set': {
      if (!Array.isArray(v)) throw new CodecError(`expected a ${type[0]}, got ${kindOf(v)}`, path);
      const items = v as readonly CtyValue[];
      w.array(items.length);
      items.forEach((item, i) => writeValue(w, type[1], item, [...path, { index: i }]));
      return;
    }
    case 'tuple': {
      if (!Array.isArray(v)) throw new CodecError(`expected a tuple, got ${kindOf(v)}`, path);
      const items = v as readonly CtyValue[];
      if (items.length !== type[1].length) throw new CodecError(`expected a tuple of ${type[1].length} elements, got ${items.length}`, path);
      w.array(items.length);
      items.forEach((item, i) => writeValue(w, type[1][i]!, item, [...path, { index: i }]));
      return;
    }
    case 'map': {
      if (!isPlainObject(v)) throw new CodecError(`expected a map, got ${kindOf(v)}`, path);
      const o = v as { readonly [k: string]: CtyValue };
      const keys = Object.keys(o).sort();
      w.map(keys.length);
      for (const k of keys) {
        w.str(k);
        writeValue(w, type[1], o[k]!, [...path, { key: k }]);
      }
      return;
    }
    case 'object': {
      if (!isPlainObject(v)) throw new CodecError(`expected an object, got ${kindOf(v)}`, path);
      const o = v as { readonly [k: string]: CtyValue };
      const attrs = type[1];
      for (const k of Object.keys(o)) {
        if (!(k in attrs) && o[k] !== undefined) throw new CodecError(`unsupported attribute "${k}"`, path);
      }
      const keys = Object.keys(attrs).sort();
      w.map(keys.length);
      for (const k of keys) {
        w.str(k);
        const item = Object.prototype.hasOwnProperty.call(o, k) ? o[k]! : null;
        writeValue(w, attrs[k]!, item, [...path, { attribute: k }]);
      }
      return;
    }
  }
}

// ---------------------------------------------------------------- msgpack decode

export function decodeMsgpack(type: CtyType, bytes: Uint8Array): CtyValue {
  const r = new MsgpackReader(bytes);
  try {
    const v = readValue(r, type, []);
    if (!r.done) r.fail('unexpected bytes after the value');
    return v;
  } catch (e) {
    if (e instanceof CodecError) throw e;
    if (e instanceof MsgpackError) throw new CodecError(`malformed msgpack: ${e.message}`);
    throw e;
  }
}

function readValue(r: MsgpackReader, type: CtyType, path: Path): CtyValue {
  const t = r.next();
  if (t.kind === 'nil') return null;
  if (t.kind === 'ext') {
    // 0: unknown; 12: unknown with refinements (dropped: the framework only needs "unknown").
    if (t.type === 0 || t.type === 12) return UNKNOWN;
    throw new CodecError(`unsupported msgpack extension type ${t.type}`, path);
  }
  const bad = (): never => {
    throw new CodecError(`expected ${describe(type)}, got msgpack ${t.kind}`, path);
  };
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        return t.kind === 'str' ? t.value : bad();
      case 'bool':
        return t.kind === 'bool' ? t.value : bad();
      case 'number':
        if (t.kind === 'int') return numberFromInt(t.value);
        if (t.kind === 'float') {
          if (Number.isNaN(t.value)) throw new CodecError('NaN is not a valid number', path);
          return t.value;
        }
        if (t.kind === 'str') return numberFromText(t.value, path);
        return bad();
      case 'dynamic': {
        if (t.kind !== 'array' || t.length !== 2) return bad();
        const header = r.next();
        if (header.kind !== 'bin' && header.kind !== 'str') throw new CodecError('dynamic value has no type header', path);
        let json: unknown;
        try {
          json = JSON.parse(header.kind === 'bin' ? decoder.decode(header.value) : header.value);
        } catch {
          throw new CodecError('dynamic value has an unreadable type header', path);
        }
        const concrete = parseType(json);
        return new DynamicTyped(concrete, readValue(r, concrete, path));
      }
    }
  }
  switch (type[0]) {
    case 'list':
    case 'set': {
      if (t.kind !== 'array') return bad();
      const out: CtyValue[] = [];
      for (let i = 0; i < t.length; i++) out.push(readValue(r, type[1], [...path, { index: i }]));
      return out;
    }
    case 'tuple': {
      if (t.kind !== 'array') return bad();
      if (t.length !== type[1].length) throw new CodecError(`expected a tuple of ${type[1].length} elements, got ${t.length}`, path);
      const out: CtyValue[] = [];
      for (let i = 0; i < t.length; i++) out.push(readValue(r, type[1][i]!, [...path, { index: i }]));
      return out;
    }
    case 'map': {
      if (t.kind !== 'map') return bad();
      const out: Obj = {};
      for (let i = 0; i < t.length; i++) {
        const k = r.next();
        if (k.kind !== 'str') throw new CodecError('map key is not a string', path);
        put(out, k.value, readValue(r, type[1], [...path, { key: k.value }]));
      }
      return out;
    }
    case 'object': {
      if (t.kind !== 'map') return bad();
      const attrs = type[1];
      const out: Obj = {};
      for (let i = 0; i < t.length; i++) {
        const k = r.next();
        if (k.kind !== 'str') throw new CodecError('object attribute name is not a string', path);
        const at = Object.prototype.hasOwnProperty.call(attrs, k.value) ? attrs[k.value] : undefined;
        if (!at) throw new CodecError(`unsupported attribute "${k.value}"`, path);
        put(out, k.value, readValue(r, at, [...path, { attribute: k.value }]));
      }
      for (const k of Object.keys(attrs)) if (!Object.prototype.hasOwnProperty.call(out, k)) put(out, k, null);
      return out;
    }
  }
  return bad();
}

// ---------------------------------------------------------------- JSON

export type JsonValue = null | boolean | string | number | BigNumber | readonly JsonValue[] | { readonly [k: string]: JsonValue };

/**
 * JSON.parse that keeps every number exact: numbers a double cannot hold
 * come back as BigNumber. Rejects trailing garbage; depth-limited.
 */
export function parseJson(text: string): JsonValue {
  let i = 0;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const fail = (msg: string): never => {
    throw new CodecError(`invalid JSON at offset ${i}: ${msg}`);
  };
  const value = (depth: number): JsonValue => {
    if (depth > 512) fail('nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const out: Obj = {};
      ws();
      if (text[i] === '}') {
        i++;
        return out as { readonly [k: string]: JsonValue };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a string key');
        const k = str();
        ws();
        if (text[i++] !== ':') fail('expected ":"');
        put(out, k, value(depth + 1) as CtyValue);
        ws();
        const d = text[i++];
        if (d === '}') return out as { readonly [k: string]: JsonValue };
        if (d !== ',') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const out: JsonValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return out;
      }
      for (;;) {
        out.push(value(depth + 1));
        ws();
        const d = text[i++];
        if (d === ']') return out;
        if (d !== ',') fail('expected "," or "]"');
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) return (i += 4), true;
    if (text.startsWith('false', i)) return (i += 5), false;
    if (text.startsWith('null', i)) return (i += 4), null;
    const m = /-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
    m.lastIndex = i;
    const hit = m.exec(text);
    if (!hit || hit[0] === '' || hit[0] === '-') return fail('unexpected character');
    i += hit[0].length;
    return numberFromText(hit[0], []);
  };
  const str = (): string => {
    // eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
    const m = /"((?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*)"/y;
    m.lastIndex = i;
    const hit = m.exec(text);
    if (!hit) return fail('bad string');
    i += hit[0].length;
    return JSON.parse(hit[0]) as string;
  };
  const v = value(0);
  ws();
  if (i !== text.length) fail('unexpected data after the value');
  return v;
}

/**
 * A JSON value (as Terraform stores state or sends a JSON DynamicValue) as a
 * CtyValue of `type`, with cty's JSON conversions (numbers and bools are
 * accepted where a string is expected, and vice versa for their text).
 */
export function fromJson(type: CtyType, value: unknown, path: Path = []): CtyValue {
  if (value === null || value === undefined) return null;
  const bad = (): never => {
    throw new CodecError(`expected ${describe(type)}, got ${kindOf(value)}`, path);
  };
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        if (typeof value === 'string') return value;
        if (typeof value === 'boolean' || typeof value === 'number') return String(value);
        if (value instanceof BigNumber) return value.text;
        return bad();
      case 'number':
        if (typeof value === 'number') {
          if (Number.isNaN(value)) bad();
          return value;
        }
        if (value instanceof BigNumber) return value;
        if (typeof value === 'string') return numberFromText(value, path);
        return bad();
      case 'bool':
        if (typeof value === 'boolean') return value;
        if (value === 'true' || value === 'false') return value === 'true';
        return bad();
      case 'dynamic': {
        if (!isPlainObject(value) || !('type' in value) || !('value' in value)) {
          throw new CodecError('a dynamic value in JSON needs "type" and "value"', path);
        }
        const concrete = parseType(toPlainJson(value.type));
        return new DynamicTyped(concrete, fromJson(concrete, value.value, path));
      }
    }
  }
  switch (type[0]) {
    case 'list':
    case 'set':
      if (!Array.isArray(value)) return bad();
      return (value as unknown[]).map((e, i) => fromJson(type[1], e, [...path, { index: i }]));
    case 'tuple': {
      if (!Array.isArray(value)) return bad();
      const items = value as unknown[];
      if (items.length !== type[1].length) throw new CodecError(`expected a tuple of ${type[1].length} elements, got ${items.length}`, path);
      return items.map((e, i) => fromJson(type[1][i]!, e, [...path, { index: i }]));
    }
    case 'map': {
      if (!isPlainObject(value)) return bad();
      const out: Obj = {};
      for (const k of Object.keys(value)) put(out, k, fromJson(type[1], value[k], [...path, { key: k }]));
      return out;
    }
    case 'object': {
      if (!isPlainObject(value)) return bad();
      const attrs = type[1];
      const out: Obj = {};
      for (const k of Object.keys(value)) {
        const at = Object.prototype.hasOwnProperty.call(attrs, k) ? attrs[k] : undefined;
        if (!at) throw new CodecError(`unsupported attribute "${k}"`, path);
        put(out, k, fromJson(at, value[k], [...path, { attribute: k }]));
      }
      for (const k of Object.keys(attrs)) if (!Object.prototype.hasOwnProperty.call(out, k)) put(out, k, null);
      return out;
    }
  }
  return bad();
}

function toPlainJson(v: unknown): unknown {
  if (v instanceof BigNumber) return Number(v.text);
  if (Array.isArray(v)) return v.map(toPlainJson);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, toPlainJson(e)]));
  return v;
}

export function decodeJson(type: CtyType, bytes: Uint8Array): CtyValue {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new CodecError('JSON value is not valid UTF-8');
  }
  return fromJson(type, parseJson(text));
}

/** A CtyValue as cty JSON (for tests and tools). Unknown values cannot be written as JSON. */
export function toJson(type: CtyType, v: CtyValue, path: Path = []): string {
  if (v === null) return 'null';
  if (isUnknown(v)) throw new CodecError('unknown values cannot be encoded as JSON', path);
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
      case 'bool':
        return JSON.stringify(v);
      case 'number':
        if (v instanceof BigNumber) return v.text;
        if (typeof v !== 'number' || !Number.isFinite(v)) throw new CodecError('expected a finite number', path);
        // Past 2^53 the shortest decimal form of a double is not its exact value; write the exact integer.
        return Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v).toString() : String(v);
      case 'dynamic': {
        const dt = v instanceof DynamicTyped ? v : new DynamicTyped(inferType(v), v);
        return `{"value":${toJson(dt.type, dt.value, path)},"type":${typeJson(dt.type)}}`;
      }
    }
  }
  switch (type[0]) {
    case 'list':
    case 'set':
      return `[${(v as readonly CtyValue[]).map((e, i) => toJson(type[1], e, [...path, { index: i }])).join(',')}]`;
    case 'tuple':
      return `[${(v as readonly CtyValue[]).map((e, i) => toJson(type[1][i]!, e, [...path, { index: i }])).join(',')}]`;
    case 'map':
    case 'object': {
      const o = v as { readonly [k: string]: CtyValue };
      const keys = type[0] === 'object' ? Object.keys(type[1]).sort() : Object.keys(o).sort();
      const at = (k: string): CtyType => (type[0] === 'object' ? type[1][k]! : type[1]);
      return `{${keys.map((k) => `${JSON.stringify(k)}:${toJson(at(k), o[k] ?? null, [...path, type[0] === 'object' ? { attribute: k } : { key: k }])}`).join(',')}}`;
    }
  }
  return 'null';
}

/** A DynamicValue message's payload (msgpack preferred, JSON accepted). An empty message is null. */
export function decodeDynamicValue(type: CtyType, dv: { msgpack?: Uint8Array | null; json?: Uint8Array | null } | null | undefined): CtyValue {
  if (!dv) return null;
  if (dv.msgpack && dv.msgpack.length > 0) return decodeMsgpack(type, dv.msgpack);
  if (dv.json && dv.json.length > 0) return decodeJson(type, dv.json);
  return null;
}
