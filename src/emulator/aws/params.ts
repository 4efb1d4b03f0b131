/**
 * The query protocol's parameters (`Action=CreateRole&RoleName=x&Tags.member.1.Key=k`)
 * with IAM's validation wording: "1 validation error detected: Value 'x' at
 * 'roleName' failed to satisfy constraint: ...".
 */
import { validationError } from './errors';

/** IAM's member name in validation messages: `RoleName` -> `roleName`. */
const memberName = (param: string): string => param.charAt(0).toLowerCase() + param.slice(1);

export function constraintError(param: string, value: string | null, constraint: string) {
  const shown = value === null ? 'null' : `'${value}'`;
  return validationError(`1 validation error detected: Value ${shown} at '${memberName(param)}' failed to satisfy constraint: ${constraint}`);
}

export interface StringRule {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  /** Shown in the message, IAM's own spelling of the pattern. */
  readonly patternText?: string;
}

export class QueryParams {
  constructor(private readonly params: URLSearchParams) {}

  get action(): string | null {
    return this.params.get('Action');
  }

  has(name: string): boolean {
    return this.params.has(name);
  }

  optional(name: string, rule: StringRule = {}): string | undefined {
    const value = this.params.get(name);
    if (value === null) return undefined;
    checkString(name, value, rule);
    return value;
  }

  required(name: string, rule: StringRule = {}): string {
    const value = this.params.get(name);
    if (value === null) throw constraintError(name, null, 'Member must not be null');
    checkString(name, value, rule);
    return value;
  }

  optionalInt(name: string, min: number, max: number): number | undefined {
    const raw = this.params.get(name);
    if (raw === null) return undefined;
    if (!/^-?\d+$/.test(raw.trim())) throw constraintError(name, raw, 'Member must be an integer');
    const value = Number(raw);
    if (value < min) throw constraintError(name, raw, `Member must have value greater than or equal to ${min}`);
    if (value > max) throw constraintError(name, raw, `Member must have value less than or equal to ${max}`);
    return value;
  }

  /** `Prefix.member.1`, `Prefix.member.2`, ... in index order. */
  members(prefix: string): string[] {
    return this.indexed(prefix).map((i) => this.params.get(`${prefix}.member.${i}`)!);
  }

  /** `Tags.member.N.Key` / `.Value`. */
  tags(prefix = 'Tags'): { Key: string; Value: string }[] {
    const indexes = new Set<number>();
    const re = new RegExp(`^${prefix}\\.member\\.(\\d+)\\.(Key|Value)$`);
    for (const key of this.params.keys()) {
      const m = re.exec(key);
      if (m) indexes.add(Number(m[1]));
    }
    return [...indexes]
      .sort((a, b) => a - b)
      .map((i) => {
        const key = this.params.get(`${prefix}.member.${i}.Key`);
        const value = this.params.get(`${prefix}.member.${i}.Value`);
        if (key === null) throw constraintError(`${prefix}.${i}.member.key`, null, 'Member must not be null');
        if (value === null) throw constraintError(`${prefix}.${i}.member.value`, null, 'Member must not be null');
        return { Key: key, Value: value };
      });
  }

  private indexed(prefix: string): number[] {
    const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.member\\.(\\d+)$`);
    const out: number[] = [];
    for (const key of this.params.keys()) {
      const m = re.exec(key);
      if (m) out.push(Number(m[1]));
    }
    return out.sort((a, b) => a - b);
  }
}

export function checkString(name: string, value: string, rule: StringRule): void {
  const length = [...value].length;
  if (rule.min !== undefined && length < rule.min) throw constraintError(name, value, `Member must have length greater than or equal to ${rule.min}`);
  if (rule.max !== undefined && length > rule.max) throw constraintError(name, value, `Member must have length less than or equal to ${rule.max}`);
  if (rule.pattern && !rule.pattern.test(value)) throw constraintError(name, value, `Member must satisfy regular expression pattern: ${rule.patternText ?? rule.pattern.source}`);
}
