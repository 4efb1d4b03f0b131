import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { Rule } from './rule';
import { resourceAttributes, stringAttribute } from './policy-input';

/** The aws provider appends a 26-character unique suffix to `name_prefix`. */
const PREFIX_MAX = 64 - 26;

/** IAM refuses role names over 64 characters, but only at apply time. */
export const roleNameLength: Rule = {
  id: 'CB4',
  description: 'an IAM role name must be at most 64 characters',
  level: 'error',
  check(node: IConstruct): string[] {
    const role = resourceAttributes(node, ['aws_iam_role']);
    if (!role) return [];
    const findings: string[] = [];
    const name = stringAttribute(node, role, 'name');
    if (name !== undefined && !Token.isUnresolved(name) && name.length > 64) {
      findings.push(`role name "${name}" is ${name.length} characters; IAM allows 64`);
    }
    const prefix = stringAttribute(node, role, 'name_prefix');
    if (prefix !== undefined && !Token.isUnresolved(prefix) && prefix.length > PREFIX_MAX) {
      findings.push(`role name_prefix "${prefix}" is ${prefix.length} characters; with the 26-character unique suffix IAM allows ${PREFIX_MAX}`);
    }
    return findings;
  },
};
