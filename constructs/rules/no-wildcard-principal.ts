import { IConstruct } from 'constructs';
import { asArray } from '../iam/policy-document';
import { Rule } from './rule';
import { statementsOf, trustDocumentOf } from './policy-input';

/** `"Principal": "*"` (or `{"AWS": "*"}`) lets anyone assume the role. */
export const noWildcardPrincipal: Rule = {
  id: 'CB2',
  description: 'a trust policy must not allow the * principal',
  level: 'error',
  check(node: IConstruct): string[] {
    const statements = statementsOf(trustDocumentOf(node));
    if (!statements) return [];
    const wildcard = statements.some(
      (s) =>
        s.Effect === 'Allow' &&
        (s.Principal === '*' || (s.Principal !== undefined && Object.values(s.Principal).some((v) => asArray(v).includes('*')))),
    );
    return wildcard ? ['the trust policy allows the * principal'] : [];
  },
};
