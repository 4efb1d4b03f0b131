/**
 * Avisi Cloud on AWS: a cloud account, an IAM user with the access Avisi
 * needs to run Kubernetes clusters, its access key handed to Avisi
 * write-only, and those credentials made the account's primary ones.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamUser } from '@cdktf/provider-aws/lib/iam-user';
import { IamUserPolicy } from '@cdktf/provider-aws/lib/iam-user-policy';
import { IamAccessKey } from '@cdktf/provider-aws/lib/iam-access-key';
import { AvisiCloudAccount } from './gen/providers/cloudbridge/avisi-cloud-account';
import { AvisiCloudCredentials } from './gen/providers/cloudbridge/avisi-cloud-credentials';
import { AvisiPrimaryCloudCredentials } from './gen/providers/cloudbridge/avisi-primary-cloud-credentials';
import { policyDocument } from './iam/policy-document';

/** What Avisi's cluster lifecycle does in the account. */
export const AVISI_ACTIONS: readonly string[] = [
  'ec2:*',
  'elasticloadbalancing:*',
  'autoscaling:*',
  'iam:GetRole',
  'iam:PassRole',
  'iam:CreateServiceLinkedRole',
  'kms:DescribeKey',
  'route53:ChangeResourceRecordSets',
  'route53:ListHostedZones',
];

/** Props of `AvisiAwsCloudAccount`. */
export interface AvisiAwsCloudAccountProps {
  /**
   * The account's name in Avisi Cloud, 3–64 characters.
   */
  readonly displayName: string;
  /**
   * The `aws` provider of the account Avisi runs clusters in.
   */
  readonly awsProvider: TerraformProvider;
  /**
   * The `cloudbridge` provider to use.
   * @default - the stack's default cloudbridge provider
   */
  readonly cloudbridgeProvider?: TerraformProvider;
  /**
   * The IAM user's name.
   * @default `avisi-cloud-<construct id>`
   */
  readonly userName?: string;
  /**
   * Version of the write-only secret sent to Avisi; bump it to send the
   * secret again (for example after the access key was replaced).
   * @default 1
   */
  readonly keyVersion?: number;
}

/**
 * Avisi Cloud on AWS: cloud account → `aws_iam_user` + `aws_iam_access_key` +
 * the user policy Avisi needs → credentials (the secret sent write-only, after
 * the policy) → primary credentials of the account.
 */
export class AvisiAwsCloudAccount extends Construct {
  /** The `cloudbridge_avisi_cloud_account`. */
  readonly account: AvisiCloudAccount;
  /** The cloud account's identity in Avisi (a token). */
  readonly accountIdentity: string;
  /** The IAM user Avisi acts as. */
  readonly user: IamUser;
  /** The user's policy (Avisi's cluster lifecycle). */
  readonly userPolicy: IamUserPolicy;
  /**
   * The user's access key; its secret goes to Avisi write-only, so it never enters
   * cloudbridge's state. hashicorp/aws 5.100 has no write-only variant of
   * `aws_iam_access_key`, so the secret is in that resource's state (marked sensitive):
   * protect the state backend accordingly.
   */
  readonly accessKey: IamAccessKey;
  /** The access key's id (a token). No property of this construct exposes the secret. */
  readonly accessKeyId: string;
  /** The `cloudbridge_avisi_cloud_credentials`. */
  readonly credentials: AvisiCloudCredentials;
  /** The `cloudbridge_avisi_primary_cloud_credentials`. */
  readonly primary: AvisiPrimaryCloudCredentials;

  constructor(scope: Construct, id: string, props: AvisiAwsCloudAccountProps) {
    super(scope, id);
    if (props.displayName.length < 3 || props.displayName.length > 64) {
      throw new Error(`AvisiAwsCloudAccount ${id}: displayName must be 3–64 characters, got ${props.displayName.length}`);
    }
    const cb = props.cloudbridgeProvider ? { provider: props.cloudbridgeProvider } : {};
    this.account = new AvisiCloudAccount(this, 'account', { ...cb, cloudProfile: 'aws', displayName: props.displayName });
    this.accountIdentity = this.account.identity;
    this.user = new IamUser(this, 'user', { provider: props.awsProvider, name: props.userName ?? `avisi-cloud-${id}` });
    this.userPolicy = new IamUserPolicy(this, 'user-policy', {
      provider: props.awsProvider,
      user: this.user.name,
      name: 'avisi-cloud',
      policy: JSON.stringify(policyDocument([{ Effect: 'Allow', Action: [...AVISI_ACTIONS], Resource: '*' }])),
    });
    this.accessKey = new IamAccessKey(this, 'access-key', { provider: props.awsProvider, user: this.user.name });
    this.accessKeyId = this.accessKey.id;
    this.credentials = new AvisiCloudCredentials(this, 'credentials', {
      ...cb,
      cloudAccountIdentity: this.account.identity,
      cloudType: 'aws',
      displayName: `${props.displayName} access key`,
      credentials: {
        accessKeyId: this.accessKey.id,
        accessKeySecretWo: this.accessKey.secret,
        accessKeySecretWoVersion: props.keyVersion ?? 1,
      },
      dependsOn: [this.userPolicy],
    });
    this.primary = new AvisiPrimaryCloudCredentials(this, 'primary', {
      ...cb,
      cloudAccountIdentity: this.account.identity,
      credentialsIdentity: this.credentials.identity,
    });
  }
}
