import { TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { NorthflankAwsIntegration, QtanglAwsIntegration } from '../../constructs';

type Block = Record<string, unknown> & { depends_on?: string[] };
interface Synth {
  resource: Record<string, Record<string, Block>>;
}

function synth(build: (stack: TerraformStack, aws: AwsProvider) => void): Synth {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const aws = new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  build(stack, aws);
  return JSON.parse(Testing.synth(stack)) as Synth;
}

function only(out: Synth, type: string): [string, Block] {
  const entries = Object.entries(out.resource[type] ?? {});
  expect(entries).toHaveLength(1);
  return entries[0];
}

describe('NorthflankAwsIntegration', () => {
  it('trusts the Northflank principal only with the generated external id, and passes both to the integration', () => {
    const out = synth((s, aws) =>
      new NorthflankAwsIntegration(s, 'nf', { name: 'platform aws', awsProvider: aws, northflankPrincipal: '333333333333', features: ['byoc', 'route53'] }),
    );
    const [extId] = only(out, 'cloudbridge_external_id');
    const [roleKey, role] = only(out, 'aws_iam_role');
    expect(JSON.parse(String(role.assume_role_policy))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::333333333333:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': `\${cloudbridge_external_id.${extId}.result}` } },
        },
      ],
    });
    const [policyKey, policy] = only(out, 'aws_iam_role_policy');
    expect(JSON.parse(String(policy.policy)).Statement[0].Action).toContain('route53:ChangeResourceRecordSets');
    const [, integration] = only(out, 'cloudbridge_northflank_cloud_integration');
    expect(integration.aws).toEqual({ authentication_mode: 'crossAccountRole' });
    expect(integration.credentials).toEqual({ role_arn: `\${aws_iam_role.${roleKey}.arn}`, external_id: `\${cloudbridge_external_id.${extId}.result}` });
    expect(integration.depends_on).toEqual([`aws_iam_role_policy.${policyKey}`]);
  });

  it('sends an access key secret write-only in accessKey mode', () => {
    const out = synth((s, aws) =>
      new NorthflankAwsIntegration(s, 'nf', { name: 'keys', awsProvider: aws, accessKey: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'marker-secret', secretVersion: 2 } }),
    );
    const [, integration] = only(out, 'cloudbridge_northflank_cloud_integration');
    expect(integration.credentials).toEqual({ access_key: 'AKIDEXAMPLE', secret_key_wo: 'marker-secret', secret_key_wo_version: 2 });
    expect(out.resource.aws_iam_role).toBeUndefined();
  });

  it('creates the IAM user, its feature policy and key in accessKey mode, sending the secret write-only after the policy', () => {
    const out = synth((s, aws) =>
      new NorthflankAwsIntegration(s, 'nf', { name: 'keys', awsProvider: aws, authenticationMode: 'accessKey', features: ['route53'], keyVersion: 3 }),
    );
    const [userId, user] = only(out, 'aws_iam_user');
    expect(user.name).toBe('northflank-nf');
    const [policyId, policy] = only(out, 'aws_iam_user_policy');
    expect(policy.user).toBe(`\${aws_iam_user.${userId}.name}`);
    expect(JSON.parse(policy.policy as string)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['route53:ChangeResourceRecordSets', 'route53:ListHostedZones', 'route53:ListResourceRecordSets', 'route53:GetChange'], Resource: '*' }],
    });
    const [keyId, key] = only(out, 'aws_iam_access_key');
    expect(key.user).toBe(`\${aws_iam_user.${userId}.name}`);
    const [, integration] = only(out, 'cloudbridge_northflank_cloud_integration');
    expect(integration.aws).toEqual({ authentication_mode: 'accessKey' });
    expect(integration.credentials).toEqual({
      access_key: `\${aws_iam_access_key.${keyId}.id}`,
      secret_key_wo: `\${aws_iam_access_key.${keyId}.secret}`,
      secret_key_wo_version: 3,
    });
    expect(integration.depends_on).toEqual([`aws_iam_user_policy.${policyId}`]);
    expect(out.resource.aws_iam_role).toBeUndefined();
  });

  it('refuses props that do not fit the mode', () => {
    const key = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 's' };
    expect(() => synth((s, aws) => new NorthflankAwsIntegration(s, 'nf', { name: 'abc', awsProvider: aws, accessKey: key, northflankPrincipal: '333333333333' }))).toThrow(
      'NorthflankAwsIntegration nf: northflankPrincipal applies only in crossAccountRole mode',
    );
    expect(() => synth((s, aws) => new NorthflankAwsIntegration(s, 'nf', { name: 'abc', awsProvider: aws, authenticationMode: 'accessKey', roleName: 'r' }))).toThrow(
      'NorthflankAwsIntegration nf: roleName applies only in crossAccountRole mode',
    );
    expect(() => synth((s, aws) => new NorthflankAwsIntegration(s, 'nf', { name: 'abc', awsProvider: aws, accessKey: key, keyVersion: 2 }))).toThrow(
      'userName and keyVersion only apply when the construct creates the user',
    );
    expect(() => synth((s, aws) => new NorthflankAwsIntegration(s, 'nf', { name: 'abc', awsProvider: aws, authenticationMode: 'crossAccountRole', accessKey: key }))).toThrow(
      'accessKey cannot be used in crossAccountRole mode',
    );
    expect(() => synth((s, aws) => new NorthflankAwsIntegration(s, 'nf', { name: 'abc', awsProvider: aws, northflankPrincipal: '333333333333', userName: 'u' }))).toThrow(
      'userName and keyVersion only apply in accessKey mode',
    );
  });

  it('rejects a name Northflank would refuse, and a role without a principal', () => {
    expect(() => synth((s, aws) => new NorthflankAwsIntegration(s, 'nf', { name: 'ab', awsProvider: aws, northflankPrincipal: '333333333333' }))).toThrow(
      'name must be 3–39',
    );
    expect(() => synth((s, aws) => new NorthflankAwsIntegration(s, 'nf', { name: 'abc', awsProvider: aws }))).toThrow('northflankPrincipal is required');
  });
});

describe('QtanglAwsIntegration', () => {
  it('refuses a second AWS integration for the same Qtangl tenant in one stack', () => {
    expect(() =>
      synth((s, aws) => {
        new QtanglAwsIntegration(s, 'first', { qtanglPrincipal: '444444444444', awsProvider: aws, region: 'eu-west-1' });
        new QtanglAwsIntegration(s, 'second', { qtanglPrincipal: '444444444444', awsProvider: aws, region: 'us-east-1' });
      }),
    ).toThrow('QtanglAwsIntegration test/second: Qtangl keeps one AWS integration per tenant, and test/first already manages it with the same cloudbridge provider');
  });

  it('creates a read-only role trusting Qtangl with the external id and points the integration at it', () => {
    const out = synth((s, aws) => new QtanglAwsIntegration(s, 'q', { qtanglPrincipal: '444444444444', awsProvider: aws, region: 'eu-west-1' }));
    const [extId] = only(out, 'cloudbridge_external_id');
    const [roleKey, role] = only(out, 'aws_iam_role');
    expect(JSON.parse(String(role.assume_role_policy)).Statement[0].Condition).toEqual({
      StringEquals: { 'sts:ExternalId': `\${cloudbridge_external_id.${extId}.result}` },
    });
    const [attachKey, attachment] = only(out, 'aws_iam_role_policy_attachment');
    expect(attachment.policy_arn).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess');
    const [, integration] = only(out, 'cloudbridge_qtangl_cloud_integration');
    expect(integration).toMatchObject({
      cloud_provider: 'aws',
      region: 'eu-west-1',
      role_arn: `\${aws_iam_role.${roleKey}.arn}`,
      external_id: `\${cloudbridge_external_id.${extId}.result}`,
      test_on_apply: true,
      depends_on: [`aws_iam_role_policy_attachment.${attachKey}`],
    });
  });
});
