import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AvisiAwsCloudAccount, CloudflareAwsCloudIntegration, P0AwsAccountIntegration, P0LambdaFunctionCaller } from '../../constructs';

interface Synth {
  resource: Record<string, Record<string, Record<string, unknown> & { depends_on?: string[] }>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
}

function synth(build: (stack: TerraformStack, aws: AwsProvider) => void): Synth {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const aws = new AwsProvider(stack, 'aws', { region: 'us-east-1', alias: 'a' });
  build(stack, aws);
  return JSON.parse(Testing.synth(stack)) as Synth;
}

describe('P0AwsAccountIntegration', () => {
  const out = synth((stack, aws) => {
    new P0AwsAccountIntegration(stack, 'acct1', {
      accountId: '111111111111',
      awsProvider: aws,
      iamWrite: { login: { type: 'idc', identity: { type: 'tag', tagName: 'email' }, parent: '999999999999' } },
      iamAssessment: true,
      inventory: true,
    });
    new P0AwsAccountIntegration(stack, 'acct2', { accountId: '222222222222', awsProvider: aws, inventory: true });
  });

  it('shares one root per stack', () => {
    expect(Object.keys(out.resource.cloudbridge_p0_aws_integration)).toHaveLength(1);
  });

  it('builds each role from the staged metadata and installs after the role policy', () => {
    const role = Object.values(out.resource.aws_iam_role).find((r) => String(r.name).includes('iam_write_staged'));
    expect(role).toBeDefined();
    const staged = Object.keys(out.resource.cloudbridge_p0_aws_iam_write_staged)[0];
    expect(role!.assume_role_policy).toBe(`\${cloudbridge_p0_aws_iam_write_staged.${staged}.role.trust_policy}`);
    expect(role!.name).toBe(`\${cloudbridge_p0_aws_iam_write_staged.${staged}.role.name}`);
    expect(role!.provider).toBe('aws.a');

    const policyKey = Object.keys(out.resource.aws_iam_role_policy).find((k) => k.includes('iam-write'))!;
    const policy = out.resource.aws_iam_role_policy[policyKey];
    expect(policy.policy).toBe(`\${cloudbridge_p0_aws_iam_write_staged.${staged}.role.inline_policy}`);

    const installed = Object.values(out.resource.cloudbridge_p0_aws_iam_write)[0];
    expect(installed.depends_on).toEqual([`aws_iam_role_policy.${policyKey}`]);
    expect(installed.login).toEqual({ type: 'idc', identity: { type: 'tag', tag_name: 'email' }, parent: '999999999999' });
    expect(installed.account_id).toBe('111111111111');
  });

  it('creates no role for inventory, whose staged metadata has none', () => {
    expect(Object.keys(out.resource.cloudbridge_p0_aws_inventory)).toHaveLength(2);
    expect(Object.keys(out.resource.aws_iam_role)).toHaveLength(2); // iam-write + iam-assessment of acct1
    for (const inv of Object.values(out.resource.cloudbridge_p0_aws_inventory)) {
      expect(inv.depends_on![0]).toMatch(/^cloudbridge_p0_aws_inventory_staged\./);
    }
  });

  it('rejects a bad account id and an empty component list', () => {
    expect(() => synth((s, aws) => new P0AwsAccountIntegration(s, 'x', { accountId: '12345', awsProvider: aws, inventory: true }))).toThrow(
      'P0AwsAccountIntegration x: accountId must be 12 digits, got "12345"',
    );
    expect(() => synth((s, aws) => new P0AwsAccountIntegration(s, 'x', { accountId: '111111111111', awsProvider: aws }))).toThrow(
      'choose at least one component',
    );
  });

  it('takes an account id that is a token, and passes it through for the provider to check at plan', () => {
    const doc = synth((s, aws) => {
      const id = new TerraformVariable(s, 'account', { type: 'string' });
      new P0AwsAccountIntegration(s, 'x', { accountId: id.stringValue, awsProvider: aws, inventory: true });
    });
    expect(Object.values(doc.resource['cloudbridge_p0_aws_inventory_staged']!).map((r) => r['account_id'])).toEqual(['${var.account}']);
  });

  it('P0LambdaFunctionCaller keys the item by the Lambda ARN', () => {
    const arn = 'arn:aws:lambda:us-east-1:111111111111:function:p0-caller';
    const s = synth((stack, aws) => new P0LambdaFunctionCaller(stack, 'fn', { functionArn: arn, awsProvider: aws }));
    expect(Object.values(s.resource.cloudbridge_p0_aws_function_caller_staged)[0].function_arn).toBe(arn);
    expect(Object.values(s.resource.cloudbridge_p0_aws_function_caller)[0].depends_on![0]).toMatch(/^aws_iam_role_policy\./);
    expect(() => synth((stack, aws) => new P0LambdaFunctionCaller(stack, 'fn', { functionArn: 'nope', awsProvider: aws }))).toThrow(
      'functionArn must be a Lambda function ARN',
    );
  });
});

describe('CloudflareAwsCloudIntegration', () => {
  const out = synth((stack, aws) => new CloudflareAwsCloudIntegration(stack, 'cf', { friendlyName: 'prod', awsProvider: aws, authorizationTimeout: '3m' }));

  it('takes the trust policy from Cloudflare\'s initial setup and authorises with the role ARN after the policies', () => {
    const integration = Object.keys(out.resource.cloudbridge_cloudflare_cloud_integration)[0];
    expect(out.resource.cloudbridge_cloudflare_cloud_integration[integration].cloud_type).toBe('AWS');
    const setup = Object.keys(out.data!.cloudbridge_cloudflare_cloud_integration_setup)[0];
    expect(out.data!.cloudbridge_cloudflare_cloud_integration_setup[setup].integration_id).toBe(
      `\${cloudbridge_cloudflare_cloud_integration.${integration}.id}`,
    );
    const roleKey = Object.keys(out.resource.aws_iam_role)[0];
    expect(out.resource.aws_iam_role[roleKey].assume_role_policy).toBe(
      `\${data.cloudbridge_cloudflare_cloud_integration_setup.${setup}.aws_trust_policy}`,
    );
    const auth = Object.values(out.resource.cloudbridge_cloudflare_cloud_integration_authorization)[0];
    expect(auth.aws_arn).toBe(`\${aws_iam_role.${roleKey}.arn}`);
    expect(auth.timeouts).toEqual({ create: '3m' });
    const policyKey = Object.keys(out.resource.aws_iam_role_policy)[0];
    const attachments = Object.keys(out.resource.aws_iam_role_policy_attachment).map((k) => `aws_iam_role_policy_attachment.${k}`);
    expect(auth.depends_on).toEqual([`aws_iam_role_policy.${policyKey}`, ...attachments]);
    expect(attachments).toHaveLength(3);
  });
});

describe('AvisiAwsCloudAccount', () => {
  const out = synth((stack, aws) => new AvisiAwsCloudAccount(stack, 'avisi', { displayName: 'platform', awsProvider: aws, keyVersion: 3 }));

  it('hands the access key secret to Avisi write-only', () => {
    const keyName = Object.keys(out.resource.aws_iam_access_key)[0];
    const creds = Object.values(out.resource.cloudbridge_avisi_cloud_credentials)[0] as { credentials: Record<string, unknown>; cloud_type: string };
    expect(creds.cloud_type).toBe('aws');
    expect(creds.credentials).toEqual({
      access_key_id: `\${aws_iam_access_key.${keyName}.id}`,
      access_key_secret_wo: `\${aws_iam_access_key.${keyName}.secret}`,
      access_key_secret_wo_version: 3,
    });
    expect(creds.credentials).not.toHaveProperty('access_key_secret');
  });

  it('makes the new credentials primary', () => {
    const credsKey = Object.keys(out.resource.cloudbridge_avisi_cloud_credentials)[0];
    const primary = Object.values(out.resource.cloudbridge_avisi_primary_cloud_credentials)[0];
    expect(primary.credentials_identity).toBe(`\${cloudbridge_avisi_cloud_credentials.${credsKey}.identity}`);
  });
});
