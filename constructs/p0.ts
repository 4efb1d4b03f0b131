/**
 * P0 Security's AWS integration for one account: per component, stage on
 * P0, create the IAM role and inline policy from P0's own metadata in the
 * target account, then install (verify + configure) on P0.
 */
import { TerraformProvider, TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { P0AwsIntegration } from './gen/providers/cloudbridge/p0-aws-integration';
import { P0AwsIamWriteStaged, P0AwsIamWriteStagedRoleOutputReference } from './gen/providers/cloudbridge/p0-aws-iam-write-staged';
import { P0AwsIamWrite, P0AwsIamWriteLogin, P0AwsIamWriteLoginIdentity } from './gen/providers/cloudbridge/p0-aws-iam-write';
import { P0AwsIamAssessmentStaged } from './gen/providers/cloudbridge/p0-aws-iam-assessment-staged';
import { P0AwsIamAssessment, P0AwsIamAssessmentConfig } from './gen/providers/cloudbridge/p0-aws-iam-assessment';
import { P0AwsAccessLogsStaged } from './gen/providers/cloudbridge/p0-aws-access-logs-staged';
import { P0AwsAccessLogs, P0AwsAccessLogsConfig } from './gen/providers/cloudbridge/p0-aws-access-logs';
import { P0AwsInventoryStaged } from './gen/providers/cloudbridge/p0-aws-inventory-staged';
import { P0AwsInventory } from './gen/providers/cloudbridge/p0-aws-inventory';
import { P0AwsFunctionCallerStaged } from './gen/providers/cloudbridge/p0-aws-function-caller-staged';
import { P0AwsFunctionCaller } from './gen/providers/cloudbridge/p0-aws-function-caller';

/** The AWS partition of the target account. */
export type AwsPartition = 'aws' | 'aws-us-gov';

/**
 * How P0 identifies users when it provisions access: the `login` block of
 * `cloudbridge_p0_aws_iam_write`, typed by the generated bindings (`type`:
 * `iam`, `idc`, `merged-idc` or `federated`; `identity` for `iam`; `parent`
 * for `idc` and `merged-idc`). The provider validates the combination at plan.
 */
export type P0IamWriteLogin = P0AwsIamWriteLogin;

/** How a P0 user maps to an IAM user (`login.identity`), typed by the generated bindings. */
export type P0IamWriteLoginIdentity = P0AwsIamWriteLoginIdentity;

/** The `iam-write` component: P0 provisions access in the account. */
export interface P0IamWriteOptions {
  /** How P0 identifies users in this account. */
  readonly login: P0IamWriteLogin;
}

/** The `iam-assessment` component with a specific IAM Access Analyzer (`access_analyzer_arn` of the install). */
export type P0IamAssessmentOptions = Required<Pick<P0AwsIamAssessmentConfig, 'accessAnalyzerArn'>>;

/** The `access-logs` component: the CloudTrail Lake event data store P0 reads (`cloud_lake_arn` of the install). */
export type P0AccessLogsOptions = Required<Pick<P0AwsAccessLogsConfig, 'cloudLakeArn'>>;

/** Props of `P0AwsAccountIntegration`. */
export interface P0AwsAccountIntegrationProps {
  /**
   * The 12-digit AWS account id.
   */
  readonly accountId: string;
  /**
   * The `aws` provider configured for this account; the roles are created through it,
   * so that many accounts fit one stack.
   */
  readonly awsProvider: TerraformProvider;
  /**
   * The `cloudbridge` provider to use.
   * @default - the stack's default cloudbridge provider
   */
  readonly cloudbridgeProvider?: TerraformProvider;
  /**
   * The account's AWS partition.
   * @default 'aws'
   */
  readonly partition?: AwsPartition;
  /**
   * Label shown in P0.
   * @default - none
   */
  readonly label?: string;
  /**
   * Install `iam-write` (P0 provisions access) with this login configuration.
   * @default - not installed
   */
  readonly iamWrite?: P0IamWriteOptions;
  /**
   * Install `iam-assessment`; `true`, or the Access Analyzer to use.
   * @default - not installed
   */
  readonly iamAssessment?: true | P0IamAssessmentOptions;
  /**
   * Install `access-logs` reading this CloudTrail Lake event data store.
   * @default - not installed
   */
  readonly accessLogs?: P0AccessLogsOptions;
  /**
   * Install `inventory`.
   * @default false
   */
  readonly inventory?: boolean;
  /**
   * How long each installed component may take to install (P0's verify is retried
   * within it while AWS propagates the new role; components without a role install at once).
   * @default '5m'
   */
  readonly installTimeout?: string;
}

/** A P0 component name, as P0's API spells it. */
export type P0AccountComponent = 'iam-write' | 'iam-assessment' | 'access-logs' | 'inventory';

/** What any installed P0 component exposes. */
export interface P0InstalledComponent extends TerraformResource {
  /** The item's state in P0: `installed` once verified and configured. */
  readonly state: string;
}

/** What any staged P0 component exposes. */
export interface P0StagedComponent extends TerraformResource {
  /** The item's state in P0: `stage`. */
  readonly state: string;
  /** The IAM role P0 asks for; null for components that need none. */
  readonly role: StagedRole;
}

/** The role a staged item asks for (every staged resource's `role` has this shape). */
type StagedRole = Pick<P0AwsIamWriteStagedRoleOutputReference, 'name' | 'trustPolicy' | 'inlinePolicy' | 'inlinePolicyName'>;

/** The stack's one `cloudbridge_p0_aws_integration` root, shared by every account. */
export function p0AwsRoot(scope: Construct, provider?: TerraformProvider): P0AwsIntegration {
  const stack = TerraformStack.of(scope);
  const id = 'cloudbridge-p0-aws-integration';
  const existing = stack.node.tryFindChild(id) as P0AwsIntegration | undefined;
  if (existing) {
    // One root per stack: every P0 construct in it must talk to the same P0 organisation.
    if (existing.provider !== provider) {
      throw new Error(`${scope.node.path}: every P0 construct in stack ${stack.node.id} shares one P0 root, so they must all use the same cloudbridgeProvider`);
    }
    return existing;
  }
  return new P0AwsIntegration(stack, id, provider ? { provider } : {});
}

const ACCOUNT_ID = /^\d{12}$/;

/**
 * One AWS account connected to P0 with the chosen components. Per component:
 * staged in P0 → `aws_iam_role` (trust policy from `role.trust_policy`) and
 * `aws_iam_role_policy` (from `role.inline_policy`) in the target account →
 * installed, which depends on the role policy. Components P0 stages without a
 * role (`access-logs`, `inventory`) install right after staging.
 */
export class P0AwsAccountIntegration extends Construct {
  /** The AWS account id. */
  readonly accountId: string;
  /** The stack's one `cloudbridge_p0_aws_integration`, shared by every account. */
  readonly root: P0AwsIntegration;
  /** The staged components, by component name (`iam-write`, `iam-assessment`, `access-logs`, `inventory`). */
  readonly staged: Readonly<Record<string, P0StagedComponent>>;
  /** The IAM roles created for the components, by component name (only components P0 names a role for). */
  readonly roles: Readonly<Record<string, IamRole>>;
  /** The roles' inline policies, by component name. */
  readonly rolePolicies: Readonly<Record<string, IamRolePolicy>>;
  /** The roles' ARNs (tokens), by component name. */
  readonly roleArns: Readonly<Record<string, string>>;
  /** The installed components, by component name. */
  readonly installed: Readonly<Record<string, P0InstalledComponent>>;
  /** Each installed component's state (`installed` once P0 verified it), by component name. */
  readonly states: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: P0AwsAccountIntegrationProps) {
    super(scope, id);
    // A token (from a data source, say) is checked by the provider at plan instead.
    if (!Token.isUnresolved(props.accountId) && !ACCOUNT_ID.test(props.accountId)) {
      throw new Error(`P0AwsAccountIntegration ${id}: accountId must be 12 digits, got "${props.accountId}"`);
    }
    if (!props.iamWrite && !props.iamAssessment && !props.accessLogs && !props.inventory) {
      throw new Error(`P0AwsAccountIntegration ${id}: choose at least one component (iamWrite, iamAssessment, accessLogs, inventory)`);
    }
    this.accountId = props.accountId;
    const cb = props.cloudbridgeProvider;
    this.root = p0AwsRoot(this, cb);
    const common = {
      accountId: props.accountId,
      partition: props.partition ?? 'aws',
      ...(cb ? { provider: cb } : {}),
    };
    const stageProps = { ...common, label: props.label, dependsOn: [this.root] };
    const timeouts = { create: props.installTimeout ?? '5m' };
    const staged: Record<string, P0StagedComponent> = {};
    const roles: Record<string, IamRole> = {};
    const rolePolicies: Record<string, IamRolePolicy> = {};
    const installed: Record<string, P0InstalledComponent> = {};
    const withRole = (component: P0AccountComponent, stagedItem: P0StagedComponent): IamRolePolicy => {
      staged[component] = stagedItem;
      const { role, policy } = roleFromStaged(this, component, stagedItem.role, props.awsProvider);
      roles[component] = role;
      rolePolicies[component] = policy;
      return policy;
    };

    if (props.iamWrite) {
      const policy = withRole('iam-write', new P0AwsIamWriteStaged(this, 'iam-write-staged', stageProps));
      installed['iam-write'] = new P0AwsIamWrite(this, 'iam-write', {
        ...common,
        login: props.iamWrite.login,
        timeouts,
        dependsOn: [policy],
      });
    }
    if (props.iamAssessment) {
      const policy = withRole('iam-assessment', new P0AwsIamAssessmentStaged(this, 'iam-assessment-staged', stageProps));
      installed['iam-assessment'] = new P0AwsIamAssessment(this, 'iam-assessment', {
        ...common,
        accessAnalyzerArn: props.iamAssessment === true ? undefined : props.iamAssessment.accessAnalyzerArn,
        timeouts,
        dependsOn: [policy],
      });
    }
    if (props.accessLogs) {
      // P0 stages access-logs and inventory with empty metadata (no role): nothing to create in AWS.
      const stagedItem = (staged['access-logs'] = new P0AwsAccessLogsStaged(this, 'access-logs-staged', stageProps));
      installed['access-logs'] = new P0AwsAccessLogs(this, 'access-logs', {
        ...common,
        cloudLakeArn: props.accessLogs.cloudLakeArn,
        timeouts,
        dependsOn: [stagedItem],
      });
    }
    if (props.inventory) {
      const stagedItem = (staged.inventory = new P0AwsInventoryStaged(this, 'inventory-staged', stageProps));
      installed.inventory = new P0AwsInventory(this, 'inventory', { ...common, timeouts, dependsOn: [stagedItem] });
    }
    this.staged = staged;
    this.roles = roles;
    this.rolePolicies = rolePolicies;
    this.roleArns = Object.fromEntries(Object.entries(roles).map(([name, role]) => [name, role.arn]));
    this.installed = installed;
    this.states = Object.fromEntries(Object.entries(installed).map(([name, item]) => [name, item.state]));
  }
}

/** The role and inline policy P0 staged for a component, in the target account. */
function roleFromStaged(
  scope: Construct,
  component: string,
  staged: StagedRole,
  awsProvider: TerraformProvider,
  idPrefix = `${component}-`,
): { role: IamRole; policy: IamRolePolicy } {
  const role = new IamRole(scope, `${idPrefix}role`, {
    provider: awsProvider,
    name: staged.name,
    assumeRolePolicy: staged.trustPolicy,
    description: `P0 Security ${component} (managed by cloudbridge)`,
  });
  const policy = new IamRolePolicy(scope, `${idPrefix}role-policy`, {
    provider: awsProvider,
    role: role.name,
    name: staged.inlinePolicyName,
    policy: staged.inlinePolicy,
  });
  return { role, policy };
}

/** Props of `P0LambdaFunctionCaller`. */
export interface P0LambdaFunctionCallerProps {
  /**
   * The Lambda function's ARN (`arn:aws:lambda:<region>:<account>:function:<name>`); P0 keys the item by it.
   */
  readonly functionArn: string;
  /**
   * The `aws` provider of the function's account.
   */
  readonly awsProvider: TerraformProvider;
  /**
   * The `cloudbridge` provider to use.
   * @default - the stack's default cloudbridge provider
   */
  readonly cloudbridgeProvider?: TerraformProvider;
  /**
   * The function's AWS partition.
   * @default 'aws'
   */
  readonly partition?: AwsPartition;
  /**
   * Label shown in P0.
   * @default - none
   */
  readonly label?: string;
  /**
   * How long the install may wait for AWS to propagate the new role.
   * @default '5m'
   */
  readonly installTimeout?: string;
}

/** P0's `function-caller` component for one Lambda function, keyed by its ARN: staged → role + policy → installed. */
export class P0LambdaFunctionCaller extends Construct {
  /** The stack's one `cloudbridge_p0_aws_integration`. */
  readonly root: P0AwsIntegration;
  /** The staged item, holding the role P0 asks for. */
  readonly staged: P0AwsFunctionCallerStaged;
  /** The IAM role built from the staged trust policy. */
  readonly role: IamRole;
  /** The role's ARN (a token). */
  readonly roleArn: string;
  /** The role's inline policy, from the staged metadata. */
  readonly rolePolicy: IamRolePolicy;
  /** The installed item; it depends on the role policy. */
  readonly installed: P0AwsFunctionCaller;
  /** The installed item's state (`installed` once verified). */
  readonly state: string;

  constructor(scope: Construct, id: string, props: P0LambdaFunctionCallerProps) {
    super(scope, id);
    if (!Token.isUnresolved(props.functionArn) && !/^arn:aws[\w-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$/.test(props.functionArn)) {
      throw new Error(`P0LambdaFunctionCaller ${id}: functionArn must be a Lambda function ARN, got "${props.functionArn}"`);
    }
    const cb = props.cloudbridgeProvider;
    this.root = p0AwsRoot(this, cb);
    const common = { functionArn: props.functionArn, partition: props.partition ?? 'aws', ...(cb ? { provider: cb } : {}) };
    this.staged = new P0AwsFunctionCallerStaged(this, 'staged', { ...common, label: props.label, dependsOn: [this.root] });
    const { role, policy } = roleFromStaged(this, 'function-caller', this.staged.role, props.awsProvider, '');
    this.role = role;
    this.roleArn = role.arn;
    this.rolePolicy = policy;
    this.installed = new P0AwsFunctionCaller(this, 'installed', {
      ...common,
      timeouts: { create: props.installTimeout ?? '5m' },
      dependsOn: [policy],
    });
    this.state = this.installed.state;
  }
}
