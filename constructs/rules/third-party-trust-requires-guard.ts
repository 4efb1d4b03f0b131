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
        // Only a positive match pins the caller: `StringNotEquals sts:ExternalId` or `Null` guard nothing.
        const conditionKeys = Object.entries(s.Condition ?? {})
          .filter(([operator]) => !/Not|^Null$/.test(operator))
          .flatMap(([, block]) => Object.keys(block));
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
