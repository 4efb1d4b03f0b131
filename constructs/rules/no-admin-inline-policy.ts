import { IConstruct } from 'constructs';
import { asArray } from '../iam/policy-document';
import { Rule } from './rule';
import { permissionDocumentsOf, statementsOf } from './policy-input';

/** Least privilege: a vendor never needs `*` on `*` (inline policies, role `inline_policy` blocks, managed policy documents). */
export const noAdminInlinePolicy: Rule = {
  id: 'CB3',
  description: 'a policy must not allow * on *',
  level: 'error',
  check(node: IConstruct): string[] {
    const admin = permissionDocumentsOf(node).some((document) =>
      (statementsOf(document) ?? []).some(
        (s) => s.Effect === 'Allow' && asArray(s.Action).includes('*') && asArray(s.Resource).includes('*'),
      ),
    );
    return admin ? ['the policy allows every action (*) on every resource (*)'] : [];
  },
};
