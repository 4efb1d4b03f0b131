/**
 * P0 Security through the reliability scenarios (scenarios.ts): staged items
 * (`cloudbridge_p0_aws_iam_write_staged`), each its component and account, in
 * an organization whose AWS integration root exists. Then P0's own: an item
 * another state installed (the issue's "Why" 2), and the root, the
 * organization's singleton.
 */
import { P0Client } from '../../src/vendors/p0/client';
import type { P0EmulatorState } from '../../src/vendors/p0/emulator';
import type { TestEmulator } from '../support/emulator';
import { reliabilitySuite } from './scenarios';
import { Meter, errors, expectExit, fault, importAdvice, total, type RemoteObject, type VendorProfile } from './support';

const TYPE = 'cloudbridge_p0_aws_iam_write_staged';
const ITEM = '/o/:orgId/integrations/aws/config/:component/:id';
const CONFIG = '/o/:orgId/integrations/aws/config';

function client(em: TestEmulator): P0Client {
  return new P0Client({ baseUrl: em.endpoints.p0, apiToken: em.tokens.p0, orgId: em.ids.p0_org, userAgent: 'cloudbridge-reliability' });
}

function items(em: TestEmulator, component: keyof P0EmulatorState['components']): RemoteObject[] {
  return Object.entries(em.state<P0EmulatorState>('p0').components[component]).map(([id, record]) => ({ key: id, name: id, record }));
}

const profile: VendorProfile = {
  vendor: 'p0',
  title: 'P0 Security',
  names: ['111111111111', '222222222222', '333333333333', '444444444444'],
  hcl: (accounts, options = {}) =>
    accounts
      .map(
        (account) => `resource "${TYPE}" "a${account}" {
  account_id = "${account}"${options.label ? `\n  label      = "${options.label}"` : ''}
}
`,
      )
      .join('\n'),
  resources: (account) => [{ address: `${TYPE}.a${account}`, objectName: account }],
  create: { method: 'PUT', path: ITEM },
  read: { method: 'GET', path: ITEM },
  // Reads are coalesced: a refresh reads every item from the config (src/http/collection.ts).
  refresh: { method: 'GET', path: CONFIG },
  objects: (em) => items(em, 'iam-write'),
  describedAs: (o) => `${o.key} (state ${(o.record as { state: string }).state})`,
  importId: (o) => o.key,
  onLostAnswer: 'repeat',
  // The organization has its AWS integration root: the staged items go below it.
  seed: async (em) => {
    await client(em).createConfig();
  },
};

const ACCOUNT = '555555555555';
const INSTALLED = `resource "cloudbridge_p0_aws_access_logs_staged" "logs" {
  account_id = "${ACCOUNT}"
  label      = "team-a"
}
resource "cloudbridge_p0_aws_access_logs" "logs" {
  account_id     = cloudbridge_p0_aws_access_logs_staged.logs.account_id
  cloud_lake_arn = "arn:aws:cloudtrail:us-east-1:${ACCOUNT}:eventdatastore/team-a"
}
`;
const ROOT = 'resource "cloudbridge_p0_aws_integration" "this" {}\n';

reliabilitySuite(profile, (ctx) => {
  const { em } = ctx;
  const logs = (): RemoteObject[] => items(em, 'access-logs');

  ctx.scenario('8-installed', 'an item another state installed: staging it again is refused with the import; the item stays installed with its label, its owner\'s plan clean', async () => {
    await ctx.begin();
    const owner = ctx.a();
    const other = ctx.b();
    owner.fresh(INSTALLED);
    const m = new Meter(em, 'p0');
    expectExit(await owner.apply(), 0);
    const [item] = logs();
    expect(item!.record).toMatchObject({ state: 'installed', label: 'team-a' });
    const snapshot = JSON.stringify(item!.record);

    other.fresh(`resource "cloudbridge_p0_aws_access_logs_staged" "logs" {
  account_id = "${ACCOUNT}"
  label      = "team-b"
}
`);
    const r = await other.apply();
    expectExit(r, 1);
    const errs = errors(r);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.summary).toBe(`The P0 access-logs item ${ACCOUNT} (state installed) already exists`);
    expect(importAdvice(errs[0]!).id).toBe(ACCOUNT);
    expect(m.calls()[`PUT ${ITEM}`]).toBe(1);
    expect((await owner.plan()).code).toBe(0);
    expectExit(await other.destroy(), 0);
    expect(logs().map((o) => JSON.stringify(o.record))).toEqual([snapshot]);
    expect((await owner.plan()).code).toBe(0);

    // Nor may the other state install (configure) the owner's installed item with its own settings.
    other.fresh(`resource "cloudbridge_p0_aws_access_logs" "logs" {
  account_id     = "${ACCOUNT}"
  cloud_lake_arn = "arn:aws:cloudtrail:us-east-1:${ACCOUNT}:eventdatastore/team-b"
}
`);
    const installed = await other.apply();
    expectExit(installed, 1);
    const refused = errors(installed);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.summary).toBe(`The P0 access-logs item ${ACCOUNT} (state installed) already exists`);
    expect(importAdvice(refused[0]!).id).toBe(ACCOUNT);
    expect(m.calls()[`POST ${ITEM}/configure`]).toBe(1);
    expectExit(await other.destroy(), 0);
    expect(logs().map((o) => JSON.stringify(o.record))).toEqual([snapshot]);
    expect((await owner.plan()).code).toBe(0);
    ctx.record({
      id: '8-installed',
      scenario: 'Another state staged and installed an account\'s component; this state stages the same component for that account, then (another configuration) installs it with its own settings',
      expected: 'An error with the import each time; the item stays `installed` with its label and settings; the owner\'s plan clean; the other state\'s destroy changes nothing',
      observed: `stage: apply exit 1 ("${errs[0]!.summary}", import id ${ACCOUNT}), no PUT but the owner's; install: apply exit 1, the same error, no configure but the owner's; destroys exit 0; the item still installed, label "team-a", byte-for-byte unchanged; owner's plans: no changes`,
      calls: total(m.calls()),
      objects: `${logs().length} (installed, unchanged)`,
      durationMs: m.elapsedMs(),
    });
  });

  ctx.scenario('9-root', 'the root: a lost answer is adopted; another state\'s root is refused with the import, and its destroy removes nothing', async () => {
    await ctx.begin();
    await client(em).deleteConfig();
    const owner = ctx.a();
    const other = ctx.b();
    owner.fresh(`${ROOT}${profile.hcl([profile.names[0]])}`.replace('account_id = ', 'depends_on = [cloudbridge_p0_aws_integration.this]\n  account_id = '));
    fault(em, 'p0', { method: 'POST', path: CONFIG }, { after: true, reset: true });
    const m = new Meter(em, 'p0');
    expectExit(await owner.apply(), 0);
    expect(m.calls()[`POST ${CONFIG}`]).toBe(1);
    expect(em.state<P0EmulatorState>('p0').initialized).toBe(true);
    expect((await owner.plan()).code).toBe(0);

    other.fresh(ROOT);
    const r = await other.apply();
    expectExit(r, 1);
    const errs = errors(r);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.summary).toBe(`The P0 AWS integration root of organization ${em.ids.p0_org} already exists`);
    expect(importAdvice(errs[0]!).id).toBe(em.ids.p0_org);
    expectExit(await other.destroy(), 0);
    expect(em.state<P0EmulatorState>('p0').initialized).toBe(true);
    expect(profile.objects(em).map((o) => o.key)).toEqual([profile.names[0]]);
    expect((await owner.plan()).code).toBe(0);
    ctx.record({
      id: '9-root',
      scenario: 'The root\'s create is committed, then its answer is lost; then another state configures the root',
      expected: 'The root adopted (it appeared after the preflight); the other state refused with the import; its destroy removes nothing',
      observed: `apply exit 0 after 1 root create; other state: apply exit 1 ("${errs[0]!.summary}", import id the organization), destroy exit 0; the root and its item kept; owner's plans: no changes`,
      calls: total(m.calls()),
      objects: `root and ${profile.objects(em).length} item`,
      durationMs: m.elapsedMs(),
    });
  });
});
