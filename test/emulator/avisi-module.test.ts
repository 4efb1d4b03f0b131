/**
 * The Avisi emulator module on its own: handlers dispatched directly with a
 * fake clock, so the 24-hour delete rule, validation and paging are checked
 * exactly and without the HTTP core.
 */
import {
  EmulatorHttpError,
  type EmulatorIdentities,
  type EmulatorResponse,
  type EmulatorWorld,
} from '../../src/emulator/types';
import { avisiEmulator, type AvisiEmulatorState } from '../../src/vendors/avisi/emulator';
import { RECENT_USE_WINDOW_MS } from '../../src/vendors/avisi/emulator-assumptions';

const ORG = 'acme';
const TOKEN = 'avisi-token';
const identities: EmulatorIdentities = {
  tokens: { p0: 'p', cloudflare: 'c', northflank: 'n', avisi: TOKEN, qtangl: { viewer: 'v', operator: 'o', admin: 'ad' } },
  ids: { p0_org: 'org', cloudflare_account: 'acc', avisi_organisation: ORG },
};

function makeWorld() {
  let clock = Date.UTC(2025, 0, 1);
  let counter = 0;
  const world: EmulatorWorld = {
    identities,
    aws: { getRole: () => undefined, getRoleByArn: () => undefined },
    now: () => clock,
    randomId: (bytes = 16) => (++counter).toString(16).padStart(bytes * 2, '0'),
  };
  return { world, advance: (ms: number) => (clock += ms) };
}

function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const s = path.split('/');
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i]!.startsWith(':')) params[p[i]!.slice(1)] = decodeURIComponent(s[i]!);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

function dispatcher(state: AvisiEmulatorState, world: EmulatorWorld) {
  return async (method: string, pathAndQuery: string, body?: unknown, token: string | null = TOKEN): Promise<EmulatorResponse> => {
    const url = new URL(`http://x${pathAndQuery}`);
    const route = avisiEmulator.routes.find((r) => r.method === method && matchRoute(r.path, url.pathname));
    if (!route) return avisiEmulator.errorResponse(404, 'No route', 'req');
    const req = {
      method,
      path: url.pathname,
      route: route.path,
      params: matchRoute(route.path, url.pathname)!,
      query: url.searchParams,
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
      rawBody: Buffer.from(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)),
      requestId: 'req-1',
    };
    try {
      const principal = avisiEmulator.authenticate(req, identities);
      return await route.handler(req, { state, world, principal });
    } catch (err) {
      if (err instanceof EmulatorHttpError) return avisiEmulator.errorResponse(err.status, err.message, req.requestId, err.details);
      throw err;
    }
  };
}

const base = `/api/v1/orgs/${ORG}/cloud-accounts`;
type Json = Record<string, unknown>;

function setup() {
  const state = avisiEmulator.initialState(identities);
  const { world, advance } = makeWorld();
  const call = dispatcher(state, world);
  async function account(profile = 'aws', displayName = 'Production AWS'): Promise<Json> {
    const res = await call('POST', base, { cloudProfile: profile, displayName });
    expect(res.status).toBe(200);
    return res.json as Json;
  }
  async function awsCredentials(accountId: string, displayName = 'ci key'): Promise<Json> {
    const res = await call('POST', `${base}/${accountId}/credentials/aws`, {
      displayName,
      credentials: { accessKeyId: 'AKIAEXAMPLE', accessKeySecret: 'very-secret' },
    });
    expect(res.status).toBe(200);
    return res.json as Json;
  }
  return { state, world, advance, call, account, awsCredentials };
}

describe('auth and organisation', () => {
  it('answers 401 without or with a wrong token, 403 for another organisation', async () => {
    const { call } = setup();
    expect((await call('GET', base, undefined, null)).status).toBe(401);
    const wrong = await call('GET', base, undefined, 'nope');
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({ status: 401, error: 'Unauthorized', message: 'Invalid or expired personal access token' });
    const other = await call('GET', '/api/v1/orgs/someone-else/cloud-accounts');
    expect(other.status).toBe(403);
  });
});

describe('the 24-hour rule', () => {
  it('refuses to delete an account or credentials a live cluster uses, then allows it 24 hours after the cluster is gone', async () => {
    const { call, account, awsCredentials, advance } = setup();
    const acc = await account();
    const creds = await awsCredentials(acc['identity'] as string);
    const cluster = await call('POST', '/_emulator/clusters', {
      cloudAccountIdentity: acc['identity'],
      cloudCredentialsIdentity: creds['identity'],
      name: 'prod',
    });
    expect(cluster.status).toBe(201);
    const clusterId = (cluster.json as Json)['identity'] as string;

    const refusedCreds = await call('DELETE', `${base}/${acc['identity'] as string}/credentials/${creds['identity'] as string}`);
    expect(refusedCreds.status).toBe(400);
    expect((refusedCreds.json as Json)['message']).toBe(
      `The cloud credentials ${creds['identity'] as string} cannot be deleted: it was used by a cluster in the last 24 hours`,
    );
    const refusedAccount = await call('DELETE', `${base}/${acc['identity'] as string}`);
    expect(refusedAccount.status).toBe(400);

    expect((await call('DELETE', `/_emulator/clusters/${clusterId}`)).status).toBe(204);
    // Deleted just now: still used "in the last 24 hours".
    advance(RECENT_USE_WINDOW_MS - 1);
    expect((await call('DELETE', `${base}/${acc['identity'] as string}`)).status).toBe(400);
    advance(1);
    expect((await call('DELETE', `${base}/${acc['identity'] as string}/credentials/${creds['identity'] as string}`)).status).toBe(204);
    expect((await call('DELETE', `${base}/${acc['identity'] as string}`)).status).toBe(204);
    expect((await call('GET', `${base}/${acc['identity'] as string}`)).status).toBe(404);
  });

  it('takes a deletedAt in the past so a test can place the last use outside the window', async () => {
    const { call, account, world } = setup();
    const acc = await account();
    await call('POST', '/_emulator/clusters', {
      cloudAccountIdentity: acc['identity'],
      deletedAt: new Date(world.now() - RECENT_USE_WINDOW_MS - 1000).toISOString(),
    });
    expect((await call('DELETE', `${base}/${acc['identity'] as string}`)).status).toBe(204);
  });

  it('counts only clusters of that credential for a credential delete', async () => {
    const { call, account, awsCredentials } = setup();
    const acc = await account();
    const accountId = acc['identity'] as string;
    const used = await awsCredentials(accountId, 'used');
    const unused = await awsCredentials(accountId, 'unused');
    await call('POST', '/_emulator/clusters', { cloudAccountIdentity: accountId, cloudCredentialsIdentity: used['identity'] });
    expect((await call('DELETE', `${base}/${accountId}/credentials/${unused['identity'] as string}`)).status).toBe(204);
    expect((await call('DELETE', `${base}/${accountId}/credentials/${used['identity'] as string}`)).status).toBe(400);
  });
});

describe('pagination', () => {
  it('pages with page/size, clamps size to 100 and reports Spring page fields', async () => {
    const { call, account } = setup();
    for (let i = 0; i < 5; i++) await account('aws', `account-${i}`);
    const page1 = (await call('GET', `${base}?page=1&size=2`)).json as Json;
    expect(page1).toMatchObject({
      totalElements: 5,
      totalPages: 3,
      number: 1,
      size: 2,
      first: false,
      last: false,
      numberOfElements: 2,
      empty: false,
      pageable: { offset: 2, pageNumber: 1, pageSize: 2, paged: true, unpaged: false },
    });
    expect((page1['content'] as Json[]).map((a) => a['displayName'])).toEqual(['account-2', 'account-3']);
    const last = (await call('GET', `${base}?page=2&size=2`)).json as Json;
    expect(last).toMatchObject({ last: true, numberOfElements: 1 });
    const beyond = (await call('GET', `${base}?page=9&size=2`)).json as Json;
    expect(beyond).toMatchObject({ content: [], empty: true, last: true });
    const clamped = (await call('GET', `${base}?size=5000`)).json as Json;
    expect(clamped['size']).toBe(100);
    const defaulted = (await call('GET', base)).json as Json;
    expect(defaulted['size']).toBe(20);
    const bad = await call('GET', `${base}?size=-1`);
    expect(bad.status).toBe(400);
    expect((bad.json as Json)['errors']).toEqual([{ field: 'size', message: 'must be an integer of at least 1' }]);
  });

  it('defaults the clusters list to 50 per page and hides deleted clusters', async () => {
    const { call, account } = setup();
    const acc = await account();
    const id = acc['identity'] as string;
    await call('POST', '/_emulator/clusters', { cloudAccountIdentity: id, name: 'live' });
    await call('POST', '/_emulator/clusters', { cloudAccountIdentity: id, name: 'gone', deletedAt: '2024-12-01T00:00:00Z' });
    const page = (await call('GET', `${base}/${id}/clusters`)).json as Json;
    expect(page['size']).toBe(50);
    expect((page['content'] as Json[]).map((c) => c['name'])).toEqual(['live']);
  });
});

describe('state', () => {
  it('is JSON-serialisable and holds no secret', async () => {
    const { state, account, awsCredentials } = setup();
    const acc = await account();
    await awsCredentials(acc['identity'] as string);
    const text = JSON.stringify(state);
    expect(JSON.parse(text)).toEqual(state);
    expect(text).not.toContain('very-secret');
    expect(text).toContain('AKIAEXAMPLE');
  });
});
