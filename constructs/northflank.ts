/**
 * Northflank BYOC on AWS: an external id, a role that trusts Northflank's
 * AWS principal only with that id, the permissions the chosen features need,
 * then the integration in `crossAccountRole` mode. The `accessKey` mode is
 * supported too, with the secret passed write-only: with a key you give, or
 * with an IAM user, policy and key the construct creates.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamUser } from '@cdktf/provider-aws/lib/iam-user';
import { IamUserPolicy } from '@cdktf/provider-aws/lib/iam-user-policy';
import { IamAccessKey } from '@cdktf/provider-aws/lib/iam-access-key';
import { ExternalId } from './gen/providers/cloudbridge/external-id';
import { NorthflankCloudIntegration } from './gen/providers/cloudbridge/northflank-cloud-integration';
import { policyDocument } from './iam/policy-document';
import { AwsPrincipal, trustPolicy } from './iam/trust';

/** A Northflank integration feature, as Northflank's API spells it. */
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

/** An IAM user's access key for Northflank's `accessKey` mode. */
export interface NorthflankAccessKey {
  /**
   * The IAM user's access key id.
   */
  readonly accessKeyId: string;
  /**
   * The secret access key. Sent as `secret_key_wo` (write-only): the Northflank
   * resource never keeps it in plan or state. Pass a token (a sensitive
   * `TerraformVariable`) to keep it out of cdk.tf.json too; an
   * `aws_iam_access_key.secret` reference works as well, but that secret is in
   * the aws provider's own state.
   */
  readonly secretAccessKey: string;
  /**
   * Version of the write-only secret; bump it to send a rotated secret.
   * @default 1
   */
  readonly secretVersion?: number;
}

/** Props of `NorthflankAwsIntegration`. */
export interface NorthflankAwsIntegrationProps {
  /**
   * Integration name, 3–39 characters; its slug becomes the id.
   */
  readonly name: string;
  /**
   * The integration's description in Northflank.
   * @default - none
   */
  readonly description?: string;
  /**
   * The `aws` provider of the account Northflank deploys into.
   */
  readonly awsProvider: TerraformProvider;
  /**
   * The `cloudbridge` provider to use.
   * @default - the stack's default cloudbridge provider
   */
  readonly cloudbridgeProvider?: TerraformProvider;
  /**
   * Northflank's AWS principal (account id or ARN) as Northflank shows it for
   * cross-account roles. No constant is built in: take it from Northflank.
   * @default - none; required in `crossAccountRole` mode (when `accessKey` is not set)
   */
  readonly northflankPrincipal?: string;
  /**
   * The Northflank features to enable; the role gets only the actions they need.
   * @default ['byoc']
   */
  readonly features?: readonly NorthflankFeature[];
  /**
   * How Northflank reaches the account: `crossAccountRole` (a role it assumes with an
   * external id) or `accessKey` (an IAM user's key). In `accessKey` mode without
   * `accessKey`, the construct creates the IAM user, its policy for the chosen
   * features and its access key.
   * @default `accessKey` when `accessKey` is set, else `crossAccountRole`
   */
  readonly authenticationMode?: 'crossAccountRole' | 'accessKey';
  /**
   * Use this access key instead of a cross-account role (implies `accessKey` mode).
   * @default - none: `crossAccountRole` mode, or a created IAM user's key in `accessKey` mode
   */
  readonly accessKey?: NorthflankAccessKey;
  /**
   * The IAM role's name (`crossAccountRole` mode only).
   * @default `northflank-<construct id>`
   */
  readonly roleName?: string;
  /**
   * The IAM user's name when the construct creates the user (`accessKey` mode without `accessKey`).
   * @default `northflank-<construct id>`
   */
  readonly userName?: string;
  /**
   * Version of the created key's secret as sent write-only; bump it to send the secret
   * again (for example after the access key was replaced). Only for a created user.
   * @default 1
   */
  readonly keyVersion?: number;
}

/**
 * Northflank on AWS. In `crossAccountRole` mode (the default):
 * `cloudbridge_external_id` → `aws_iam_role` trusting the Northflank principal
 * with `sts:ExternalId` → inline policy for the chosen features → the
 * integration, which depends on the policy. In `accessKey` mode: with a key
 * you give, the integration alone; otherwise `aws_iam_user` → user policy for
 * the chosen features → `aws_iam_access_key` → the integration, which depends on
 * the policy. Either way the secret is sent write-only.
 */
export class NorthflankAwsIntegration extends Construct {
  /** The `cloudbridge_northflank_cloud_integration`. */
  readonly integration: NorthflankCloudIntegration;
  /** The integration's id in Northflank, the slug of its name (a token). */
  readonly integrationId: string;
  /** `crossAccountRole` or `accessKey`. */
  readonly authenticationMode: 'crossAccountRole' | 'accessKey';
  /** The external id the role requires (`crossAccountRole` mode). */
  readonly externalId?: ExternalId;
  /** The role Northflank assumes (`crossAccountRole` mode). */
  readonly role?: IamRole;
  /** The role's ARN, a token (`crossAccountRole` mode). */
  readonly roleArn?: string;
  /** The role's inline policy for the chosen features (`crossAccountRole` mode). */
  readonly rolePolicy?: IamRolePolicy;
  /** The IAM user the construct created (`accessKey` mode without `accessKey`). */
  readonly user?: IamUser;
  /** The created user's inline policy for the chosen features. */
  readonly userPolicy?: IamUserPolicy;
  /**
   * The created user's access key. Its secret goes to Northflank write-only; hashicorp/aws
   * 5.100 keeps it (sensitive) in that resource's own state.
   */
  readonly createdAccessKey?: IamAccessKey;

  constructor(scope: Construct, id: string, props: NorthflankAwsIntegrationProps) {
    super(scope, id);
    if (!/^[a-zA-Z]((-|\s)?[a-zA-Z0-9]+((-|\s)[a-zA-Z0-9]+)*)?$/.test(props.name) || props.name.length < 3 || props.name.length > 39) {
      throw new Error(`NorthflankAwsIntegration ${id}: name must be 3–39 letters, digits, single spaces or hyphens, starting with a letter; got "${props.name}"`);
    }
    const features = props.features ?? ['byoc'];
    if (features.length === 0) throw new Error(`NorthflankAwsIntegration ${id}: choose at least one feature`);
    const cb = props.cloudbridgeProvider ? { provider: props.cloudbridgeProvider } : {};

    const mode = props.authenticationMode ?? (props.accessKey ? 'accessKey' : 'crossAccountRole');
    const actions = Array.from(new Set(features.flatMap((f) => NORTHFLANK_FEATURE_ACTIONS[f])));
    const featurePolicy = JSON.stringify(policyDocument([{ Effect: 'Allow', Action: actions, Resource: '*' }]));

    if (mode === 'accessKey') {
      const stray = (['northflankPrincipal', 'roleName'] as const).filter((k) => props[k] !== undefined);
      if (stray.length > 0) throw new Error(`NorthflankAwsIntegration ${id}: ${stray.join(' and ')} ${stray.length > 1 ? 'apply' : 'applies'} only in crossAccountRole mode`);
      if (props.accessKey && (props.userName !== undefined || props.keyVersion !== undefined)) {
        throw new Error(`NorthflankAwsIntegration ${id}: userName and keyVersion only apply when the construct creates the user (no accessKey given)`);
      }
      this.authenticationMode = 'accessKey';
      let key: { accessKey: string; secretKeyWo: string; secretKeyWoVersion: number };
      const dependsOn: IamUserPolicy[] = [];
      if (props.accessKey) {
        key = { accessKey: props.accessKey.accessKeyId, secretKeyWo: props.accessKey.secretAccessKey, secretKeyWoVersion: props.accessKey.secretVersion ?? 1 };
      } else {
        this.user = new IamUser(this, 'user', { provider: props.awsProvider, name: props.userName ?? `northflank-${id}` });
        this.userPolicy = new IamUserPolicy(this, 'user-policy', { provider: props.awsProvider, user: this.user.name, name: 'northflank-features', policy: featurePolicy });
        this.createdAccessKey = new IamAccessKey(this, 'access-key', { provider: props.awsProvider, user: this.user.name });
        key = { accessKey: this.createdAccessKey.id, secretKeyWo: this.createdAccessKey.secret, secretKeyWoVersion: props.keyVersion ?? 1 };
        dependsOn.push(this.userPolicy);
      }
      this.integration = new NorthflankCloudIntegration(this, 'integration', {
        ...cb,
        name: props.name,
        description: props.description,
        cloudProvider: 'aws',
        features: [...features],
        aws: { authenticationMode: 'accessKey' },
        credentials: key,
        ...(dependsOn.length > 0 ? { dependsOn } : {}),
      });
      this.integrationId = this.integration.id;
      return;
    }

    if (props.accessKey) throw new Error(`NorthflankAwsIntegration ${id}: accessKey cannot be used in crossAccountRole mode`);
    if (props.userName !== undefined || props.keyVersion !== undefined) {
      throw new Error(`NorthflankAwsIntegration ${id}: userName and keyVersion only apply in accessKey mode`);
    }
    if (!props.northflankPrincipal) {
      throw new Error(`NorthflankAwsIntegration ${id}: northflankPrincipal is required in crossAccountRole mode (Northflank shows it when you add an AWS integration)`);
    }
    this.authenticationMode = 'crossAccountRole';
    this.externalId = new ExternalId(this, 'external-id', { ...cb, keepers: { integration: props.name } });
    this.role = new IamRole(this, 'role', {
      provider: props.awsProvider,
      name: props.roleName ?? `northflank-${id}`,
      assumeRolePolicy: JSON.stringify(trustPolicy(new AwsPrincipal(props.northflankPrincipal).withExternalId(this.externalId.result))),
      description: 'Northflank cross-account access (managed by cloudbridge)',
    });
    this.roleArn = this.role.arn;
    this.rolePolicy = new IamRolePolicy(this, 'role-policy', {
      provider: props.awsProvider,
      role: this.role.name,
      name: 'northflank-features',
      policy: featurePolicy,
    });
    this.integration = new NorthflankCloudIntegration(this, 'integration', {
      ...cb,
      name: props.name,
      description: props.description,
      cloudProvider: 'aws',
      features: [...features],
      aws: { authenticationMode: 'crossAccountRole' },
      credentials: { roleArn: this.role.arn, externalId: this.externalId.result },
      dependsOn: [this.rolePolicy],
    });
    this.integrationId = this.integration.id;
  }
}
