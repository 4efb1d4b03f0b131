/**
 * Contract checklist for the emulated Qtangl cloud integrations API
 * (api-docs/qtangl-cloud-integration-upsert.txt + FACTS.md), route by route
 * through QtanglClient: 401 with every way of sending a key, 403 for a viewer
 * on every write, the fields of every provider (422 with field errors in
 * `detail`), one row per (tenant, provider), and the per-key rate limit
 * counting reads and writes alike. Complements qtangl.test.ts.
 */
import { FakeClock } from '../../src/emulator/clock';
import { apiModule } from '../../src/emulator/types';
import type { EmulatorIdentities } from '../../src/emulator/types';
import { QtanglClient, type QtanglUpsertRequest } from '../../src/vendors/qtangl/client';
import { qtanglEmulator, type QtanglEmulatorState } from '../../src/vendors/qtangl/emulator';
import { QTANGL_PROVIDERS, type QtanglProvider } from '../../src/vendors/qtangl/model';
import { withEmulator, apiError } from '../support/emulator';

const KEYS = { viewer: 'qt-contract-viewer', operator: 'qt-contract-operator', admin: 'qt-contract-admin' };
const identities: EmulatorIdentities = {
  tokens: { p0: 'p', cloudflare: 'c', northflank: 'n', avisi: 'a', qtangl: KEYS },
  ids: { p0_org: 'org', cloudflare_account: '0'.repeat(32), avisi_organisation: 'org' },
};
const T0 = Date.UTC(2025, 9, 1, 12, 0, 0);
const clock = new FakeClock(T0);
const em = withEmulator({ modules: [apiModule(qtanglEmulator)], identities, clock, resetBeforeEach: true });
beforeEach(() => clock.set(T0));

function client(key: string = KEYS.admin): QtanglClient {
  return new QtanglClient({ baseUrl: em.endpoints.qtangl, apiKey: key, userAgent: 'cloudbridge-test', retry: { maxAttempts: 1 } });
}

async function raw(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const res = await fetch(`${em.endpoints.qtangl}${path}`, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const VALID: Record<QtanglProvider, QtanglUpsertRequest> = {
  aws: { region: 'us-east-1', roleArn: 'arn:aws:iam::123456789012:role/QtanglReadOnly', externalId: 'ext-1' },
  azure: { region: 'westeurope', vaultName: 'kv', tenantId: 't', clientId: 'c', clientSecret: 'qt-secret-az' },
  gcp: { region: 'europe-west1', projectId: 'proj', credentialsJson: '{"type":"service_account"}' },
  kubernetes: { kubeconfigJson: '{"apiVersion":"v1"}', namespace: 'prod', context: 'ctx' },
};

const ROUTES: readonly [string, string, string][] = [
  ['GET list', 'GET', '/tenant/integrations/cloud'],
  ['POST upsert', 'POST', '/tenant/integrations/cloud/kubernetes'],
  ['POST test', 'POST', '/tenant/integrations/cloud/kubernetes/test'],
];

describe('qtangl contract: auth on every route', () => {
  it.each(ROUTES)('%s: 401 for a wrong key sent as Bearer, x-api-key or api_key', async (_name, method, path) => {
    for (const [headers, query] of [
      [{ authorization: 'Bearer wrong-key' }, ''],
      [{ 'x-api-key': 'wrong-key' }, ''],
      [{}, '?api_key=wrong-key'],
    ] as const) {
      const res = await raw(method, `${path}${query}`, headers, method === 'POST' ? VALID.kubernetes : undefined);
      expect(res).toEqual({ status: 401, json: { detail: 'Unauthorized: invalid API key', requestId: expect.stringMatching(/^[0-9a-f]{32}$/) } });
    }
    expect((await raw(method, path, {}, method === 'POST' ? {} : undefined)).status).toBe(401);
  });

  it('writes need operator or admin: a viewer gets 403 however the key is sent; reads are open to every role', async () => {
    for (const headers of [{ 'x-api-key': KEYS.viewer }, { authorization: `Bearer ${KEYS.viewer}` }] as Record<string, string>[]) {
      expect((await raw('POST', '/tenant/integrations/cloud/kubernetes', headers, VALID.kubernetes)).status).toBe(403);
      expect((await raw('POST', '/tenant/integrations/cloud/kubernetes/test', headers, {})).status).toBe(403);
    }
    expect((await raw('POST', `/tenant/integrations/cloud/kubernetes?api_key=${KEYS.viewer}`, {}, VALID.kubernetes)).status).toBe(403);
    expect(await client(KEYS.operator).upsertIntegration('kubernetes', VALID.kubernetes)).toMatchObject({ provider: 'kubernetes' });
    expect((await client(KEYS.operator).testIntegration('kubernetes')).ok).toBe(true);
    for (const key of Object.values(KEYS)) expect((await client(key).listIntegrations()).map((r) => r.provider)).toEqual(['kubernetes']);
  });
});

describe('qtangl contract: every provider', () => {
  it.each(QTANGL_PROVIDERS)('%s: upserts its fields (secrets dropped), one row, and tests it', async (provider) => {
    const row = await client().upsertIntegration(provider, VALID[provider]);
    const expected: Record<string, unknown> = { ...VALID[provider] };
    delete expected['clientSecret'];
    expect(row).toEqual({
      id: expect.stringMatching(new RegExp(`^ci_${provider}_`)),
      tenant: expect.stringMatching(/^tnt_/),
      provider,
      status: 'active',
      ...expected,
      createdAt: '2025-10-01T12:00:00.000Z',
      updatedAt: '2025-10-01T12:00:00.000Z',
    });
    await client().upsertIntegration(provider, VALID[provider]);
    expect(Object.keys(em.state<QtanglEmulatorState>('qtangl').rows)).toEqual([provider]);
  });

  it.each([
    ['aws', {}, [['roleArn', 'field required for provider aws']]],
    ['azure', { tenantId: 't' }, [['clientId', 'field required for provider azure'], ['clientSecret', 'field required for provider azure']]],
    ['gcp', { projectId: 'p' }, [['credentialsJson', 'field required for provider gcp']]],
    ['kubernetes', { namespace: 'n', region: 'r' }, [['region', 'field does not apply to provider kubernetes'], ['kubeconfigJson', 'field required for provider kubernetes']]],
  ] as const)('%s: 422 with field errors for missing and foreign fields', async (provider, body, expected) => {
    const err = await apiError(client().upsertIntegration(provider, body));
    expect(err.status).toBe(422);
    expect(err.fieldErrors).toEqual(expected.map(([field, message]) => ({ field, message })));
    expect(em.state<QtanglEmulatorState>('qtangl').rows).toEqual({});
  });

  it('the test route answers 422 for an unknown provider and 404 for a provider without a row', async () => {
    const unknown = await raw('POST', '/tenant/integrations/cloud/oracle/test', { authorization: `Bearer ${KEYS.admin}` }, {});
    expect(unknown.status).toBe(422);
    expect(unknown.json['detail']).toEqual([
      { loc: ['path', 'provider'], msg: "value is not a valid enumeration member; permitted: 'aws', 'azure', 'gcp', 'kubernetes'", type: 'type_error.enum' },
    ]);
    for (const provider of QTANGL_PROVIDERS) expect((await apiError(client().testIntegration(provider))).status).toBe(404);
  });
});

describe('qtangl contract: rate limit', () => {
  it('counts reads and writes of a key together: 300 a minute, then 429 on writes too', async () => {
    for (let i = 0; i < 299; i++) {
      const res = await fetch(`${em.endpoints.qtangl}/tenant/integrations/cloud`, { headers: { 'x-api-key': KEYS.admin } });
      await res.arrayBuffer();
    }
    await client().upsertIntegration('kubernetes', VALID.kubernetes);
    const err = await apiError(client().upsertIntegration('kubernetes', VALID.kubernetes));
    expect(err.status).toBe(429);
    expect(err.retryAfterMs).toBe(60_000);
    expect(err.vendorMessage).toBe('Rate limit exceeded: 300 requests per minute per API key; retry after 60 s');
  });
});

describe('qtangl contract: hardening', () => {
  it('an oversized body is a 413 in {detail, requestId}, an unknown route a 404, a wrong method a 405; the server stays up', async () => {
    const auth = { authorization: `Bearer ${KEYS.admin}` };
    const big = await raw('POST', '/tenant/integrations/cloud/kubernetes', auth, { kubeconfigJson: 'x'.repeat(1024 * 1024) });
    expect(big).toEqual({ status: 413, json: { detail: 'Request body exceeds 1048576 bytes', requestId: expect.any(String) } });
    expect(await raw('GET', '/tenant/nothing', auth)).toMatchObject({ status: 404, json: { detail: expect.any(String) } });
    expect((await raw('DELETE', '/tenant/integrations/cloud/aws', auth)).status).toBe(405);
    expect(await client().listIntegrations()).toEqual([]);
  });
});
