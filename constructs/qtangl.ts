/**
 * Qtangl on AWS: an external id, a read-only role trusting Qtangl's
 * principal with it, then Qtangl's AWS integration row pointing at the role.
 */
import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { ExternalId } from './gen/providers/cloudbridge/external-id';
import { QtanglCloudIntegration } from './gen/providers/cloudbridge/qtangl-cloud-integration';
import { AwsPrincipal, trustPolicy } from './iam/trust';

/** Qtangl reads; it never writes. */
export const QTANGL_READ_ONLY_POLICY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

/** Props of `QtanglAwsIntegration`. */
export interface QtanglAwsIntegrationProps {
  /**
   * Qtangl's AWS principal (account id or ARN), from Qtangl's integration page.
   */
  readonly qtanglPrincipal: string;
  /**
   * The `aws` provider of the account Qtangl reads.
   */
  readonly awsProvider: TerraformProvider;
  /**
   * The `cloudbridge` provider to use.
   * @default - the stack's default cloudbridge provider
   */
  readonly cloudbridgeProvider?: TerraformProvider;
  /**
   * The region Qtangl scans first.
   */
  readonly region: string;
  /**
   * The IAM role's name.
   * @default `qtangl-read-only-<construct id>`
   */
  readonly roleName?: string;
  /**
   * Test the connection on every apply and fail when Qtangl cannot use the role.
   * @default true
   */
  readonly testOnApply?: boolean;
}

/** Per stack and cloudbridge provider (one Qtangl tenant): the construct that manages its AWS integration. */
const awsIntegrationOwners = new WeakMap<TerraformStack, Map<TerraformProvider | undefined, string>>();

/**
 * Qtangl on AWS: `cloudbridge_external_id` → a read-only `aws_iam_role`
 * trusting Qtangl's principal with `sts:ExternalId` → the
 * `cloudbridge_qtangl_cloud_integration` with `role_arn`, `external_id` and
 * `region`, which depends on the read-only policy attachment.
 */
export class QtanglAwsIntegration extends Construct {
  /** The external id the role requires. */
  readonly externalId: ExternalId;
  /** The read-only role Qtangl assumes. */
  readonly role: IamRole;
  /** The role's ARN (a token). */
  readonly roleArn: string;
  /** The `ReadOnlyAccess` attachment. */
  readonly readOnlyPolicyAttachment: IamRolePolicyAttachment;
  /** The `cloudbridge_qtangl_cloud_integration`. */
  readonly integration: QtanglCloudIntegration;
  /** The integration's id in Qtangl (a token). */
  readonly integrationId: string;
  /** The integration's status in Qtangl. */
  readonly status: string;

  constructor(scope: Construct, id: string, props: QtanglAwsIntegrationProps) {
    super(scope, id);
    if (!props.qtanglPrincipal) throw new Error(`QtanglAwsIntegration ${id}: qtanglPrincipal is required`);
    if (!props.region) throw new Error(`QtanglAwsIntegration ${id}: region is required`);
    // Qtangl keeps one integration per cloud provider and tenant: a second construct would overwrite the first.
    const stack = TerraformStack.of(this);
    const owners = awsIntegrationOwners.get(stack) ?? new Map<TerraformProvider | undefined, string>();
    awsIntegrationOwners.set(stack, owners);
    const owner = owners.get(props.cloudbridgeProvider);
    if (owner !== undefined) {
      throw new Error(`QtanglAwsIntegration ${this.node.path}: Qtangl keeps one AWS integration per tenant, and ${owner} already manages it with the same cloudbridge provider`);
    }
    owners.set(props.cloudbridgeProvider, this.node.path);
    const cb = props.cloudbridgeProvider ? { provider: props.cloudbridgeProvider } : {};
    this.externalId = new ExternalId(this, 'external-id', { ...cb, keepers: { vendor: 'qtangl' } });
    this.role = new IamRole(this, 'role', {
      provider: props.awsProvider,
      name: props.roleName ?? `qtangl-read-only-${id}`,
      assumeRolePolicy: JSON.stringify(trustPolicy(new AwsPrincipal(props.qtanglPrincipal).withExternalId(this.externalId.result))),
      description: 'Qtangl read-only access (managed by cloudbridge)',
    });
    this.roleArn = this.role.arn;
    this.readOnlyPolicyAttachment = new IamRolePolicyAttachment(this, 'read-only', {
      provider: props.awsProvider,
      role: this.role.name,
      policyArn: QTANGL_READ_ONLY_POLICY,
    });
    this.integration = new QtanglCloudIntegration(this, 'integration', {
      ...cb,
      cloudProvider: 'aws',
      region: props.region,
      roleArn: this.role.arn,
      externalId: this.externalId.result,
      testOnApply: props.testOnApply ?? true,
      dependsOn: [this.readOnlyPolicyAttachment],
    });
    this.integrationId = this.integration.id;
    this.status = this.integration.status;
  }
}
