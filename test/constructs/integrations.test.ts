/**
 * Each integration construct through Testing.synthScope and the cdktf jest
 * matchers, with exact values: the trust policy comes from the vendor resource
 * (or the external id it generates), `depends_on` runs from the vendor's
 * install / authorization to the role policy, and secrets go write-only.
 */
import { TerraformElement, TerraformOutput, TerraformVariable, Testing } from 'cdktf';
// Types of the cdktf jest matchers; Testing.setupJest() installs them.
import 'cdktf/lib/testing/adapters/jest';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { IamUser } from '@cdktf/provider-aws/lib/iam-user';
import { IamUserPolicy } from '@cdktf/provider-aws/lib/iam-user-policy';
import { IamAccessKey } from '@cdktf/provider-aws/lib/iam-access-key';
import {
  AvisiAwsCloudAccount,
  CLOUDFLARE_MCN_ACTIONS,
  CloudflareAwsCloudIntegration,
  NorthflankAwsIntegration,
  P0AwsAccountIntegration,
  P0LambdaFunctionCaller,
  QtanglAwsIntegration,
} from '../../constructs';
import { CloudbridgeProvider } from '../../constructs/gen/providers/cloudbridge/provider';
import { P0AwsIntegration } from '../../constructs/gen/providers/cloudbridge/p0-aws-integration';
import { P0AwsIamWriteStaged } from '../../constructs/gen/providers/cloudbridge/p0-aws-iam-write-staged';
import { P0AwsIamWrite } from '../../constructs/gen/providers/cloudbridge/p0-aws-iam-write';
import { P0AwsIamAssessmentStaged } from '../../constructs/gen/providers/cloudbridge/p0-aws-iam-assessment-staged';
import { P0AwsIamAssessment } from '../../constructs/gen/providers/cloudbridge/p0-aws-iam-assessment';
import { P0AwsAccessLogsStaged } from '../../constructs/gen/providers/cloudbridge/p0-aws-access-logs-staged';
import { P0AwsAccessLogs } from '../../constructs/gen/providers/cloudbridge/p0-aws-access-logs';
import { P0AwsInventoryStaged } from '../../constructs/gen/providers/cloudbridge/p0-aws-inventory-staged';
import { P0AwsInventory } from '../../constructs/gen/providers/cloudbridge/p0-aws-inventory';
import { P0AwsFunctionCallerStaged } from '../../constructs/gen/providers/cloudbridge/p0-aws-function-caller-staged';
import { P0AwsFunctionCaller } from '../../constructs/gen/providers/cloudbridge/p0-aws-function-caller';
import { CloudflareCloudIntegration } from '../../constructs/gen/providers/cloudbridge/cloudflare-cloud-integration';
import { DataCloudbridgeCloudflareCloudIntegrationSetup } from '../../constructs/gen/providers/cloudbridge/data-cloudbridge-cloudflare-cloud-integration-setup';
import { CloudflareCloudIntegrationAuthorization } from '../../constructs/gen/providers/cloudbridge/cloudflare-cloud-integration-authorization';
import { ExternalId } from '../../constructs/gen/providers/cloudbridge/external-id';
import { NorthflankCloudIntegration } from '../../constructs/gen/providers/cloudbridge/northflank-cloud-integration';
import { QtanglCloudIntegration } from '../../constructs/gen/providers/cloudbridge/qtangl-cloud-integration';
import { AvisiCloudAccount } from '../../constructs/gen/providers/cloudbridge/avisi-cloud-account';
import { AvisiCloudCredentials } from '../../constructs/gen/providers/cloudbridge/avisi-cloud-credentials';
import { AvisiPrimaryCloudCredentials } from '../../constructs/gen/providers/cloudbridge/avisi-primary-cloud-credentials';

Testing.setupJest();

interface TfJson {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output?: Record<string, { value: unknown; sensitive?: boolean }>;
}

/** `type.name` of a resource, as `depends_on` spells it. */
function address(element: TerraformElement & { terraformResourceType: string }): string {
  return `${element.terraformResourceType}.${element.friendlyUniqueId}`;
}
/** `${type.name.attribute}`, the interpolation of a resource attribute. */
function attr(element: TerraformElement & { terraformResourceType: string }, attribute: string): string {
  return `\${${address(element)}.${attribute}}`;
}
function dataAttr(element: TerraformElement & { terraformResourceType: string }, attribute: string): string {
  return `\${data.${address(element)}.${attribute}}`;
}

/** Synthesize a stack with an aliased `aws` provider per account; returns the JSON and what `build` returned. */
function synth<T>(build: (scope: Construct, aws: AwsProvider, awsB: AwsProvider) => T): { json: string; doc: TfJson; built: T } {
  let built: T | undefined;
  const json = Testing.synthScope((scope) => {
    const aws = new AwsProvider(scope, 'aws-a', { region: 'us-east-1', alias: 'a' });
    const awsB = new AwsProvider(scope, 'aws-b', { region: 'us-east-1', alias: 'b' });
    built = build(scope, aws, awsB);
  });
  return { json, doc: JSON.parse(json) as TfJson, built: built as T };
}

function output(scope: Construct, id: string, value: unknown): void {
  new TerraformOutput(scope, id, { value });
}

describe('P0AwsAccountIntegration', () => {
  const { json, doc, built } = synth((scope, awsA, awsB) => {
    const a = new P0AwsAccountIntegration(scope, 'acct-a', {
      accountId: '111111111111',
      awsProvider: awsA,
      label: 'account-a',
      iamWrite: { login: { type: 'idc', identity: { type: 'tag', tagName: 'email' }, parent: '999999999999' } },
      iamAssessment: { accessAnalyzerArn: 'arn:aws:access-analyzer:us-east-1:111111111111:analyzer/p0' },
      accessLogs: { cloudLakeArn: 'arn:aws:cloudtrail:us-east-1:111111111111:eventdatastore/abc' },
      inventory: true,
      installTimeout: '7m',
    });
    const b = new P0AwsAccountIntegration(scope, 'acct-b', {
      accountId: '222222222222',
      awsProvider: awsB,
      partition: 'aws-us-gov',
      iamWrite: { login: { type: 'iam', identity: { type: 'email' } } },
    });
    output(scope, 'a-role-arns', a.roleArns);
    output(scope, 'a-states', a.states);
    return { a, b };
  });
  const { a, b } = built;

  it('shares one cloudbridge_p0_aws_integration root across the accounts of the stack', () => {
    expect(Object.keys(doc.resource.cloudbridge_p0_aws_integration!)).toHaveLength(1);
    expect(a.root).toBe(b.root);
    for (const staged of Object.values(a.staged)) {
      expect(json).toHaveResourceWithProperties(staged.constructor as typeof P0AwsIamWriteStaged, {
        account_id: '111111111111',
        partition: 'aws',
        label: 'account-a',
        depends_on: [address(a.root)],
      });
    }
    expect(json).toHaveResourceWithProperties(P0AwsIamWriteStaged, { account_id: '222222222222', partition: 'aws-us-gov', depends_on: [address(a.root)] });
  });

  it('builds each role from the staged role.trust_policy, in the target account', () => {
    const staged = a.staged['iam-write'] as P0AwsIamWriteStaged;
    expect(json).toHaveResourceWithProperties(IamRole, {
      name: attr(staged, 'role.name'),
      assume_role_policy: attr(staged, 'role.trust_policy'),
      description: 'P0 Security iam-write (managed by cloudbridge)',
      provider: 'aws.a',
    });
    const assessment = a.staged['iam-assessment'] as P0AwsIamAssessmentStaged;
    expect(json).toHaveResourceWithProperties(IamRole, { assume_role_policy: attr(assessment, 'role.trust_policy'), provider: 'aws.a' });
    const stagedB = b.staged['iam-write'] as P0AwsIamWriteStaged;
    expect(json).toHaveResourceWithProperties(IamRole, { assume_role_policy: attr(stagedB, 'role.trust_policy'), provider: 'aws.b' });
  });

  it('puts the staged role.inline_policy on the role', () => {
    const staged = a.staged['iam-write'] as P0AwsIamWriteStaged;
    expect(json).toHaveResourceWithProperties(IamRolePolicy, {
      role: attr(a.roles['iam-write']!, 'name'),
      name: attr(staged, 'role.inline_policy_name'),
      policy: attr(staged, 'role.inline_policy'),
      provider: 'aws.a',
    });
  });

  it('installs each component after its role policy', () => {
    expect(json).toHaveResourceWithProperties(P0AwsIamWrite, {
      account_id: '111111111111',
      partition: 'aws',
      login: { type: 'idc', identity: { type: 'tag', tag_name: 'email' }, parent: '999999999999' },
      timeouts: { create: '7m' },
      depends_on: [address(a.rolePolicies['iam-write']!)],
    });
    expect(json).toHaveResourceWithProperties(P0AwsIamAssessment, {
      account_id: '111111111111',
      access_analyzer_arn: 'arn:aws:access-analyzer:us-east-1:111111111111:analyzer/p0',
      depends_on: [address(a.rolePolicies['iam-assessment']!)],
    });
    expect(json).toHaveResourceWithProperties(P0AwsIamWrite, {
      account_id: '222222222222',
      login: { type: 'iam', identity: { type: 'email' } },
      timeouts: { create: '5m' },
      depends_on: [address(b.rolePolicies['iam-write']!)],
    });
  });

  it('installs access-logs and inventory, which P0 stages without a role, right after staging', () => {
    expect(json).toHaveResourceWithProperties(P0AwsAccessLogs, {
      account_id: '111111111111',
      cloud_lake_arn: 'arn:aws:cloudtrail:us-east-1:111111111111:eventdatastore/abc',
      depends_on: [address(a.staged['access-logs'] as P0AwsAccessLogsStaged)],
    });
    expect(json).toHaveResourceWithProperties(P0AwsInventory, {
      account_id: '111111111111',
      depends_on: [address(a.staged.inventory as P0AwsInventoryStaged)],
    });
    expect(Object.keys(a.roles).sort()).toEqual(['iam-assessment', 'iam-write']);
    expect(Object.keys(doc.resource.aws_iam_role!)).toHaveLength(3);
    expect(Object.keys(doc.resource.aws_iam_role_policy!)).toHaveLength(3);
  });

  it('exposes role ARNs and installed states', () => {
    expect(doc.output!['a-role-arns']!.value).toEqual({
      'iam-write': attr(a.roles['iam-write']!, 'arn'),
      'iam-assessment': attr(a.roles['iam-assessment']!, 'arn'),
    });
    expect(doc.output!['a-states']!.value).toEqual({
      'iam-write': attr(a.installed['iam-write']!, 'state'),
      'iam-assessment': attr(a.installed['iam-assessment']!, 'state'),
      'access-logs': attr(a.installed['access-logs']!, 'state'),
      inventory: attr(a.installed.inventory!, 'state'),
    });
  });

  it('passes the cloudbridge provider it is given to the root and the vendor resources', () => {
    const { json: withProvider } = synth((scope, aws) => {
      const cb = new CloudbridgeProvider(scope, 'cb', { alias: 'other' });
      return new P0AwsAccountIntegration(scope, 'acct', { accountId: '111111111111', awsProvider: aws, inventory: true, cloudbridgeProvider: cb });
    });
    expect(withProvider).toHaveResourceWithProperties(P0AwsIntegration, { provider: 'cloudbridge.other' });
    expect(withProvider).toHaveResourceWithProperties(P0AwsInventoryStaged, { account_id: '111111111111', partition: 'aws', provider: 'cloudbridge.other' });
    expect(withProvider).toHaveResourceWithProperties(P0AwsInventory, { account_id: '111111111111', provider: 'cloudbridge.other' });
  });

  it('refuses a second cloudbridge provider for the stack\'s one root', () => {
    expect(() =>
      synth((scope, aws) => {
        new P0AwsAccountIntegration(scope, 'acct-1', { accountId: '111111111111', awsProvider: aws, inventory: true });
        const other = new CloudbridgeProvider(scope, 'cb', { alias: 'other' });
        new P0AwsAccountIntegration(scope, 'acct-2', { accountId: '222222222222', awsProvider: aws, inventory: true, cloudbridgeProvider: other });
      }),
    ).toThrow('stack/acct-2: every P0 construct in stack stack shares one P0 root, so they must all use the same cloudbridgeProvider');
  });

  it('rejects a bad account id and an empty component list', () => {
    expect(() => synth((scope, aws) => new P0AwsAccountIntegration(scope, 'x', { accountId: '12345', awsProvider: aws, inventory: true }))).toThrow(
      'P0AwsAccountIntegration x: accountId must be 12 digits, got "12345"',
    );
    expect(() => synth((scope, aws) => new P0AwsAccountIntegration(scope, 'x', { accountId: '111111111111', awsProvider: aws }))).toThrow(
      'P0AwsAccountIntegration x: choose at least one component (iamWrite, iamAssessment, accessLogs, inventory)',
    );
  });
});

describe('P0LambdaFunctionCaller', () => {
  const arn = 'arn:aws:lambda:us-east-1:111111111111:function:p0-caller';
  const { json, doc, built: fn } = synth((scope, aws) => {
    const account = new P0AwsAccountIntegration(scope, 'acct', { accountId: '111111111111', awsProvider: aws, inventory: true });
    const caller = new P0LambdaFunctionCaller(scope, 'fn', { functionArn: arn, awsProvider: aws, label: 'caller' });
    expect(caller.root).toBe(account.root);
    output(scope, 'state', caller.state);
    return caller;
  });

  it('stages the item keyed by the Lambda ARN, builds the role from its metadata and installs after the role policy', () => {
    expect(Object.keys(doc.resource.cloudbridge_p0_aws_integration!)).toHaveLength(1);
    expect(json).toHaveResourceWithProperties(P0AwsFunctionCallerStaged, { function_arn: arn, partition: 'aws', label: 'caller', depends_on: [address(fn.root)] });
    expect(json).toHaveResourceWithProperties(IamRole, {
      name: attr(fn.staged, 'role.name'),
      assume_role_policy: attr(fn.staged, 'role.trust_policy'),
      provider: 'aws.a',
    });
    expect(json).toHaveResourceWithProperties(IamRolePolicy, {
      role: attr(fn.role, 'name'),
      name: attr(fn.staged, 'role.inline_policy_name'),
      policy: attr(fn.staged, 'role.inline_policy'),
    });
    expect(json).toHaveResourceWithProperties(P0AwsFunctionCaller, {
      function_arn: arn,
      timeouts: { create: '5m' },
      depends_on: [address(fn.rolePolicy)],
    });
    expect(doc.output!.state!.value).toBe(attr(fn.installed, 'state'));
  });
});

describe('CloudflareAwsCloudIntegration', () => {
  const { json, doc, built: cf } = synth((scope, aws) => {
    const integration = new CloudflareAwsCloudIntegration(scope, 'cf', {
      friendlyName: 'prod',
      description: 'prod network',
      awsProvider: aws,
      authorizationTimeout: '3m',
    });
    output(scope, 'state', integration.state);
    output(scope, 'regions', integration.regions);
    output(scope, 'role-arn', integration.roleArn);
    output(scope, 'integration-id', integration.integrationId);
    return integration;
  });

  it('creates the integration, then reads the setup data source for it', () => {
    expect(json).toHaveResourceWithProperties(CloudflareCloudIntegration, { cloud_type: 'AWS', friendly_name: 'prod', description: 'prod network' });
    expect(json).toHaveDataSourceWithProperties(DataCloudbridgeCloudflareCloudIntegrationSetup, { integration_id: attr(cf.integration, 'id') });
  });

  it('builds the role from the setup\'s aws_trust_policy', () => {
    expect(json).toHaveResourceWithProperties(IamRole, {
      name: 'cloudflare-mcn-cf',
      assume_role_policy: dataAttr(cf.setup, 'aws_trust_policy'),
      provider: 'aws.a',
    });
  });

  it('grants what Cloudflare\'s docs ask for: transit-gateway and prefix-list actions and read-only managed policies', () => {
    expect(json).toHaveResourceWithProperties(IamRolePolicy, {
      role: attr(cf.role, 'name'),
      name: 'cloudflare-magic-cloud-networking',
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [...CLOUDFLARE_MCN_ACTIONS], Resource: '*' }] }),
    });
    expect(CLOUDFLARE_MCN_ACTIONS).toEqual(
      expect.arrayContaining([
        'ec2:CreateTransitGatewayPeeringAttachment',
        'ec2:AcceptTransitGatewayPeeringAttachment',
        'ec2:CreateManagedPrefixList',
        'ec2:ModifyTransitGatewayPrefixListReference',
      ]),
    );
    const arns = Object.values(doc.resource.aws_iam_role_policy_attachment!).map((a) => a.policy_arn);
    expect(arns).toEqual([
      'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
      'arn:aws:iam::aws:policy/AmazonVPCReadOnlyAccess',
      'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
    ]);
    for (const attachment of cf.managedPolicyAttachments) {
      expect(json).toHaveResourceWithProperties(IamRolePolicyAttachment, { role: attr(cf.role, 'name'), policy_arn: attachment.policyArnInput! });
    }
  });

  it('authorizes with aws_arn = the role ARN, after the role policy and every attachment', () => {
    expect(json).toHaveResourceWithProperties(CloudflareCloudIntegrationAuthorization, {
      integration_id: attr(cf.integration, 'id'),
      aws_arn: attr(cf.role, 'arn'),
      timeouts: { create: '3m' },
      depends_on: [address(cf.rolePolicy), ...cf.managedPolicyAttachments.map(address)],
    });
  });

  it('exposes state, regions and the role ARN', () => {
    expect(doc.output!.state!.value).toBe(attr(cf.authorization, 'state'));
    expect(doc.output!.regions!.value).toBe(attr(cf.authorization, 'regions'));
    expect(doc.output!['role-arn']!.value).toBe(attr(cf.role, 'arn'));
    expect(doc.output!['integration-id']!.value).toBe(attr(cf.integration, 'id'));
  });

  it('attaches NetworkAdministrator only when asked', () => {
    const { doc: admin } = synth((scope, aws) => new CloudflareAwsCloudIntegration(scope, 'cf', { friendlyName: 'prod', awsProvider: aws, networkAdministrator: true, roleName: 'mcn' }));
    expect(Object.values(admin.resource.aws_iam_role_policy_attachment!).map((a) => a.policy_arn)).toContain(
      'arn:aws:iam::aws:policy/job-function/NetworkAdministrator',
    );
    expect(Object.values(admin.resource.aws_iam_role!)[0]!.name).toBe('mcn');
    expect(Object.values(doc.resource.aws_iam_role_policy_attachment!).map((a) => a.policy_arn)).not.toContain(
      'arn:aws:iam::aws:policy/job-function/NetworkAdministrator',
    );
  });

  it('rejects an empty friendly name', () => {
    expect(() => synth((scope, aws) => new CloudflareAwsCloudIntegration(scope, 'cf', { friendlyName: ' ', awsProvider: aws }))).toThrow(
      'CloudflareAwsCloudIntegration cf: friendlyName must not be empty',
    );
  });
});

describe('NorthflankAwsIntegration', () => {
  const principal = 'arn:aws:iam::333333333333:role/northflank';
  const { json, doc: nfDoc, built: nf } = synth((scope, aws) => {
    const integration = new NorthflankAwsIntegration(scope, 'nf', { name: 'platform aws', awsProvider: aws, northflankPrincipal: principal, features: ['byoc', 'route53'] });
    output(scope, 'ids', { integration: integration.integrationId, role: integration.roleArn });
    return integration;
  });

  it('trusts the Northflank principal from the props only with the generated external id', () => {
    expect(nf.authenticationMode).toBe('crossAccountRole');
    expect(json).toHaveResourceWithProperties(ExternalId, { keepers: { integration: 'platform aws' } });
    expect(json).toHaveResourceWithProperties(IamRole, {
      name: 'northflank-nf',
      provider: 'aws.a',
      assume_role_policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: principal },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': attr(nf.externalId!, 'result') } },
          },
        ],
      }),
    });
  });

  it('grants exactly the actions of the chosen features', () => {
    const actions = [
      'eks:*',
      'ec2:*',
      'autoscaling:*',
      'iam:PassRole',
      'iam:GetRole',
      'iam:CreateServiceLinkedRole',
      'elasticloadbalancing:*',
      'route53:ChangeResourceRecordSets',
      'route53:ListHostedZones',
      'route53:ListResourceRecordSets',
      'route53:GetChange',
    ];
    expect(json).toHaveResourceWithProperties(IamRolePolicy, {
      role: attr(nf.role!, 'name'),
      name: 'northflank-features',
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] }),
    });
  });

  it('creates the integration in crossAccountRole mode after the role policy', () => {
    expect(json).toHaveResourceWithProperties(NorthflankCloudIntegration, {
      name: 'platform aws',
      cloud_provider: 'aws',
      features: ['byoc', 'route53'],
      aws: { authentication_mode: 'crossAccountRole' },
      credentials: { role_arn: attr(nf.role!, 'arn'), external_id: attr(nf.externalId!, 'result') },
      depends_on: [address(nf.rolePolicy!)],
    });
    expect(nfDoc.output!.ids!.value).toEqual({ integration: attr(nf.integration, 'id'), role: attr(nf.role!, 'arn') });
  });

  it('sends the access key secret write-only in accessKey mode, never as a plain attribute', () => {
    const { json: keyJson, doc, built } = synth((scope, aws) => {
      const secret = new TerraformVariable(scope, 'northflank-secret', { type: 'string', sensitive: true });
      return new NorthflankAwsIntegration(scope, 'nf', {
        name: 'keys',
        awsProvider: aws,
        accessKey: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: secret.stringValue, secretVersion: 2 },
      });
    });
    expect(built.authenticationMode).toBe('accessKey');
    expect(built.role).toBeUndefined();
    expect(keyJson).toHaveResourceWithProperties(NorthflankCloudIntegration, {
      aws: { authentication_mode: 'accessKey' },
      credentials: { access_key: 'AKIDEXAMPLE', secret_key_wo: '${var.northflank-secret}', secret_key_wo_version: 2 },
    });
    const credentials = Object.values(doc.resource.cloudbridge_northflank_cloud_integration!)[0]!.credentials as Record<string, unknown>;
    expect(Object.keys(credentials).sort()).toEqual(['access_key', 'secret_key_wo', 'secret_key_wo_version']);
    expect(keyJson).not.toMatch(/"secret_key"\s*:/);
    expect(keyJson).not.toMatch(/"secret"\s*:/);
    expect(doc.resource.aws_iam_role).toBeUndefined();
  });
});

describe('QtanglAwsIntegration', () => {
  const { json, doc, built: q } = synth((scope, aws) => {
    const integration = new QtanglAwsIntegration(scope, 'q', { qtanglPrincipal: '444444444444', awsProvider: aws, region: 'eu-west-1', testOnApply: false });
    output(scope, 'status', integration.status);
    output(scope, 'ids', { integration: integration.integrationId, role: integration.roleArn });
    return integration;
  });

  it('creates a read-only role trusting the principal given, with the external id', () => {
    expect(json).toHaveResourceWithProperties(IamRole, {
      name: 'qtangl-read-only-q',
      assume_role_policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::444444444444:root' },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': attr(q.externalId, 'result') } },
          },
        ],
      }),
    });
    expect(json).toHaveResourceWithProperties(IamRolePolicyAttachment, { role: attr(q.role, 'name'), policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
    expect(doc.resource.aws_iam_role_policy).toBeUndefined();
  });

  it('points the integration at the role with role_arn, external_id and region, after the policy', () => {
    expect(json).toHaveResourceWithProperties(QtanglCloudIntegration, {
      cloud_provider: 'aws',
      region: 'eu-west-1',
      role_arn: attr(q.role, 'arn'),
      external_id: attr(q.externalId, 'result'),
      test_on_apply: false,
      depends_on: [address(q.readOnlyPolicyAttachment)],
    });
    expect(doc.output!.status!.value).toBe(attr(q.integration, 'status'));
    expect(doc.output!.ids!.value).toEqual({ integration: attr(q.integration, 'id'), role: attr(q.role, 'arn') });
  });
});

describe('AvisiAwsCloudAccount', () => {
  const { json, doc, built: avisi } = synth((scope, aws) => {
    const account = new AvisiAwsCloudAccount(scope, 'avisi', { displayName: 'platform', awsProvider: aws, keyVersion: 3 });
    output(scope, 'ids', { account: account.accountIdentity, key: account.accessKeyId });
    return account;
  });

  it('creates the cloud account, an IAM user with its policy, and an access key', () => {
    expect(json).toHaveResourceWithProperties(AvisiCloudAccount, { cloud_profile: 'aws', display_name: 'platform' });
    expect(json).toHaveResourceWithProperties(IamUser, { name: 'avisi-cloud-avisi', provider: 'aws.a' });
    expect(json).toHaveResourceWithProperties(IamUserPolicy, { user: attr(avisi.user, 'name'), name: 'avisi-cloud' });
    expect(json).toHaveResourceWithProperties(IamAccessKey, { user: attr(avisi.user, 'name'), provider: 'aws.a' });
  });

  it('hands the secret to Avisi write-only, after the user policy', () => {
    expect(json).toHaveResourceWithProperties(AvisiCloudCredentials, {
      cloud_account_identity: attr(avisi.account, 'identity'),
      cloud_type: 'aws',
      display_name: 'platform access key',
      credentials: {
        access_key_id: attr(avisi.accessKey, 'id'),
        access_key_secret_wo: attr(avisi.accessKey, 'secret'),
        access_key_secret_wo_version: 3,
      },
      depends_on: [address(avisi.userPolicy)],
    });
    const credentials = Object.values(doc.resource.cloudbridge_avisi_cloud_credentials!)[0]!.credentials as Record<string, unknown>;
    expect(Object.keys(credentials).sort()).toEqual(['access_key_id', 'access_key_secret_wo', 'access_key_secret_wo_version']);
    expect(json).not.toMatch(/"access_key_secret"\s*:/);
  });

  it('exposes the account identity and the access key id, never the secret', () => {
    expect(doc.output!.ids!.value).toEqual({ account: attr(avisi.account, 'identity'), key: attr(avisi.accessKey, 'id') });
    expect(Object.keys(avisi)).not.toContain('secret');
  });

  it('makes the new credentials the account\'s primary ones', () => {
    expect(json).toHaveResourceWithProperties(AvisiPrimaryCloudCredentials, {
      cloud_account_identity: attr(avisi.account, 'identity'),
      credentials_identity: attr(avisi.credentials, 'identity'),
    });
  });

  it('rejects a display name Avisi would refuse', () => {
    expect(() => synth((scope, aws) => new AvisiAwsCloudAccount(scope, 'avisi', { displayName: 'ab', awsProvider: aws }))).toThrow(
      'AvisiAwsCloudAccount avisi: displayName must be 3–64 characters, got 2',
    );
  });
});
