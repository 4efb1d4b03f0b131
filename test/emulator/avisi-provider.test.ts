/**
 * The Avisi resources and data sources, and `cloudbridge_external_id`, through
 * the framework's provider service (no terraform) against the emulator:
 * plan-time validation without API calls, create/read/update/delete, drift,
 * import, write-only secrets kept out of state, primary drift, and the 24-hour
 * delete refusal keeping the resource in state.
 */
import { createFrameworkProvider } from '../../src/framework/server';
import { resourceAttributes } from '../../src/framework/schema';
import type { CallContext, Diagnostic } from '../../src/protocol/service';
import type { Logger } from '../../src/protocol/log';
import type { CtyValue } from '../../src/protocol/values';
import type { EmulatedApiModule } from '../../src/emulator/types';
import avisiVendor from '../../src/vendors/avisi';
import { AvisiClient } from '../../src/vendors/avisi/client';
import { avisiEmulator } from '../../src/vendors/avisi/emulator';
import { sharedModule } from '../../src/vendors/shared';
import { withEmulator } from '../support/emulator';

const em = withEmulator({ modules: [avisiEmulator] as EmulatedApiModule<unknown>[], resetBeforeEach: true });

const logLines: string[] = [];
function makeLogger(): Logger {
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => logLines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), with: () => logger };
  return logger;
}
const ctx: CallContext = { signal: new AbortController().signal, logger: makeLogger() };

const ACCOUNT = 'cloudbridge_avisi_cloud_account';
const CREDENTIALS = 'cloudbridge_avisi_cloud_credentials';
const PRIMARY = 'cloudbridge_avisi_primary_cloud_credentials';
const EXTERNAL_ID = 'cloudbridge_external_id';
const SECRET_MARKER = 'WO-SECRET-MARKER-7f3a9c';

type Obj = Record<string, CtyValue>;

async function configured() {
  const p = createFrameworkProvider({ version: '0.0.0-test', modules: [avisiVendor, sharedModule], env: {} });
  const blocks: Obj = {};
  for (const b of p.getProviderSchema().provider.block.blockTypes ?? []) blocks[b.typeName] = null;
  blocks['avisi'] = { base_url: em.endpoints.avisi, api_token: em.tokens.avisi, organisation: em.ids.avisi_organisation };
  const res = await p.configureProvider({ config: blocks, terraformVersion: '1.11.4' }, ctx);
  expect(res.diagnostics).toEqual([]);
  return p;
}
type Provider = Awaited<ReturnType<typeof configured>>;

function client(): AvisiClient {
  return new AvisiClient({ baseUrl: em.endpoints.avisi, apiToken: em.tokens.avisi, organisation: em.ids.avisi_organisation, userAgent: 'test' });
}

/** A full object for the type: every attribute null unless given (nested objects filled the same way). */
function full(p: Provider, typeName: string, values: Obj): Obj {
  const type = p.resources.get(typeName) ?? p.dataSources.get(typeName)!;
  const names = type.kind === 'resource' ? Object.keys(resourceAttributes(type.spec)) : Object.keys(type.schema);
  const out: Obj = {};
  for (const n of names) out[n] = values[n] ?? null;
  return out;
}

const CREDENTIAL_FIELDS = [
  'access_key_id', 'access_key_secret', 'access_key_secret_wo', 'access_key_secret_wo_version',
  'client_id', 'client_secret', 'client_secret_wo', 'client_secret_wo_version', 'subscription_id', 'tenant_id',
  'api_key', 'api_key_wo', 'api_key_wo_version', 'api_token', 'api_token_wo', 'api_token_wo_version',
  'credential_id', 'credential_secret', 'credential_secret_wo', 'credential_secret_wo_version',
  'username', 'password', 'password_wo', 'password_wo_version',
  'provision_username', 'provision_password', 'provision_password_wo', 'provision_password_wo_version',
];
function creds(values: Obj): Obj {
  const out: Obj = {};
  for (const n of CREDENTIAL_FIELDS) out[n] = values[n] ?? null;
  return out;
}

async function plan(p: Provider, typeName: string, prior: Obj | null, config: Obj) {
  const cfg = full(p, typeName, config);
  const proposed = prior === null ? cfg : { ...prior, ...Object.fromEntries(Object.entries(cfg).filter(([, v]) => v !== null)) };
  return p.planResourceChange({ typeName, priorState: prior, proposedNewState: proposed, config: cfg, priorPrivate: new Uint8Array() }, ctx);
}

async function apply(p: Provider, typeName: string, prior: Obj | null, config: Obj) {
  const planned = await plan(p, typeName, prior, config);
  expect(planned.diagnostics).toEqual([]);
  const res = await p.applyResourceChange(
    { typeName, priorState: prior, plannedState: planned.plannedState, config: full(p, typeName, config), plannedPrivate: new Uint8Array() },
    ctx,
  );
  expect(res.diagnostics).toEqual([]);
  return res.newState as Obj;
}

async function read(p: Provider, typeName: string, state: Obj) {
  const res = await p.readResource({ typeName, currentState: state, private: new Uint8Array() }, ctx);
  expect(res.diagnostics).toEqual([]);
  return res.newState as Obj | null;
}

function avisiRequests(): number {
  return Object.values(em.requestCounts()['avisi'] ?? {}).reduce((a, b) => a + b, 0);
}

function paths(diags: readonly Diagnostic[]) {
  return diags.map((d) => d.attribute);
}

async function account(p: Provider, displayName = 'Production AWS'): Promise<Obj> {
  return apply(p, ACCOUNT, null, { cloud_profile: 'aws', display_name: displayName });
}

async function awsCredentials(p: Provider, accountIdentity: string, name: string, secret = SECRET_MARKER): Promise<Obj> {
  return apply(p, CREDENTIALS, null, {
    cloud_account_identity: accountIdentity,
    cloud_type: 'aws',
    display_name: name,
    credentials: creds({ access_key_id: 'AKIAEXAMPLE', access_key_secret_wo: secret, access_key_secret_wo_version: 1 }),
  });
}

describe('validation before any API call', () => {
  it('rejects credentials fields that do not match cloud_type, at their path', async () => {
    const p = await configured();
    const before = avisiRequests();
    const res = await p.validateResourceConfig({
      typeName: CREDENTIALS,
      config: full(p, CREDENTIALS, {
        cloud_account_identity: '3f2b8c1e-7a4d-4e9b-a1c6-5d0e9f8b7a21',
        cloud_type: 'aws',
        display_name: 'k',
        credentials: creds({ client_id: 'c', client_secret: 's', subscription_id: 'x', tenant_id: 't' }),
      }),
    });
    expect(paths(res.diagnostics)).toEqual([
      [{ attribute: 'credentials' }, { attribute: 'client_id' }],
      [{ attribute: 'credentials' }, { attribute: 'client_secret' }],
      [{ attribute: 'credentials' }, { attribute: 'subscription_id' }],
      [{ attribute: 'credentials' }, { attribute: 'tenant_id' }],
      [{ attribute: 'credentials' }, { attribute: 'access_key_id' }],
      [{ attribute: 'credentials' }, { attribute: 'access_key_secret' }],
    ]);
    expect(res.diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(avisiRequests()).toBe(before);
  });

  it('rejects a 2-character display_name and an unknown cloud_type', async () => {
    const p = await configured();
    const short = await p.validateResourceConfig({ typeName: ACCOUNT, config: full(p, ACCOUNT, { cloud_profile: 'aws', display_name: 'ab' }) });
    expect(paths(short.diagnostics)).toEqual([[{ attribute: 'display_name' }]]);
    const type = await p.validateResourceConfig({
      typeName: CREDENTIALS,
      config: full(p, CREDENTIALS, { cloud_account_identity: '3f2b8c1e-7a4d-4e9b-a1c6-5d0e9f8b7a21', cloud_type: 'gcp', display_name: 'k' }),
    });
    expect(paths(type.diagnostics)).toEqual([[{ attribute: 'cloud_type' }]]);
    expect(avisiRequests()).toBe(0);
  });
});

describe('cloudbridge_avisi_cloud_account', () => {
  it('creates, updates display_name in place, plans a replace for cloud_profile, drops on 404', async () => {
    const p = await configured();
    const created = await account(p);
    expect(created).toMatchObject({ cloud_profile: 'aws', display_name: 'Production AWS', enabled: true, metadata: null, cloud_provider: 'aws', primary_cloud_credentials_identity: null });
    expect(await read(p, ACCOUNT, created)).toEqual(created);

    const renamed = await apply(p, ACCOUNT, created, { cloud_profile: 'aws', display_name: 'Renamed', enabled: false });
    expect(renamed).toMatchObject({ identity: created['identity'], display_name: 'Renamed', enabled: false });
    expect((await client().getCloudAccount(created['identity'] as string)).displayName).toBe('Renamed');

    const replace = await plan(p, ACCOUNT, renamed, { cloud_profile: 'azure', display_name: 'Renamed', enabled: false });
    expect(replace.requiresReplace).toEqual([[{ attribute: 'cloud_profile' }]]);

    await client().deleteCloudAccount(created['identity'] as string);
    expect(await read(p, ACCOUNT, renamed)).toBeNull();
  });

  it('imports by identity and reads every field', async () => {
    const p = await configured();
    const created = await account(p, 'Imported');
    const imported = await p.importResourceState({ typeName: ACCOUNT, id: created['identity'] as string }, ctx);
    expect(imported.diagnostics).toEqual([]);
    const state = await read(p, ACCOUNT, imported.importedResources[0]!.state as Obj);
    expect(state).toEqual(created);
    const bad = await p.importResourceState({ typeName: ACCOUNT, id: 'nope' }, ctx);
    expect(bad.diagnostics[0]!.summary).toBe('Invalid import id');
  });
});

describe('credentials, primary and the 24-hour rule', () => {
  it('keeps the write-only secret out of state and sends it to Avisi', async () => {
    const p = await configured();
    const acc = await account(p);
    const state = await awsCredentials(p, acc['identity'] as string, 'ci key');
    expect(JSON.stringify(state)).not.toContain(SECRET_MARKER);
    expect(state).toMatchObject({ cloud_type: 'aws', display_name: 'ci key', is_primary: true });
    expect((state['credentials'] as Obj)['access_key_secret_wo_version']).toBe(1);
    expect(logLines.join('\n')).not.toContain(SECRET_MARKER);
    expect(await read(p, CREDENTIALS, state)).toEqual(state);
    // A new _wo_version replaces the credentials.
    const next = await plan(p, CREDENTIALS, state, {
      cloud_account_identity: acc['identity'] as CtyValue,
      cloud_type: 'aws',
      display_name: 'ci key',
      credentials: creds({ access_key_id: 'AKIAEXAMPLE', access_key_secret_wo: 'other', access_key_secret_wo_version: 2 }),
    });
    expect(next.requiresReplace).toEqual([[{ attribute: 'credentials' }]]);
  });

  it('imports credentials with <account>/<credentials>', async () => {
    const p = await configured();
    const acc = await account(p);
    const state = await awsCredentials(p, acc['identity'] as string, 'ci key');
    const imported = await p.importResourceState({ typeName: CREDENTIALS, id: `${acc['identity'] as string}/${state['identity'] as string}` }, ctx);
    expect(imported.diagnostics).toEqual([]);
    const readBack = await read(p, CREDENTIALS, imported.importedResources[0]!.state as Obj);
    expect(readBack).toEqual({ ...state, credentials: null });
  });

  it('shows primary drift when other credentials became primary', async () => {
    const p = await configured();
    const acc = await account(p);
    const accountId = acc['identity'] as string;
    const first = await awsCredentials(p, accountId, 'first');
    const second = await awsCredentials(p, accountId, 'second');
    const primary = await apply(p, PRIMARY, null, { cloud_account_identity: accountId, credentials_identity: second['identity'] as CtyValue });
    expect(primary['credentials_identity']).toBe(second['identity']);
    expect(await read(p, PRIMARY, primary)).toEqual(primary);
    await client().setPrimaryCloudCredentials(accountId, first['identity'] as string);
    expect(await read(p, PRIMARY, primary)).toEqual({ cloud_account_identity: accountId, credentials_identity: first['identity'] });
  });

  it('imports the primary by account identity, or by the credentials\' <account>/<credentials> id, reading the current primary', async () => {
    const p = await configured();
    const acc = await account(p);
    const accountId = acc['identity'] as string;
    const first = await awsCredentials(p, accountId, 'first');
    const second = await awsCredentials(p, accountId, 'second');
    await client().setPrimaryCloudCredentials(accountId, second['identity'] as string);
    const expected = { cloud_account_identity: accountId, credentials_identity: second['identity'] };
    for (const id of [accountId, `${accountId}/${second['identity'] as string}`, `${accountId}/${first['identity'] as string}`]) {
      const imported = await p.importResourceState({ typeName: PRIMARY, id }, ctx);
      expect(imported.diagnostics).toEqual([]);
      expect(await read(p, PRIMARY, imported.importedResources[0]!.state as Obj)).toEqual(expected);
    }
    const bad = await p.importResourceState({ typeName: PRIMARY, id: `${accountId}/not-a-uuid` }, ctx);
    expect(bad.diagnostics.map((d) => d.summary)).toEqual(['Invalid import id']);
  });

  it('refuses a delete inside the 24-hour window with an explanation, keeping the resource in state', async () => {
    const p = await configured();
    const acc = await account(p);
    const accountId = acc['identity'] as string;
    const state = await awsCredentials(p, accountId, 'used');
    const res = await fetch(`${em.endpoints.avisi}/_emulator/clusters`, {
      method: 'POST',
      headers: { authorization: `Bearer ${em.tokens.avisi}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cloudAccountIdentity: accountId, cloudCredentialsIdentity: state['identity'] }),
    });
    expect(res.status).toBe(201);
    const destroyed = await p.applyResourceChange(
      { typeName: CREDENTIALS, priorState: state, plannedState: null, config: null, plannedPrivate: new Uint8Array() },
      ctx,
    );
    expect(destroyed.newState).toEqual(state);
    expect(destroyed.diagnostics).toHaveLength(1);
    expect(destroyed.diagnostics[0]!.summary).toBe('Avisi Cloud refused to delete the cloud credentials');
    expect(destroyed.diagnostics[0]!.detail).toContain('only deletes a cloud credentials that no cluster has used in the last 24 hours');
    expect(destroyed.diagnostics[0]!.detail).toContain('request id');
  });
});

describe('data sources', () => {
  it('lists accounts across pages with filters, credentials and clusters', async () => {
    const p = await configured();
    for (let i = 0; i < 3; i++) await account(p, `aws-${i}`);
    await apply(p, ACCOUNT, null, { cloud_profile: 'azure', display_name: 'azure-main' });
    const res = await p.readDataSource(
      { typeName: 'cloudbridge_avisi_cloud_accounts', config: full(p, 'cloudbridge_avisi_cloud_accounts', { cloud_provider_slug: 'aws' }) },
      ctx,
    );
    expect(res.diagnostics).toEqual([]);
    expect(((res.state as Obj)['cloud_accounts'] as Obj[]).map((a) => a['display_name'])).toEqual(['aws-0', 'aws-1', 'aws-2']);
  });
});

describe('cloudbridge_external_id', () => {
  it('is stable across plans and regenerates when keepers change', async () => {
    const p = await configured();
    const created = await apply(p, EXTERNAL_ID, null, { keepers: { integration: 'a' } });
    expect(created['result']).toMatch(/^[a-z0-9]{32}$/);
    expect(created['id']).toBe(created['result']);
    const same = await plan(p, EXTERNAL_ID, created, { keepers: { integration: 'a' } });
    expect(same.requiresReplace).toEqual([]);
    expect(same.plannedState).toEqual(created);
    const changed = await plan(p, EXTERNAL_ID, created, { keepers: { integration: 'b' } });
    expect(changed.requiresReplace).toEqual([[{ attribute: 'keepers' }]]);
    const other = await apply(p, EXTERNAL_ID, null, { keepers: { integration: 'b' } });
    expect(other['result']).not.toBe(created['result']);
    expect(avisiRequests()).toBe(0);
  });

  it('imports by its value', async () => {
    const p = await configured();
    const imported = await p.importResourceState({ typeName: EXTERNAL_ID, id: 'k3v9q0x7m2c5t8w1z4b6n0p3r5s7u9y2' }, ctx);
    expect(imported.diagnostics).toEqual([]);
    const state = await read(p, EXTERNAL_ID, imported.importedResources[0]!.state as Obj);
    expect(state).toEqual({ id: 'k3v9q0x7m2c5t8w1z4b6n0p3r5s7u9y2', result: 'k3v9q0x7m2c5t8w1z4b6n0p3r5s7u9y2', length: 32, keepers: null });
  });
});
