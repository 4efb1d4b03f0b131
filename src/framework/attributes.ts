/**
 * Attribute declarations. One `attrs({...})` value is the single source of a
 * resource's Terraform schema, its handler types (inferred below), its
 * validation and its docs.
 */
import type { CtyType } from '../protocol/values';
import type { Unknown } from '../protocol/values';
import type { Validator, ObjectValidator } from './validators';
import type { PlanModifier } from './plan-modifiers';

export type Primitive = 'string' | 'number' | 'bool';
export type PrimitiveValue<P extends Primitive> = P extends 'string' ? string : P extends 'number' ? number : boolean;
export type Nesting = 'single' | 'list' | 'set' | 'map';

/** Options every attribute takes. Exactly one of: `required`, or `optional` and/or `computed`. */
export interface AttrOptions<T> {
  /** Markdown; shown in docs and in `terraform providers schema`. */
  readonly description?: string;
  /** Deprecation message; using the attribute gives a warning. */
  readonly deprecated?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  /** Set by the provider (alone) or by either side (with `optional`). */
  readonly computed?: boolean;
  /**
   * For computed-only attributes: the handler may return null. Without it a
   * computed-only attribute is typed non-null (handlers must fill it in).
   */
  readonly nullable?: boolean;
  readonly sensitive?: boolean;
  /** Terraform 1.11+: never stored in plan or state; handlers see it in `req.config` only. */
  readonly writeOnly?: boolean;
  /** Planned when the configuration leaves it null. Implies `computed`. */
  readonly default?: T;
  readonly validators?: readonly Validator<T>[];
  readonly planModifiers?: readonly PlanModifier<T>[];
}

export interface NestedOptions<V> extends Omit<AttrOptions<V>, 'default' | 'validators'> {
  /** Validators of the whole value (for `obj`) or of each element (list/set/map nested). */
  readonly validators?: readonly (Validator<V> | ObjectValidator<V>)[];
  /** Size limits for list/set/map nesting. */
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** What kind of value an attribute holds; drives the cty type and the docs. */
export type AttrKind =
  | { readonly type: 'primitive'; readonly primitive: Primitive }
  | { readonly type: 'list' | 'set' | 'map'; readonly element: Primitive }
  | { readonly type: 'nested'; readonly nesting: Nesting; readonly attributes: Attrs };

/**
 * One declared attribute. `S` is its shape (a TS value type, or Nested<...>),
 * `O` its literal options, both kept only for type inference.
 */
export interface Attr<S = unknown, O = unknown> {
  readonly kind: AttrKind;
  /** The options as the framework reads them: any value's validators, or a nested object's. */
  readonly options: Omit<AttrOptions<unknown>, 'validators'> & {
    readonly validators?: readonly (Validator<unknown> | ObjectValidator<unknown>)[];
    readonly minItems?: number;
    readonly maxItems?: number;
  };
  /** phantom */
  readonly __shape?: S;
  /** phantom */
  readonly __options?: O;
}

export type Attrs = { readonly [name: string]: Attr };

/** The shape of a nested attribute, resolved per view (config, state, plan) below. */
export interface Nested<A extends Attrs, N extends Nesting> {
  readonly __attrs: A;
  readonly __nesting: N;
}

// ---- builders --------------------------------------------------------------

function make<S, O>(kind: AttrKind, options: AttrOptions<unknown>): Attr<S, O> {
  const o = options as AttrOptions<unknown>;
  const modes = [o.required ? 'required' : '', o.optional ? 'optional' : '', o.computed ? 'computed' : ''].filter(Boolean);
  if (modes.length === 0 && o.default === undefined) {
    throw new Error('an attribute must be required, optional or computed');
  }
  if (o.required && (o.optional || o.computed)) throw new Error('a required attribute cannot also be optional or computed');
  if (o.default !== undefined && o.required) throw new Error('a required attribute cannot have a default');
  if (o.writeOnly && (o.computed || o.default !== undefined)) throw new Error('a write-only attribute cannot be computed or have a default');
  // A default is planned by the provider, so Terraform must see the attribute as computed.
  const options2: AttrOptions<unknown> = o.default !== undefined ? { ...o, optional: true, computed: true } : o;
  return { kind, options: options2 };
}

export function str<const O extends AttrOptions<string>>(options: O): Attr<string, O> {
  return make(PRIM.string, options as AttrOptions<unknown>);
}
export function num<const O extends AttrOptions<number>>(options: O): Attr<number, O> {
  return make(PRIM.number, options as AttrOptions<unknown>);
}
export function bool<const O extends AttrOptions<boolean>>(options: O): Attr<boolean, O> {
  return make(PRIM.bool, options as AttrOptions<unknown>);
}
const PRIM = {
  string: { type: 'primitive', primitive: 'string' },
  number: { type: 'primitive', primitive: 'number' },
  bool: { type: 'primitive', primitive: 'bool' },
} as const;

/** A list of strings, numbers or bools. */
export function list<P extends Primitive, const O extends AttrOptions<PrimitiveValue<P>[]>>(element: P, options: O): Attr<PrimitiveValue<P>[], O> {
  return make({ type: 'list', element }, options as AttrOptions<unknown>);
}
/** A set of strings, numbers or bools (order not significant; handlers see an array). */
export function set<P extends Primitive, const O extends AttrOptions<PrimitiveValue<P>[]>>(element: P, options: O): Attr<PrimitiveValue<P>[], O> {
  return make({ type: 'set', element }, options as AttrOptions<unknown>);
}
/** A map of strings, numbers or bools. */
export function map<P extends Primitive, const O extends AttrOptions<Record<string, PrimitiveValue<P>>>>(
  element: P,
  options: O,
): Attr<Record<string, PrimitiveValue<P>>, O> {
  return make({ type: 'map', element }, options as AttrOptions<unknown>);
}

/** A single nested object: `role = { name = ..., ... }`. */
export function obj<const A extends Attrs, const O extends NestedOptions<ConfigObject<A>>>(attributes: A, options: O): Attr<Nested<A, 'single'>, O> {
  return make({ type: 'nested', nesting: 'single', attributes }, options as AttrOptions<unknown>);
}
/** A list of nested objects. */
export function listNested<const A extends Attrs, const O extends NestedOptions<ConfigObject<A>>>(attributes: A, options: O): Attr<Nested<A, 'list'>, O> {
  return make({ type: 'nested', nesting: 'list', attributes }, options as AttrOptions<unknown>);
}
/** A set of nested objects. */
export function setNested<const A extends Attrs, const O extends NestedOptions<ConfigObject<A>>>(attributes: A, options: O): Attr<Nested<A, 'set'>, O> {
  return make({ type: 'nested', nesting: 'set', attributes }, options as AttrOptions<unknown>);
}
/** A map of nested objects. */
export function mapNested<const A extends Attrs, const O extends NestedOptions<ConfigObject<A>>>(attributes: A, options: O): Attr<Nested<A, 'map'>, O> {
  return make({ type: 'nested', nesting: 'map', attributes }, options as AttrOptions<unknown>);
}

/** Declares a set of attributes (a resource's schema or a nested object's), keeping their literal types. */
export function attrs<const A extends Attrs>(attributes: A): A {
  return attributes;
}

// ---- type inference ----------------------------------------------------------

type Flag<O, K extends string> = O extends { readonly [P in K]: true } ? true : false;
type HasDefault<O> = O extends { readonly default: infer D } ? (undefined extends D ? false : true) : false;

/** Attributes the user can set (required or optional, incl. write-only). */
type InConfig<O> = Flag<O, 'required'> extends true ? true : Flag<O, 'optional'> extends true ? true : HasDefault<O>;
type IsWriteOnly<O> = Flag<O, 'writeOnly'>;

type ShapeOf<A> = A extends Attr<infer S, unknown> ? S : never;
type OptionsOf<A> = A extends Attr<unknown, infer O> ? O : never;

/** Resolves a shape in one view; nested shapes recurse into their attributes. */
type Resolve<S, V extends 'config' | 'state' | 'plan'> =
  S extends Nested<infer A, infer N>
    ? N extends 'single'
      ? ObjectView<A, V>
      : N extends 'map'
        ? Record<string, ObjectView<A, V>>
        : ObjectView<A, V>[]
    : S;

type ObjectView<A extends Attrs, V extends 'config' | 'state' | 'plan'> = V extends 'config'
  ? { -readonly [K in keyof A as InConfig<OptionsOf<A[K]>> extends true ? K : never]: ConfigField<A[K]> }
  : { -readonly [K in keyof A as IsWriteOnly<OptionsOf<A[K]>> extends true ? never : K]: StateField<A[K], V> };

type ConfigField<A> = Flag<OptionsOf<A>, 'required'> extends true ? Resolve<ShapeOf<A>, 'config'> : Resolve<ShapeOf<A>, 'config'> | null;

type StateNonNull<O> =
  Flag<O, 'required'> extends true
    ? true
    : HasDefault<O> extends true
      ? true
      : Flag<O, 'computed'> extends true
        ? Flag<O, 'optional'> extends true
          ? false
          : Flag<O, 'nullable'> extends true
            ? false
            : true
        : false;

type StateField<A, V extends 'config' | 'state' | 'plan'> =
  | (StateNonNull<OptionsOf<A>> extends true ? Resolve<ShapeOf<A>, V> : Resolve<ShapeOf<A>, V> | null)
  | (V extends 'plan' ? (HasDefault<OptionsOf<A>> extends true ? never : Flag<OptionsOf<A>, 'computed'> extends true ? Unknown : never) : never);

/** The configuration as handlers see it at apply time: every value known, write-only values included. */
export type ConfigObject<A extends Attrs> = ObjectView<A, 'config'>;
/** The state a handler returns and receives: write-only attributes left out. */
export type StateObject<A extends Attrs> = ObjectView<A, 'state'>;
/** The planned state: computed values may still be unknown (`UNKNOWN`). */
export type PlanObject<A extends Attrs> = ObjectView<A, 'plan'>;

/** Any value may be unknown: configuration at validate and plan time. */
export type MaybeUnknown<T> = T extends null
  ? null
  : T extends readonly (infer E)[]
    ? MaybeUnknown<E>[] | Unknown
    : T extends object
      ? { [K in keyof T]: MaybeUnknown<T[K]> } | Unknown
      : T | Unknown;

/** Top-level objects are always known (Terraform never sends an unknown resource), their fields may not be. */
export type MaybeUnknownFields<T> = { [K in keyof T]: MaybeUnknown<T[K]> };

/** Infer handler types from a schema, like zod's `z.infer`. */
export type Infer<A extends Attrs> = {
  config: ConfigObject<A>;
  state: StateObject<A>;
  plan: PlanObject<A>;
};

// ---- schema ------------------------------------------------------------------

export function ctyTypeOf(attr: Attr): CtyType {
  const k = attr.kind;
  switch (k.type) {
    case 'primitive':
      return k.primitive;
    case 'list':
    case 'set':
    case 'map':
      return [k.type, k.element];
    case 'nested': {
      const o = objectType(k.attributes);
      if (k.nesting === 'single') return o;
      return [k.nesting, o];
    }
  }
}

export function objectType(attributes: Attrs): CtyType {
  const fields: Record<string, CtyType> = {};
  for (const [name, a] of Object.entries(attributes)) fields[name] = ctyTypeOf(a);
  return ['object', fields];
}
