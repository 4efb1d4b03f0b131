/**
 * Contract checklist for the emulated Cloudflare Cloud Integrations API
 * (api-docs/cloudflare-magic-cloud-integrations.md + FACTS.md), route by
 * route: the documented success status and envelope, 401 without a valid
 * token, 403 for another account, 400 for a malformed id and 404 for an
 * unknown one on every id route, through CloudflareClient where the client
 * has the call. Complements cloudflare.test.ts (lifecycle and validation).
 */
import { FakeClock } from '../../src/emulator/clock';
import { apiModule } from '../../src/emulator/types';
import { MalformedResponseError } from '../../src/http/errors';
import { CloudflareClient } from '../../src/vendors/cloudflare/client';
import { cloudflareEmulator, type CloudflareEmulatorState } from '../../src/vendors/cloudflare/emulator';
import { DISCOVERY_DURATION_MS } from '../../src/vendors/cloudflare/emulator-assumptions';
import { withEmulator, apiError, fakeAwsRoles } from '../support/emulator';


const T0 = Date.UTC(2025, 5, 1, 8, 0, 0);
const clock = new FakeClock(T0);
const em = withEmulator({ modules: [apiModule(cloudflareEmulator), apiModule(fakeAwsRoles())], clock, resetBeforeEach: true });
beforeEach(() => clock.set(T0));

const OTHER_ACCOUNT = 'f'.repeat(32);
const UNKNOWN_ID = '00000000-0000-4000-a000-0000000000aa';

function client(overrides: { apiToken?: string; accountId?: string } = {}): CloudflareClient {
  return new CloudflareClient({
    baseUrl: em.endpoints.cloudflare,
    apiToken: overrides.apiToken ?? em.tokens.cloudflare,
    accountId: overrides.accountId ?? em.ids.cloudflare_account,
    userAgent: 'cloudbridge-test',
    retry: { maxAttempts: 1 },
  });
}

async function raw(method: string, path: string, body?: unknown, token: string | null = em.tokens.cloudflare) {
  const headers: Record<string, string> = {};
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${em.endpoints.cloudflare}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

const base = (account = em.ids.cloudflare_account): string => `/accounts/${account}/magic/cloud/providers`;

/** Every documented id route, as a client call. */
const ID_ROUTES: readonly [string, (c: CloudflareClient, id: string) => Promise<unknown>][] = [
  ['GET (read)', (c, id) => c.getIntegration(id, { status: true })],
  ['PUT (update)', (c, id) => c.replaceIntegration(id, { friendly_name: 'x' })],
  ['PATCH (edit)', (c, id) => c.patchIntegration(id, { friendly_name: 'x' })],
  ['DELETE', (c, id) => c.deleteIntegration(id)],
  ['POST discover', (c, id) => c.discover(id)],
  ['GET initial_setup', (c, id) => c.initialSetup(id)],
];
/** Every documented route, as a client call (id routes take an existing integration). */
const ALL_ROUTES: readonly [string, (c: CloudflareClient, id: string) => Promise<unknown>][] = [
  ['POST (create)', (c) => c.createIntegration({ cloud_type: 'AWS', friendly_name: 'x' })],
  ['GET (list)', (c) => c.listIntegrations()],
  ['POST discover (all)', (c) => c.discoverAll()],
  ...ID_ROUTES,
];

describe('cloudflare contract: documented success statuses and the envelope', () => {
  it('answers every route with its documented status and {success, errors, messages, result}', async () => {
    const created = await raw('POST', base(), { cloud_type: 'AWS', friendly_name: 'contract', description: 'd' });
    expect(created.status).toBe(201);
    expect(created.headers.get('cf-ray')).toMatch(/^[0-9a-f]+$/);
    const id = (created.json!['result'] as { id: string }).id;
    expect(created.json).toEqual({
      success: true,
      errors: [],
      messages: [],
      result: {
        id,
        cloud_type: 'AWS',
        friendly_name: 'contract',
        description: 'd',
        last_updated: '2025-06-01T08:00:00.000Z',
        lifecycle_state: 'PENDING_SETUP',
        state: 'PENDING',
        state_v2: 'PENDING',
      },
    });
    const list = await raw('GET', base());
    expect(list).toMatchObject({ status: 200, json: { success: true, errors: [], messages: [], result: [{ id }] } });
    const read = await raw('GET', `${base()}/${id}`);
    expect(read).toMatchObject({ status: 200, json: { success: true, result: { id } } });
    expect(read.json!['result']).not.toHaveProperty('status');
    expect((await raw('PUT', `${base()}/${id}`, { friendly_name: 'put' })).status).toBe(200);
    expect((await raw('PATCH', `${base()}/${id}`, { description: 'patched' })).status).toBe(200);
    const setup = await raw('GET', `${base()}/${id}/initial_setup`);
    expect(setup).toMatchObject({ status: 200, json: { success: true, result: { item_type: 'AwsInitialSetup' } } });
    // Both discover calls answer 202 with the envelope but no result (as on the page).
    expect(await raw('POST', `${base()}/${id}/discover?v2=true`)).toMatchObject({ status: 202, json: { success: true, errors: [], messages: [] } });
    clock.advance(DISCOVERY_DURATION_MS);
    const all = await raw('POST', `${base()}/discover?v2=true`);
    expect(all.status).toBe(202);
    expect(all.json).toEqual({ success: true, errors: [], messages: [] });
    // Delete answers 200 with {id}.
    const deleted = await raw('DELETE', `${base()}/${id}`);
    expect(deleted).toMatchObject({ status: 200, json: { success: true, errors: [], messages: [], result: { id } } });
  });
});

describe('cloudflare contract: auth, account, ids on every route', () => {
  it.each(ALL_ROUTES)('%s: 401 without a valid token, with the error envelope', async (_name, call) => {
    const id = (await client().createIntegration({ cloud_type: 'AWS', friendly_name: 'auth' })).id;
    const err = await apiError(call(client({ apiToken: 'not-the-token' }), id));
    expect(err.status).toBe(401);
    expect(err.vendorMessage).toBe('Authentication error');
    expect(err.code).toBe(10000);
    expect(err.requestId).toMatch(/^[0-9a-f]+$/);
  });

  it('401 without any Authorization header, in the error envelope', async () => {
    const res = await raw('GET', base(), undefined, null);
    expect(res.status).toBe(401);
    expect(res.json).toEqual({
      success: false,
      errors: [{ code: 9106, message: 'Missing X-Auth-Key, X-Auth-Email or Authorization headers' }],
      messages: [],
      result: null,
    });
  });

  it.each(ALL_ROUTES)('%s: 403 for an account the token cannot reach', async (_name, call) => {
    const err = await apiError(call(client({ accountId: OTHER_ACCOUNT }), UNKNOWN_ID));
    expect(err.status).toBe(403);
    expect(err.vendorMessage).toBe('Unauthorized to access requested resource');
    expect(err.code).toBe(9109);
  });

  it.each(ID_ROUTES)('%s: 404 for an unknown integration id', async (_name, call) => {
    const err = await apiError(call(client(), UNKNOWN_ID));
    expect(err.status).toBe(404);
    expect(err.vendorMessage).toBe(`Cloud integration ${UNKNOWN_ID} not found`);
    expect(err.code).toBe(1003);
  });

  it.each(ID_ROUTES)('%s: 400 for an id that is not a UUID, naming provider_id', async (_name, call) => {
    const err = await apiError(call(client(), 'not-a-uuid'));
    expect(err.status).toBe(400);
    expect(err.code).toBe(7003);
    expect(err.fieldErrors).toEqual([{ field: 'provider_id', message: 'provider_id: must be a UUID' }]);
  });

  it('an integration of the account is not reachable through another account path', async () => {
    const id = (await client().createIntegration({ cloud_type: 'AWS', friendly_name: 'mine' })).id;
    expect((await raw('GET', `${base(OTHER_ACCOUNT)}/${id}`)).status).toBe(403);
    expect((await raw('GET', `${base('not-an-account')}/${id}`)).status).toBe(400);
  });
});

describe('cloudflare contract: validation on create and edit (422 with field errors)', () => {
  it('create: every problem at once, each with its source pointer', async () => {
    const res = await raw('POST', base(), { cloud_type: 'ORACLE', friendly_name: '', colour: 'red', aws_arn: 'arn:aws:iam::123456789012:role/x' });
    expect(res.status).toBe(422);
    expect(res.json).toEqual({
      success: false,
      errors: [
        { code: 1002, message: 'cloud_type: must be one of AWS, AZURE, GOOGLE, CLOUDFLARE', source: { pointer: '/cloud_type' } },
        { code: 1002, message: 'friendly_name: must not be empty', source: { pointer: '/friendly_name' } },
        { code: 1002, message: 'aws_arn: cannot be set on create; set it with PUT or PATCH after initial_setup', source: { pointer: '/aws_arn' } },
        { code: 1002, message: 'colour: is not a known field', source: { pointer: '/colour' } },
      ],
      messages: [],
      result: null,
    });
  });

  it('create: a missing cloud_type is 422 through the client, naming the field', async () => {
    const err = await apiError(client().createIntegration({ friendly_name: 'x' } as unknown as Parameters<CloudflareClient['createIntegration']>[0]));
    expect(err.status).toBe(422);
    expect(err.fieldErrors).toEqual([{ field: 'cloud_type', message: 'cloud_type: is required' }]);
  });

  it('PUT and PATCH refuse unknown fields, and a wrong type is a 400', async () => {
    const id = (await client().createIntegration({ cloud_type: 'AZURE', friendly_name: 'az' })).id;
    const unknown = await raw('PUT', `${base()}/${id}`, { colour: 'red' });
    expect(unknown.status).toBe(422);
    expect(unknown.json!['errors']).toEqual([{ code: 1002, message: 'colour: is not a known field', source: { pointer: '/colour' } }]);
    const wrongType = await raw('PATCH', `${base()}/${id}`, { azure_tenant_id: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json!['errors']).toEqual([{ code: 1001, message: 'azure_tenant_id: expected a string', source: { pointer: '/azure_tenant_id' } }]);
    const bad = await apiError(client().patchIntegration(id, { azure_subscription_id: 'not-a-guid' }));
    expect(bad.status).toBe(422);
    expect(bad.fieldErrors).toEqual([{ field: 'azure_subscription_id', message: 'azure_subscription_id: must be an Azure subscription id (a GUID)' }]);
    // Nothing was changed by the refused calls.
    expect((await client().getIntegration(id)).azure_subscription_id).toBeUndefined();
  });

  it('an empty PUT body is a 400 in the envelope', async () => {
    const id = (await client().createIntegration({ cloud_type: 'AWS', friendly_name: 'empty' })).id;
    const res = await fetch(`${em.endpoints.cloudflare}${base()}/${id}`, { method: 'PUT', headers: { authorization: `Bearer ${em.tokens.cloudflare}` } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ success: false, errors: [{ code: 1001, message: 'Request body is empty; a JSON object is required' }] });
  });
});

describe('cloudflare contract: lifecycle of an integration without AWS', () => {
  it('GOOGLE: PENDING_SETUP/PENDING until its fields are set and discovered, then ACTIVE/SUCCEEDED; a changed field sends it back', async () => {
    const c = client();
    const created = await c.createIntegration({ cloud_type: 'GOOGLE', friendly_name: 'gcp' });
    expect([created.lifecycle_state, created.state]).toEqual(['PENDING_SETUP', 'PENDING']);
    await c.patchIntegration(created.id, { gcp_project_id: 'my-project', gcp_service_account_email: 'sa@my-project.iam.gserviceaccount.com' });
    await c.discover(created.id);
    const running = await c.getIntegration(created.id, { status: true });
    expect([running.lifecycle_state, running.state, running.status?.last_discovery_status]).toEqual(['PENDING_SETUP', 'DISCOVERING', 'DISCOVERING']);
    clock.advance(DISCOVERY_DURATION_MS);
    const done = await c.getIntegration(created.id, { status: true });
    expect([done.lifecycle_state, done.state, done.state_v2]).toEqual(['ACTIVE', 'SUCCEEDED', 'SUCCEEDED']);
    expect(done.status?.regions).toEqual(['us-central1', 'europe-west1']);
    const changed = await c.patchIntegration(created.id, { gcp_project_id: 'other-project' });
    expect([changed.lifecycle_state, changed.state]).toEqual(['PENDING_SETUP', 'PENDING']);
    // A PATCH that changes no credential field keeps the verdict.
    await c.discover(created.id);
    clock.advance(DISCOVERY_DURATION_MS);
    const renamed = await c.patchIntegration(created.id, { friendly_name: 'renamed' });
    expect([renamed.lifecycle_state, renamed.state]).toEqual(['ACTIVE', 'SUCCEEDED']);
  });

  it('discover all skips integrations without credentials and those already discovering', async () => {
    const c = client();
    const bare = await c.createIntegration({ cloud_type: 'AWS', friendly_name: 'bare' });
    const gcp = await c.createIntegration({ cloud_type: 'GOOGLE', friendly_name: 'gcp' });
    await c.patchIntegration(gcp.id, { gcp_project_id: 'my-project', gcp_service_account_email: 'sa@my-project.iam.gserviceaccount.com' });
    const startedAt = clock.now();
    await c.discover(gcp.id);
    clock.advance(DISCOVERY_DURATION_MS / 2);
    await c.discoverAll();
    expect((await c.getIntegration(bare.id)).state).toBe('PENDING');
    const state = em.state<CloudflareEmulatorState>('cloudflare').integrations.find((r) => r.id === gcp.id)!;
    // Not restarted: the run started before discover all.
    expect(state.discovery?.startedAt).toBe(startedAt);
  });
});

describe('cloudflare contract: malformed responses become typed errors naming the field', () => {
  it('a wrong-typed field in a read', async () => {
    const id = (await client().createIntegration({ cloud_type: 'AWS', friendly_name: 'm' })).id;
    (em.state<CloudflareEmulatorState>('cloudflare').integrations[0] as unknown as { friendlyName: unknown }).friendlyName = 12;
    const err = await client()
      .getIntegration(id)
      .then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedResponseError);
    expect((err as MalformedResponseError).fieldPath).toBe('result.friendly_name');
  });
});

describe('cloudflare contract: hardening', () => {
  it('an oversized body is a 413 in the envelope, an unknown route a 404, a wrong method a 405; the server stays up', async () => {
    const big = await raw('POST', base(), { cloud_type: 'AWS', friendly_name: 'x'.repeat(1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.json).toMatchObject({ success: false, errors: [{ message: 'Request body exceeds 1048576 bytes' }], result: null });
    const unknown = await raw('GET', `${base()}/${UNKNOWN_ID}/nothing`);
    expect(unknown).toMatchObject({ status: 404, json: { success: false, errors: [{ code: 7000 }] } });
    const method = await raw('POST', `${base()}/${UNKNOWN_ID}`, {});
    expect(method.status).toBe(405);
    expect(method.headers.get('allow')).toBe('GET, PUT, PATCH, DELETE');
    expect(method.json).toMatchObject({ success: false });
    expect(await client().listIntegrations()).toEqual([]);
  });
});
