/**
 * Moving values between the protocol's CtyValues and the plain objects that
 * handlers see, guided by the declared attributes.
 */
import { BigNumber, DynamicTyped, UNKNOWN, type CtyValue } from '../protocol/values';
import { isUnknown } from '../protocol/values';
import type { Attr, Attrs } from './attributes';

type Obj = { readonly [k: string]: CtyValue };

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v) && !(v instanceof BigNumber) && !(v instanceof DynamicTyped);
}

function numEqual(a: number | BigNumber, b: number | BigNumber): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return Number(a.toString()) === Number(b.toString()) && canonicalNum(a) === canonicalNum(b);
}
function canonicalNum(n: number | BigNumber): string {
  const t = n.toString();
  if (!/[.eE]/.test(t)) return t.replace(/^(-?)0+(?=\d)/, '$1');
  return String(Number(t));
}

/** Deep equality; lists positional, objects by key (missing key = null). */
export function ctyEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (isUnknown(a) || isUnknown(b)) return false;
  const an = typeof a === 'number' || a instanceof BigNumber;
  const bn = typeof b === 'number' || b instanceof BigNumber;
  if (an || bn) return an && bn && numEqual(a as number | BigNumber, b as number | BigNumber);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => ctyEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!ctyEqual(a[k] ?? null, b[k] ?? null)) return false;
    return true;
  }
  return false;
}

/** Equality that knows sets are unordered. */
export function attrEqual(attr: Attr, a: unknown, b: unknown): boolean {
  const k = attr.kind;
  if (Array.isArray(a) && Array.isArray(b) && (k.type === 'set' || (k.type === 'nested' && k.nesting === 'set'))) {
    if (a.length !== b.length) return false;
    const used = new Set<number>();
    return a.every((x) => {
      const i = b.findIndex((y, j) => !used.has(j) && (k.type === 'nested' ? objectEqual(k.attributes, x, y) : ctyEqual(x, y)));
      if (i < 0) return false;
      used.add(i);
      return true;
    });
  }
  if (k.type === 'nested' && isObject(a) && isObject(b)) {
    if (k.nesting === 'single') return objectEqual(k.attributes, a, b);
    if (k.nesting === 'map') {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) if (!objectEqual(k.attributes, a[key] ?? null, b[key] ?? null)) return false;
      return true;
    }
  }
  if (k.type === 'nested' && k.nesting === 'list' && Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => objectEqual(k.attributes, x, b[i]));
  }
  return ctyEqual(a, b);
}

export function objectEqual(attributes: Attrs, a: unknown, b: unknown): boolean {
  if (!isObject(a) || !isObject(b)) return ctyEqual(a, b);
  return Object.entries(attributes).every(([name, attr]) => attrEqual(attr, a[name] ?? null, b[name] ?? null));
}

/** True when the value (deeply) contains no unknowns. */
export function isFullyKnown(v: unknown): boolean {
  if (isUnknown(v)) return false;
  if (Array.isArray(v)) return v.every(isFullyKnown);
  if (isObject(v)) return Object.values(v).every(isFullyKnown);
  return true;
}

/** Problems found while shaping a handler's value into the schema. */
export interface ShapeProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Shapes a value (from a handler, an importer or an upgrader) into a CtyValue
 * that matches the attributes exactly: missing fields become null, unknown
 * fields are dropped, write-only fields are nulled, numbers stay exact.
 */
export function shapeObject(attributes: Attrs, value: unknown, problems: ShapeProblem[], path = '', opts: { keepWriteOnly?: boolean; allowUnknown?: boolean } = {}): CtyValue {
  if (value === null || value === undefined) return null;
  if (isUnknown(value)) {
    if (!opts.allowUnknown) problems.push({ path: path || '(root)', message: 'is unknown' });
    return opts.allowUnknown ? UNKNOWN : null;
  }
  if (!isObject(value)) {
    problems.push({ path: path || '(root)', message: 'must be an object' });
    return null;
  }
  const out: Record<string, CtyValue> = {};
  for (const [name, attr] of Object.entries(attributes)) {
    const p = path ? `${path}.${name}` : name;
    out[name] = attr.options.writeOnly && !opts.keepWriteOnly ? null : shapeAttr(attr, value[name], problems, p, opts);
  }
  return out;
}

/** `shapeObject` of a whole state or plan: the object, or null (when the value was null, or problems were found). */
export function shapeState(attributes: Attrs, value: unknown, problems: ShapeProblem[], opts: { keepWriteOnly?: boolean; allowUnknown?: boolean } = {}): Obj | null {
  const shaped = shapeObject(attributes, value, problems, '', opts);
  return isObject(shaped) ? shaped : null;
}

export function shapeAttr(attr: Attr, value: unknown, problems: ShapeProblem[], path: string, opts: { keepWriteOnly?: boolean; allowUnknown?: boolean } = {}): CtyValue {
  if (value === null || value === undefined) return null;
  if (isUnknown(value)) {
    if (!opts.allowUnknown) problems.push({ path, message: 'is unknown' });
    return opts.allowUnknown ? UNKNOWN : null;
  }
  const k = attr.kind;
  switch (k.type) {
    case 'primitive':
      return shapePrimitive(k.primitive, value, problems, path);
    case 'list':
    case 'set':
      if (!Array.isArray(value)) return bad(problems, path, 'must be a list');
      return value.map((v, i) => (v === null || v === undefined ? null : isUnknown(v) && opts.allowUnknown ? UNKNOWN : shapePrimitive(k.element, v, problems, `${path}[${i}]`)));
    case 'map':
      if (!isObject(value)) return bad(problems, path, 'must be a map');
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, v === null ? null : isUnknown(v) && opts.allowUnknown ? UNKNOWN : shapePrimitive(k.element, v, problems, `${path}["${key}"]`)]));
    case 'nested':
      if (k.nesting === 'single') return shapeObject(k.attributes, value, problems, path, opts);
      if (k.nesting === 'map') {
        if (!isObject(value)) return bad(problems, path, 'must be a map');
        return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, shapeObject(k.attributes, v, problems, `${path}["${key}"]`, opts)]));
      }
      if (!Array.isArray(value)) return bad(problems, path, 'must be a list');
      return value.map((v, i) => shapeObject(k.attributes, v, problems, `${path}[${i}]`, opts));
  }
}

function bad(problems: ShapeProblem[], path: string, message: string): null {
  problems.push({ path, message });
  return null;
}

function shapePrimitive(p: 'string' | 'number' | 'bool', value: unknown, problems: ShapeProblem[], path: string): CtyValue {
  switch (p) {
    case 'string':
      return typeof value === 'string' ? value : bad(problems, path, 'must be a string');
    case 'bool':
      return typeof value === 'boolean' ? value : bad(problems, path, 'must be a bool');
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (value instanceof BigNumber) return value;
      if (typeof value === 'string' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value)) return new BigNumber(value);
      return bad(problems, path, 'must be a number');
  }
}

/**
 * Prepares a protocol value for a handler: BigNumbers become JS numbers (the
 * declared TS type), everything else is passed through as plain data.
 */
export function toHandlerValue(v: CtyValue): unknown {
  if (v instanceof BigNumber) return Number(v.text);
  if (Array.isArray(v)) return v.map(toHandlerValue);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toHandlerValue(x)]));
  return v;
}

/** Whether `v` is a protocol value (checked all the way down). */
export function isCtyValue(v: unknown): v is CtyValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (v instanceof BigNumber || v instanceof DynamicTyped || isUnknown(v)) return true;
  if (Array.isArray(v)) return v.every(isCtyValue);
  if (typeof v === 'object') return Object.values(v).every(isCtyValue);
  return false;
}

/** A value a plan modifier or a declaration gave, as a protocol value; anything else is a provider bug. */
export function ctyOf(v: unknown, what: string): CtyValue {
  if (v === undefined) return null;
  if (!isCtyValue(v)) throw new Error(`${what} is not a Terraform value (this is a bug in the provider)`);
  return v;
}

/** A handler's view of an object: plain data, typed by the declaration at the handler's end. */
export type HandlerObject = Readonly<Record<string, unknown>>;

/** `toHandlerValue` of an object value. */
export function toHandlerObject(v: Obj): HandlerObject {
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toHandlerValue(x)]));
}

/** Null value for every attribute: the start of an imported state. */
export function nullObject(attributes: Attrs): Record<string, CtyValue> {
  return Object.fromEntries(Object.keys(attributes).map((k) => [k, null]));
}
