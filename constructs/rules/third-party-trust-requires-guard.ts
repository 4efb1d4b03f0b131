import { IConstruct } from 'constructs';
import { asArray } from '../iam/policy-document';
import { Rule } from './rule';
import { statementsOf, trustDocumentOf } from './policy-input';

/**
 * A role that another party assumes must pin who may use it: `sts:ExternalId`
 * for an AWS principal (the confused-deputy guard), an `aud` condition for a
 * web-identity provider. Accounts listed as trusted are the customer's own.
 */
export function thirdPartyTrustRequiresGuard(trustedAccounts: readonly string[] = []): Rule {
  return {
    id: 'CB1',
    description: 'a third-party trust must require sts:ExternalId (or an aud condition for web identity)',
    level: 'error',
    check(node: IConstruct): string[] {
      const statements = statementsOf(trustDocumentOf(node));
      if (!statements) return [];
      const findings: string[] = [];
      for (const s of statements) {
        if (s.Effect !== 'Allow' || !s.Principal || s.Principal === '*') continue;
        const conditionKeys = guardingKeys(s.Condition ?? {});
        for (const federated of asArray(s.Principal.Federated)) {
          if (!conditionKeys.includes(`${federated}:aud`)) {
            findings.push(`web-identity principal ${federated} is trusted without a ${federated}:aud condition`);
          }
        }
        for (const aws of asArray(s.Principal.AWS)) {
          const account = /^(\d{12})$|^arn:aws[\w-]*:iam::(\d{12}):/.exec(aws);
          const accountId = account?.[1] ?? account?.[2];
          if (accountId && trustedAccounts.includes(accountId)) continue;
          if (!conditionKeys.includes('sts:ExternalId')) {
            findings.push(`third-party principal ${aws} is trusted without an sts:ExternalId condition`);
          }
        }
      }
      return findings;
    },
  };
}

/**
 * The condition keys that pin the caller: a positive string match that needs the key to be
 * present and to match something specific. `StringNotEquals`, `Null`, the `...IfExists`
 * forms (true when the key is missing), `ForAllValues:` (true for an empty set) and a
 * `StringLike` of only wildcards guard nothing. Unresolved tokens count: they are values
 * Terraform fills in (an external id resource, say).
 */
function guardingKeys(condition: Readonly<Record<string, Readonly<Record<string, unknown>>>>): string[] {
  const keys: string[] = [];
  for (const [operator, block] of Object.entries(condition)) {
    const m = /^(?:ForAnyValue:)?String(Equals|Like)(?:IgnoreCase)?$/.exec(operator);
    if (!m) continue;
    const like = m[1] === 'Like';
    for (const [key, value] of Object.entries(block)) {
      const values = asArray(value as string | string[] | undefined);
      const specific = values.length > 0 && values.every((v) => typeof v === 'string' && v !== '' && (!like || /[^*?]/.test(v)));
      if (specific) keys.push(key);
    }
  }
  return keys;
}
