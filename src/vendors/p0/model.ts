/**
 * Facts about P0's AWS integration shared by the client, the emulator and the
 * provider resources: component names, item id rules, states, partitions and
 * the rules for each component's configuration fields. One table, so that the
 * emulator and the provider validate with the same rules and messages.
 */

export const P0_COMPONENTS = ['iam-assessment', 'iam-write', 'function-caller', 'access-logs', 'inventory'] as const;
export type P0Component = (typeof P0_COMPONENTS)[number];

export const P0_ITEM_STATES = ['stage', 'configure', 'installed'] as const;
export type P0ItemState = (typeof P0_ITEM_STATES)[number];

export const AWS_PARTITIONS = ['aws', 'aws-us-gov'] as const;
export type AwsPartition = (typeof AWS_PARTITIONS)[number];

export const AWS_ACCOUNT_ID_PATTERN = /^\d{12}$/;
export const AWS_ACCOUNT_ID_RULE = 'AWS account IDs consist of exactly 12 digits';

/** `arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]`. */
export const LAMBDA_ARN_PATTERN =
  /^arn:(aws|aws-us-gov):lambda:[a-z]{2}(-gov)?-[a-z]+-\d:(\d{12}):function:[A-Za-z0-9_-]{1,64}(:(\$LATEST|[A-Za-z0-9_-]{1,128}))?$/;
export const LAMBDA_ARN_RULE = 'must be a Lambda function ARN: arn:<partition>:lambda:<region>:<12-digit account>:function:<name>';

export const ACCESS_ANALYZER_ARN_PATTERN = /^arn:(aws|aws-us-gov):access-analyzer:[a-z]{2}(-gov)?-[a-z]+-\d:\d{12}:analyzer\/[A-Za-z0-9_.-]+$/;
export const ACCESS_ANALYZER_ARN_RULE =
  'must be an IAM Access Analyzer ARN: arn:<partition>:access-analyzer:<region>:<12-digit account>:analyzer/<name>';

export const CLOUD_LAKE_ARN_PATTERN = /^arn:(aws|aws-us-gov):cloudtrail:[a-z]{2}(-gov)?-[a-z]+-\d:\d{12}:eventdatastore\/[A-Za-z0-9_.-]+$/;
export const CLOUD_LAKE_ARN_RULE =
  'must be a CloudTrail Lake event data store ARN: arn:<partition>:cloudtrail:<region>:<12-digit account>:eventdatastore/<id>';

export type ItemIdKind = 'account' | 'lambda-arn';

export interface P0ComponentFacts {
  readonly component: P0Component;
  readonly idKind: ItemIdKind;
  /** Whether staged metadata names an IAM role (roleName, trustPolicy, inline policy, serviceAccountId). */
  readonly hasRole: boolean;
}

export const P0_COMPONENT_FACTS: Readonly<Record<P0Component, P0ComponentFacts>> = {
  'iam-assessment': { component: 'iam-assessment', idKind: 'account', hasRole: true },
  'iam-write': { component: 'iam-write', idKind: 'account', hasRole: true },
  'function-caller': { component: 'function-caller', idKind: 'lambda-arn', hasRole: true },
  'access-logs': { component: 'access-logs', idKind: 'account', hasRole: false },
  inventory: { component: 'inventory', idKind: 'account', hasRole: false },
};

export function isP0Component(value: string): value is P0Component {
  return (P0_COMPONENTS as readonly string[]).includes(value);
}

/** The rule an item id breaks, or null when it is valid for the component. */
export function itemIdProblem(component: P0Component, id: string): string | null {
  if (P0_COMPONENT_FACTS[component].idKind === 'lambda-arn') {
    return LAMBDA_ARN_PATTERN.test(id) ? null : LAMBDA_ARN_RULE;
  }
  return AWS_ACCOUNT_ID_PATTERN.test(id) ? null : AWS_ACCOUNT_ID_RULE;
}

/** The AWS account an item lives in: the id itself, or the account field of a Lambda ARN. */
export function accountOfItemId(component: P0Component, id: string): string {
  if (P0_COMPONENT_FACTS[component].idKind === 'lambda-arn') return id.split(':')[4] ?? '';
  return id;
}

// ---- iam-write login ------------------------------------------------------------

export const LOGIN_TYPES = ['iam', 'idc', 'merged-idc', 'federated'] as const;
export type LoginType = (typeof LOGIN_TYPES)[number];
export const LOGIN_IDENTITY_TYPES = ['email', 'tag', 'user'] as const;
export type LoginIdentityType = (typeof LOGIN_IDENTITY_TYPES)[number];

/** The API's shape of `login` (camelCase). */
export interface P0Login {
  readonly type: LoginType;
  readonly identity?: { readonly type: LoginIdentityType; readonly tagName?: string };
  readonly parent?: string;
}

export interface FieldProblem {
  /** Dotted path below the object checked, e.g. `identity.tag_name` / `identity.tagName`. */
  readonly path: readonly string[];
  readonly message: string;
}

/**
 * P0's rules for `login` (as P0 documents them for its own provider):
 * - `iam`: `identity` is required, `parent` is not allowed;
 * - `idc` and `merged-idc`: `parent` (the Identity Center account, 12 digits) is required, `identity` is not allowed;
 * - `federated`: neither `identity` nor `parent`;
 * - identity `tag` requires `tag_name`; `email` and `user` do not allow it.
 * `naming` picks the field names for messages: the API's camelCase or Terraform's snake_case.
 */
export function loginProblems(
  login: { type: string; identity?: { type: string; tagName?: string | null } | null; parent?: string | null },
  naming: 'api' | 'terraform',
): FieldProblem[] {
  const tagName = naming === 'api' ? 'tagName' : 'tag_name';
  const problems: FieldProblem[] = [];
  if (!(LOGIN_TYPES as readonly string[]).includes(login.type)) {
    problems.push({ path: ['type'], message: `must be one of ${LOGIN_TYPES.join(', ')}` });
    return problems;
  }
  const hasIdentity = login.identity !== undefined && login.identity !== null;
  const hasParent = login.parent !== undefined && login.parent !== null;
  if (login.type === 'iam' && !hasIdentity) problems.push({ path: ['identity'], message: 'is required when type is "iam"' });
  if (login.type !== 'iam' && hasIdentity) problems.push({ path: ['identity'], message: 'is only allowed when type is "iam"' });
  const needsParent = login.type === 'idc' || login.type === 'merged-idc';
  if (needsParent && !hasParent) problems.push({ path: ['parent'], message: `is required when type is "${login.type}"` });
  if (!needsParent && hasParent) problems.push({ path: ['parent'], message: 'is only allowed when type is "idc" or "merged-idc"' });
  if (hasParent && !AWS_ACCOUNT_ID_PATTERN.test(login.parent as string)) {
    problems.push({ path: ['parent'], message: AWS_ACCOUNT_ID_RULE });
  }
  if (hasIdentity) {
    const identity = login.identity as { type: string; tagName?: string | null };
    if (!(LOGIN_IDENTITY_TYPES as readonly string[]).includes(identity.type)) {
      problems.push({ path: ['identity', 'type'], message: `must be one of ${LOGIN_IDENTITY_TYPES.join(', ')}` });
    } else {
      const hasTag = identity.tagName !== undefined && identity.tagName !== null && identity.tagName !== '';
      if (identity.type === 'tag' && !hasTag) problems.push({ path: ['identity', tagName], message: 'is required when identity type is "tag"' });
      if (identity.type !== 'tag' && hasTag) problems.push({ path: ['identity', tagName], message: 'is only allowed when identity type is "tag"' });
    }
  }
  return problems;
}
