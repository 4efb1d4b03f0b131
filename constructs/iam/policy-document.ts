/**
 * Plain IAM policy JSON shapes, and helpers that keep cdktf tokens intact.
 *
 * Values may be cdktf token strings (for example an external id that
 * Terraform generates); JSON.stringify keeps them as strings and cdktf turns
 * them into interpolations at synth, so documents stay ordinary JSON.
 */

export type ConditionBlock = Record<string, Record<string, string | string[]>>;

export interface PolicyStatementJson {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: '*' | Record<string, string | string[]>;
  readonly Action: string | string[];
  readonly Resource?: string | string[];
  readonly Condition?: ConditionBlock;
}

export interface PolicyDocumentJson {
  readonly Version: '2012-10-17';
  readonly Statement: PolicyStatementJson[];
}

export function policyDocument(statements: PolicyStatementJson[]): PolicyDocumentJson {
  return { Version: '2012-10-17', Statement: statements };
}

/** Merge condition blocks: the same operator and key collect every value. */
export function mergeConditions(a: ConditionBlock, b: ConditionBlock): ConditionBlock {
  const out: ConditionBlock = {};
  for (const block of [a, b]) {
    for (const [operator, keys] of Object.entries(block)) {
      const target = (out[operator] ??= {});
      for (const [key, value] of Object.entries(keys)) {
        const existing = target[key];
        if (existing === undefined) {
          target[key] = value;
        } else {
          const values = [...asArray(existing), ...asArray(value)];
          target[key] = Array.from(new Set(values));
        }
      }
    }
  }
  return out;
}

export function asArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}
