/**
 * One table row per installable component of P0's AWS integration. The
 * staged and installed resources and the config data source are generated
 * from these rows; everything that differs between components is data here:
 * the id attribute, whether metadata names a role, the configure fields and
 * their validation, and how those fields map to and from the API.
 */
import { attrs, obj, str, type Attrs } from '../../framework/attributes';
import { childPath } from '../../framework/diagnostics';
import { isUnknown } from '../../protocol/values';
import { matches, objectCustom, oneOf, type Validator } from '../../framework/validators';
import type { ConfigureItemRequest, P0Item } from './client';
import { EXAMPLE_ACCOUNT_ID, EXAMPLE_LAMBDA_ARN } from './define';
import {
  ACCESS_ANALYZER_ARN_PATTERN,
  ACCESS_ANALYZER_ARN_RULE,
  AWS_ACCOUNT_ID_PATTERN,
  AWS_ACCOUNT_ID_RULE,
  CLOUD_LAKE_ARN_PATTERN,
  CLOUD_LAKE_ARN_RULE,
  LAMBDA_ARN_PATTERN,
  LAMBDA_ARN_RULE,
  LOGIN_IDENTITY_TYPES,
  LOGIN_TYPES,
  P0_COMPONENT_FACTS,
  loginProblems,
  type LoginIdentityType,
  type LoginType,
  type P0Component,
} from './model';

/** Field values as handlers see them (state/config objects of a generated schema). */
export type Fields = Readonly<Record<string, unknown>>;

export interface ComponentRow {
  readonly component: P0Component;
  /** The Terraform spelling: `iam_write`. */
  readonly tfName: string;
  /** For docs: "IAM management". */
  readonly title: string;
  readonly purpose: string;
  /** The argument that names the item: `account_id`, or `function_arn` for function-caller. */
  readonly idAttribute: 'account_id' | 'function_arn';
  readonly idDescription: string;
  readonly idValidator: Validator<string>;
  readonly idPattern: RegExp;
  readonly exampleId: string;
  /** Whether staged metadata names an IAM role (then `role` and `service_account_id` come from it). */
  readonly hasRole: boolean;
  /** The installed resource's configuration arguments. */
  readonly configAttributes: Attrs;
  /** The same fields as computed attributes, for the config data source's items. */
  readonly dataSourceAttributes: Attrs;
  /** Configure body fields from the installed resource's configuration. */
  toApi(config: Fields): ConfigureItemRequest;
  /** The configuration arguments' values from an item. */
  fromApi(item: P0Item): Record<string, unknown>;
  /** HCL of the configuration arguments in the docs' example (indented two spaces). */
  readonly exampleConfig: string;
}

const accountIdValidator = matches(AWS_ACCOUNT_ID_PATTERN, AWS_ACCOUNT_ID_RULE);
const lambdaArnValidator = matches(LAMBDA_ARN_PATTERN, LAMBDA_ARN_RULE);

// ---- iam-write login ------------------------------------------------------------

function loginAttribute(mode: 'argument' | 'computed') {
  const arg = mode === 'argument';
  return obj(
    attrs({
      type: str({
        ...(arg ? { required: true as const } : { computed: true as const }),
        description: `How users sign in to the account: ${LOGIN_TYPES.map((t) => `\`${t}\``).join(', ')}. \`iam\` needs \`identity\`; \`idc\` and \`merged-idc\` need \`parent\`; \`federated\` takes neither.`,
        validators: arg ? [oneOf<string>(LOGIN_TYPES)] : undefined,
      }),
      identity: obj(
        attrs({
          type: str({
            ...(arg ? { required: true as const } : { computed: true as const }),
            description: `How P0 maps a user to an IAM user: ${LOGIN_IDENTITY_TYPES.map((t) => `\`${t}\``).join(', ')}. \`tag\` needs \`tag_name\`.`,
            validators: arg ? [oneOf<string>(LOGIN_IDENTITY_TYPES)] : undefined,
          }),
          tag_name: str({
            ...(arg ? { optional: true as const } : { computed: true as const, nullable: true as const }),
            description: 'The IAM user tag that holds the user\'s email address (identity type `tag` only).',
          }),
        }),
        {
          ...(arg ? { optional: true as const } : { computed: true as const, nullable: true as const }),
          description: 'How identities map to IAM users; only with login type `iam`.',
        },
      ),
      parent: str({
        ...(arg ? { optional: true as const } : { computed: true as const, nullable: true as const }),
        description: 'The 12-digit AWS account id of the Identity Center (management) account; only with login type `idc` or `merged-idc`.',
        validators: arg ? [accountIdValidator] : undefined,
      }),
    }),
    arg
      ? {
          required: true,
          description: 'How users log in to this AWS account.',
          validators: [
            objectCustom<Record<string, unknown>>('P0\'s login rules: `iam` needs `identity`, `idc`/`merged-idc` need `parent`, identity `tag` needs `tag_name`', (value, ctx) => {
              const type = value['type'];
              const identity = value['identity'];
              const parent = value['parent'];
              if (typeof type !== 'string' || !(LOGIN_TYPES as readonly string[]).includes(type)) return;
              if (isUnknown(identity) || isUnknown(parent)) return;
              let identityValue: { type: string; tagName: string | null } | null = null;
              if (identity !== null && identity !== undefined) {
                const i = identity as Record<string, unknown>;
                if (isUnknown(i['type']) || isUnknown(i['tag_name']) || typeof i['type'] !== 'string') return;
                identityValue = { type: i['type'], tagName: typeof i['tag_name'] === 'string' ? i['tag_name'] : null };
              }
              const problems = loginProblems(
                { type, identity: identityValue, parent: typeof parent === 'string' ? parent : null },
                'terraform',
              ).filter((p) => !(p.path[0] === 'parent' && p.message === AWS_ACCOUNT_ID_RULE) && !(p.path.join('.') === 'identity.type'));
              for (const problem of problems) {
                const path = problem.path.reduce((acc, step) => childPath(acc, step), ctx.path);
                ctx.diags.error('Invalid login', `\`login.${problem.path.join('.')}\` ${problem.message}.`, path);
              }
            }),
          ],
        }
      : { computed: true, nullable: true, description: 'How users log in to this AWS account.' },
  );
}

function loginToApi(login: unknown): ConfigureItemRequest['login'] {
  const l = login as { type: LoginType; identity: { type: LoginIdentityType; tag_name: string | null } | null; parent: string | null };
  return {
    type: l.type,
    ...(l.identity ? { identity: { type: l.identity.type, ...(l.identity.tag_name ? { tagName: l.identity.tag_name } : {}) } } : {}),
    ...(l.parent ? { parent: l.parent } : {}),
  };
}

function loginFromApi(login: P0Item['login']): Record<string, unknown> | null {
  if (!login) return null;
  return {
    type: login.type,
    identity: login.identity ? { type: login.identity.type, tag_name: login.identity.tagName ?? null } : null,
    parent: login.parent ?? null,
  };
}

// ---- the table ------------------------------------------------------------------

const none = {
  configAttributes: attrs({}),
  dataSourceAttributes: attrs({}),
  toApi: () => ({}),
  fromApi: () => ({}),
  exampleConfig: '',
};

const accountItem = {
  idAttribute: 'account_id' as const,
  idDescription: 'The 12-digit AWS account id the item stands for.',
  idValidator: accountIdValidator,
  idPattern: AWS_ACCOUNT_ID_PATTERN,
  exampleId: EXAMPLE_ACCOUNT_ID,
};

export const COMPONENT_ROWS: readonly ComponentRow[] = [
  {
    component: 'iam-assessment',
    tfName: 'iam_assessment',
    title: 'IAM assessment',
    purpose: 'lets P0 evaluate IAM roles, policies and permissions in the account',
    ...accountItem,
    hasRole: P0_COMPONENT_FACTS['iam-assessment'].hasRole,
    configAttributes: attrs({
      access_analyzer_arn: str({
        optional: true,
        description: 'ARN of the account\'s IAM Access Analyzer.',
        validators: [matches(ACCESS_ANALYZER_ARN_PATTERN, ACCESS_ANALYZER_ARN_RULE)],
      }),
    }),
    dataSourceAttributes: attrs({ access_analyzer_arn: str({ computed: true, nullable: true, description: 'ARN of the IAM Access Analyzer.' }) }),
    toApi: (c) => (typeof c['access_analyzer_arn'] === 'string' ? { accessAnalyzerArn: c['access_analyzer_arn'] } : {}),
    fromApi: (item) => ({ access_analyzer_arn: item.accessAnalyzerArn ?? null }),
    exampleConfig: '  access_analyzer_arn = "arn:aws:access-analyzer:us-east-1:123456789012:analyzer/main"\n',
  },
  {
    component: 'iam-write',
    tfName: 'iam_write',
    title: 'IAM management',
    purpose: 'lets P0 grant and revoke just-in-time IAM access in the account',
    ...accountItem,
    hasRole: P0_COMPONENT_FACTS['iam-write'].hasRole,
    configAttributes: attrs({ login: loginAttribute('argument') }),
    dataSourceAttributes: attrs({ login: loginAttribute('computed') }),
    toApi: (c) => ({ login: loginToApi(c['login']) }),
    fromApi: (item) => ({ login: loginFromApi(item.login) }),
    exampleConfig: '  login = {\n    type     = "iam"\n    identity = { type = "email" }\n  }\n',
  },
  {
    component: 'function-caller',
    tfName: 'function_caller',
    title: 'function caller',
    purpose: 'lets P0 invoke one AWS Lambda function on your behalf',
    idAttribute: 'function_arn',
    idDescription: 'The ARN of the Lambda function P0 may invoke.',
    idValidator: lambdaArnValidator,
    idPattern: LAMBDA_ARN_PATTERN,
    exampleId: EXAMPLE_LAMBDA_ARN,
    hasRole: P0_COMPONENT_FACTS['function-caller'].hasRole,
    ...none,
  },
  {
    component: 'access-logs',
    tfName: 'access_logs',
    title: 'access logs',
    purpose: 'connects P0 to the account\'s CloudTrail logs',
    ...accountItem,
    hasRole: P0_COMPONENT_FACTS['access-logs'].hasRole,
    configAttributes: attrs({
      cloud_lake_arn: str({
        optional: true,
        description: 'ARN of your CloudTrail Lake event data store.',
        validators: [matches(CLOUD_LAKE_ARN_PATTERN, CLOUD_LAKE_ARN_RULE)],
      }),
    }),
    dataSourceAttributes: attrs({ cloud_lake_arn: str({ computed: true, nullable: true, description: 'ARN of the CloudTrail Lake event data store.' }) }),
    toApi: (c) => (typeof c['cloud_lake_arn'] === 'string' ? { cloudLakeArn: c['cloud_lake_arn'] } : {}),
    fromApi: (item) => ({ cloud_lake_arn: item.cloudLakeArn ?? null }),
    exampleConfig: '',
  },
  {
    component: 'inventory',
    tfName: 'inventory',
    title: 'resource inventory',
    purpose: 'gives P0 visibility into the account\'s resources',
    ...accountItem,
    hasRole: P0_COMPONENT_FACTS.inventory.hasRole,
    ...none,
  },
];
