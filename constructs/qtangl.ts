/**
 * Qtangl on AWS: an external id, a read-only role trusting Qtangl's
 * principal with it, then Qtangl's AWS integration row pointing at the role.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { ExternalId } from './gen/providers/cloudbridge/external-id';
import { QtanglCloudIntegration } from './gen/providers/cloudbridge/qtangl-cloud-integration';
import { AwsPrincipal, trustPolicy } from './iam/trust';

/** Qtangl reads; it never writes. */
export const QTANGL_READ_ONLY_POLICY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

export interface QtanglAwsIntegrationProps {
  /** Qtangl's AWS principal (account id or ARN), from Qtangl's integration page. */
  readonly qtanglPrincipal: string;
  /** The `aws` provider of the account Qtangl reads. */
  readonly awsProvider: TerraformProvider;
  /** @default the stack's default cloudbridge provider */
  readonly cloudbridgeProvider?: TerraformProvider;
  /** The region Qtangl scans first. */
  readonly region: string;
  /**
   * @default `qtangl-read-only-<construct id>`
   */
  readonly roleName?: string;
  /**
   * Test the connection on every apply and fail when Qtangl cannot use the role.
   * @default true
   */
  readonly testOnApply?: boolean;
}

export class QtanglAwsIntegration extends Construct {
  readonly externalId: ExternalId;
  readonly role: IamRole;
  readonly integration: QtanglCloudIntegration;

  constructor(scope: Construct, id: string, props: QtanglAwsIntegrationProps) {
    super(scope, id);
    if (!props.qtanglPrincipal) throw new Error(`QtanglAwsIntegration ${id}: qtanglPrincipal is required`);
    const cb = props.cloudbridgeProvider ? { provider: props.cloudbridgeProvider } : {};
    this.externalId = new ExternalId(this, 'external-id', { ...cb, keepers: { vendor: 'qtangl' } });
    this.role = new IamRole(this, 'role', {
      provider: props.awsProvider,
      name: props.roleName ?? `qtangl-read-only-${id}`,
      assumeRolePolicy: JSON.stringify(trustPolicy(new AwsPrincipal(props.qtanglPrincipal).withExternalId(this.externalId.result))),
      description: 'Qtangl read-only access (managed by cloudbridge)',
    });
    const readOnly = new IamRolePolicyAttachment(this, 'read-only', {
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
      dependsOn: [readOnly],
    });
  }
}
