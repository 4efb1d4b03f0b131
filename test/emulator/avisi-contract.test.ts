/**
 * Contract checklist for the emulated Avisi Cloud API (api-docs/avisi-cloud-accounts.txt
 * + FACTS.md), route by route through AvisiClient: 401 without a valid
 * token and 403 for another organisation on every route, 404 for unknown and
 * 400 for non-UUID identities on every account and credentials route, Spring
 * pages walked by the client on every list, and the type rule of every
 * credentials route. Complements avisi.test.ts and avisi-module.test.ts.
 */
import { FakeClock } from '../../src/emulator/clock';
import { apiModule } from '../../src/emulator/types';
import { AvisiClient, type CreateCloudCredentialsRequest } from '../../src/vendors/avisi/client';
import { avisiEmulator, type AvisiEmulatorState } from '../../src/vendors/avisi/emulator';
import { CREDENTIAL_TYPES, type CredentialType } from '../../src/vendors/avisi/model';
import { withEmulator, apiError } from '../support/emulator';

const clock = new FakeClock(Date.UTC(2025, 7, 1, 9, 0, 0));
const em = withEmulator({ modules: [apiModule(avisiEmulator)], clock, resetBeforeEach: true });

const UNKNOWN = '00000000-0000-4000-8000-0000000000aa';

function client(overrides: { apiToken?: string; organisation?: string; pageSize?: number } = {}): AvisiClient {
  return new AvisiClient({
    baseUrl: em.endpoints.avisi,
    apiToken: overrides.apiToken ?? em.tokens.avisi,
    organisation: overrides.organisation ?? em.ids.avisi_organisation,
    userAgent: 'cloudbridge-test',
    pageSize: overrides.pageSize,
    retry: { maxAttempts: 1 },
  });
}

const BODIES: { readonly [T in CredentialType]: CreateCloudCredentialsRequest<T> } = {
  aws: { displayName: 'aws creds', credentials: { accessKeyId: 'AKIAEXAMPLE0001', accessKeySecret: 'SECRET-aws' } },
  azure: { displayName: 'azure creds', credentials: { clientId: 'c', clientSecret: 'SECRET-az', subscriptionId: 's', tenantId: 't' } },
  digitalocean: { displayName: 'do creds', credentials: { apiKey: 'SECRET-do' } },
  dummy: { displayName: 'dummy creds', credentials: undefined },
  hetzner: { displayName: 'hetzner creds', credentials: { apiToken: 'SECRET-hz' } },
  openstack: { displayName: 'os creds', credentials: { credentialId: 'id', credentialSecret: 'SECRET-os' } },
  vsphere: { displayName: 'vs creds', credentials: { username: 'u', password: 'SECRET-vs' } },
};

function createCredentials(c: AvisiClient, account: string, type: CredentialType) {
  return c.createCloudCredentials(account, type, BODIES[type] as CreateCloudCredentialsRequest<typeof type>);
}

/** Every documented route, as a client call on (account, credentials) identities. */
const ACCOUNT_ROUTES: readonly [string, (c: AvisiClient, account: string, creds: string) => Promise<unknown>][] = [
  ['GET account', (c, a) => c.getCloudAccount(a)],
  ['PATCH account', (c, a) => c.updateCloudAccount(a, { enabled: true })],
  ['DELETE account', (c, a) => c.deleteCloudAccount(a)],
  ['GET clusters', (c, a) => c.listClustersPage(a)],
  ['GET credentials', (c, a) => c.listCloudCredentialsPage(a)],
  ...CREDENTIAL_TYPES.map((type): [string, (c: AvisiClient, account: string) => Promise<unknown>] => [
    `POST credentials/${type}`,
    (c, a) => createCredentials(c, a, type),
  ]),
  ['DELETE credentials', (c, a, k) => c.deleteCloudCredentials(a, k)],
  ['POST set-primary', (c, a, k) => c.setPrimaryCloudCredentials(a, k)],
];
const ROUTES: readonly [string, (c: AvisiClient, account: string, creds: string) => Promise<unknown>][] = [
  ['GET accounts', (c) => c.listCloudAccountsPage()],
  ['POST accounts', (c) => c.createCloudAccount({ cloudProfile: 'aws', displayName: 'x' })],
  ...ACCOUNT_ROUTES,
];

describe('avisi contract: auth and organisation on every route', () => {
  it.each(ROUTES)('%s: 401 with a wrong token, in the Spring error shape', async (_name, call) => {
    const err = await apiError(call(client({ apiToken: 'wrong-token' }), UNKNOWN, UNKNOWN));
    expect(err.status).toBe(401);
    expect(err.vendorMessage).toBe('Invalid or expired personal access token');
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('401 without a token', async () => {
    const res = await fetch(`${em.endpoints.avisi}/api/v1/orgs/${em.ids.avisi_organisation}/cloud-accounts`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      status: 401,
      error: 'Unauthorized',
      message: 'Full authentication is required to access this resource',
      requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it.each(ROUTES)('%s: 403 for another organisation', async (_name, call) => {
    const err = await apiError(call(client({ organisation: 'someone-else' }), UNKNOWN, UNKNOWN));
    expect(err.status).toBe(403);
    expect(err.vendorMessage).toBe('You do not have the necessary permissions to access this resource.');
  });
});

describe('avisi contract: unknown and malformed identities', () => {
  it.each(ACCOUNT_ROUTES)('%s: 404 for an unknown cloud account', async (_name, call) => {
    const err = await apiError(call(client(), UNKNOWN, UNKNOWN));
    expect(err.status).toBe(404);
    expect(err.vendorMessage).toBe(`Cloud account ${UNKNOWN} not found`);
  });

  it.each(ACCOUNT_ROUTES)('%s: 400 naming cloudAccountIdentity when it is not a UUID', async (_name, call) => {
    const err = await apiError(call(client(), 'not-a-uuid', UNKNOWN));
    expect(err.status).toBe(400);
    expect(err.fieldErrors).toEqual([{ field: 'cloudAccountIdentity', message: 'must be a UUID' }]);
  });

  it('DELETE credentials and set-primary: 404 for unknown credentials, 400 for a non-UUID, 404 for credentials of another account', async () => {
    const c = client();
    const mine = await c.createCloudAccount({ cloudProfile: 'aws', displayName: 'mine' });
    const other = await c.createCloudAccount({ cloudProfile: 'aws', displayName: 'other' });
    const foreign = await createCredentials(c, other.identity, 'aws');
    for (const call of [
      (k: string) => c.deleteCloudCredentials(mine.identity, k),
      (k: string) => c.setPrimaryCloudCredentials(mine.identity, k),
    ]) {
      const unknown = await apiError(call(UNKNOWN));
      expect([unknown.status, unknown.vendorMessage]).toEqual([404, `Cloud credentials ${UNKNOWN} not found`]);
      const malformed = await apiError(call('nope'));
      expect([malformed.status, malformed.fieldErrors]).toEqual([400, [{ field: 'credentialsIdentity', message: 'must be a UUID' }]]);
      expect((await apiError(call(foreign.identity))).status).toBe(404);
    }
    // The other account's credentials are untouched.
    expect((await c.getCloudAccount(other.identity)).primaryCloudCredentialsIdentity).toBe(foreign.identity);
    expect((await c.getCloudAccount(mine.identity)).primaryCloudCredentialsIdentity ?? null).toBeNull();
  });
});

describe('avisi contract: every credentials route', () => {
  it.each(CREDENTIAL_TYPES)('POST credentials/%s: 200 on its own profile, 400 on every other profile', async (type) => {
    const c = client();
    const own = await c.createCloudAccount({ cloudProfile: type, displayName: `${type} account` });
    const created = await createCredentials(c, own.identity, type);
    expect(created).toEqual({
      identity: expect.stringMatching(/^[0-9a-f-]{36}$/),
      cloudAccountIdentity: own.identity,
      cloudType: type,
      displayName: BODIES[type].displayName,
      isPrimary: true,
      createdAt: '2025-08-01T09:00:00.000Z',
      metadata: {},
    });
    const otherType = CREDENTIAL_TYPES.find((t) => t !== type)!;
    const other = await c.createCloudAccount({ cloudProfile: otherType, displayName: `${otherType} account` });
    const err = await apiError(createCredentials(c, other.identity, type));
    expect(err.status).toBe(400);
    expect(err.vendorMessage).toBe(`cloud provider type ${type} does not match cloud account type ${otherType}`);
    expect((await c.listCloudCredentials(other.identity)).length).toBe(0);
  });

  it('every route caps displayName at 64 characters', async () => {
    const c = client();
    for (const type of CREDENTIAL_TYPES) {
      const account = await c.createCloudAccount({ cloudProfile: type, displayName: type });
      const err = await apiError(c.createCloudCredentials(account.identity, type, { ...BODIES[type], displayName: 'x'.repeat(65) } as CreateCloudCredentialsRequest<typeof type>));
      expect([type, err.status, err.fieldErrors]).toEqual([type, 400, [{ field: 'displayName', message: 'size must be between 0 and 64' }]]);
    }
  });
});

describe('avisi contract: PATCH validation', () => {
  it('refuses a wrong-typed enabled, a non-string displayName and a displayName over 64, changing nothing', async () => {
    const c = client();
    const account = await c.createCloudAccount({ cloudProfile: 'aws', displayName: 'patch me' });
    const res = await fetch(`${em.endpoints.avisi}/api/v1/orgs/${em.ids.avisi_organisation}/cloud-accounts/${account.identity}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${em.tokens.avisi}`, 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: 'yes', displayName: 7 }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: unknown }).errors).toEqual([
      { field: 'displayName', message: 'must be a string' },
      { field: 'enabled', message: 'must be a boolean' },
    ]);
    const long = await apiError(c.updateCloudAccount(account.identity, { displayName: 'x'.repeat(65) }));
    expect(long.fieldErrors).toEqual([{ field: 'displayName', message: 'size must be between 3 and 64' }]);
    expect(await c.getCloudAccount(account.identity)).toMatchObject({ displayName: 'patch me', enabled: true });
    expect((await c.updateCloudAccount(account.identity, { enabled: false })).enabled).toBe(false);
  });
});

describe('avisi contract: Spring pages on every list, walked by the client', () => {
  it('cloud accounts, credentials and clusters lists are complete across pages of 2', async () => {
    const c = client({ pageSize: 2 });
    const accounts = [];
    for (let i = 0; i < 5; i++) accounts.push(await c.createCloudAccount({ cloudProfile: 'aws', displayName: `acc-${i}` }));
    expect((await c.listCloudAccounts()).map((a) => a.displayName)).toEqual(['acc-0', 'acc-1', 'acc-2', 'acc-3', 'acc-4']);
    expect((await c.listCloudAccounts({ displayName: 'ACC-3' })).map((a) => a.displayName)).toEqual(['acc-3']);
    expect(await c.listCloudAccounts({ cloudProviderSlug: 'azure' })).toEqual([]);

    const id = accounts[0]!.identity;
    for (let i = 0; i < 3; i++) await c.createCloudCredentials(id, 'aws', { ...BODIES.aws, displayName: `cred-${i}` });
    const credsPage = await c.listCloudCredentialsPage(id, { page: 1, size: 2 });
    expect(credsPage).toMatchObject({ totalElements: 3, totalPages: 2, number: 1, size: 2, first: false, last: true });
    expect(credsPage.content.map((k) => k.displayName)).toEqual(['cred-2']);
    expect((await c.listCloudCredentials(id)).map((k) => k.displayName)).toEqual(['cred-0', 'cred-1', 'cred-2']);

    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${em.url}/avisi/_emulator/clusters`, {
        method: 'POST',
        headers: { authorization: `Bearer ${em.tokens.avisi}`, 'content-type': 'application/json' },
        body: JSON.stringify({ cloudAccountIdentity: id, name: `cluster-${i}` }),
      });
      expect(res.status).toBe(201);
    }
    const clusterPage = await c.listClustersPage(id, { page: 0, size: 2 });
    expect(clusterPage).toMatchObject({ totalElements: 3, totalPages: 2, number: 0, size: 2, first: true, last: false });
    expect((await c.listClusters(id)).map((k) => k.name)).toEqual(['cluster-0', 'cluster-1', 'cluster-2']);
    expect(em.state<AvisiEmulatorState>('avisi').clusters).toHaveLength(3);
  });

  it('refuses a negative page with 400 naming the parameter', async () => {
    const err = await apiError(client().listCloudAccountsPage({}, { page: -1, size: 2 }));
    expect(err.status).toBe(400);
    expect(err.fieldErrors).toEqual([{ field: 'page', message: 'must be an integer of at least 0' }]);
  });
});

describe('avisi contract: hardening', () => {
  it('an oversized body is a 413 in the Spring shape, an unknown route a 404, a wrong method a 405; the server stays up', async () => {
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${em.endpoints.avisi}/api/v1/orgs/${em.ids.avisi_organisation}${path}`, {
        method,
        headers: { authorization: `Bearer ${em.tokens.avisi}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const big = await call('POST', '/cloud-accounts', { cloudProfile: 'aws', displayName: 'x'.repeat(1024 * 1024) });
    expect(big).toEqual({
      status: 413,
      json: { status: 413, error: 'Payload Too Large', message: 'Request body exceeds 1048576 bytes', requestId: expect.any(String) },
    });
    expect(await call('GET', '/nothing')).toMatchObject({ status: 404, json: { status: 404, error: 'Not Found' } });
    expect(await call('PUT', '/cloud-accounts', {})).toMatchObject({ status: 405, json: { status: 405, error: 'Method Not Allowed' } });
    expect(await client().listCloudAccounts()).toEqual([]);
  });
});

describe('avisi contract: PATCH needs a body', () => {
  it('answers 400 "Required request body is missing" to a PATCH without a body, as to a create', async () => {
    const account = await client().createCloudAccount({ cloudProfile: 'aws', displayName: 'no body' });
    for (const [method, path] of [
      ['PATCH', `/cloud-accounts/${account.identity}`],
      ['POST', '/cloud-accounts'],
    ] as const) {
      const res = await fetch(`${em.endpoints.avisi}/api/v1/orgs/${em.ids.avisi_organisation}${path}`, {
        method,
        headers: { authorization: `Bearer ${em.tokens.avisi}` },
      });
      expect([method, res.status, ((await res.json()) as { message: string }).message]).toEqual([method, 400, 'Required request body is missing']);
    }
    expect((await client().updateCloudAccount(account.identity, {})).displayName).toBe('no body');
  });
});
