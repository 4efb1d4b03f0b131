/**
 * Northflank BYOC on AWS: an external id, a role that trusts Northflank's
 * AWS principal only with that id, the permissions the chosen features need,
 * then the integration in `crossAccountRole` mode. The `accessKey` mode is
 * supported too, with the secret passed write-only.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { ExternalId } from './gen/providers/cloudbridge/external-id';
import { NorthflankCloudIntegration } from './gen/providers/cloudbridge/northflank-cloud-integration';
import { policyDocument } from './iam/policy-document';
import { AwsPrincipal, trustPolicy } from './iam/trust';

export type NorthflankFeature =
  | 'byoc'
  | 'byoc-static-egress'
  | 'byoc-custom-vpc'
  | 'cloudfront'
  | 'self-hosted-registry'
  | 'route53'
  | 'self-hosted-logs-metrics'
  | 'docker-registry-credential';

/** The AWS actions each Northflank feature needs; the role gets only the union of the chosen ones. */
export const NORTHFLANK_FEATURE_ACTIONS: Readonly<Record<NorthflankFeature, readonly string[]>> = {
  byoc: ['eks:*', 'ec2:*', 'autoscaling:*', 'iam:PassRole', 'iam:GetRole', 'iam:CreateServiceLinkedRole', 'elasticloadbalancing:*'],
  'byoc-static-egress': ['ec2:AllocateAddress', 'ec2:ReleaseAddress', 'ec2:CreateNatGateway', 'ec2:DeleteNatGateway', 'ec2:Describe*'],
  'byoc-custom-vpc': ['ec2:Describe*'],
  cloudfront: ['cloudfront:*', 'acm:RequestCertificate', 'acm:DescribeCertificate', 'acm:DeleteCertificate'],
  'self-hosted-registry': ['ecr:*'],
  route53: ['route53:ChangeResourceRecordSets', 'route53:ListHostedZones', 'route53:ListResourceRecordSets', 'route53:GetChange'],
  'self-hosted-logs-metrics': ['s3:CreateBucket', 's3:PutBucketPolicy', 's3:GetObject', 's3:PutObject', 's3:ListBucket'],
  'docker-registry-credential': ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
};

export interface NorthflankAccessKey {
  /** The IAM user's access key id. */
  readonly accessKeyId: string;
  /** The secret access key; sent write-only, never stored in state. */
  readonly secretAccessKey: string;
  /**
   * Bump to send a rotated secret.
   * @default 1
   */
  readonly secretVersion?: number;
}

export interface NorthflankAwsIntegrationProps {
  /** Integration name, 3–39 characters; its slug becomes the id. */
  readonly name: string;
  /** @default none */
  readonly description?: string;
  /** The `aws` provider of the account Northflank deploys into. */
  readonly awsProvider: TerraformProvider;
  /** @default the stack's default cloudbridge provider */
  readonly cloudbridgeProvider?: TerraformProvider;
  /**
   * Northflank's AWS principal (account id or ARN) as Northflank shows it
   * for cross-account roles. Required in `crossAccountRole` mode.
   * @default none
   */
  readonly northflankPrincipal?: string;
  /** @default ['byoc'] */
  readonly features?: readonly NorthflankFeature[];
  /**
   * Use an access key instead of a cross-account role.
   * @default none: crossAccountRole mode
   */
  readonly accessKey?: NorthflankAccessKey;
  /**
   * The IAM role's name (crossAccountRole mode).
   * @default `northflank-<construct id>`
   */
  readonly roleName?: string;
}

export class NorthflankAwsIntegration extends Construct {
  readonly integration: NorthflankCloudIntegration;
  /** Set in crossAccountRole mode. */
  readonly role?: IamRole;
  readonly externalId?: ExternalId;

  constructor(scope: Construct, id: string, props: NorthflankAwsIntegrationProps) {
    super(scope, id);
    if (!/^[a-zA-Z]((-|\s)?[a-zA-Z0-9]+((-|\s)[a-zA-Z0-9]+)*)?$/.test(props.name) || props.name.length < 3 || props.name.length > 39) {
      throw new Error(`NorthflankAwsIntegration ${id}: name must be 3–39 letters, digits, single spaces or hyphens, starting with a letter; got "${props.name}"`);
    }
    const features = props.features ?? ['byoc'];
    const cb = props.cloudbridgeProvider ? { provider: props.cloudbridgeProvider } : {};

    if (props.accessKey) {
      this.integration = new NorthflankCloudIntegration(this, 'integration', {
        ...cb,
        name: props.name,
        description: props.description,
        cloudProvider: 'aws',
        features: [...features],
        aws: { authenticationMode: 'accessKey' },
        credentials: {
          accessKey: props.accessKey.accessKeyId,
          secretKeyWo: props.accessKey.secretAccessKey,
          secretKeyWoVersion: props.accessKey.secretVersion ?? 1,
        },
      });
      return;
    }

    if (!props.northflankPrincipal) {
      throw new Error(`NorthflankAwsIntegration ${id}: northflankPrincipal is required in crossAccountRole mode (Northflank shows it when you add an AWS integration)`);
    }
    this.externalId = new ExternalId(this, 'external-id', { ...cb, keepers: { integration: props.name } });
    this.role = new IamRole(this, 'role', {
      provider: props.awsProvider,
      name: props.roleName ?? `northflank-${id}`,
      assumeRolePolicy: JSON.stringify(trustPolicy(new AwsPrincipal(props.northflankPrincipal).withExternalId(this.externalId.result))),
      description: 'Northflank cross-account access (managed by cloudbridge)',
    });
    const actions = Array.from(new Set(features.flatMap((f) => NORTHFLANK_FEATURE_ACTIONS[f])));
    const policy = new IamRolePolicy(this, 'role-policy', {
      provider: props.awsProvider,
      role: this.role.name,
      name: 'northflank-features',
      policy: JSON.stringify(policyDocument([{ Effect: 'Allow', Action: actions, Resource: '*' }])),
    });
    this.integration = new NorthflankCloudIntegration(this, 'integration', {
      ...cb,
      name: props.name,
      description: props.description,
      cloudProvider: 'aws',
      features: [...features],
      aws: { authenticationMode: 'crossAccountRole' },
      credentials: { roleArn: this.role.arn, externalId: this.externalId.result },
      dependsOn: [policy],
    });
  }
}
