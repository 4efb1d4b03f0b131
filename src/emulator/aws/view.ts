/** The read-only `AwsView` that vendor emulators use for their cross-checks. */
import type { AwsRoleView, AwsView } from '../types';
import { nameKey, type AwsEmulatorState, type RoleRecord } from './state';

function parse(document: string): unknown {
  try {
    return JSON.parse(document);
  } catch {
    return undefined;
  }
}

function toView(accountId: string, role: RoleRecord): AwsRoleView {
  return {
    accountId,
    roleName: role.roleName,
    arn: role.arn,
    trustPolicy: parse(role.assumeRolePolicyDocument),
    inlinePolicies: Object.fromEntries(Object.entries(role.inlinePolicies).map(([name, doc]) => [name, parse(doc)])),
    attachedPolicyArns: [...role.attachedPolicyArns],
  };
}

const ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/;

export function awsView(state: AwsEmulatorState): AwsView {
  const find = (accountId: string, roleName: string): RoleRecord | undefined => state.accounts?.[accountId]?.roles?.[nameKey(roleName)];
  return {
    getRole(accountId, roleName) {
      const role = find(accountId, roleName);
      return role ? toView(accountId, role) : undefined;
    },
    getRoleByArn(arn) {
      const m = ROLE_ARN.exec(arn);
      if (!m) return undefined;
      const role = find(m[1]!, m[2]!);
      // The path is part of the ARN: a role at another path is another ARN.
      return role && role.arn === arn ? toView(m[1]!, role) : undefined;
    },
  };
}
