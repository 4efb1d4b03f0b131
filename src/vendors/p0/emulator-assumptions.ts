/**
 * Behaviour of the emulated P0 that no public source settles (FACTS.md marks
 * it as an *assumption*). Everything here is in one place so that it is easy
 * to change when P0 documents it:
 * - the trust policy's shape (web identity from Google, `accounts.google.com:aud`);
 * - the role names, inline policies and inline policy names P0 generates;
 * - the shape of the service account P0 assigns in the `base` item;
 * - that a `base` item goes away with the last component item of its account.
 */
import { roleTrusts } from '../../emulator/aws/trust';
import type { P0Component } from './model';

/** The trust policy P0 hands back as `metadata.trustPolicy` (a JSON string). */
export function p0TrustPolicyDocument(serviceAccountId: string): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'accounts.google.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'accounts.google.com:aud': serviceAccountId } },
      },
    ],
  };
}

/**
 * Does a role's trust policy (parsed JSON) let P0's service account assume it
 * the way `p0TrustPolicyDocument` says? Decided by the emulated STS's
 * evaluator, as a web-identity request from Google with the service account
 * id as audience.
 */
export function trustPolicyTrustsP0(policy: unknown, serviceAccountId: string): boolean {
  return roleTrusts(
    { trustPolicy: policy },
    {
      principal: { Federated: 'accounts.google.com' },
      action: 'sts:AssumeRoleWithWebIdentity',
      context: { 'accounts.google.com:aud': serviceAccountId },
    },
  ).allowed;
}

interface RoleTemplate {
  readonly roleName: string;
  readonly inlinePolicyName: string;
  readonly inlinePolicy: (itemId: string, partition: string) => Record<string, unknown>;
}

/** The roles P0 asks for, per component that has one. */
export const P0_ROLE_TEMPLATES: Readonly<Partial<Record<P0Component, RoleTemplate>>> = {
  'iam-write': {
    roleName: 'P0RoleIamManager',
    inlinePolicyName: 'P0RoleIamManagerPolicy',
    inlinePolicy: () => ({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'P0CanManageIamAccess',
          Effect: 'Allow',
          Action: [
            'iam:AttachRolePolicy',
            'iam:CreatePolicy',
            'iam:CreateRole',
            'iam:DeletePolicy',
            'iam:DeleteRole',
            'iam:DeleteRolePolicy',
            'iam:DetachRolePolicy',
            'iam:GetRole',
            'iam:ListRoles',
            'iam:PutRolePolicy',
            'iam:TagRole',
            'sso:ListInstances',
          ],
          Resource: '*',
        },
      ],
    }),
  },
  'iam-assessment': {
    roleName: 'P0RoleIamAssessment',
    inlinePolicyName: 'P0RoleIamAssessmentPolicy',
    inlinePolicy: () => ({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'P0CanReadIam',
          Effect: 'Allow',
          Action: ['access-analyzer:List*', 'access-analyzer:Get*', 'iam:Get*', 'iam:List*', 'iam:GenerateServiceLastAccessedDetails'],
          Resource: '*',
        },
      ],
    }),
  },
  'function-caller': {
    roleName: 'P0RoleFunctionCaller',
    inlinePolicyName: 'P0RoleFunctionCallerPolicy',
    inlinePolicy: (functionArn) => ({
      Version: '2012-10-17',
      Statement: [{ Sid: 'P0CanInvokeFunction', Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: functionArn }],
    }),
  },
};

/** A new service account for an account's `base` item: a 21-digit unique id, as Google Cloud assigns. */
export function newServiceAccount(orgId: string, accountId: string, randomHex: string): { email: string; id: string } {
  const digits = BigInt(`0x${randomHex}`).toString().padStart(21, '1').slice(-21);
  const id = digits.startsWith('0') ? `1${digits.slice(1)}` : digits;
  const slug = orgId.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 20);
  return { email: `p0-${slug}-${accountId}@p0-integrations.iam.gserviceaccount.com`, id };
}

/** A `base` item is removed when no component item of its account is left. */
export const REMOVE_BASE_WITH_LAST_ITEM = true;

// ---- where the page and FACTS.md leave gaps (found by test/oracle/p0.test.ts) ----

/**
 * The page lists only 200/204 and 400 per route. The emulator also answers 401 for a missing or unknown
 * token and 404 for an item (or a `base` item) that does not exist, as the provider's read must tell
 * "gone" from "invalid" for drift.
 */
export const MISSING_OR_INVALID_TOKEN_STATUS = 401;
export const UNKNOWN_ITEM_STATUS = 404;

/**
 * `iam-write`'s `login`: the page shows one example (`{"type": "iam", "identity": {"type": "email"}}`)
 * and "one of" without the alternatives. The other login and identity types (model.ts LOGIN_TYPES,
 * LOGIN_IDENTITY_TYPES) follow P0's own Terraform provider documentation, not the page or FACTS.md.
 */
export const LOGIN_TYPES_SOURCE = "P0's Terraform provider documentation (p0_aws_iam_write.login)";

/**
 * ARN formats the page does not spell out ("ARN of this account's IAM Access Analyzer", "the ARN of
 * your CloudLake Data Store", a Lambda function ARN for the function caller in FACTS.md): the provider
 * and the emulator check AWS's own ARN formats (model.ts ACCESS_ANALYZER_ARN_PATTERN,
 * CLOUD_LAKE_ARN_PATTERN, LAMBDA_ARN_PATTERN).
 */
export const ARN_FORMATS_SOURCE = "AWS's ARN formats for IAM Access Analyzer, CloudTrail Lake and Lambda";
