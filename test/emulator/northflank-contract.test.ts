/**
 * Contract checklist for the emulated Northflank cloud provider integrations
 * API (api-docs/northflank-update-cloud-integration.txt + FACTS.md), route by
 * route through NorthflankClient: 401 on every route, 404 for unknown ids on
 * every id route, the slug id rule, the update body's fields, and the
 * required credential keys of every provider. Complements northflank.test.ts.
 */
import { FakeClock } from '../../src/emulator/clock';
import { apiModule } from '../../src/emulator/types';
import { NorthflankClient, type CreateIntegrationRequest } from '../../src/vendors/northflank/client';
import { northflankEmulator, type NorthflankEmulatorState } from '../../src/vendors/northflank/emulator';
import { withEmulator, apiError } from '../support/emulator';

const clock = new FakeClock(Date.UTC(2025, 8, 1, 7, 0, 0));
const em = withEmulator({ modules: [apiModule(northflankEmulator)], clock, resetBeforeEach: true });

function client(token?: string): NorthflankClient {
  return new NorthflankClient({ baseUrl: em.endpoints.northflank, apiToken: token ?? em.tokens.northflank, userAgent: 'cloudbridge-test', retry: { maxAttempts: 1 } });
}

const civo: CreateIntegrationRequest = { name: 'Civo Main', provider: 'civo', credentials: { apiKey: 'nf-civo-secret' } };

const ROUTES: readonly [string, (c: NorthflankClient, id: string) => Promise<unknown>][] = [
  ['POST (create)', (c) => c.createIntegration(civo)],
  ['GET (list)', (c) => c.listIntegrations()],
  ['GET (read)', (c, id) => c.getIntegration(id)],
  ['POST (update)', (c, id) => c.updateIntegration(id, { description: 'new' })],
  ['DELETE', (c, id) => c.deleteIntegration(id)],
];

describe('northflank contract: auth and ids on every route', () => {
  it.each(ROUTES)('%s: 401 with a wrong token, in {error: {status, message, id}}', async (_name, call) => {
    const err = await apiError(call(client('nf-wrong-token'), 'civo-main'));
    expect(err.status).toBe(401);
    expect(err.vendorMessage).toBe('Invalid API token');
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(em.state<NorthflankEmulatorState>('northflank').integrations).toEqual({});
  });

  it.each(ROUTES.slice(2))('%s: 404 for an unknown id', async (_name, call) => {
    const err = await apiError(call(client(), 'no-such-integration'));
    expect(err.status).toBe(404);
    expect(err.vendorMessage).toBe('Cloud provider integration no-such-integration not found');
  });
});

describe('northflank contract: create, id and update body', () => {
  it('answers {data} with the page fields only; the id is the slug of the name, and names that slug alike collide (409)', async () => {
    const res = await fetch(`${em.endpoints.northflank}/v1/cloud-providers/integrations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${em.tokens.northflank}`, 'content-type': 'application/json' },
      body: JSON.stringify(civo),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { id: 'civo-main', name: 'Civo Main', provider: 'civo', features: [], credentials: {}, createdAt: '2025-09-01T07:00:00.000Z' },
    });
    for (const name of ['civo main', 'CIVO-MAIN', 'Civo-Main']) {
      const err = await apiError(client().createIntegration({ ...civo, name }));
      expect([name, err.status, err.vendorMessage]).toEqual([name, 409, 'A cloud provider integration with id civo-main already exists']);
    }
  });

  it('create needs name, provider and credentials', async () => {
    const err = await apiError(client().createIntegration({} as CreateIntegrationRequest));
    expect(err.status).toBe(400);
    expect(err.vendorMessage).toBe('Data failed validation');
    expect(err.fieldErrors).toEqual([
      { field: 'name', message: '"name" is required' },
      { field: 'provider', message: '"provider" is required' },
      { field: 'credentials', message: '"credentials" is required' },
    ]);
  });

  it('update takes description and credentials only: name, provider, features, aws and gcp cannot change in place', async () => {
    await client().createIntegration(civo);
    const res = await fetch(`${em.endpoints.northflank}/v1/cloud-providers/integrations/civo-main`, {
      method: 'POST',
      headers: { authorization: `Bearer ${em.tokens.northflank}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Other', provider: 'aws', features: ['byoc'], aws: {}, gcp: {} }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { details: Record<string, string[]> } };
    expect(Object.keys(body.error.details)).toEqual(['name', 'provider', 'features', 'aws', 'gcp']);
    expect(body.error.details['name']).toEqual(['"name" is not allowed']);
    const updated = await client().updateIntegration('civo-main', { description: 'This is a new description.' });
    expect(updated).toEqual({ id: 'civo-main', name: 'Civo Main', description: 'This is a new description.', provider: 'civo', features: [], credentials: {}, createdAt: '2025-09-01T07:00:00.000Z' });
    const bad = await apiError(client().updateIntegration('civo-main', { description: 'x'.repeat(201) }));
    expect(bad.fieldErrors).toEqual([{ field: 'description', message: '"description" length must be less than or equal to 200 characters long' }]);
  });

  it('delete answers 200, then the id reads 404 and can be created again', async () => {
    await client().createIntegration(civo);
    await client().deleteIntegration('civo-main');
    expect(await client().findIntegration('civo-main')).toBeNull();
    expect((await client().createIntegration(civo)).id).toBe('civo-main');
  });
});

describe('northflank contract: credentials accepted per provider, secrets never echoed', () => {
  it.each([
    ['aws accessKey', { provider: 'aws', aws: { authenticationMode: 'accessKey' }, credentials: { accessKey: 'AKIA1', secretKey: 'nf-secret-1' } }],
    ['gcp keyfile', { provider: 'gcp', gcp: { projectId: 'proj-1' }, credentials: { keyfileJson: '{"private_key":"nf-secret-2"}' } }],
    ['azure', { provider: 'azure', credentials: { tenantId: 't', clientId: 'c', secret: 'nf-secret-3', subscriptionId: 's' } }],
    ['civo', { provider: 'civo', credentials: { apiKey: 'nf-secret-4' } }],
    [
      'oci',
      { provider: 'oci', credentials: { tenancyId: 't', userId: 'u', fingerprint: 'f', privateKey: 'nf-secret-5', passphrase: 'nf-secret-6', compartmentId: 'c', region: 'r' } },
    ],
  ] as const)('%s', async (_name, body) => {
    const created = await client().createIntegration({ name: 'Per Provider', ...(body as unknown as Omit<CreateIntegrationRequest, 'name'>) });
    // `credentials` is in the answer (the page's schema marks it required), with no secret in it.
    expect(JSON.stringify(created)).not.toMatch(/nf-secret/);
    expect(created).toHaveProperty('credentials');
    const res = await fetch(`${em.endpoints.northflank}/v1/cloud-providers/integrations/per-provider`, { headers: { authorization: `Bearer ${em.tokens.northflank}` } });
    expect(await res.text()).not.toMatch(/nf-secret/);
    expect(JSON.stringify(em.state('northflank'))).not.toMatch(/nf-secret/);
  });
});

describe('northflank contract: hardening', () => {
  it('an oversized body is a 413 in {error}, an unknown route a 404, a wrong method a 405; the server stays up', async () => {
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${em.endpoints.northflank}${path}`, {
        method,
        headers: { authorization: `Bearer ${em.tokens.northflank}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const big = await call('POST', '/v1/cloud-providers/integrations', { ...civo, description: 'x'.repeat(1024 * 1024) });
    expect(big).toEqual({ status: 413, json: { error: { status: 413, message: 'Request body exceeds 1048576 bytes', id: expect.any(String) } } });
    expect(await call('GET', '/v1/nothing')).toMatchObject({ status: 404, json: { error: { status: 404 } } });
    expect(await call('PUT', '/v1/cloud-providers/integrations/civo-main', {})).toMatchObject({ status: 405, json: { error: { status: 405 } } });
    const wrongType = await call('POST', '/v1/cloud-providers/integrations', { ...civo, name: 42, features: 'byoc' });
    expect(wrongType.status).toBe(400);
    expect((wrongType.json['error'] as { details: unknown }).details).toEqual({ name: ['"name" must be a string'], features: ['"features" must be an array'] });
    expect(await client().listIntegrations()).toEqual([]);
  });
});
