/**
 * The platform example (examples/platform) as `npm run synth` writes it:
 * valid Terraform for terraform itself (cdktf's toBeValidTerraform, offline
 * mirrors only), and wired as the platform team means it across the app.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from 'cdktf';
// Types of the cdktf jest matchers (toBeValidTerraform); Testing.setupJest() installs them.
import 'cdktf/lib/testing/adapters/jest';
import { EMULATOR_ACCOUNTS, EMULATOR_PRINCIPALS, ENV, platformConfig, type EmulatorEndpoints } from '../../examples/platform/config';
import { main } from '../../examples/platform/main';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { PLATFORM_STACK, platformApp } from '../../examples/platform/platform-stack';
import { NORTHFLANK_AWS_PRINCIPAL_ARN } from '../../src/vendors/northflank/emulator-assumptions';
import { QTANGL_AWS_PRINCIPAL_ARN } from '../../src/vendors/qtangl/emulator-assumptions';
import { prepareProvider, type TestProvider } from './support';

Testing.setupJest();

type Block = Record<string, unknown> & { provider?: string; depends_on?: string[] };
interface TfJson {
  terraform: { backend?: Record<string, unknown>; required_providers: Record<string, { source: string; version?: string }> };
  provider: Record<string, Block[]>;
  resource: Record<string, Record<string, Block>>;
  data: Record<string, Record<string, Block>>;
  output: Record<string, { value: unknown }>;
}

const A = EMULATOR_ACCOUNTS[0];
const B = EMULATOR_ACCOUNTS[1];

function only(doc: TfJson, type: string): [string, Block] {
  const entries = Object.entries(doc.resource[type] ?? {});
  if (entries.length !== 1) throw new Error(`expected one ${type}, found ${entries.length}`);
  return entries[0]!;
}

function byAccount(doc: TfJson, type: string): Record<string, Block> {
  return Object.fromEntries(Object.values(doc.resource[type] ?? {}).map((r) => [String(r.account_id), r]));
}

async function synthToTemp(env: NodeJS.ProcessEnv): Promise<{ outdir: string; doc: TfJson }> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-platform-synth-'));
  const r = await main({ ...env, CDKTF_OUTDIR: outdir });
  expect(r.file).toBe(path.join(outdir, 'stacks', PLATFORM_STACK, 'cdk.tf.json'));
  return { outdir, doc: JSON.parse(fs.readFileSync(r.file, 'utf8')) as TfJson };
}

describe('platform example, synthesized with no settings (emulator defaults)', () => {
  let provider: TestProvider;
  let outdir: string;
  let doc: TfJson;
  const saved: NodeJS.ProcessEnv = {};
  const TF_ENV = { TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1' };

  beforeAll(async () => {
    provider = await prepareProvider();
    ({ outdir, doc } = await synthToTemp({}));
    // cdktf's matcher runs `terraform init` and `validate` with process.env.
    for (const k of ['TF_CLI_CONFIG_FILE', 'TF_PLUGIN_CACHE_DIR', ...Object.keys(TF_ENV)]) saved[k] = process.env[k];
    Object.assign(process.env, TF_ENV, { TF_CLI_CONFIG_FILE: provider.cliConfigFile });
    delete process.env.TF_PLUGIN_CACHE_DIR;
  }, 300_000);

  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    provider?.cleanup();
    if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
  });

  it('is valid Terraform (terraform init + validate with filesystem mirrors only)', () => {
    expect(outdir).toBeValidTerraform();
    expect(fs.existsSync(path.join(outdir, 'stacks', PLATFORM_STACK, '.terraform', 'providers', 'registry.terraform.io', 'hashicorp', 'aws', '5.100.0'))).toBe(true);
  }, 300_000);

  it('requires both providers from the registry addresses the mirrors hold, and keeps state beside the stack', () => {
    expect(doc.terraform.required_providers).toEqual({
      aws: { source: 'aws', version: '5.100.0' },
      cloudbridge: { source: 'registry.terraform.io/cloudbridge/cloudbridge' },
    });
    expect(doc.terraform.backend).toEqual({ local: { path: 'terraform.tfstate' } });
  });

  it('has two AWS accounts, each its own aliased provider on the emulated IAM, and no secret anywhere', () => {
    expect(doc.provider.aws).toEqual([
      { alias: 'account_a', region: 'us-east-1', allowed_account_ids: [A], access_key: A, secret_key: 'emulated', skip_metadata_api_check: 'true', skip_region_validation: true },
      { alias: 'account_b', region: 'us-east-1', allowed_account_ids: [B], access_key: B, secret_key: 'emulated', skip_metadata_api_check: 'true', skip_region_validation: true },
    ]);
    // Unset settings are left to the provider's CLOUDBRIDGE_* variables at plan time; tokens never appear.
    expect(doc.provider.cloudbridge).toEqual([{}]);
    expect(JSON.stringify(doc)).not.toMatch(/api_token|api_key|secret_access_key/);
  });

  it('has one P0 root for the whole app, P0 components on both accounts, each role in its own account', () => {
    const [rootName] = only(doc, 'cloudbridge_p0_aws_integration');
    const staged = byAccount(doc, 'cloudbridge_p0_aws_iam_write_staged');
    expect(Object.keys(staged).sort()).toEqual([A, B]);
    for (const s of Object.values(staged)) expect(s.depends_on).toEqual([`cloudbridge_p0_aws_integration.${rootName}`]);
    expect(Object.keys(byAccount(doc, 'cloudbridge_p0_aws_iam_write')).sort()).toEqual([A, B]);
    expect(Object.keys(byAccount(doc, 'cloudbridge_p0_aws_inventory')).sort()).toEqual([A, B]);
    expect(Object.keys(byAccount(doc, 'cloudbridge_p0_aws_iam_assessment'))).toEqual([A]);

    const roles = doc.resource.aws_iam_role!;
    const p0Roles = Object.entries(roles).filter(([name]) => name.startsWith('p0-account-'));
    expect(p0Roles.map(([name, r]) => [name.replace(/_[0-9A-F]{8}$/, ''), r.provider]).sort()).toEqual([
      ['p0-account-a_iam-assessment-role', 'aws.account_a'],
      ['p0-account-a_iam-write-role', 'aws.account_a'],
      ['p0-account-b_iam-write-role', 'aws.account_b'],
    ]);
    for (const [, role] of p0Roles) expect(role.assume_role_policy).toMatch(/^\$\{cloudbridge_p0_aws_iam_(write|assessment)_staged\.[\w-]+\.role\.trust_policy\}$/);
    const installB = byAccount(doc, 'cloudbridge_p0_aws_iam_write')[B]!;
    const [policyB] = Object.entries(doc.resource.aws_iam_role_policy!).find(([name]) => name.startsWith('p0-account-b_iam-write-role-policy'))!;
    expect(installB.depends_on).toEqual([`aws_iam_role_policy.${policyB}`]);
  });

  it('puts Cloudflare, Northflank, Qtangl and Avisi on account A only, each wired to its role', () => {
    const onlyA = ['cloudflare_role', 'northflank_role', 'qtangl_role'];
    for (const prefix of onlyA) {
      const [, role] = Object.entries(doc.resource.aws_iam_role!).find(([name]) => name.startsWith(prefix))!;
      expect(role.provider).toBe('aws.account_a');
    }
    const [, user] = only(doc, 'aws_iam_user');
    expect(user.provider).toBe('aws.account_a');

    const [cfRoleName, cfRole] = Object.entries(doc.resource.aws_iam_role!).find(([name]) => name.startsWith('cloudflare_role'))!;
    const [setupName] = Object.entries(doc.data.cloudbridge_cloudflare_cloud_integration_setup!)[0]!;
    expect(cfRole.assume_role_policy).toBe(`\${data.cloudbridge_cloudflare_cloud_integration_setup.${setupName}.aws_trust_policy}`);
    const [, auth] = only(doc, 'cloudbridge_cloudflare_cloud_integration_authorization');
    expect(auth.aws_arn).toBe(`\${aws_iam_role.${cfRoleName}.arn}`);

    const [nfRoleName, nfRole] = Object.entries(doc.resource.aws_iam_role!).find(([name]) => name.startsWith('northflank_role'))!;
    const nfTrust = JSON.stringify(nfRole.assume_role_policy);
    expect(nfTrust).toContain(EMULATOR_PRINCIPALS.northflank);
    expect(nfTrust).toContain('sts:ExternalId');
    const [, nf] = only(doc, 'cloudbridge_northflank_cloud_integration');
    expect(nf).toMatchObject({ name: 'platform-account-a', cloud_provider: 'aws', features: ['byoc', 'route53'], aws: { authentication_mode: 'crossAccountRole' } });
    expect((nf.credentials as Record<string, string>).role_arn).toBe(`\${aws_iam_role.${nfRoleName}.arn}`);

    const [qtRoleName, qtRole] = Object.entries(doc.resource.aws_iam_role!).find(([name]) => name.startsWith('qtangl_role'))!;
    expect(JSON.stringify(qtRole.assume_role_policy)).toContain(EMULATOR_PRINCIPALS.qtangl);
    const [, qt] = only(doc, 'cloudbridge_qtangl_cloud_integration');
    expect(qt).toMatchObject({ cloud_provider: 'aws', region: 'us-east-1', role_arn: `\${aws_iam_role.${qtRoleName}.arn}`, test_on_apply: true });

    const [, creds] = only(doc, 'cloudbridge_avisi_cloud_credentials');
    const [keyName] = only(doc, 'aws_iam_access_key');
    expect(creds.credentials).toEqual({
      access_key_id: `\${aws_iam_access_key.${keyName}.id}`,
      access_key_secret_wo: `\${aws_iam_access_key.${keyName}.secret}`,
      access_key_secret_wo_version: 1,
    });
    expect(Object.keys(doc.output).sort()).toEqual(['avisi', 'cloudflare', 'northflank', 'p0', 'qtangl']);
  });
});

describe('platform example checks', () => {
  function synthWith(addRole: (stack: ReturnType<typeof platformApp>['stack']) => void): string {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-platform-checks-'));
    try {
      const { app, stack } = platformApp(platformConfig({}), outdir);
      addRole(stack);
      app.synth();
      return '';
    } catch (e) {
      return (e as Error).message;
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }

  it('synthesizes without findings, and the CloudbridgeChecks aspect fails synth on an unsafe role added to the stack', () => {
    expect(synthWith(() => undefined)).toBe('');
    const trust = (principal: unknown) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] });
    expect(synthWith((stack) => new IamRole(stack, 'open', { provider: stack.awsA, name: 'open', assumeRolePolicy: trust('*') }))).toContain('[CB2]');
    expect(synthWith((stack) => new IamRole(stack, 'vendor', { provider: stack.awsA, name: 'vendor', assumeRolePolicy: trust({ AWS: '999999999999' }) }))).toContain('[CB1]');
    // The app's own accounts are trusted: a role for account B in account A needs no external id.
    expect(synthWith((stack) => new IamRole(stack, 'ops', { provider: stack.awsA, name: 'ops', assumeRolePolicy: trust({ AWS: B }) }))).toBe('');
  });
});

describe('platform example settings', () => {
  const info: EmulatorEndpoints = {
    url: 'http://127.0.0.1:4000',
    endpoints: {
      p0: 'http://127.0.0.1:4000/p0',
      cloudflare: 'http://127.0.0.1:4000/cloudflare/client/v4',
      northflank: 'http://127.0.0.1:4000/northflank',
      avisi: 'http://127.0.0.1:4000/avisi',
      qtangl: 'http://127.0.0.1:4000/qtangl',
      aws: 'http://127.0.0.1:4000/aws',
    },
    ids: { p0_org: 'emulated-abc123', cloudflare_account: 'cf0123', avisi_organisation: 'emulated-def456' },
  };

  it('uses the emulator principals the vendor emulators define', () => {
    expect(EMULATOR_PRINCIPALS).toEqual({ northflank: NORTHFLANK_AWS_PRINCIPAL_ARN, qtangl: QTANGL_AWS_PRINCIPAL_ARN });
  });

  it('takes endpoints, ids and principals from a running emulator; explicit variables win', () => {
    const config = platformConfig({ CLOUDBRIDGE_P0_ORG_ID: 'mine', [ENV.accountB]: '333333333333' }, { info, principals: { northflank: '466203627421', qtangl: '739275461027' } });
    expect(config).toEqual({
      target: 'emulator',
      region: 'us-east-1',
      accounts: [
        { accountId: A, profile: undefined, assumeRoleArn: undefined },
        { accountId: '333333333333', profile: undefined, assumeRoleArn: undefined },
      ],
      awsEndpoint: info.endpoints.aws,
      vendors: {
        p0: { baseUrl: info.endpoints.p0, orgId: 'mine' },
        cloudflare: { baseUrl: info.endpoints.cloudflare, accountId: 'cf0123' },
        northflank: { baseUrl: info.endpoints.northflank },
        avisi: { baseUrl: info.endpoints.avisi, organisation: 'emulated-def456' },
        qtangl: { baseUrl: info.endpoints.qtangl },
      },
      northflankPrincipal: '466203627421',
      qtanglPrincipal: '739275461027',
    });
  });

  it('against the real vendors, lists every missing variable in one error', () => {
    expect(() => platformConfig({ [ENV.target]: 'vendors', [ENV.accountA]: '12345' })).toThrow(
      'platform example: PLATFORM_ACCOUNT_A_ID must be a 12-digit AWS account id, got "12345"; PLATFORM_ACCOUNT_B_ID is required when PLATFORM_TARGET=vendors; ' +
        'NORTHFLANK_AWS_PRINCIPAL is required when PLATFORM_TARGET=vendors; QTANGL_AWS_PRINCIPAL is required when PLATFORM_TARGET=vendors; ' +
        'CLOUDBRIDGE_P0_ORG_ID is required when PLATFORM_TARGET=vendors; CLOUDBRIDGE_CLOUDFLARE_ACCOUNT_ID is required when PLATFORM_TARGET=vendors; ' +
        'CLOUDBRIDGE_AVISI_ORGANISATION is required when PLATFORM_TARGET=vendors',
    );
    expect(() => platformConfig({ [ENV.target]: 'prod' })).toThrow('PLATFORM_TARGET must be "emulator" or "vendors", got "prod"');
  });

  it('against the real vendors, synthesizes real AWS providers (profiles or assumed roles) and the principals given', async () => {
    const env = {
      [ENV.target]: 'vendors',
      [ENV.accountA]: '123456789012',
      [ENV.accountB]: '210987654321',
      [ENV.profileA]: 'platform-a',
      [ENV.roleB]: 'arn:aws:iam::210987654321:role/terraform',
      [ENV.northflankPrincipal]: 'arn:aws:iam::999999999991:root',
      [ENV.qtanglPrincipal]: '999999999992',
      CLOUDBRIDGE_P0_ORG_ID: 'acme',
      CLOUDBRIDGE_CLOUDFLARE_ACCOUNT_ID: '0123abcd',
      CLOUDBRIDGE_AVISI_ORGANISATION: 'acme',
    };
    const { outdir, doc } = await synthToTemp(env);
    try {
      expect(doc.provider.aws).toEqual([
        { alias: 'account_a', region: 'us-east-1', allowed_account_ids: ['123456789012'], profile: 'platform-a' },
        { alias: 'account_b', region: 'us-east-1', allowed_account_ids: ['210987654321'], assume_role: [{ role_arn: 'arn:aws:iam::210987654321:role/terraform', session_name: 'cloudbridge-platform' }] },
      ]);
      expect(doc.provider.cloudbridge).toEqual([{ p0: { org_id: 'acme' }, cloudflare: { account_id: '0123abcd' }, avisi: { organisation: 'acme' } }]);
      const trust = Object.entries(doc.resource.aws_iam_role!).map(([name, r]) => [name.replace(/_[0-9A-F]{8}$/, ''), JSON.stringify(r.assume_role_policy)]);
      expect(trust.find(([n]) => n === 'northflank_role')![1]).toContain('arn:aws:iam::999999999991:root');
      expect(trust.find(([n]) => n === 'qtangl_role')![1]).toContain('999999999992');
      expect(byAccount(doc, 'cloudbridge_p0_aws_iam_write_staged')['210987654321']).toBeDefined();
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
