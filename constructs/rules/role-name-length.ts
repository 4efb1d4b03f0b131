import { Token } from 'cdktf';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IConstruct } from 'constructs';
import { Rule } from './rule';

/** IAM refuses role names over 64 characters, but only at apply time. */
export const roleNameLength: Rule = {
  id: 'CB4',
  description: 'an IAM role name must be at most 64 characters',
  level: 'error',
  check(node: IConstruct): string[] {
    if (!(node instanceof IamRole)) return [];
    const name = node.nameInput;
    if (name === undefined || Token.isUnresolved(name)) return [];
    return name.length > 64 ? [`role name "${name}" is ${name.length} characters; IAM allows 64`] : [];
  },
};
