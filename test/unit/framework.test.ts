import * as framework from '../../src/framework';
import { createFrameworkProvider, providerSchema } from '../../src/framework/server';
import { parseDuration, resolveTimeouts } from '../../src/framework/timeouts';
import { resolveVendorSettings } from '../../src/framework/provider-config';
import { VENDOR_MODULES } from '../../src/vendors';
import p0Vendor from '../../src/vendors/p0';
import qtanglVendor from '../../src/vendors/qtangl';
import { UNKNOWN, isUnknown, type CtyValue } from '../../src/protocol/values';
import type { CallContext } from '../../src/protocol/service';
import type { Logger } from '../../src/protocol/log';
import testVendor from '../support/test-vendor';

const logger: Logger = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, with: () => logger };
const call = (): CallContext => ({ signal: new AbortController().signal, logger });
const T = 'cloudbridge_test_thing';
const none = new Uint8Array();

function provider() {
  return createFrameworkProvider({ version: '0.0.0-test', modules: [testVendor(framework, {})], env: {} });
}

/** A config object with every attribute (null unless given), as Terraform sends it. */
function cfg(v: Record<string, CtyValue>): Record<string, CtyValue> {
  const keys = ['id', 'name', 'description', 'size', 'kind', 'token', 'secret_wo', 'secret_wo_version', 'tags', 'slow', 'details', 'timeouts'];
  return Object.fromEntries(keys.map((k) => [k, v[k] ?? null]));
}

/** Terraform's proposed new state: config for arguments, prior for computed attributes left null. */
function proposed(config: Record<string, CtyValue>, prior: Record<string, CtyValue> | null): Record<string, CtyValue> {
  const computed = new Set(['id', 'size', 'kind', 'details']);
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, v === null && computed.has(k) && prior ? (prior[k] ?? null) : v]));
}

async function plan(p: ReturnType<typeof provider>, config: Record<string, CtyValue>, prior: Record<string, CtyValue> | null) {
  return p.planResourceChange({ typeName: T, priorState: prior, proposedNewState: proposed(config, prior), config, priorPrivate: none }, call());
}

async function createThing(p: ReturnType<typeof provider>, config: Record<string, CtyValue>) {
  const planned = await plan(p, config, null);
  const applied = await p.applyResourceChange({ typeName: T, priorState: null, plannedState: planned.plannedState, config, plannedPrivate: none }, call());
  expect(applied.diagnostics).toEqual([]);
  return applied.newState as Record<string, CtyValue>;
}

describe('schema', () => {
  it('marks attributes as declared, adds timeouts, and defaults imply optional+computed', () => {
    const s = provider().getProviderSchema().resourceSchemas[T]!;
    const byName = Object.fromEntries(s.block.attributes.map((a) => [a.name, a]));
    expect(byName.name).toMatchObject({ type: 'string', required: true });
    expect(byName.size).toMatchObject({ type: 'number', optional: true, computed: true });
    expect(byName.token).toMatchObject({ sensitive: true, optional: true });
    expect(byName.secret_wo).toMatchObject({ writeOnly: true });
    expect(byName.tags).toMatchObject({ type: ['map', 'string'] });
    expect(byName.details!.nestedType).toMatchObject({ nesting: 'single' });
    expect(byName.timeouts!.nestedType!.attributes.map((a) => a.name)).toEqual(['create', 'delete']);
  });

  it('provider block has the five vendor blocks', () => {
    const schema = providerSchema(VENDOR_MODULES.map((m) => m.block));
    expect(schema.block.blockTypes!.map((b) => b.typeName)).toEqual(['p0', 'cloudflare', 'northflank', 'avisi', 'qtangl']);
    const p0 = schema.block.blockTypes![0]!.block.attributes;
    expect(p0.find((a) => a.name === 'api_token')).toMatchObject({ sensitive: true, optional: true });
  });

  it('rejects bad declarations early', () => {
    expect(() => framework.str({ required: true, computed: true })).toThrow(/required/);
    expect(() => framework.str({})).toThrow(/required, optional or computed/);
    expect(() => framework.defineResource({ typeName: 'bad', description: '', schema: {}, importer: framework.importId('id', '<id>', 'x'), create: async () => ({}), read: async () => null, delete: async () => {}, example: '' })).toThrow(/type name/);
  });
});

describe('validation', () => {
  it('reports validator failures with the attribute path and skips unknowns', async () => {
    const p = provider();
    const bad = await p.validateResourceConfig({ typeName: T, config: cfg({ name: 'X!' }) });
    expect(bad.diagnostics.map((d) => [d.attribute, d.detail])).toEqual([
      [[{ attribute: 'name' }], 'must be between 3 and 20 characters long, got 2'],
      [[{ attribute: 'name' }], 'must start with a letter and use only a-z, 0-9 and -'],
    ]);
    expect((await p.validateResourceConfig({ typeName: T, config: cfg({ name: UNKNOWN }) })).diagnostics).toEqual([]);
    const kind = await p.validateResourceConfig({ typeName: T, config: cfg({ name: 'abc', kind: 'huge' }) });
    expect(kind.diagnostics[0]).toMatchObject({ attribute: [{ attribute: 'kind' }], detail: 'must be one of: "small", "large"' });
  });

  it('runs object validators (requiredWith) and timeouts duration checks', async () => {
    const p = provider();
    const r = await p.validateResourceConfig({ typeName: T, config: cfg({ name: 'abc', secret_wo: 's' }) });
    expect(r.diagnostics[0]).toMatchObject({ summary: 'Missing required argument', attribute: [{ attribute: 'secret_wo_version' }] });
    const t = await p.validateResourceConfig({ typeName: T, config: cfg({ name: 'abc', timeouts: { create: '5 minutes', delete: null } }) });
    expect(t.diagnostics[0]).toMatchObject({ attribute: [{ attribute: 'timeouts' }, { attribute: 'create' }] });
  });

  it('fieldsFor requires and rejects fields by discriminator', () => {
    const v = framework.fieldsFor('cloud_provider', { azure: { required: ['tenant_id'] }, aws: { required: ['role_arn'] } });
    const diags = new framework.Diagnostics();
    v.validate({ cloud_provider: 'azure', tenant_id: null, role_arn: 'arn' }, { path: [], diags });
    expect(diags.list().map((d) => framework.formatPath(d.attribute!))).toEqual(['tenant_id', 'role_arn']);
    const d2 = new framework.Diagnostics();
    v.validate({ cloud_provider: UNKNOWN, tenant_id: null, role_arn: null }, { path: [], diags: d2 });
    expect(d2.list()).toEqual([]);
  });
});

describe('plan', () => {
  it('on create: computed unknown, defaults applied, write-only null', async () => {
    const r = await plan(provider(), cfg({ name: 'abc', secret_wo: 'marker', secret_wo_version: 1 }), null);
    const s = r.plannedState as Record<string, CtyValue>;
    expect(isUnknown(s.id)).toBe(true);
    expect(isUnknown(s.details)).toBe(true);
    expect(s.size).toBe(1);
    expect(s.kind).toBe('small');
    expect(s.secret_wo).toBeNull();
    expect(s.secret_wo_version).toBe(1);
    expect(r.requiresReplace).toEqual([]);
  });

  it('keeps prior computed values when nothing changes', async () => {
    const p = provider();
    const state = await createThing(p, cfg({ name: 'abc' }));
    const r = await plan(p, cfg({ name: 'abc' }), state);
    expect(r.plannedState).toEqual(state);
    expect(r.requiresReplace).toEqual([]);
  });

  it('on update: computed unknown unless useStateForUnknown; no replace', async () => {
    const p = provider();
    const state = await createThing(p, cfg({ name: 'abc' }));
    const r = await plan(p, cfg({ name: 'abc', description: 'new' }), state);
    const s = r.plannedState as Record<string, CtyValue>;
    expect(s.id).toBe(state.id);
    expect(isUnknown(s.details)).toBe(true);
    expect(r.requiresReplace).toEqual([]);
  });

  it('marks requires-replace paths', async () => {
    const p = provider();
    const state = await createThing(p, cfg({ name: 'abc' }));
    const r = await plan(p, cfg({ name: 'abd' }), state);
    expect(r.requiresReplace).toEqual([[{ attribute: 'name' }]]);
  });

  it('destroy plans null', async () => {
    const p = provider();
    const state = await createThing(p, cfg({ name: 'abc' }));
    const r = await p.planResourceChange({ typeName: T, priorState: state, proposedNewState: null, config: null, priorPrivate: none }, call());
    expect(r.plannedState).toBeNull();
  });

  it('a timeouts-only change updates nothing remotely', async () => {
    const p = provider();
    const state = await createThing(p, cfg({ name: 'abc' }));
    const config = cfg({ name: 'abc', timeouts: { create: '10m', delete: null } });
    const r = await plan(p, config, state);
    expect((r.plannedState as Record<string, CtyValue>).details).toEqual(state.details);
    const a = await p.applyResourceChange({ typeName: T, priorState: state, plannedState: r.plannedState, config, plannedPrivate: none }, call());
    expect(a.newState).toEqual({ ...state, timeouts: { create: '10m', delete: null } });
  });
});

describe('apply', () => {
  it('creates, passes write-only values to the handler, and stores null', async () => {
    const mod = testVendor(framework, {});
    const p = createFrameworkProvider({ version: '0', modules: [mod], env: {} });
    const state = await createThing(p, cfg({ name: 'abc', secret_wo: 'marker-123', secret_wo_version: 1, token: 'tok' }));
    expect(state.secret_wo).toBeNull();
    expect(state.token).toBe('tok');
    expect(state.id).toBe('thing-1');
    expect(state.details).toEqual({ created_by: 'cloudbridge-test', revision: 1 });
  });

  it('reports a result that contradicts the plan, naming the attribute', async () => {
    const { attrs, str } = framework;
    const liar = framework.defineResource({
      typeName: 'cloudbridge_test_liar',
      description: '',
      schema: attrs({ name: str({ required: true }), id: str({ computed: true }) }),
      importer: framework.importId('id', '<id>', 'x'),
      create: async ({ config }) => ({ name: `${config.name}-changed`, id: '1' }),
      read: async ({ state }) => state,
      delete: async () => {},
      example: '',
    });
    const p = createFrameworkProvider({ version: '0', modules: [framework.defineNeutralModule({ resources: [liar], dataSources: [] })], env: {} });
    const config = { name: 'a', id: null };
    const planned = await p.planResourceChange({ typeName: 'cloudbridge_test_liar', priorState: null, proposedNewState: config, config, priorPrivate: none }, call());
    const a = await p.applyResourceChange({ typeName: 'cloudbridge_test_liar', priorState: null, plannedState: planned.plannedState, config, plannedPrivate: none }, call());
    expect(a.diagnostics[0]).toMatchObject({ severity: 'error', attribute: [{ attribute: 'name' }] });
    expect(a.diagnostics[0]!.detail).toContain('planned as "a"');
  });

  it('turns a thrown error into a diagnostic and deletes', async () => {
    const p = provider();
    const state = await createThing(p, cfg({ name: 'abc' }));
    const del = await p.applyResourceChange({ typeName: T, priorState: state, plannedState: null, config: null, plannedPrivate: none }, call());
    expect(del).toMatchObject({ diagnostics: [], newState: null });
    const read = await p.readResource({ typeName: T, currentState: state, private: none }, call());
    expect(read.newState).toBeNull(); // drift: gone
    const upd = await p.applyResourceChange({ typeName: T, priorState: state, plannedState: { ...state, description: 'x' }, config: cfg({ name: 'abc', description: 'x' }), plannedPrivate: none }, call());
    expect(upd.diagnostics[0]).toMatchObject({ severity: 'error', summary: `Failed to update ${T}`, detail: 'thing thing-1 vanished' });
  });
});

describe('import', () => {
  it('parses the id into a partial state that read completes', async () => {
    const p = provider();
    const state = await createThing(p, cfg({ name: 'abc' }));
    const imp = await p.importResourceState({ typeName: T, id: state.id as string }, call());
    const partial = imp.importedResources[0]!;
    expect(partial.state).toMatchObject({ id: state.id, name: null });
    const read = await p.readResource({ typeName: T, currentState: partial.state, private: partial.private! }, call());
    expect(read.newState).toMatchObject({ id: state.id, name: 'abc' });
    const bad = await p.importResourceState({ typeName: T, id: 'nope' }, call());
    expect(bad.importedResources).toEqual([]);
    expect(bad.diagnostics[0]!.detail).toContain('Expected <id>');
  });

  it('importParts splits ids', () => {
    const diags = new framework.Diagnostics();
    expect(framework.importParts(['account_id', 'id'] as const, 'a/b').parse('acc/123', diags)).toEqual({ account_id: 'acc', id: '123' });
    expect(framework.importParts(['account_id', 'id'] as const, 'a/b').parse('acc', diags)).toBeUndefined();
    expect(diags.hasErrors).toBe(true);
  });
});

describe('state upgrade', () => {
  const { attrs, str } = framework;
  const r = framework.defineResource({
    typeName: 'cloudbridge_test_versioned',
    description: '',
    version: 2,
    upgraders: { 0: (s) => ({ ...s, display: s.label ?? null }), 1: (s) => ({ ...s, title: s.display ?? null }) },
    schema: attrs({ id: str({ computed: true }), title: str({ optional: true }) }),
    importer: framework.importId('id', '<id>', 'x'),
    create: async () => ({ id: '1', title: null }),
    read: async ({ state }) => state,
    delete: async () => {},
    example: '',
  });
  const p = createFrameworkProvider({ version: '0', modules: [framework.defineNeutralModule({ resources: [r], dataSources: [] })], env: {} });
  it('chains upgraders and drops attributes no longer in the schema', async () => {
    const u = await p.upgradeResourceState({ typeName: 'cloudbridge_test_versioned', version: 0, rawState: { id: 'a', label: 'L' } });
    expect(u).toEqual({ diagnostics: [], upgradedState: { id: 'a', title: 'L' } });
  });
  it('refuses state from a newer version', async () => {
    const u = await p.upgradeResourceState({ typeName: 'cloudbridge_test_versioned', version: 3, rawState: {} });
    expect(u.diagnostics[0]!.summary).toBe('Unsupported state version');
  });
});

describe('timeouts and settings', () => {
  it('parses Go durations', () => {
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('5')).toBeUndefined();
    expect(parseDuration('5 m')).toBeUndefined();
    expect(resolveTimeouts({ create: '5m' }, { create: '30s' }).create).toBe(30_000);
    expect(resolveTimeouts({ create: '5m' }, null)).toEqual({ create: 300_000, read: 1_200_000, update: 1_200_000, delete: 1_200_000 });
  });

  it('resolves vendor settings: config, then env, then default', () => {
    const s = resolveVendorSettings(p0Vendor.block, { api_token: null, org_id: 'cfg-org', base_url: null }, { CLOUDBRIDGE_P0_API_TOKEN: 'env-tok', CLOUDBRIDGE_P0_ORG_ID: 'env-org' });
    expect(s).toEqual({ base_url: 'https://api.p0.app', api_token: 'env-tok', org_id: 'cfg-org', max_retries: 15, requests_per_minute: 0 });
    // The shared numbers: from the environment, checked; Qtangl's documented limit is its default.
    expect(resolveVendorSettings(qtanglVendor.block, null, { CLOUDBRIDGE_QTANGL_MAX_RETRIES: '3' })).toMatchObject({ max_retries: 3, requests_per_minute: 300 });
    expect(() => resolveVendorSettings(qtanglVendor.block, null, { CLOUDBRIDGE_QTANGL_MAX_RETRIES: 'many' })).toThrow(
      'The environment variable CLOUDBRIDGE_QTANGL_MAX_RETRIES must be a whole number from 0 to 100, got "many".',
    );
  });

  it('a missing setting becomes a diagnostic naming the env var', async () => {
    const { attrs, str } = framework;
    const { defineResource } = framework.withClient<{ hello(): string }>();
    const r = defineResource({
      typeName: 'cloudbridge_qtangl_probe',
      description: '',
      schema: attrs({ id: str({ computed: true }) }),
      importer: framework.importId('id', '<id>', 'x'),
      create: async (_req, ctx) => ({ id: ctx.client.hello() }),
      read: async () => null,
      delete: async () => {},
      example: '',
    });
    const mod: framework.ProviderModule = { block: qtanglVendor.block, client: (_s, t) => ({ hello: () => t.need('api_key') }), resources: [r], dataSources: [] };
    const p = createFrameworkProvider({ version: '0', modules: [mod], env: {} });
    await p.configureProvider({ config: { qtangl: null }, terraformVersion: '1.11.4' }, call());
    const a = await p.applyResourceChange({ typeName: 'cloudbridge_qtangl_probe', priorState: null, plannedState: { id: UNKNOWN }, config: { id: null }, plannedPrivate: none }, call());
    expect(a.diagnostics[0]).toMatchObject({ summary: 'Missing provider configuration' });
    expect(a.diagnostics[0]!.detail).toContain('CLOUDBRIDGE_QTANGL_API_KEY');
  });
});

describe('data source', () => {
  it('reads with config echoed', async () => {
    const p = provider();
    await createThing(p, cfg({ name: 'abc', description: 'd' }));
    const r = await p.readDataSource({ typeName: 'cloudbridge_test_thing_info', config: { name: 'abc', id: null, description: null } }, call());
    expect(r).toEqual({ diagnostics: [], state: { name: 'abc', id: 'thing-1', description: 'd' } });
  });
});
