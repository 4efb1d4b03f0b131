/**
 * Contract tests for the emulated Avisi Cloud API (cloud accounts, credentials,
 * set-primary, clusters), driven through AvisiClient against a real in-process
 * emulator on a free port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDefaultEmulator } from '../../src/emulate';
import { tokenOf } from '../../src/emulator/types';
import { ApiError, MalformedResponseError } from '../../src/http/errors';
import { AvisiClient, type CloudAccount } from '../../src/vendors/avisi/client';
import { isRecentlyUsedRefusal } from '../../src/vendors/avisi/define';

type Running = Awaited<ReturnType<typeof startDefaultEmulator>>;
let emu: Running;
let endpoint: string;
let token: string;
let org: string;
let client: AvisiClient;

function makeClient(overrides: { apiToken?: string; organisation?: string; pageSize?: number } = {}): AvisiClient {
  return new AvisiClient({
    baseUrl: endpoint,
    apiToken: overrides.apiToken ?? token,
    organisation: overrides.organisation ?? org,
    userAgent: 'cloudbridge-test',
    pageSize: overrides.pageSize,
    retry: { maxAttempts: 1 },
  });
}

beforeAll(async () => {
  emu = await startDefaultEmulator({ port: 0 });
  endpoint = emu.endpoints.avisi;
  token = tokenOf(emu.identities, 'avisi');
  org = emu.ids.avisi_organisation;
  client = makeClient();
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  await emu.reset();
});

async function raw(method: string, path: string, init: { body?: string; token?: string | null } = {}) {
  const headers: Record<string, string> = {};
  if (init.token !== null) headers['authorization'] = `Bearer ${init.token ?? token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${endpoint}${path}`, { method, headers, body: init.body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

async function expectApiError(promise: Promise<unknown>, status: number, messagePart: string): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    const apiError = err as ApiError;
    expect(apiError.status).toBe(status);
    expect(apiError.vendorMessage).toContain(messagePart);
    return apiError;
  }
  throw new Error(`expected an ApiError ${status}`);
}

function accountsPath(): string {
  return `/api/v1/orgs/${org}/cloud-accounts`;
}

async function addCluster(body: Record<string, unknown>): Promise<string> {
  const res = await raw('POST', '/_emulator/clusters', { body: JSON.stringify(body) });
  expect(res.status).toBe(201);
  return res.body!['identity'] as string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('cloud accounts', () => {
  it('creates an account with the seeded profile and reads it back', async () => {
    const created = await client.createCloudAccount({ cloudProfile: 'aws', displayName: 'Production AWS', metadata: { team: 'platform' } });
    expect(created.identity).toMatch(UUID);
    expect(created).toMatchObject({
      displayName: 'Production AWS',
      enabled: true,
      metadata: { team: 'platform' },
      cloudProfile: { identity: 'aws', type: 'aws', cloudProvider: 'aws' },
    });
    expect(created.primaryCloudCredentialsIdentity ?? null).toBeNull();
    const read = await client.getCloudAccount(created.identity);
    expect(read).toEqual(created);
  });

  it('answers 200 (not 201) to a create, as the page documents', async () => {
    const res = await raw('POST', accountsPath(), { body: JSON.stringify({ cloudProfile: 'azure', displayName: 'Azure' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('validates the create body with field errors', async () => {
    const err = await expectApiError(client.createCloudAccount({ cloudProfile: 'aws', displayName: 'x'.repeat(65) }), 400, 'Validation failed');
    expect(err.fieldErrors).toEqual([{ field: 'displayName', message: 'size must be between 0 and 64' }]);
    expect(err.requestId).toBeTruthy();
    const unknown = await expectApiError(client.createCloudAccount({ cloudProfile: 'gcp', displayName: 'GCP' }), 400, 'Validation failed');
    expect(unknown.fieldErrors).toEqual([{ field: 'cloudProfile', message: "cloud profile 'gcp' does not exist" }]);
    const missing = await raw('POST', accountsPath(), { body: JSON.stringify({ metadata: { a: 1 } }) });
    expect(missing.status).toBe(400);
    expect(missing.body!['errors']).toEqual([
      { field: 'cloudProfile', message: 'must not be blank' },
      { field: 'displayName', message: 'must not be blank' },
      { field: 'metadata.a', message: 'must be a string' },
    ]);
  });

  it('refuses malformed JSON and non-object bodies in its own error shape', async () => {
    const bad = await raw('POST', accountsPath(), { body: '{"cloudProfile": ' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ status: 400, error: 'Bad Request', message: 'JSON parse error: malformed request body' });
    const arr = await raw('POST', accountsPath(), { body: '[]' });
    expect(arr.status).toBe(400);
  });

  it('patches displayName (3–64) and enabled; other fields are refused', async () => {
    const created = await client.createCloudAccount({ cloudProfile: 'aws', displayName: 'Before' });
    const patched = await client.updateCloudAccount(created.identity, { displayName: 'After', enabled: false });
    expect(patched).toMatchObject({ displayName: 'After', enabled: false });
    const short = await expectApiError(client.updateCloudAccount(created.identity, { displayName: 'ab' }), 400, 'Validation failed');
    expect(short.fieldErrors).toEqual([{ field: 'displayName', message: 'size must be between 3 and 64' }]);
    const meta = await raw('PATCH', `${accountsPath()}/${created.identity}`, { body: JSON.stringify({ metadata: { a: 'b' } }) });
    expect(meta.status).toBe(400);
    expect(meta.body!['errors']).toEqual([{ field: 'metadata', message: 'is not a known field' }]);
    expect((await client.getCloudAccount(created.identity)).displayName).toBe('After');
  });

  it('answers 404 for an unknown account and 400 for an identity that is not a UUID', async () => {
    await expectApiError(client.getCloudAccount('00000000-0000-4000-8000-000000000000'), 404, 'not found');
    expect(await client.findCloudAccount('00000000-0000-4000-8000-000000000000')).toBeNull();
    await expectApiError(client.getCloudAccount('not-a-uuid'), 400, "to UUID");
  });

  it('deletes with 204, then the account is gone', async () => {
    const created = await client.createCloudAccount({ cloudProfile: 'hetzner', displayName: 'Hetzner' });
    const res = await raw('DELETE', `${accountsPath()}/${created.identity}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(await client.findCloudAccount(created.identity)).toBeNull();
    await expectApiError(client.deleteCloudAccount(created.identity), 404, 'not found');
  });

  it('filters by display-name and cloud-provider-slug, and walks every page', async () => {
    for (let i = 0; i < 5; i++) await client.createCloudAccount({ cloudProfile: 'aws', displayName: `aws-${i}` });
    await client.createCloudAccount({ cloudProfile: 'azure', displayName: 'azure-main' });
    const paged = makeClient({ pageSize: 2 });
    await fetch(`${emu.url}/_emulator/requests`, { method: 'DELETE' });
    const all = await paged.listCloudAccounts();
    expect(all.map((a) => a.displayName)).toEqual(['aws-0', 'aws-1', 'aws-2', 'aws-3', 'aws-4', 'azure-main']);
    // Six accounts at two per page: exactly three page requests.
    const counts = (await (await fetch(`${emu.url}/_emulator/requests`)).json()) as Record<string, Record<string, number>>;
    expect(counts['avisi']).toEqual({ 'GET /api/v1/orgs/:organisationSlug/cloud-accounts': 3 });
    const byProvider = await paged.listCloudAccounts({ cloudProviderSlug: 'azure' });
    expect(byProvider.map((a) => a.displayName)).toEqual(['azure-main']);
    const byName = await paged.listCloudAccounts({ displayName: 'AWS-3' });
    expect(byName.map((a) => a.displayName)).toEqual(['aws-3']);
    const page = await client.listCloudAccountsPage({}, { page: 1, size: 4 });
    expect(page).toMatchObject({ totalElements: 6, totalPages: 2, number: 1, size: 4, first: false, last: true });
    expect(page.content.map((a) => a.displayName)).toEqual(['aws-4', 'azure-main']);
  });
});

describe('credentials', () => {
  const bodies = {
    aws: { accessKeyId: 'AKIAEXAMPLE0001', accessKeySecret: 'SECRET-aws-1' },
    azure: { clientId: 'cid', clientSecret: 'SECRET-azure-1', subscriptionId: 'sub', tenantId: 'tenant' },
    digitalocean: { apiKey: 'SECRET-do-1' },
    hetzner: { apiToken: 'SECRET-hetzner-1' },
    openstack: { credentialId: 'os-id', credentialSecret: 'SECRET-os-1' },
    vsphere: { username: 'admin', password: 'SECRET-vs-1', provisionUsername: 'prov', provisionPassword: 'SECRET-vs-2' },
  } as const;

  it.each(Object.keys(bodies) as (keyof typeof bodies)[])('creates %s credentials on a matching account and never echoes the secret', async (type) => {
    const account = await client.createCloudAccount({ cloudProfile: type, displayName: `${type} account` });
    const res = await raw('POST', `${accountsPath()}/${account.identity}/credentials/${type}`, {
      body: JSON.stringify({ displayName: `${type} creds`, metadata: { owner: 'ops' }, credentials: bodies[type] }),
    });
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/SECRET-/);
    expect(Object.keys(res.body!).sort()).toEqual(['cloudAccountIdentity', 'cloudType', 'createdAt', 'displayName', 'identity', 'isPrimary', 'metadata']);
    expect(res.body).toMatchObject({ cloudAccountIdentity: account.identity, cloudType: type, displayName: `${type} creds`, isPrimary: true, metadata: { owner: 'ops' } });
    const list = await raw('GET', `${accountsPath()}/${account.identity}/credentials`);
    expect(list.text).not.toMatch(/SECRET-/);
  });

  it('creates dummy credentials without a credentials object', async () => {
    const account = await client.createCloudAccount({ cloudProfile: 'dummy', displayName: 'dummy account' });
    const creds = await client.createCloudCredentials(account.identity, 'dummy', { displayName: 'dummy', credentials: undefined });
    expect(creds).toMatchObject({ cloudType: 'dummy', isPrimary: true });
  });

  it('refuses credentials whose type does not match the account profile', async () => {
    const account = await client.createCloudAccount({ cloudProfile: 'azure', displayName: 'Azure' });
    await expectApiError(
      client.createCloudCredentials(account.identity, 'aws', { displayName: 'x', credentials: bodies.aws }),
      400,
      'cloud provider type aws does not match cloud account type azure',
    );
  });

  it('validates the credentials body with field errors, and an ApiError never carries the secret', async () => {
    const account = await client.createCloudAccount({ cloudProfile: 'aws', displayName: 'AWS' });
    const missing = await expectApiError(
      client.createCloudCredentials(account.identity, 'aws', { displayName: 'x', credentials: { accessKeyId: 'AKIA', accessKeySecret: '' } }),
      400,
      'Validation failed',
    );
    expect(missing.fieldErrors).toEqual([{ field: 'credentials.accessKeySecret', message: 'must not be blank' }]);
    const foreign = await raw('POST', `${accountsPath()}/${account.identity}/credentials/aws`, {
      body: JSON.stringify({ displayName: 'x', credentials: { ...bodies.aws, clientSecret: 'SECRET-wrong' } }),
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body!['errors']).toEqual([{ field: 'credentials.clientSecret', message: 'is not a known field' }]);
    expect(foreign.text).not.toContain('SECRET-wrong');
    const hetzner = await client.createCloudAccount({ cloudProfile: 'hetzner', displayName: 'Hetzner' });
    const noName = await raw('POST', `${accountsPath()}/${hetzner.identity}/credentials/hetzner`, { body: JSON.stringify({ credentials: bodies.hetzner }) });
    expect(noName.status).toBe(400);
    expect(noName.body!['errors']).toEqual([{ field: 'displayName', message: 'must not be blank' }]);
    const unknownType = await raw('POST', `${accountsPath()}/${account.identity}/credentials/gcp`, { body: '{}' });
    expect(unknownType.status).toBe(404);
  });

  it('set-primary updates primaryCloudCredentialsIdentity and isPrimary; delete of the primary clears it', async () => {
    const account = await client.createCloudAccount({ cloudProfile: 'aws', displayName: 'AWS' });
    const first = await client.createCloudCredentials(account.identity, 'aws', { displayName: 'first', credentials: bodies.aws });
    const second = await client.createCloudCredentials(account.identity, 'aws', { displayName: 'second', credentials: bodies.aws });
    expect(first.isPrimary).toBe(true);
    expect(second.isPrimary).toBe(false);
    expect((await client.getCloudAccount(account.identity)).primaryCloudCredentialsIdentity).toBe(first.identity);

    const updated: CloudAccount = await client.setPrimaryCloudCredentials(account.identity, second.identity);
    expect(updated.primaryCloudCredentialsIdentity).toBe(second.identity);
    const list = await client.listCloudCredentials(account.identity);
    expect(list.map((c) => [c.displayName, c.isPrimary])).toEqual([
      ['first', false],
      ['second', true],
    ]);
    // PATCH primaryCloudCredentials does the same.
    const patched = await client.updateCloudAccount(account.identity, { primaryCloudCredentials: first.identity });
    expect(patched.primaryCloudCredentialsIdentity).toBe(first.identity);
    await expectApiError(client.updateCloudAccount(account.identity, { primaryCloudCredentials: '00000000-0000-4000-8000-000000000000' }), 400, 'Validation failed');
    await expectApiError(client.setPrimaryCloudCredentials(account.identity, '00000000-0000-4000-8000-000000000000'), 404, 'not found');

    await client.deleteCloudCredentials(account.identity, first.identity);
    expect((await client.getCloudAccount(account.identity)).primaryCloudCredentialsIdentity ?? null).toBeNull();
    expect(await client.findCloudCredentials(account.identity, first.identity)).toBeNull();
    expect((await client.findCloudCredentials(account.identity, second.identity))?.displayName).toBe('second');
    await expectApiError(client.deleteCloudCredentials(account.identity, first.identity), 404, 'not found');
  });
});

describe('clusters and the 24-hour rule', () => {
  it('lists the clusters of an account', async () => {
    const account = await client.createCloudAccount({ cloudProfile: 'aws', displayName: 'AWS' });
    const creds = await client.createCloudCredentials(account.identity, 'aws', { displayName: 'k', credentials: { accessKeyId: 'AKIA', accessKeySecret: 's' } });
    await addCluster({ cloudAccountIdentity: account.identity, name: 'prod', region: 'eu-west-1' });
    const clusters = await client.listClusters(account.identity);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({
      name: 'prod',
      region: 'eu-west-1',
      status: 'started',
      cloudProvider: 'aws',
      cloudAccount: { identity: account.identity },
      cloudCredentials: { identity: creds.identity },
    });
    await expectApiError(client.listClusters('00000000-0000-4000-8000-000000000000'), 404, 'not found');
  });

  it('refuses deletes while a cluster used the account or credentials in the last 24 hours', async () => {
    const account = await client.createCloudAccount({ cloudProfile: 'aws', displayName: 'AWS' });
    const creds = await client.createCloudCredentials(account.identity, 'aws', { displayName: 'k', credentials: { accessKeyId: 'AKIA', accessKeySecret: 's' } });
    await addCluster({ cloudAccountIdentity: account.identity, deletedAt: new Date(Date.now() - 60 * 60 * 1000).toISOString() });
    const err = await expectApiError(client.deleteCloudCredentials(account.identity, creds.identity), 400, 'used by a cluster in the last 24 hours');
    expect(isRecentlyUsedRefusal(err)).toBe(true);
    expect(err.requestId).toBeTruthy();
    await expectApiError(client.deleteCloudAccount(account.identity), 400, 'used by a cluster in the last 24 hours');
    expect(await client.findCloudAccount(account.identity)).not.toBeNull();
  });
});

describe('auth', () => {
  it('answers 401 to a wrong token and 403 to another organisation', async () => {
    await expectApiError(makeClient({ apiToken: 'wrong' }).listCloudAccounts(), 401, 'Invalid or expired personal access token');
    const none = await raw('GET', accountsPath(), { token: null });
    expect(none.status).toBe(401);
    await expectApiError(makeClient({ organisation: 'other-org' }).listCloudAccounts(), 403, 'necessary permissions');
  });

  it('answers unknown routes with 404 in its error shape', async () => {
    const res = await raw('GET', `/api/v1/orgs/${org}/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404 });
  });
});

describe('malformed responses', () => {
  let server: Server;
  let badUrl: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ identity: 'x', displayName: 7, enabled: true, cloudProfile: { identity: 'aws' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    badUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('turns a response of the wrong shape into MalformedResponseError naming the field', async () => {
    const bad = new AvisiClient({ baseUrl: badUrl, apiToken: 't', organisation: 'o', userAgent: 'x', retry: { maxAttempts: 1 } });
    try {
      await bad.getCloudAccount('00000000-0000-4000-8000-000000000000');
      throw new Error('expected a MalformedResponseError');
    } catch (err) {
      expect(err).toBeInstanceOf(MalformedResponseError);
      expect((err as MalformedResponseError).fieldPath).toBe('displayName');
    }
  });
});
