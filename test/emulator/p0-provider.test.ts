/**
 * The P0 resources and data sources through the framework's provider service
 * (no terraform) against the emulator: validation before any API call, the
 * stage → role → install flow, the verify timeout, drift back to `stage`,
 * delete semantics and the data sources.
 */
import { createFrameworkProvider } from '../../src/framework/server';
import { resourceAttributes } from '../../src/framework/schema';
import type { CallContext, Diagnostic } from '../../src/protocol/service';
import type { Logger } from '../../src/protocol/log';
import type { CtyValue } from '../../src/protocol/values';
import type { AwsRoleView, AwsView, EmulatedApiModule } from '../../src/emulator/types';
import { P0Client } from '../../src/vendors/p0/client';
import { p0Emulator } from '../../src/vendors/p0/emulator';
import p0Vendor from '../../src/vendors/p0';
import { withEmulator } from '../support/emulator';

interface RoleTable {
  roles: Record<string, AwsRoleView>;
}
/** Only the role view P0's verify reads; roles are put straight into its state through a test route. */
const roleTableAws: EmulatedApiModule<RoleTable> = {
  api: 'aws',
  basePath: '',
  initialState: () => ({ roles: {} }),
  authenticate: () => 'test',
  routes: [
    {
      method: 'POST',
      path: '/test/roles',
      handler: (req, ctx) => {
        const role = JSON.parse(req.rawBody.toString('utf8')) as AwsRoleView;
        ctx.state.roles[`${role.accountId}/${role.roleName}`] = role;
        return { status: 204 };
      },
    },
  ],
  errorResponse: (status, message) => ({ status, json: { message } }),
  view: (state): { aws: AwsView } => ({
    aws: {
      getRole: (a, n) => state.roles[`${a}/${n}`],
      getRoleByArn: (arn) => Object.values(state.roles).find((r) => r.arn === arn),
    },
  }),
};

const em = withEmulator({ modules: [p0Emulator, roleTableAws] as EmulatedApiModule<unknown>[], resetBeforeEach: true });

const logLines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
function makeLogger(): Logger {
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => logLines.push({ level, message, fields });
  const logger: Logger = { trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), with: () => logger };
  return logger;
}
const ctx: CallContext = { signal: new AbortController().signal, logger: makeLogger() };
const ACCOUNT = '123456789012';
const NO_PRIVATE = new Uint8Array();

function provider() {
  return createFrameworkProvider({ version: '0.0.0-test', modules: [p0Vendor], env: {} });
}
type Provider = ReturnType<typeof provider>;

async function configured(): Promise<Provider> {
  const p = provider();
  const blocks: Record<string, CtyValue> = {};
  for (const b of p.getProviderSchema().provider.block.blockTypes ?? []) blocks[b.typeName] = null;
  blocks['p0'] = { base_url: em.endpoints.p0, api_token: em.tokens.p0, org_id: em.ids.p0_org };
  const res = await p.configureProvider({ config: blocks, terraformVersion: '1.11.4' }, ctx);
  expect(res.diagnostics).toEqual([]);
  return p;
}

function full(p: Provider, typeName: string, values: Record<string, CtyValue>): Record<string, CtyValue> {
  const type = p.resources.get(typeName) ?? p.dataSources.get(typeName)!;
  const names = type.kind === 'resource' ? Object.keys(resourceAttributes(type.spec)) : Object.keys(type.schema);
  const out: Record<string, CtyValue> = {};
  for (const n of names) out[n] = values[n] ?? null;
  return out;
}

async function apply(p: Provider, typeName: string, config: Record<string, CtyValue>, prior: Record<string, CtyValue> | null = null) {
  const cfg = full(p, typeName, config);
  const plan = await p.planResourceChange({ typeName, priorState: prior, proposedNewState: cfg, config: cfg, priorPrivate: NO_PRIVATE }, ctx);
  expect(plan.diagnostics).toEqual([]);
  return p.applyResourceChange({ typeName, priorState: prior, plannedState: plan.plannedState, config: cfg, plannedPrivate: NO_PRIVATE }, ctx);
}

function summaryOf(diags: readonly Diagnostic[]) {
  return diags.map((d) => ({ summary: d.summary, detail: d.detail, attribute: d.attribute }));
}

/** Requests the P0 API has served, from the emulator's admin route (`{api: {"METHOD /route": count}}`). */
async function requestCount(): Promise<number> {
  const res = await fetch(`${em.url}/_emulator/requests`);
  const body = (await res.json()) as Record<string, Record<string, number>>;
  return Object.values(body['p0'] ?? {}).reduce((a, b) => a + b, 0);
}

async function createRole(role: { name: string; trust_policy: string; inline_policy: string; inline_policy_name: string }) {
  const view: AwsRoleView = {
    accountId: ACCOUNT,
    roleName: role.name,
    arn: `arn:aws:iam::${ACCOUNT}:role/${role.name}`,
    trustPolicy: JSON.parse(role.trust_policy),
    inlinePolicies: { [role.inline_policy_name]: JSON.parse(role.inline_policy) },
    attachedPolicyArns: [],
  };
  const res = await fetch(`${em.endpoints.aws}/test/roles`, { method: 'POST', body: JSON.stringify(view) });
  expect(res.status).toBe(204);
}

function p0(): P0Client {
  return new P0Client({ baseUrl: em.endpoints.p0, apiToken: em.tokens.p0, orgId: em.ids.p0_org, userAgent: 't', retry: { maxAttempts: 1 } });
}

describe('registration', () => {
  it('declares every resource and data source of issue 4', () => {
    const p = provider();
    expect([...p.resources.keys()].sort()).toEqual(
      [
        'cloudbridge_p0_aws_integration',
        ...['iam_assessment', 'iam_write', 'function_caller', 'access_logs', 'inventory'].flatMap((c) => [
          `cloudbridge_p0_aws_${c}_staged`,
          `cloudbridge_p0_aws_${c}`,
        ]),
      ].sort(),
    );
    expect([...p.dataSources.keys()].sort()).toEqual(['cloudbridge_p0_aws_base', 'cloudbridge_p0_aws_config']);
    const fc = p.resources.get('cloudbridge_p0_aws_function_caller_staged')!;
    expect(Object.keys(fc.schema).sort()).toEqual(['function_arn', 'id', 'label', 'partition', 'role', 'service_account_id', 'state']);
    const iw = p.resources.get('cloudbridge_p0_aws_iam_write')!;
    expect(Object.keys(resourceAttributes(iw.spec)).sort()).toEqual(['account_id', 'id', 'label', 'login', 'partition', 'state', 'timeouts']);
  });
});

describe('validation (no API call)', () => {
  it('rejects an 11-digit account, an unknown partition, a bad Lambda ARN and bad logins with their attribute paths', async () => {
    const p = provider();
    await p0().ensureConfig();
    const before = await requestCount();
    // ensureConfig reads the root configuration, then creates it.
    expect(before).toBe(2);
    const staged = await p.validateResourceConfig({
      typeName: 'cloudbridge_p0_aws_iam_write_staged',
      config: full(p, 'cloudbridge_p0_aws_iam_write_staged', { account_id: '12345678901', partition: 'aws-cn' }),
    });
    expect(summaryOf(staged.diagnostics)).toEqual([
      { summary: 'Invalid attribute value', detail: 'AWS account IDs consist of exactly 12 digits', attribute: [{ attribute: 'account_id' }] },
      { summary: 'Invalid attribute value', detail: 'must be one of: "aws", "aws-us-gov"', attribute: [{ attribute: 'partition' }] },
    ]);
    const fc = await p.validateResourceConfig({
      typeName: 'cloudbridge_p0_aws_function_caller',
      config: full(p, 'cloudbridge_p0_aws_function_caller', { function_arn: 'arn:aws:s3:::bucket' }),
    });
    expect(fc.diagnostics.map((d) => d.attribute)).toEqual([[{ attribute: 'function_arn' }]]);
    // A GovCloud function with the default partition, on both the staged and the installed type.
    const govArn = 'arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:p0-caller';
    for (const typeName of ['cloudbridge_p0_aws_function_caller_staged', 'cloudbridge_p0_aws_function_caller']) {
      const mismatch = await p.validateResourceConfig({ typeName, config: full(p, typeName, { function_arn: govArn }) });
      expect(summaryOf(mismatch.diagnostics)).toEqual([
        { summary: 'Partition mismatch', detail: '`function_arn` is in partition "aws-us-gov" but `partition` is "aws".', attribute: [{ attribute: 'partition' }] },
      ]);
      const matching = await p.validateResourceConfig({ typeName, config: full(p, typeName, { function_arn: govArn, partition: 'aws-us-gov' }) });
      expect(matching.diagnostics).toEqual([]);
    }
    const badType = await p.validateResourceConfig({
      typeName: 'cloudbridge_p0_aws_iam_write',
      config: full(p, 'cloudbridge_p0_aws_iam_write', { account_id: ACCOUNT, login: { type: 'saml', identity: null, parent: null } }),
    });
    expect(summaryOf(badType.diagnostics)).toEqual([
      {
        summary: 'Invalid attribute value',
        detail: 'must be one of: "iam", "idc", "merged-idc", "federated"',
        attribute: [{ attribute: 'login' }, { attribute: 'type' }],
      },
    ]);
    const noTag = await p.validateResourceConfig({
      typeName: 'cloudbridge_p0_aws_iam_write',
      config: full(p, 'cloudbridge_p0_aws_iam_write', {
        account_id: ACCOUNT,
        login: { type: 'idc', identity: { type: 'tag', tag_name: null }, parent: null },
      }),
    });
    expect(summaryOf(noTag.diagnostics)).toEqual([
      { summary: 'Invalid login', detail: '`login.identity` is only allowed when type is "iam".', attribute: [{ attribute: 'login' }, { attribute: 'identity' }] },
      { summary: 'Invalid login', detail: '`login.parent` is required when type is "idc".', attribute: [{ attribute: 'login' }, { attribute: 'parent' }] },
      {
        summary: 'Invalid login',
        detail: '`login.identity.tag_name` is required when identity type is "tag".',
        attribute: [{ attribute: 'login' }, { attribute: 'identity' }, { attribute: 'tag_name' }],
      },
    ]);
    expect(await requestCount()).toBe(before);
  });
});

describe('stage, role, install', () => {
  it('installs iam_write once the role exists, re-installs after a fall-back to stage, and delete puts it back to stage', async () => {
    const p = await configured();
    await apply(p, 'cloudbridge_p0_aws_integration', {});
    const staged = await apply(p, 'cloudbridge_p0_aws_iam_write_staged', { account_id: ACCOUNT, label: 'prod' });
    expect(staged.diagnostics).toEqual([]);
    const s = staged.newState as Record<string, CtyValue>;
    expect(s['state']).toBe('stage');
    expect(s['partition']).toBe('aws');
    const role = s['role'] as { name: string; trust_policy: string; inline_policy: string; inline_policy_name: string };
    expect(role.name).toBe('P0RoleIamManager');
    expect(JSON.parse(role.trust_policy).Statement[0].Condition.StringEquals['accounts.google.com:aud']).toBe(s['service_account_id']);

    await createRole(role);
    const login = { type: 'iam', identity: { type: 'tag', tag_name: 'email' }, parent: null };
    const installed = await apply(p, 'cloudbridge_p0_aws_iam_write', { account_id: ACCOUNT, login });
    expect(installed.diagnostics).toEqual([]);
    const i = installed.newState as Record<string, CtyValue>;
    expect(i).toMatchObject({ id: ACCOUNT, account_id: ACCOUNT, state: 'installed', label: 'prod', partition: 'aws', login });

    // Out of band: back to stage. Read shows it; the plan installs it again.
    await p0().stageItem('iam-write', ACCOUNT, { label: 'prod' });
    const read = await p.readResource({ typeName: 'cloudbridge_p0_aws_iam_write', currentState: i, private: NO_PRIVATE }, ctx);
    const drifted = read.newState as Record<string, CtyValue>;
    expect(drifted['state']).toBe('stage');
    const cfg = full(p, 'cloudbridge_p0_aws_iam_write', { account_id: ACCOUNT, login });
    const plan = await p.planResourceChange(
      { typeName: 'cloudbridge_p0_aws_iam_write', priorState: drifted, proposedNewState: { ...drifted, login }, config: cfg, priorPrivate: NO_PRIVATE },
      ctx,
    );
    expect((plan.plannedState as Record<string, CtyValue>)['state']).toBe('installed');
    expect(plan.requiresReplace).toEqual([]);
    const reinstalled = await p.applyResourceChange(
      { typeName: 'cloudbridge_p0_aws_iam_write', priorState: drifted, plannedState: plan.plannedState, config: cfg, plannedPrivate: NO_PRIVATE },
      ctx,
    );
    expect(reinstalled.diagnostics).toEqual([]);
    expect((reinstalled.newState as Record<string, CtyValue>)['state']).toBe('installed');

    // Delete of the installed resource: back to stage; delete of the staged one removes it.
    const del = await p.applyResourceChange(
      { typeName: 'cloudbridge_p0_aws_iam_write', priorState: reinstalled.newState, plannedState: null, config: null, plannedPrivate: NO_PRIVATE },
      ctx,
    );
    expect(del.diagnostics).toEqual([]);
    expect((await p0().getItem('iam-write', ACCOUNT)).item.state).toBe('stage');
    const delStaged = await p.applyResourceChange(
      { typeName: 'cloudbridge_p0_aws_iam_write_staged', priorState: s, plannedState: null, config: null, plannedPrivate: NO_PRIVATE },
      ctx,
    );
    expect(delStaged.diagnostics).toEqual([]);
    expect(await p0().findItem('iam-write', ACCOUNT)).toBeNull();
  });

  it('fails after the verify timeout with P0\'s message and no state when the role is missing', async () => {
    const p = await configured();
    await apply(p, 'cloudbridge_p0_aws_iam_assessment_staged', { account_id: ACCOUNT });
    const started = Date.now();
    const res = await apply(p, 'cloudbridge_p0_aws_iam_assessment', { account_id: ACCOUNT, timeouts: { create: '2s' } });
    const elapsed = Date.now() - started;
    expect(res.newState).toBeNull();
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics[0]!.summary).toBe(`P0 could not verify the iam-assessment item ${ACCOUNT} within the timeout`);
    expect(res.diagnostics[0]!.detail).toContain(`AWS verification failed: role "P0RoleIamAssessment" does not exist in AWS account ${ACCOUNT}`);
    expect(elapsed).toBeGreaterThanOrEqual(1_900);
    expect(elapsed).toBeLessThan(6_000);
    expect((await p0().getItem('iam-assessment', ACCOUNT)).item.state).toBe('stage');
    expect(logLines.some((l) => l.message.startsWith('waiting for AWS IAM'))).toBe(true);
  });

  it('installs inventory without a role; staged has role null and the base service account', async () => {
    const p = await configured();
    const staged = await apply(p, 'cloudbridge_p0_aws_inventory_staged', { account_id: ACCOUNT, partition: 'aws-us-gov' });
    const s = staged.newState as Record<string, CtyValue>;
    expect(s['role']).toBeNull();
    expect(s['service_account_id']).toMatch(/^\d{21}$/);
    const installed = await apply(p, 'cloudbridge_p0_aws_inventory', { account_id: ACCOUNT, partition: 'aws-us-gov' });
    expect(installed.newState).toMatchObject({ state: 'installed', partition: 'aws-us-gov' });

    const base = await p.readDataSource(
      { typeName: 'cloudbridge_p0_aws_base', config: full(p, 'cloudbridge_p0_aws_base', { account_id: ACCOUNT }) },
      ctx,
    );
    expect(base.state).toMatchObject({ account_id: ACCOUNT, service_account_id: s['service_account_id'] });
    const all = await p.readDataSource({ typeName: 'cloudbridge_p0_aws_config', config: full(p, 'cloudbridge_p0_aws_config', {}) }, ctx);
    expect(all.diagnostics).toEqual([]);
    expect((all.state as Record<string, CtyValue>)['inventory']).toEqual({ [ACCOUNT]: { label: null, state: 'installed', partition: 'aws-us-gov' } });
    expect((all.state as Record<string, CtyValue>)['iam_write']).toEqual({});

    // Drift: deleted out of band → read returns null for both. The next plan is a new provider
    // process (this one read the config moments ago and may answer from that listing).
    await p0().deleteItem('inventory', ACCOUNT);
    const next = await configured();
    const gone = await next.readResource({ typeName: 'cloudbridge_p0_aws_inventory', currentState: installed.newState, private: NO_PRIVATE }, ctx);
    expect(gone.newState).toBeNull();
  });

  it('refuses, before verify, an installed partition that differs from the staged item\'s, at the partition path', async () => {
    const p = await configured();
    await apply(p, 'cloudbridge_p0_aws_inventory_staged', { account_id: ACCOUNT, partition: 'aws-us-gov' });
    const res = await apply(p, 'cloudbridge_p0_aws_inventory', { account_id: ACCOUNT });
    expect(res.newState).toBeNull();
    expect(summaryOf(res.diagnostics)).toEqual([
      {
        summary: `The P0 inventory item ${ACCOUNT} is staged in another partition`,
        detail:
          'It is staged with partition "aws-us-gov", but this resource sets partition "aws". ' +
          'Set `partition = "aws-us-gov"` here, or change it on `cloudbridge_p0_aws_inventory_staged` (which stages the item again).',
        attribute: [{ attribute: 'partition' }],
      },
    ]);
    // Nothing was verified or configured.
    expect((await p0().getItem('inventory', ACCOUNT)).item.state).toBe('stage');
  });

  it('imports by account id and by org id', async () => {
    const p = await configured();
    const applied = await apply(p, 'cloudbridge_p0_aws_access_logs_staged', { account_id: ACCOUNT, label: 'logs' });
    const imported = await p.importResourceState({ typeName: 'cloudbridge_p0_aws_access_logs_staged', id: ACCOUNT }, ctx);
    expect(imported.diagnostics).toEqual([]);
    const [importedState] = imported.importedResources;
    const read = await p.readResource(
      { typeName: 'cloudbridge_p0_aws_access_logs_staged', currentState: importedState!.state, private: importedState!.private ?? NO_PRIVATE },
      ctx,
    );
    expect(read.diagnostics).toEqual([]);
    expect(read.newState).toEqual(applied.newState);
    const bad = await p.importResourceState({ typeName: 'cloudbridge_p0_aws_access_logs', id: '1234' }, ctx);
    expect(bad.diagnostics[0]?.detail).toBe('Expected <account_id>, for example 123456789012; got "1234".');
    const root = await p.importResourceState({ typeName: 'cloudbridge_p0_aws_integration', id: em.ids.p0_org }, ctx);
    expect(root.diagnostics).toEqual([]);
  });
});
