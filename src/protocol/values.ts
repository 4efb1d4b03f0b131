/**
 * The cty value model shared by the protocol layer and the framework.
 *
 * Types use Terraform's JSON type encoding verbatim, so a CtyType can be
 * written into a schema as-is (JSON.stringify) and read back from a
 * DynamicValue's type header.
 */

export type CtyPrimitiveType = 'string' | 'number' | 'bool' | 'dynamic';
export type CtyType =
  | CtyPrimitiveType
  | readonly ['list', CtyType]
  | readonly ['set', CtyType]
  | readonly ['map', CtyType]
  | readonly ['object', { readonly [attr: string]: CtyType }]
  | readonly ['object', { readonly [attr: string]: CtyType }, readonly string[]]
  | readonly ['tuple', readonly CtyType[]];

/** A value that is not known until apply. Refinements (extension 12) are dropped on decode. */
export class Unknown {
  /** Nominal brand (no runtime field): without it every object type would narrow away with isUnknown. */
  private declare readonly ctyUnknownBrand: never;
  static readonly instance = new Unknown();
  private constructor() {}
  toString(): string {
    return '(known after apply)';
  }
}
export const UNKNOWN: Unknown = Unknown.instance;
export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

/**
 * A number that a JS double cannot hold exactly (a large int64 or a long
 * decimal). Kept as its decimal text so that it round-trips byte for byte.
 */
export class BigNumber {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** A value of type "dynamic" carries its concrete type with it. */
export class DynamicTyped {
  constructor(
    readonly type: CtyType,
    readonly value: CtyValue,
  ) {}
}

/**
 * - null: a null value of any type
 * - string, boolean: string, bool
 * - number | BigNumber: number
 * - CtyValue[]: list, set (order not significant), tuple
 * - { [k]: CtyValue }: map, object (plain objects, no prototype tricks)
 */
export type CtyValue =
  | null
  | Unknown
  | string
  | boolean
  | number
  | BigNumber
  | DynamicTyped
  | readonly CtyValue[]
  | { readonly [key: string]: CtyValue };
