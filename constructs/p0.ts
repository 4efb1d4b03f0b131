/**
 * P0 Security's AWS integration for one account: per component, stage on
 * P0, create the IAM role and inline policy from P0's own metadata in the
 * target account, then install (verify + configure) on P0.
 */
import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { P0AwsIntegration } from './gen/providers/cloudbridge/p0-aws-integration';
import { P0AwsIamWriteStaged } from './gen/providers/cloudbridge/p0-aws-iam-write-staged';
import { P0AwsIamWrite } from './gen/providers/cloudbridge/p0-aws-iam-write';
import { P0AwsIamAssessmentStaged } from './gen/providers/cloudbridge/p0-aws-iam-assessment-staged';
import { P0AwsIamAssessment } from './gen/providers/cloudbridge/p0-aws-iam-assessment';
import { P0AwsAccessLogsStaged } from './gen/providers/cloudbridge/p0-aws-access-logs-staged';
import { P0AwsAccessLogs } from './gen/providers/cloudbridge/p0-aws-access-logs';
import { P0AwsInventoryStaged } from './gen/providers/cloudbridge/p0-aws-inventory-staged';
import { P0AwsInventory } from './gen/providers/cloudbridge/p0-aws-inventory';
import { P0AwsFunctionCallerStaged } from './gen/providers/cloudbridge/p0-aws-function-caller-staged';
import { P0AwsFunctionCaller } from './gen/providers/cloudbridge/p0-aws-function-caller';

export type AwsPartition = 'aws' | 'aws-us-gov';

/** How P0 identifies users when it provisions access (`iam-write` login). */
export interface P0IamWriteLogin {
  /** `iam`, `idc`, `merged-idc` or `federated`. */
  readonly type: 'iam' | 'idc' | 'merged-idc' | 'federated';
  /**
   * How a P0 user maps to an AWS identity.
   * @default none: P0's default for the login type
   */
  readonly identity?: { readonly type: 'email' | 'tag' | 'user'; readonly tagName?: string };
  /**
   * The parent account (IAM Identity Center) for `idc` / `merged-idc`.
   * @default none
   */
  readonly parent?: string;
}

export interface P0AwsAccountIntegrationProps {
  /** The 12-digit AWS account id. */
  readonly accountId: string;
  /** The `aws` provider configured for this account; roles are created through it. */
  readonly awsProvider: TerraformProvider;
  /**
   * The `cloudbridge` provider to use.
   * @default the stack's default cloudbridge provider
   */
  readonly cloudbridgeProvider?: TerraformProvider;
  /** @default 'aws' */
  readonly partition?: AwsPartition;
  /**
   * Label shown in P0.
   * @default none
   */
  readonly label?: string;
  /**
   * Install `iam-write` (P0 provisions access) with this login configuration.
   * @default not installed
   */
  readonly iamWrite?: { readonly login: P0IamWriteLogin };
  /**
   * Install `iam-assessment`; `true` or the Access Analyzer to use.
   * @default not installed
   */
  readonly iamAssessment?: true | { readonly accessAnalyzerArn: string };
  /**
   * Install `access-logs` reading this CloudTrail Lake event data store.
   * @default not installed
   */
  readonly accessLogs?: { readonly cloudLakeArn: string };
  /**
   * Install `inventory`.
   * @default false
   */
  readonly inventory?: boolean;
  /**
   * How long each installed component may wait for AWS to propagate the new role.
   * @default '5m'
   */
  readonly installTimeout?: string;
}

interface StagedRole {
  readonly name: string;
  readonly trustPolicy: string;
  readonly inlinePolicy: string;
  readonly inlinePolicyName: string;
}

/** The stack's one `cloudbridge_p0_aws_integration` root, shared by every account. */
export function p0AwsRoot(scope: Construct, provider?: TerraformProvider): P0AwsIntegration {
  const stack = TerraformStack.of(scope);
  const id = 'cloudbridge-p0-aws-integration';
  const existing = stack.node.tryFindChild(id);
  if (existing) return existing as P0AwsIntegration;
  return new P0AwsIntegration(stack, id, provider ? { provider } : {});
}

const ACCOUNT_ID = /^\d{12}$/;

/** One AWS account connected to P0 with the chosen components. */
export class P0AwsAccountIntegration extends Construct {
  readonly root: P0AwsIntegration;
  /** The IAM roles created for the components, by component name (`iam-write`, ...). */
  readonly roles: Readonly<Record<string, IamRole>> = {};
  /** The installed components, by component name. */
  readonly installed: Readonly<Record<string, Construct>> = {};

  constructor(scope: Construct, id: string, props: P0AwsAccountIntegrationProps) {
    super(scope, id);
    if (!ACCOUNT_ID.test(props.accountId)) {
      throw new Error(`P0AwsAccountIntegration ${id}: accountId must be 12 digits, got "${props.accountId}"`);
    }
    if (!props.iamWrite && !props.iamAssessment && !props.accessLogs && !props.inventory) {
      throw new Error(`P0AwsAccountIntegration ${id}: choose at least one component (iamWrite, iamAssessment, accessLogs, inventory)`);
    }
    const cb = props.cloudbridgeProvider;
    this.root = p0AwsRoot(this, cb);
    const common = {
      accountId: props.accountId,
      partition: props.partition ?? 'aws',
      ...(cb ? { provider: cb } : {}),
    };
    const timeouts = { create: props.installTimeout ?? '5m' };
    const roles: Record<string, IamRole> = {};
    const installed: Record<string, Construct> = {};

    if (props.iamWrite) {
      const staged = new P0AwsIamWriteStaged(this, 'iam-write-staged', { ...common, label: props.label, dependsOn: [this.root] });
      const policy = this.role('iam-write', staged.role, props.awsProvider, roles);
      const login = props.iamWrite.login;
      installed['iam-write'] = new P0AwsIamWrite(this, 'iam-write', {
        ...common,
        login: {
          type: login.type,
          identity: login.identity ? { type: login.identity.type, tagName: login.identity.tagName } : undefined,
          parent: login.parent,
        },
        timeouts,
        dependsOn: [policy],
      });
    }
    if (props.iamAssessment) {
      const staged = new P0AwsIamAssessmentStaged(this, 'iam-assessment-staged', { ...common, label: props.label, dependsOn: [this.root] });
      const policy = this.role('iam-assessment', staged.role, props.awsProvider, roles);
      installed['iam-assessment'] = new P0AwsIamAssessment(this, 'iam-assessment', {
        ...common,
        accessAnalyzerArn: props.iamAssessment === true ? undefined : props.iamAssessment.accessAnalyzerArn,
        timeouts,
        dependsOn: [policy],
      });
    }
    if (props.accessLogs) {
      // P0 stages access-logs and inventory without role metadata: nothing to create in AWS.
      const staged = new P0AwsAccessLogsStaged(this, 'access-logs-staged', { ...common, label: props.label, dependsOn: [this.root] });
      installed['access-logs'] = new P0AwsAccessLogs(this, 'access-logs', {
        ...common,
        cloudLakeArn: props.accessLogs.cloudLakeArn,
        timeouts,
        dependsOn: [staged],
      });
    }
    if (props.inventory) {
      const staged = new P0AwsInventoryStaged(this, 'inventory-staged', { ...common, label: props.label, dependsOn: [this.root] });
      installed.inventory = new P0AwsInventory(this, 'inventory', { ...common, timeouts, dependsOn: [staged] });
    }
    this.roles = roles;
    this.installed = installed;
  }

  /** The role and inline policy P0 staged for a component, in the target account. */
  private role(component: string, staged: StagedRole, awsProvider: TerraformProvider, roles: Record<string, IamRole>): IamRolePolicy {
    const role = new IamRole(this, `${component}-role`, {
      provider: awsProvider,
      name: staged.name,
      assumeRolePolicy: staged.trustPolicy,
      description: `P0 Security ${component} (managed by cloudbridge)`,
    });
    roles[component] = role;
    return new IamRolePolicy(this, `${component}-role-policy`, {
      provider: awsProvider,
      role: role.name,
      name: staged.inlinePolicyName,
      policy: staged.inlinePolicy,
    });
  }
}

export interface P0LambdaFunctionCallerProps {
  /** The Lambda function's ARN (`arn:aws:lambda:<region>:<account>:function:<name>`). */
  readonly functionArn: string;
  /** The `aws` provider of the function's account. */
  readonly awsProvider: TerraformProvider;
  /** @default the stack's default cloudbridge provider */
  readonly cloudbridgeProvider?: TerraformProvider;
  /** @default 'aws' */
  readonly partition?: AwsPartition;
  /** @default none */
  readonly label?: string;
  /** @default '5m' */
  readonly installTimeout?: string;
}

/** P0's `function-caller` component for one Lambda function, keyed by its ARN. */
export class P0LambdaFunctionCaller extends Construct {
  readonly staged: P0AwsFunctionCallerStaged;
  readonly role: IamRole;
  readonly installed: P0AwsFunctionCaller;

  constructor(scope: Construct, id: string, props: P0LambdaFunctionCallerProps) {
    super(scope, id);
    if (!/^arn:aws[\w-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$/.test(props.functionArn)) {
      throw new Error(`P0LambdaFunctionCaller ${id}: functionArn must be a Lambda function ARN, got "${props.functionArn}"`);
    }
    const cb = props.cloudbridgeProvider;
    const root = p0AwsRoot(this, cb);
    const common = { functionArn: props.functionArn, partition: props.partition ?? 'aws', ...(cb ? { provider: cb } : {}) };
    this.staged = new P0AwsFunctionCallerStaged(this, 'staged', { ...common, label: props.label, dependsOn: [root] });
    this.role = new IamRole(this, 'role', {
      provider: props.awsProvider,
      name: this.staged.role.name,
      assumeRolePolicy: this.staged.role.trustPolicy,
      description: 'P0 Security function-caller (managed by cloudbridge)',
    });
    const policy = new IamRolePolicy(this, 'role-policy', {
      provider: props.awsProvider,
      role: this.role.name,
      name: this.staged.role.inlinePolicyName,
      policy: this.staged.role.inlinePolicy,
    });
    this.installed = new P0AwsFunctionCaller(this, 'installed', {
      ...common,
      timeouts: { create: props.installTimeout ?? '5m' },
      dependsOn: [policy],
    });
  }
}
