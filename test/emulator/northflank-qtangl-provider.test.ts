/**
 * The Northflank and Qtangl resources through the framework's provider service
 * (no terraform) against the emulator: validation before any API call,
 * create/read/update, write-only secrets, drift, Qtangl's state-only delete and
 * the viewer key.
 */
import { createFrameworkProvider } from '../../src/framework/server';
import { resourceAttributes } from '../../src/framework/schema';
import type { CallContext, Diagnostic } from '../../src/protocol/service';
import type { Logger } from '../../src/protocol/log';
import type { CtyValue } from '../../src/protocol/values';
import { apiModule } from '../../src/emulator/types';
import northflankVendor from '../../src/vendors/northflank';
import qtanglVendor from '../../src/vendors/qtangl';
import { northflankEmulator, type NorthflankEmulatorState } from '../../src/vendors/northflank/emulator';
import { qtanglEmulator, type QtanglEmulatorState } from '../../src/vendors/qtangl/emulator';
import { withEmulator } from '../support/emulator';

const em = withEmulator({ modules: [apiModule(northflankEmulator), apiModule(qtanglEmulator)], resetBeforeEach: true });

const logText: string[] = [];
function makeLogger(): Logger {
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => logText.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), with: () => logger };
  return logger;
}
const ctx: CallContext = { signal: new AbortController().signal, logger: makeLogger() };
const NO_PRIVATE = new Uint8Array();
const NF = 'cloudbridge_northflank_cloud_integration';
const QT = 'cloudbridge_qtangl_cloud_integration';

type Provider = ReturnType<typeof createFrameworkProvider>;

async function configured(qtanglRole: 'viewer' | 'operator' | 'admin' = 'operator'): Promise<Provider> {
  const p = createFrameworkProvider({ version: '0.0.0-test', modules: [northflankVendor, qtanglVendor], env: {} });
  const blocks: Record<string, CtyValue> = {};
  for (const b of p.getProviderSchema().provider.block.blockTypes ?? []) blocks[b.typeName] = null;
  blocks['northflank'] = { base_url: em.endpoints.northflank, api_token: em.tokens.northflank };
  blocks['qtangl'] = { base_url: em.endpoints.qtangl, api_key: em.tokens.qtangl[qtanglRole] };
  const res = await p.configureProvider({ config: blocks, terraformVersion: '1.11.4' }, ctx);
  expect(res.diagnostics).toEqual([]);
  return p;
}

/** Fills every attribute (nested objects too) with null where not given. */
function full(p: Provider, typeName: string, values: Record<string, CtyValue>): Record<string, CtyValue> {
  const type = p.resources.get(typeName)!;
  const attributes = type.kind === 'resource' ? resourceAttributes(type.spec) : {};
  const out: Record<string, CtyValue> = {};
  for (const [n, a] of Object.entries(attributes)) {
    const v = values[n] ?? null;
    const kind = (a as { kind: { type: string; nesting?: string; attributes?: Record<string, unknown> } }).kind;
    if (v !== null && kind.type === 'nested' && kind.nesting === 'single' && typeof v === 'object' && !Array.isArray(v)) {
      const inner: Record<string, CtyValue> = {};
      for (const k of Object.keys(kind.attributes ?? {})) inner[k] = (v as Record<string, CtyValue>)[k] ?? null;
      out[n] = inner;
    } else out[n] = v;
  }
  return out;
}

function summaryOf(diags: readonly Diagnostic[]) {
  return diags.map((d) => ({ severity: d.severity, summary: d.summary, detail: d.detail, attribute: d.attribute }));
}

async function plan(p: Provider, typeName: string, config: Record<string, CtyValue>, prior: Record<string, CtyValue> | null = null) {
  const cfg = full(p, typeName, config);
  return p.planResourceChange({ typeName, priorState: prior, proposedNewState: cfg, config: cfg, priorPrivate: NO_PRIVATE }, ctx);
}

async function apply(p: Provider, typeName: string, config: Record<string, CtyValue>, prior: Record<string, CtyValue> | null = null) {
  const cfg = full(p, typeName, config);
  const planned = await p.planResourceChange({ typeName, priorState: prior, proposedNewState: cfg, config: cfg, priorPrivate: NO_PRIVATE }, ctx);
  expect(summaryOf(planned.diagnostics)).toEqual([]);
  return p.applyResourceChange({ typeName, priorState: prior, plannedState: planned.plannedState, config: cfg, plannedPrivate: NO_PRIVATE }, ctx);
}

function total(api: string): number {
  return Object.values(em.requestCounts()[api] ?? {}).reduce((a, b) => a + b, 0);
}

describe('cloudbridge_northflank_cloud_integration (provider service)', () => {
  it('rejects a 2-character name and missing credentials at validate, naming the attribute, with no API call', async () => {
    const p = await configured();
    const res = await p.validateResourceConfig({ typeName: NF, config: full(p, NF, { name: 'ab', cloud_provider: 'aws', aws: { authentication_mode: 'crossAccountRole' }, credentials: null }) });
    const diags = summaryOf(res.diagnostics);
    expect(diags).toEqual([
      { severity: 'error', summary: 'Invalid attribute value', detail: 'must be between 3 and 39 characters long, got 2', attribute: [{ attribute: 'name' }] },
      {
        severity: 'error',
        summary: 'Missing required argument',
        detail: '`credentials.role_arn` is required when `cloud_provider` is "aws" and `authentication_mode` is "crossAccountRole".',
        attribute: [{ attribute: 'credentials' }, { attribute: 'role_arn' }],
      },
      {
        severity: 'error',
        summary: 'Missing required argument',
        detail: '`credentials.external_id` (or `credentials.external_id_wo`) is required when `cloud_provider` is "aws" and `authentication_mode` is "crossAccountRole".',
        attribute: [{ attribute: 'credentials' }, { attribute: 'external_id' }],
      },
    ]);
    expect(total('northflank')).toBe(0);
  });

  it('rejects fields of another provider and an aws block on civo', async () => {
    const p = await configured();
    const res = await p.validateResourceConfig({
      typeName: NF,
      config: full(p, NF, { name: 'Civo Main', cloud_provider: 'civo', aws: { authentication_mode: 'accessKey' }, credentials: { api_key: 'k', tenant_id: 't' } }),
    });
    expect(summaryOf(res.diagnostics).map((d) => d.detail)).toEqual([
      '`aws` does not apply when `cloud_provider` is "civo".',
      '`credentials.tenant_id` does not apply when `cloud_provider` is "civo".',
    ]);
  });

  it('creates with a write-only secret kept out of state, reads, rotates on a new version, and drops on 404', async () => {
    const p = await configured();
    const config = {
      name: 'Key Based',
      cloud_provider: 'aws',
      description: 'Keys',
      aws: { authentication_mode: 'accessKey' },
      credentials: { access_key: 'AKIAKEY', secret_key_wo: 'nf-provider-wo-marker', secret_key_wo_version: 1 },
    };
    const created = await apply(p, NF, config);
    expect(summaryOf(created.diagnostics)).toEqual([]);
    const state = created.newState as Record<string, CtyValue>;
    expect(state['id']).toBe('key-based');
    expect(JSON.stringify(state)).not.toContain('nf-provider-wo-marker');
    expect((state['credentials'] as Record<string, CtyValue>)['secret_key_wo_version']).toBe(1);
    expect(logText.join('\n')).not.toContain('nf-provider-wo-marker');

    const same = await plan(p, NF, config, state);
    expect(same.plannedState).toEqual(state);

    const rotatedConfig = { ...config, credentials: { access_key: 'AKIAKEY', secret_key_wo: 'nf-provider-wo-marker-2', secret_key_wo_version: 2 } };
    const before = em.requestCounts()['northflank']?.['POST /v1/cloud-providers/integrations/:integrationId'] ?? 0;
    const rotated = await apply(p, NF, rotatedConfig, state);
    expect(summaryOf(rotated.diagnostics)).toEqual([]);
    expect(em.requestCounts()['northflank']!['POST /v1/cloud-providers/integrations/:integrationId']).toBe(before + 1);

    delete em.state<NorthflankEmulatorState>('northflank').integrations['key-based'];
    const read = await p.readResource({ typeName: NF, currentState: rotated.newState, private: NO_PRIVATE }, ctx);
    expect(read.newState).toBeNull();
  });
});

describe('cloudbridge_qtangl_cloud_integration (provider service)', () => {
  it('rejects azure without tenant_id at validate with the attribute path and no API call', async () => {
    const p = await configured();
    const res = await p.validateResourceConfig({ typeName: QT, config: full(p, QT, { cloud_provider: 'azure', client_id: 'c', client_secret_wo: 's', role_arn: 'arn:aws:iam::123456789012:role/x' }) });
    expect(summaryOf(res.diagnostics)).toEqual([
      { severity: expect.anything(), summary: 'Invalid attribute combination', detail: '`role_arn` does not apply when `cloud_provider` is "azure".', attribute: expect.anything() },
      { severity: expect.anything(), summary: 'Missing required argument', detail: '`tenant_id` is required when `cloud_provider` is "azure".', attribute: expect.anything() },
    ]);
    expect(JSON.stringify(res.diagnostics[1]!.attribute)).toContain('tenant_id');
    expect(total('qtangl')).toBe(0);
  });

  it('upserts, keeps client_secret_wo out of state, shows disabled in status, and deletes with a warning only', async () => {
    const p = await configured();
    const created = await apply(p, QT, { cloud_provider: 'azure', tenant_id: 't1', client_id: 'c1', client_secret_wo: 'qt-provider-wo-marker', client_secret_wo_version: 1 });
    expect(summaryOf(created.diagnostics)).toEqual([]);
    const state = created.newState as Record<string, CtyValue>;
    expect(state).toMatchObject({ id: 'azure', cloud_provider: 'azure', tenant_id: 't1', status: 'active', client_secret: null, client_secret_wo: null, client_secret_wo_version: 1 });
    expect(JSON.stringify(state)).not.toContain('qt-provider-wo-marker');

    em.state<QtanglEmulatorState>('qtangl').rows.azure!.status = 'disabled';
    const read = await p.readResource({ typeName: QT, currentState: state, private: NO_PRIVATE }, ctx);
    expect((read.newState as Record<string, CtyValue>)['status']).toBe('disabled');

    const destroyed = await p.applyResourceChange({ typeName: QT, priorState: state, plannedState: null, config: null, plannedPrivate: NO_PRIVATE }, ctx);
    expect(destroyed.newState).toBeNull();
    expect(summaryOf(destroyed.diagnostics)).toEqual([
      expect.objectContaining({ summary: 'Qtangl cloud integration not deleted', detail: expect.stringContaining("Qtangl's API has no delete") }),
    ]);
    expect(em.state<QtanglEmulatorState>('qtangl').rows.azure).toBeDefined();
  });

  it('a viewer key fails the apply with a diagnostic naming the role needed', async () => {
    const p = await configured('viewer');
    const cfg = full(p, QT, { cloud_provider: 'kubernetes', kubeconfig_json: '{}' });
    const planned = await p.planResourceChange({ typeName: QT, priorState: null, proposedNewState: cfg, config: cfg, priorPrivate: NO_PRIVATE }, ctx);
    const applied = await p.applyResourceChange({ typeName: QT, priorState: null, plannedState: planned.plannedState, config: cfg, plannedPrivate: NO_PRIVATE }, ctx);
    expect(summaryOf(applied.diagnostics)).toEqual([
      expect.objectContaining({
        summary: 'Qtangl refused the write: the API key needs the operator or admin role',
        detail: expect.stringContaining('Forbidden: this action requires the operator or admin role; the API key has the viewer role'),
      }),
    ]);
  });
});
