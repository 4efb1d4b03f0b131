/**
 * Validators: small reusable values that check one attribute's value, or one
 * object's fields together. They run at `terraform validate` / plan time,
 * skip unknown values, and report with the attribute path.
 */
import type { AttributePath } from '../protocol/service';
import type { Unknown } from '../protocol/values';
import { isUnknown } from '../protocol/values';
import { childPath, type Diagnostics } from './diagnostics';

export interface ValidationContext {
  readonly path: AttributePath;
  readonly diags: Diagnostics;
}

/** Checks one known, non-null value of type T. */
export interface Validator<in T> {
  readonly kind: 'value';
  /** In words, for the docs: "must be 12 digits". */
  readonly description: string;
  readonly validate: (value: T, ctx: ValidationContext) => void;
}

/** An object's fields, any of which may be unknown while validating. */
export type FieldsMaybeUnknown<V> = { readonly [K in keyof V]: V[K] | Unknown };

/** Checks the fields of one object together (the resource's top level, or a nested object). */
export interface ObjectValidator<in V> {
  readonly kind: 'object';
  readonly description: string;
  readonly validate: (value: FieldsMaybeUnknown<V>, ctx: ValidationContext) => void;
}

// ---- values ------------------------------------------------------------------

export function custom<T>(description: string, check: (value: T) => string | undefined | void): Validator<T> {
  return {
    kind: 'value',
    description,
    validate: (value, { path, diags }) => {
      const problem = check(value);
      if (typeof problem === 'string') diags.error('Invalid attribute value', problem, path);
    },
  };
}

function chars(s: string): number {
  return [...s].length;
}

export function lengthBetween(min: number, max: number): Validator<string> {
  return custom(`between ${min} and ${max} characters`, (v) =>
    chars(v) < min || chars(v) > max ? `must be between ${min} and ${max} characters long, got ${chars(v)}` : undefined,
  );
}
export function lengthAtLeast(min: number): Validator<string> {
  return custom(`at least ${min} characters`, (v) => (chars(v) < min ? `must be at least ${min} characters long, got ${chars(v)}` : undefined));
}
export function lengthAtMost(max: number): Validator<string> {
  return custom(`at most ${max} characters`, (v) => (chars(v) > max ? `must be at most ${max} characters long, got ${chars(v)}` : undefined));
}

/** `message` says the rule in words; the value itself is never echoed (it may be a secret). */
export function matches(pattern: RegExp, message: string): Validator<string> {
  return custom(`${message} (pattern \`${pattern.source}\`)`, (v) => {
    pattern.lastIndex = 0;
    return pattern.test(v) ? undefined : message;
  });
}

/** A value outside the list fails with the list; one that differs from an allowed value only in case also gets that value as a hint. */
export function oneOf<T extends string | number>(values: readonly T[]): Validator<T> {
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  return custom(`one of ${values.map((v) => `\`${String(v)}\``).join(', ')}`, (v) => {
    if (values.includes(v)) return undefined;
    const folded = typeof v === 'string' ? values.find((allowed) => typeof allowed === 'string' && allowed.toLowerCase() === v.toLowerCase()) : undefined;
    return folded === undefined ? `must be one of: ${list}` : `must be one of: ${list}; did you mean ${JSON.stringify(folded)}?`;
  });
}

export function between(min: number, max: number): Validator<number> {
  return custom(`between ${min} and ${max}`, (v) => (v < min || v > max ? `must be between ${min} and ${max}, got ${v}` : undefined));
}

/** For lists, sets and maps. */
export function sizeBetween(min: number, max: number): Validator<readonly unknown[] | Readonly<Record<string, unknown>>> {
  return custom(`between ${min} and ${max} elements`, (v) => {
    const n = Array.isArray(v) ? v.length : Object.keys(v).length;
    return n < min || n > max ? `must have between ${min} and ${max} elements, got ${n}` : undefined;
  });
}

/** Applies a validator to each element of a list, set or map of primitives. */
export function each<T>(inner: Validator<T>): Validator<readonly T[] | Readonly<Record<string, T>>> {
  return {
    kind: 'value',
    description: `each element ${inner.description}`,
    validate: (value, ctx) => {
      if (Array.isArray(value)) {
        (value as readonly T[]).forEach((v, i) => {
          if (v !== null && !isUnknown(v)) inner.validate(v, { ...ctx, path: childPath(ctx.path, i) });
        });
      } else {
        for (const [k, v] of Object.entries(value as Readonly<Record<string, T>>)) {
          if (v !== null && !isUnknown(v)) inner.validate(v, { ...ctx, path: childPath(ctx.path, { key: k }) });
        }
      }
    },
  };
}

// ---- objects -----------------------------------------------------------------

type Fields<K extends string> = { readonly [P in K]: unknown };
const isSet = (v: unknown): boolean => v !== null && v !== undefined;
const quote = (keys: readonly string[]): string => keys.map((k) => `\`${k}\``).join(', ');

export function objectCustom<V>(description: string, check: (value: FieldsMaybeUnknown<V>, ctx: ValidationContext) => void): ObjectValidator<V> {
  return { kind: 'object', description, validate: check };
}

function anyUnknown(value: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  return keys.some((k) => isUnknown(value[k]));
}

/** Exactly one of these fields must be set. */
export function exactlyOneOf<K extends string>(...keys: K[]): ObjectValidator<Fields<K>> {
  return objectCustom(`exactly one of ${quote(keys)} must be set`, (value, { path, diags }) => {
    const v = value as Readonly<Record<string, unknown>>;
    if (anyUnknown(v, keys)) return;
    const set = keys.filter((k) => isSet(v[k]));
    if (set.length !== 1) {
      diags.error('Invalid attribute combination', `Exactly one of ${quote(keys)} must be set${set.length ? `; got ${quote(set)}` : ''}.`, childPath(path, set[1] ?? keys[0]!));
    }
  });
}

/** At least one of these fields must be set. */
export function atLeastOneOf<K extends string>(...keys: K[]): ObjectValidator<Fields<K>> {
  return objectCustom(`at least one of ${quote(keys)} must be set`, (value, { path, diags }) => {
    const v = value as Readonly<Record<string, unknown>>;
    if (anyUnknown(v, keys)) return;
    if (!keys.some((k) => isSet(v[k]))) {
      diags.error('Invalid attribute combination', `At least one of ${quote(keys)} must be set.`, childPath(path, keys[0]!));
    }
  });
}

/** At most one of these fields may be set (they conflict with each other). */
export function conflicting<K extends string>(...keys: K[]): ObjectValidator<Fields<K>> {
  return objectCustom(`at most one of ${quote(keys)} may be set`, (value, { path, diags }) => {
    const v = value as Readonly<Record<string, unknown>>;
    const set = keys.filter((k) => isSet(v[k]) && !isUnknown(v[k]));
    if (set.length > 1) {
      diags.error('Invalid attribute combination', `Only one of ${quote(keys)} may be set; got ${quote(set)}.`, childPath(path, set[1]!));
    }
  });
}

/** When `trigger` is set, every one of `required` must be set too. */
export function requiredWith<T extends string, K extends string>(trigger: T, ...required: K[]): ObjectValidator<Fields<T | K>> {
  return objectCustom(`when \`${trigger}\` is set, ${quote(required)} must be set too`, (value, { path, diags }) => {
    const v = value as Readonly<Record<string, unknown>>;
    if (!isSet(v[trigger]) || isUnknown(v[trigger])) return;
    for (const k of required) {
      if (!isSet(v[k])) diags.error('Missing required argument', `\`${k}\` must be set when \`${trigger}\` is set.`, childPath(path, k));
    }
  });
}

/**
 * Which fields apply depends on another field's value, e.g.
 * `fieldsFor('cloud_provider', { azure: { required: ['tenant_id'], allowed: ['client_secret'] }, ... })`.
 * Fields listed for some value but neither required nor allowed for the chosen one are rejected.
 */
export function fieldsFor<D extends string, K extends string>(
  discriminator: D,
  rules: Readonly<Record<string, { readonly required?: readonly K[]; readonly allowed?: readonly K[] }>>,
): ObjectValidator<Fields<D | K>> {
  const all = new Set<K>();
  for (const r of Object.values(rules)) for (const k of [...(r.required ?? []), ...(r.allowed ?? [])]) all.add(k);
  const parts = Object.entries(rules).map(
    ([val, r]) => `\`${discriminator} = "${val}"\`: ${r.required?.length ? `requires ${quote(r.required)}` : 'requires nothing'}${r.allowed?.length ? `, allows ${quote(r.allowed)}` : ''}`,
  );
  return objectCustom(`fields depend on \`${discriminator}\`: ${parts.join('; ')}`, (value, { path, diags }) => {
    const v = value as Readonly<Record<string, unknown>>;
    const d = v[discriminator];
    if (typeof d !== 'string') return; // null or unknown: nothing to check yet
    const rule = rules[d];
    if (!rule) return;
    for (const k of rule.required ?? []) {
      if (!isSet(v[k])) diags.error('Missing required argument', `\`${k}\` is required when \`${discriminator}\` is "${d}".`, childPath(path, k));
    }
    const ok = new Set<string>([...(rule.required ?? []), ...(rule.allowed ?? [])]);
    for (const k of all) {
      if (!ok.has(k) && isSet(v[k]) && !isUnknown(v[k])) {
        diags.error('Invalid attribute combination', `\`${k}\` does not apply when \`${discriminator}\` is "${d}".`, childPath(path, k));
      }
    }
  });
}
