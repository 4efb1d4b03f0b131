/**
 * End to end: `npm run demo`'s own steps (scripts/run-demo.ts, after the
 * build) apply the synthesized platform example with real terraform and
 * hashicorp/aws 5.100.0 against the emulator. One apply, one plan, one
 * destroy; the hooks look at the emulator (its admin routes) and at
 * terraform's outputs and state in between.
 */
import { runDemo, type DemoContext, type DemoResult } from '../../scripts/run-demo';
import { prepareProvider, type TestProvider } from './support';
import { cloudbridgeTokens } from '../support/emulator';

const A = '111111111111';
const B = '222222222222';

type Json = Record<string, unknown>;

async function emulatorState(ctx: DemoContext, api: string): Promise<Json> {
  const res = await fetch(`${ctx.emulator.url}/_emulator/state/${api}`);
  if (!res.ok) throw new Error(`GET /_emulator/state/${api}: HTTP ${res.status}`);
  return (await res.json()) as Json;
}

async function allStates(ctx: DemoContext): Promise<Record<string, Json>> {
  const apis = ['p0', 'cloudflare', 'northflank', 'avisi', 'qtangl', 'aws'];
  return Object.fromEntries(await Promise.all(apis.map(async (api) => [api, await emulatorState(ctx, api)] as const)));
}

/** `component/id` → state of every P0 item. */
function p0Items(p0: Json): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [component, items] of Object.entries((p0.components ?? {}) as Record<string, Record<string, { state: string }>>)) {
    for (const [id, item] of Object.entries(items)) out[`${component}/${id}`] = item.state;
  }
  return out;
}

interface IamEntity {
  readonly roleName?: string;
  readonly userName?: string;
  readonly attachedPolicyArns?: string[];
}

function iamEntities(aws: Json, kind: 'roles' | 'users'): Record<string, IamEntity[]> {
  const accounts = (aws.accounts ?? {}) as Record<string, Record<string, Record<string, IamEntity>>>;
  return Object.fromEntries(Object.entries(accounts).map(([id, acct]) => [id, Object.values(acct[kind] ?? {})]));
}

/** account → sorted role names / user names in the emulated IAM. */
function iamNames(aws: Json, kind: 'roles' | 'users'): Record<string, string[]> {
  const entities = iamEntities(aws, kind);
  return Object.fromEntries(Object.entries(entities).map(([id, list]) => [id, list.map((e) => String(e.roleName ?? e.userName)).sort()]));
}

describe('npm run demo: the platform example against the emulator', () => {
  let provider: TestProvider;
  let result: DemoResult;
  const lines: string[] = [];
  let afterApply: { states: Record<string, Json>; outputs: Json; stateList: string[]; tokens: string[] } | undefined;
  let afterDestroy: { states: Record<string, Json>; stateList: string[] } | undefined;

  beforeAll(async () => {
    provider = await prepareProvider();
    const started = Date.now();
    result = await runDemo({
      providerBundle: provider.bundleDir,
      out: (line) => lines.push(line),
      hooks: {
        afterApply: async (ctx) => {
          const list = await ctx.terraform(['state', 'list']);
          const t = cloudbridgeTokens(ctx.emulator.identities);
          afterApply = {
            states: await allStates(ctx),
            outputs: await ctx.outputs(),
            stateList: list.stdout.trim().split('\n'),
            tokens: [t.p0, t.cloudflare, t.northflank, t.avisi, t.qtangl.operator],
          };
        },
        afterDestroy: async (ctx) => {
          const list = await ctx.terraform(['state', 'list']);
          afterDestroy = { states: await allStates(ctx), stateList: list.stdout.trim().split('\n').filter(Boolean) };
        },
      },
    });
    process.stderr.write(`platform demo e2e: ${((Date.now() - started) / 1000).toFixed(1)}s ${JSON.stringify(result.timings)}\n`);
  }, 900_000);

  afterAll(() => provider?.cleanup());

  it('runs every step, in order, with its time, and a clean second plan', () => {
    const titles = lines.filter((l) => /^\[\d\/9\]/.test(l));
    expect(titles).toEqual([
      '[2/9] Start the emulator',
      '[3/9] Synthesize the platform example (examples/platform)',
      '[4/9] Install the provider into a local filesystem mirror',
      '[5/9] terraform init',
      '[6/9] terraform apply',
      '[7/9] A second plan is clean (terraform plan -detailed-exitcode)',
      '[8/9] Summary per vendor',
      '[9/9] terraform destroy',
    ]);
    expect(lines.filter((l) => /^ {6}done in \d+\.\ds$/.test(l))).toHaveLength(8);
    expect(lines).toContain('      no changes');
    expect(result.workdir).toBeUndefined();
  });

  it('brings every P0 item to installed on both accounts', () => {
    expect(p0Items(afterApply!.states.p0!)).toEqual({
      [`iam-write/${A}`]: 'installed',
      [`iam-write/${B}`]: 'installed',
      [`iam-assessment/${A}`]: 'installed',
      [`inventory/${A}`]: 'installed',
      [`inventory/${B}`]: 'installed',
    });
    const p0 = afterApply!.outputs.p0 as Record<string, { account_id: string; components: Record<string, { state: string; role_arn: string }> }>;
    expect(p0).toEqual({
      account_a: {
        account_id: A,
        components: {
          'iam-write': { state: 'installed', role_arn: `arn:aws:iam::${A}:role/P0RoleIamManager` },
          'iam-assessment': { state: 'installed', role_arn: `arn:aws:iam::${A}:role/P0RoleIamAssessment` },
          inventory: { state: 'installed', role_arn: '' },
        },
      },
      account_b: {
        account_id: B,
        components: {
          'iam-write': { state: 'installed', role_arn: `arn:aws:iam::${B}:role/P0RoleIamManager` },
          inventory: { state: 'installed', role_arn: '' },
        },
      },
    });
  });

  it('authorizes Cloudflare with the role (SUCCEEDED) and creates the Northflank, Qtangl and Avisi objects', () => {
    const { states, outputs } = afterApply!;
    const [cf] = (states.cloudflare!.integrations as Json[]) ?? [];
    expect(cf).toMatchObject({ friendlyName: 'platform-account-a', cloudType: 'AWS', lastDiscoveryStatus: 'SUCCEEDED', credentials: { aws_arn: `arn:aws:iam::${A}:role/cloudflare-mcn-cloudflare` } });
    expect(outputs.cloudflare).toEqual({ integration_id: cf!.id, state: 'SUCCEEDED', role_arn: `arn:aws:iam::${A}:role/cloudflare-mcn-cloudflare` });

    const nf = (states.northflank!.integrations as Record<string, Json>)['platform-account-a'];
    expect(nf).toMatchObject({ provider: 'aws', features: ['byoc', 'route53'], aws: { authenticationMode: 'crossAccountRole' }, publicCredentials: { roleArn: `arn:aws:iam::${A}:role/northflank-northflank` } });
    expect(outputs.northflank).toEqual({ integration_id: 'platform-account-a', role_arn: `arn:aws:iam::${A}:role/northflank-northflank` });

    const qt = (states.qtangl!.rows as Record<string, Json>).aws;
    expect(qt).toMatchObject({ status: 'active', settings: { region: 'us-east-1', roleArn: `arn:aws:iam::${A}:role/qtangl-read-only-qtangl` } });
    expect(outputs.qtangl).toEqual({ integration_id: 'aws', status: 'active', role_arn: `arn:aws:iam::${A}:role/qtangl-read-only-qtangl` });

    const [account] = states.avisi!.accounts as Json[];
    const [creds] = states.avisi!.credentials as Json[];
    expect(account).toMatchObject({ displayName: 'platform-account-a', cloudProfile: 'aws', primaryCloudCredentialsIdentity: creds!.identity });
    const keyId = (creds!.publicFields as Json).accessKeyId as string;
    expect(keyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
    expect(outputs.avisi).toEqual({ cloud_account: account!.identity, credentials: creds!.identity, primary_credentials: creds!.identity, access_key_id: keyId });
  });

  it('creates the IAM roles and the Avisi user in the right emulated accounts, and records them in state', () => {
    const aws = afterApply!.states.aws!;
    expect(iamNames(aws, 'roles')).toEqual({
      [A]: ['P0RoleIamAssessment', 'P0RoleIamManager', 'cloudflare-mcn-cloudflare', 'northflank-northflank', 'qtangl-read-only-qtangl'],
      [B]: ['P0RoleIamManager'],
    });
    expect(iamNames(aws, 'users')).toEqual({ [A]: ['avisi-cloud-avisi'], [B]: [] });
    const attached = Object.fromEntries(iamEntities(aws, 'roles')[A]!.map((r) => [r.roleName, [...(r.attachedPolicyArns ?? [])].sort()]));
    expect(attached).toMatchObject({
      'cloudflare-mcn-cloudflare': ['arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess', 'arn:aws:iam::aws:policy/AmazonVPCReadOnlyAccess', 'arn:aws:iam::aws:policy/IAMReadOnlyAccess'],
      'qtangl-read-only-qtangl': ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      'northflank-northflank': [],
    });
    const list = afterApply!.stateList;
    expect(list).toHaveLength(39);
    expect(list.filter((a) => a.startsWith('cloudbridge_')).length).toBe(20);
    expect(list).toContainEqual(expect.stringMatching(/^data\.cloudbridge_cloudflare_cloud_integration_setup\./));
  });

  it('prints a summary per vendor with states and role ARNs or the key id, never a secret', () => {
    const summary = Object.fromEntries(result.summary.map((r) => [`${r.vendor} ${r.integration.split(' ')[0]}`, [r.state, r.credential]]));
    expect(summary).toEqual({
      'P0 Security (account a) iam-write': ['installed', `arn:aws:iam::${A}:role/P0RoleIamManager`],
      'P0 Security (account a) iam-assessment': ['installed', `arn:aws:iam::${A}:role/P0RoleIamAssessment`],
      'P0 Security (account a) inventory': ['installed', '-'],
      'P0 Security (account b) iam-write': ['installed', `arn:aws:iam::${B}:role/P0RoleIamManager`],
      'P0 Security (account b) inventory': ['installed', '-'],
      [`Cloudflare ${(afterApply!.outputs.cloudflare as Json).integration_id}`]: ['SUCCEEDED', `arn:aws:iam::${A}:role/cloudflare-mcn-cloudflare`],
      'Northflank platform-account-a': ['created', `arn:aws:iam::${A}:role/northflank-northflank`],
      'Qtangl aws': ['active', `arn:aws:iam::${A}:role/qtangl-read-only-qtangl`],
      [`Avisi Cloud ${(afterApply!.outputs.avisi as Json).cloud_account}`]: ['primary credentials set', `access key ${(afterApply!.outputs.avisi as Json).access_key_id}`],
    });
    const printed = lines.join('\n');
    expect(printed).toContain('P0 Security (account b)');
    expect(printed).not.toMatch(/secret|api_token|[A-Za-z0-9/+]{40}/i);
    for (const token of afterApply!.tokens) expect(printed).not.toContain(token);
  });

  it('destroys everything: the emulator is empty again, except the Qtangl row Qtangl cannot delete', () => {
    const { states, stateList } = afterDestroy!;
    expect(stateList).toEqual([]);
    expect(p0Items(states.p0!)).toEqual({});
    expect(states.p0!.base).toEqual({});
    expect(states.cloudflare!.integrations).toEqual([]);
    expect(states.northflank!.integrations).toEqual({});
    expect(states.avisi).toMatchObject({ accounts: [], credentials: [], clusters: [] });
    expect(iamNames(states.aws!, 'roles')).toEqual({ [A]: [], [B]: [] });
    expect(iamNames(states.aws!, 'users')).toEqual({ [A]: [], [B]: [] });
    expect(states.aws!.issuedKeys).toEqual({});
    // Documented (docs/resources/qtangl_cloud_integration.md): Qtangl has no delete API; the row stays.
    expect(Object.keys(states.qtangl!.rows as Json)).toEqual(['aws']);
  });
});
