/**
 * The installable components of P0's AWS integration, one declaration each:
 * the facts and docs text the staged and installed resources read, and the
 * component's configuration arguments as a typed `attrs({...})` with the
 * mapping of their values to and from the API. The resources themselves are
 * declared in staged.ts and installed.ts, one concrete schema per type.
 */
import { attrs, obj, str, type Attrs, type ConfigObject, type StateObject } from '../../framework/attributes';
import { childPath } from '../../framework/diagnostics';
import { requiresReplace } from '../../framework/plan-modifiers';
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
  type P0Component,
  type P0Login,
} from './model';

/** What the staged and installed resources read of a component besides its arguments: names, facts, docs text. */
export interface ComponentInfo {
  readonly component: P0Component;
  /** The Terraform spelling: `iam_write`. */
  readonly tfName: string;
  /** For docs: "IAM management". */
  readonly title: string;
  readonly purpose: string;
  /** The argument that names the item, for docs and messages: `account_id`, or `function_arn` for function-caller. */
  readonly idAttribute: 'account_id' | 'function_arn';
  readonly idDescription: string;
  readonly idValidator: Validator<string>;
  readonly idPattern: RegExp;
  readonly exampleId: string;
  /** Whether staged metadata names an IAM role (then `role` and `service_account_id` come from it). */
  readonly hasRole: boolean;
  /** HCL of the configuration arguments in the docs' example (indented two spaces). */
  readonly exampleConfig: string;
  /** The configure fields of an item as it stands: a verified or installed item's label is changed by configuring it with them. */
  readonly currentFields: (item: P0Item) => ConfigureItemRequest;
}

/**
 * What an item holds for a component's arguments: values for the installed
 * resource's state that are a valid configuration too (`currentFields` sends
 * them back through `toApi`).
 */
export type ItemValues<C extends Attrs> = StateObject<C> & ConfigObject<C>;

export interface ComponentSpec<C extends Attrs, D extends Attrs> extends Omit<ComponentInfo, 'currentFields'> {
  /** The installed resource's configuration arguments. */
  readonly configAttributes: C;
  /** The same fields as computed attributes, for the config data source's items. */
  readonly dataSourceAttributes: D;
  /** Configure body fields from the installed resource's configuration. */
  readonly toApi: (config: ConfigObject<C>) => ConfigureItemRequest;
  /** The configuration arguments' values from an item. */
  readonly fromApi: (item: P0Item) => ItemValues<C>;
  /** The config data source's fields of an item. */
  readonly dataSourceFromApi: (item: P0Item) => StateObject<D>;
}

export type Component<C extends Attrs, D extends Attrs> = ComponentSpec<C, D> & ComponentInfo;

function defineComponent<C extends Attrs, D extends Attrs>(spec: ComponentSpec<C, D>): Component<C, D> {
  return { ...spec, currentFields: (item) => spec.toApi(spec.fromApi(item)) };
}

// ---- item ids --------------------------------------------------------------------

/** What the item resources' handlers read from a configuration or a state, whatever the id argument is called. */
export interface ItemArgs {
  readonly id: string;
  /** Null when not set (configuration) or when the schema has none (the installed resource's configuration has no label). */
  readonly partition: string | null;
  readonly label: string | null;
}

/**
 * Typed access to the id argument of an item resource. Each function is generic
 * over the values it is given, so handing it to `stagedResource` or
 * `installedResource` checks it against that resource's own concrete schema,
 * where the resource is declared.
 */
export interface ItemIdAccess<K extends string> {
  readonly args: <V extends { readonly [P in K]: string } & { readonly partition?: string | null; readonly label?: string | null }>(values: V) => ItemArgs;
  /** The state's fields plus the id argument (the same value as `id`). */
  readonly withItemId: <F extends { readonly id: string }>(fields: F) => F & { readonly [P in K]: string };
  /** The state an import id (the item id) stands for, before `read`. */
  readonly imported: (id: string) => { readonly [P in K]: string };
}

export const byAccountId: ItemIdAccess<'account_id'> = {
  args: (v) => ({ id: v.account_id, partition: v.partition ?? null, label: v.label ?? null }),
  withItemId: (fields) => ({ ...fields, account_id: fields.id }),
  imported: (id) => ({ account_id: id }),
};

export const byFunctionArn: ItemIdAccess<'function_arn'> = {
  args: (v) => ({ id: v.function_arn, partition: v.partition ?? null, label: v.label ?? null }),
  withItemId: (fields) => ({ ...fields, function_arn: fields.id }),
  imported: (id) => ({ function_arn: id }),
};

/** The id argument of an item resource (`account_id` or `function_arn`). */
export function itemIdAttribute(c: ComponentInfo) {
  return str({ required: true, description: c.idDescription, validators: [c.idValidator], planModifiers: [requiresReplace()] });
}

const accountIdValidator = matches(AWS_ACCOUNT_ID_PATTERN, AWS_ACCOUNT_ID_RULE);
const lambdaArnValidator = matches(LAMBDA_ARN_PATTERN, LAMBDA_ARN_RULE);

// ---- iam-write login ------------------------------------------------------------

const LOGIN_DESCRIPTION = 'How users log in to this AWS account.';
const LOGIN_TYPE_DESCRIPTION = `How users sign in to the account: ${LOGIN_TYPES.map((t) => `\`${t}\``).join(', ')}. \`iam\` needs \`identity\`; \`idc\` and \`merged-idc\` need \`parent\`; \`federated\` takes neither.`;
const IDENTITY_DESCRIPTION = 'How identities map to IAM users; only with login type `iam`.';
const IDENTITY_TYPE_DESCRIPTION = `How P0 maps a user to an IAM user: ${LOGIN_IDENTITY_TYPES.map((t) => `\`${t}\``).join(', ')}. \`tag\` needs \`tag_name\`.`;
const TAG_NAME_DESCRIPTION = 'The IAM user tag that holds the user\'s email address (identity type `tag` only).';
const PARENT_DESCRIPTION = 'The 12-digit AWS account id of the Identity Center (management) account; only with login type `idc` or `merged-idc`.';

const loginArgumentFields = attrs({
  type: str({ required: true, description: LOGIN_TYPE_DESCRIPTION, validators: [oneOf<string>(LOGIN_TYPES)] }),
  identity: obj(
    attrs({
      type: str({ required: true, description: IDENTITY_TYPE_DESCRIPTION, validators: [oneOf<string>(LOGIN_IDENTITY_TYPES)] }),
      tag_name: str({ optional: true, description: TAG_NAME_DESCRIPTION }),
    }),
    { optional: true, description: IDENTITY_DESCRIPTION },
  ),
  parent: str({ optional: true, description: PARENT_DESCRIPTION, validators: [accountIdValidator] }),
});

/** `login` as configured (and as stored: every field is an argument). */
type LoginArgs = ConfigObject<typeof loginArgumentFields>;

const loginRules = objectCustom<LoginArgs>(
  'P0\'s login rules: `iam` needs `identity`, `idc`/`merged-idc` need `parent`, identity `tag` needs `tag_name`',
  (value, ctx) => {
    const { type, identity, parent } = value;
    if (typeof type !== 'string' || !isOneOf(LOGIN_TYPES, type)) return;
    if (isUnknown(identity) || isUnknown(parent)) return;
    let identityValue: { type: string; tagName: string | null } | null = null;
    if (identity !== null && identity !== undefined) {
      // Nested values may be unknown while validating too.
      const identityType: unknown = identity.type;
      const tagName: unknown = identity.tag_name;
      if (isUnknown(identityType) || isUnknown(tagName) || typeof identityType !== 'string') return;
      identityValue = { type: identityType, tagName: typeof tagName === 'string' ? tagName : null };
    }
    const problems = loginProblems({ type, identity: identityValue, parent: typeof parent === 'string' ? parent : null }, 'terraform').filter(
      (p) => !(p.path[0] === 'parent' && p.message === AWS_ACCOUNT_ID_RULE) && !(p.path.join('.') === 'identity.type'),
    );
    for (const problem of problems) {
      const path = problem.path.reduce((acc, step) => childPath(acc, step), ctx.path);
      ctx.diags.error('Invalid login', `\`login.${problem.path.join('.')}\` ${problem.message}.`, path);
    }
  },
);

const loginArgument = obj(loginArgumentFields, { required: true, description: LOGIN_DESCRIPTION, validators: [loginRules] });

const loginComputed = obj(
  attrs({
    type: str({ computed: true, description: LOGIN_TYPE_DESCRIPTION }),
    identity: obj(
      attrs({
        type: str({ computed: true, description: IDENTITY_TYPE_DESCRIPTION }),
        tag_name: str({ computed: true, nullable: true, description: TAG_NAME_DESCRIPTION }),
      }),
      { computed: true, nullable: true, description: IDENTITY_DESCRIPTION },
    ),
    parent: str({ computed: true, nullable: true, description: PARENT_DESCRIPTION }),
  }),
  { computed: true, nullable: true, description: LOGIN_DESCRIPTION },
);

function isOneOf(values: readonly string[], value: string): boolean {
  return values.includes(value);
}

/** One of `values`; the attribute's `oneOf` validator has refused anything else before apply. */
function validated<T extends string>(values: readonly T[], value: string, what: string): T {
  const found = values.find((v) => v === value);
  if (found === undefined) throw new Error(`${what} ${JSON.stringify(value)} is not one of ${values.join(', ')}`);
  return found;
}

function loginToApi(login: LoginArgs): P0Login {
  return {
    type: validated(LOGIN_TYPES, login.type, 'login.type'),
    ...(login.identity
      ? {
          identity: {
            type: validated(LOGIN_IDENTITY_TYPES, login.identity.type, 'login.identity.type'),
            ...(login.identity.tag_name ? { tagName: login.identity.tag_name } : {}),
          },
        }
      : {}),
    ...(login.parent ? { parent: login.parent } : {}),
  };
}

function loginFromApi(login: NonNullable<P0Item['login']>): LoginArgs {
  return {
    type: login.type,
    identity: login.identity ? { type: login.identity.type, tag_name: login.identity.tagName ?? null } : null,
    parent: login.parent ?? null,
  };
}

/**
 * The single erasure point of the P0 resources' types. An item staged but never
 * configured (imported in that state, or deleted and staged again outside
 * Terraform) has no `login` yet; the installed resource's state then holds null,
 * as it does for every field an import leaves unset, and the next plan shows the
 * update that installs the item. `StateObject` types a required argument
 * non-null, since create and update always set it.
 */
function notConfiguredYet(): LoginArgs {
  return null as unknown as LoginArgs;
}

// ---- the components ---------------------------------------------------------------

const accountItem: Pick<ComponentInfo, 'idAttribute' | 'idDescription' | 'idValidator' | 'idPattern' | 'exampleId'> = {
  idAttribute: 'account_id',
  idDescription: 'The 12-digit AWS account id the item stands for.',
  idValidator: accountIdValidator,
  idPattern: AWS_ACCOUNT_ID_PATTERN,
  exampleId: EXAMPLE_ACCOUNT_ID,
};

/** For the components with no configuration arguments. */
const noArguments = {
  configAttributes: attrs({}),
  dataSourceAttributes: attrs({}),
  toApi: () => ({}),
  fromApi: () => ({}),
  dataSourceFromApi: () => ({}),
  exampleConfig: '',
};

export const IAM_ASSESSMENT = defineComponent({
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
  toApi: (c) => (typeof c.access_analyzer_arn === 'string' ? { accessAnalyzerArn: c.access_analyzer_arn } : {}),
  fromApi: (item) => ({ access_analyzer_arn: item.accessAnalyzerArn ?? null }),
  dataSourceFromApi: (item) => ({ access_analyzer_arn: item.accessAnalyzerArn ?? null }),
  exampleConfig: '  access_analyzer_arn = "arn:aws:access-analyzer:us-east-1:123456789012:analyzer/main"\n',
});

export const IAM_WRITE = defineComponent({
  component: 'iam-write',
  tfName: 'iam_write',
  title: 'IAM management',
  purpose: 'lets P0 grant and revoke just-in-time IAM access in the account',
  ...accountItem,
  hasRole: P0_COMPONENT_FACTS['iam-write'].hasRole,
  configAttributes: attrs({ login: loginArgument }),
  dataSourceAttributes: attrs({ login: loginComputed }),
  toApi: (c) => ({ login: loginToApi(c.login) }),
  fromApi: (item) => ({ login: item.login ? loginFromApi(item.login) : notConfiguredYet() }),
  dataSourceFromApi: (item) => ({ login: item.login ? loginFromApi(item.login) : null }),
  exampleConfig: '  login = {\n    type     = "iam"\n    identity = { type = "email" }\n  }\n',
});

export const FUNCTION_CALLER = defineComponent({
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
  ...noArguments,
});

export const ACCESS_LOGS = defineComponent({
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
  toApi: (c) => (typeof c.cloud_lake_arn === 'string' ? { cloudLakeArn: c.cloud_lake_arn } : {}),
  fromApi: (item) => ({ cloud_lake_arn: item.cloudLakeArn ?? null }),
  dataSourceFromApi: (item) => ({ cloud_lake_arn: item.cloudLakeArn ?? null }),
  exampleConfig: '',
});

export const INVENTORY = defineComponent({
  component: 'inventory',
  tfName: 'inventory',
  title: 'resource inventory',
  purpose: 'gives P0 visibility into the account\'s resources',
  ...accountItem,
  hasRole: P0_COMPONENT_FACTS.inventory.hasRole,
  ...noArguments,
});

/** Every component, in the API's order (the config data source's maps). */
export const COMPONENTS: readonly ComponentInfo[] = [IAM_ASSESSMENT, IAM_WRITE, FUNCTION_CALLER, ACCESS_LOGS, INVENTORY];
