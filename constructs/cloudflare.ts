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
 * The custom policy Cloudflare's Magic Cloud Networking docs ("Get started" →
 * "Create IAM policy") ask for: transit-gateway peering and prefix-list actions.
 */
export const CLOUDFLARE_MCN_ACTIONS: readonly string[] = [
  'ec2:AcceptTransitGatewayPeeringAttachment',
  'ec2:CreateTransitGatewayPeeringAttachment',
  'ec2:DeleteTransitGatewayPeeringAttachment',
  'ec2:DescribeRegions',
  'ec2:DescribeTransitGatewayPeeringAttachments',
  'ec2:RejectTransitGatewayPeeringAttachment',
  'ec2:GetManagedPrefixListEntries',
  'ec2:CreateManagedPrefixList',
  'ec2:ModifyManagedPrefixList',
  'ec2:DeleteManagedPrefixList',
  'ec2:CreateTransitGatewayPrefixListReference',
  'ec2:DeleteTransitGatewayPrefixListReference',
  'ec2:GetTransitGatewayPrefixListReferences',
  'ec2:ModifyTransitGatewayPrefixListReference',
];

/** The read-only AWS managed policies Cloudflare's docs attach, which discovery relies on. */
export const CLOUDFLARE_MCN_MANAGED_POLICIES: readonly string[] = [
  'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
  'arn:aws:iam::aws:policy/AmazonVPCReadOnlyAccess',
  'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
];

/**
 * The one write managed policy Cloudflare's docs also attach, so that Magic
 * Cloud Networking can change the network (VPN gateways, routes). Opt in with
 * `networkAdministrator: true`.
 */
export const CLOUDFLARE_MCN_NETWORK_ADMINISTRATOR_POLICY = 'arn:aws:iam::aws:policy/job-function/NetworkAdministrator';

/** Props of `CloudflareAwsCloudIntegration`. */
export interface CloudflareAwsCloudIntegrationProps {
  /**
   * The integration's name in Cloudflare.
   */
  readonly friendlyName: string;
  /**
   * The integration's description in Cloudflare.
   * @default - none
   */
  readonly description?: string;
  /**
   * The `aws` provider of the account Cloudflare connects to.
   */
  readonly awsProvider: TerraformProvider;
  /**
   * The `cloudbridge` provider to use.
   * @default - the stack's default cloudbridge provider
   */
  readonly cloudbridgeProvider?: TerraformProvider;
  /**
   * The IAM role's name.
   * @default `cloudflare-mcn-<construct id>`
   */
  readonly roleName?: string;
  /**
   * Also attach the `NetworkAdministrator` job-function policy, as Cloudflare's
   * docs do, so that Magic Cloud Networking can manage the network and not only
   * discover it.
   * @default false (read-only managed policies only: least privilege)
   */
  readonly networkAdministrator?: boolean;
  /**
   * How long authorisation may wait for discovery (and AWS trust propagation).
   * @default '10m'
   */
  readonly authorizationTimeout?: string;
}

/**
 * Cloudflare Magic Cloud Networking on one AWS account: integration → setup
 * data source → `aws_iam_role` with Cloudflare's `aws_trust_policy` → the
 * policies Cloudflare's docs ask for → authorization with the role's ARN,
 * which depends on every policy.
 */
export class CloudflareAwsCloudIntegration extends Construct {
  /** The `cloudbridge_cloudflare_cloud_integration` (cloud type `AWS`). */
  readonly integration: CloudflareCloudIntegration;
  /** The integration's id in Cloudflare (a token). */
  readonly integrationId: string;
  /** Cloudflare's initial setup for the integration: the trust policy for the role. */
  readonly setup: DataCloudbridgeCloudflareCloudIntegrationSetup;
  /** The IAM role Cloudflare assumes. */
  readonly role: IamRole;
  /** The role's ARN (a token), which authorization hands to Cloudflare. */
  readonly roleArn: string;
  /** The inline policy with the transit-gateway and prefix-list actions. */
  readonly rolePolicy: IamRolePolicy;
  /** The managed policy attachments. */
  readonly managedPolicyAttachments: readonly IamRolePolicyAttachment[];
  /** The authorization: `aws_arn` = the role's ARN, then discovery. */
  readonly authorization: CloudflareCloudIntegrationAuthorization;
  /** Discovery state: `SUCCEEDED` once Cloudflare can use the role. */
  readonly state: string;
  /** The regions Cloudflare discovered. */
  readonly regions: string[];

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
    this.integrationId = this.integration.id;
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
    this.roleArn = this.role.arn;
    this.rolePolicy = new IamRolePolicy(this, 'role-policy', {
      provider: props.awsProvider,
      role: this.role.name,
      name: 'cloudflare-magic-cloud-networking',
      policy: JSON.stringify(policyDocument([{ Effect: 'Allow', Action: [...CLOUDFLARE_MCN_ACTIONS], Resource: '*' }])),
    });
    const managed = [...CLOUDFLARE_MCN_MANAGED_POLICIES, ...(props.networkAdministrator ? [CLOUDFLARE_MCN_NETWORK_ADMINISTRATOR_POLICY] : [])];
    this.managedPolicyAttachments = managed.map(
      (arn, i) => new IamRolePolicyAttachment(this, `managed-policy-${i}`, { provider: props.awsProvider, role: this.role.name, policyArn: arn }),
    );
    this.authorization = new CloudflareCloudIntegrationAuthorization(this, 'authorization', {
      ...cb,
      integrationId: this.integration.id,
      awsArn: this.role.arn,
      timeouts: { create: props.authorizationTimeout ?? '10m' },
      dependsOn: [this.rolePolicy, ...this.managedPolicyAttachments],
    });
    this.state = this.authorization.state;
    this.regions = this.authorization.regions;
  }
}
