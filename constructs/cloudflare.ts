/**
 * Cloudflare Magic Cloud Networking for one AWS account: the integration,
 * the role built from Cloudflare's own trust policy (initial_setup), the
 * permissions discovery needs, then authorisation with the role's ARN.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { CloudflareCloudIntegration } from './gen/providers/cloudbridge/cloudflare-cloud-integration';
import { DataCloudbridgeCloudflareCloudIntegrationSetup } from './gen/providers/cloudbridge/data-cloudbridge-cloudflare-cloud-integration-setup';
import { CloudflareCloudIntegrationAuthorization } from './gen/providers/cloudbridge/cloudflare-cloud-integration-authorization';
import { policyDocument } from './iam/policy-document';

/**
 * What Magic Cloud Networking does in the account: discover the network and
 * manage transit gateways, their attachments and routes, and prefix lists.
 */
export const CLOUDFLARE_MCN_ACTIONS: readonly string[] = [
  'ec2:CreateTransitGateway',
  'ec2:DeleteTransitGateway',
  'ec2:CreateTransitGatewayVpcAttachment',
  'ec2:DeleteTransitGatewayVpcAttachment',
  'ec2:CreateTransitGatewayRoute',
  'ec2:DeleteTransitGatewayRoute',
  'ec2:ModifyTransitGateway',
  'ec2:CreateManagedPrefixList',
  'ec2:ModifyManagedPrefixList',
  'ec2:DeleteManagedPrefixList',
  'ec2:CreateRoute',
  'ec2:DeleteRoute',
  'ec2:CreateTags',
];

/** Read-only managed policies discovery relies on. */
export const CLOUDFLARE_MCN_MANAGED_POLICIES: readonly string[] = [
  'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
  'arn:aws:iam::aws:policy/AmazonVPCReadOnlyAccess',
];

export interface CloudflareAwsCloudIntegrationProps {
  /** The integration's name in Cloudflare. */
  readonly friendlyName: string;
  /** @default none */
  readonly description?: string;
  /** The `aws` provider of the account Cloudflare connects to. */
  readonly awsProvider: TerraformProvider;
  /** @default the stack's default cloudbridge provider */
  readonly cloudbridgeProvider?: TerraformProvider;
  /**
   * The IAM role's name.
   * @default `cloudflare-mcn-<construct id>`
   */
  readonly roleName?: string;
  /**
   * How long authorisation may wait for discovery (and AWS trust propagation).
   * @default '10m'
   */
  readonly authorizationTimeout?: string;
}

export class CloudflareAwsCloudIntegration extends Construct {
  readonly integration: CloudflareCloudIntegration;
  readonly setup: DataCloudbridgeCloudflareCloudIntegrationSetup;
  readonly role: IamRole;
  readonly authorization: CloudflareCloudIntegrationAuthorization;

  constructor(scope: Construct, id: string, props: CloudflareAwsCloudIntegrationProps) {
    super(scope, id);
    if (!props.friendlyName.trim()) throw new Error(`CloudflareAwsCloudIntegration ${id}: friendlyName must not be empty`);
    const cb = props.cloudbridgeProvider ? { provider: props.cloudbridgeProvider } : {};
    this.integration = new CloudflareCloudIntegration(this, 'integration', {
      ...cb,
      cloudType: 'AWS',
      friendlyName: props.friendlyName,
      description: props.description,
    });
    this.setup = new DataCloudbridgeCloudflareCloudIntegrationSetup(this, 'setup', {
      ...cb,
      integrationId: this.integration.id,
    });
    this.role = new IamRole(this, 'role', {
      provider: props.awsProvider,
      name: props.roleName ?? `cloudflare-mcn-${id}`,
      assumeRolePolicy: this.setup.awsTrustPolicy,
      description: 'Cloudflare Magic Cloud Networking (managed by cloudbridge)',
    });
    const policy = new IamRolePolicy(this, 'role-policy', {
      provider: props.awsProvider,
      role: this.role.name,
      name: 'cloudflare-magic-cloud-networking',
      policy: JSON.stringify(policyDocument([{ Effect: 'Allow', Action: [...CLOUDFLARE_MCN_ACTIONS], Resource: '*' }])),
    });
    const attachments = CLOUDFLARE_MCN_MANAGED_POLICIES.map(
      (arn, i) => new IamRolePolicyAttachment(this, `managed-policy-${i}`, { provider: props.awsProvider, role: this.role.name, policyArn: arn }),
    );
    this.authorization = new CloudflareCloudIntegrationAuthorization(this, 'authorization', {
      ...cb,
      integrationId: this.integration.id,
      awsArn: this.role.arn,
      timeouts: { create: props.authorizationTimeout ?? '10m' },
      dependsOn: [policy, ...attachments],
    });
  }

  /** Discovery state: `SUCCEEDED` once Cloudflare can use the role. */
  get state(): string {
    return this.authorization.state;
  }

  /** The regions Cloudflare discovered. */
  get regions(): string[] {
    return this.authorization.regions;
  }
}
