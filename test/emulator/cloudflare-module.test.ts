/**
 * The Cloudflare emulator module on its own: handlers dispatched directly with
 * a fake clock and a fake AWS view, so the time-based lifecycle and the
 * persistence of its state are checked without the HTTP core.
 */
import {
  EmulatorHttpError,
  type AwsRoleView,
  type EmulatorIdentities,
  type EmulatorResponse,
  type EmulatorWorld,
} from '../../src/emulator/types';
import { cloudflareEmulator, type CloudflareEmulatorState } from '../../src/vendors/cloudflare/emulator';
import { DISCOVERY_DURATION_MS } from '../../src/vendors/cloudflare/emulator-assumptions';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const identities: EmulatorIdentities = {
  tokens: { p0: 'p', cloudflare: 'cf-token', northflank: 'n', avisi: 'a', qtangl: { viewer: 'v', operator: 'o', admin: 'ad' } },
  ids: { p0_org: 'org', cloudflare_account: ACCOUNT, avisi_organisation: 'org' },
};

function makeWorld(roles: Map<string, AwsRoleView>) {
  let clock = Date.UTC(2025, 0, 1);
  let counter = 0;
  const world: EmulatorWorld = {
    identities,
    aws: {
      getRole: (accountId, roleName) => roles.get(`arn:aws:iam::${accountId}:role/${roleName}`),
      getRoleByArn: (arn) => roles.get(arn),
    },
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
    if (p[i]!.startsWith(':')) params[p[i]!.slice(1)] = s[i]!;
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

function dispatcher(state: CloudflareEmulatorState, world: EmulatorWorld) {
  return async (method: string, pathAndQuery: string, body?: unknown, token = 'cf-token'): Promise<EmulatorResponse> => {
    const url = new URL(`http://x${pathAndQuery}`);
    const route = cloudflareEmulator.routes.find((r) => r.method === method && matchRoute(r.path, url.pathname));
    if (!route) return cloudflareEmulator.errorResponse(404, 'No route', 'req');
    const req = {
      method,
      path: url.pathname,
      route: route.path,
      params: matchRoute(route.path, url.pathname)!,
      query: url.searchParams,
      headers: { authorization: `Bearer ${token}` },
      rawBody: Buffer.from(body === undefined ? '' : JSON.stringify(body)),
      requestId: 'req-1',
    };
    try {
      const principal = cloudflareEmulator.authenticate(req, identities);
      return await route.handler(req, { state, world, principal });
    } catch (err) {
      if (err instanceof EmulatorHttpError) return cloudflareEmulator.errorResponse(err.status, err.message, req.requestId, err.details);
      throw err;
    }
  };
}

type Json = Record<string, unknown>;
const result = (r: EmulatorResponse): Json => (r.json as { result: Json }).result;
const base = `/accounts/${ACCOUNT}/magic/cloud/providers`;

describe('cloudflare emulator module', () => {
  it('moves AWS discovery through DISCOVERING to SUCCEEDED on a fake clock, and its state survives JSON round trips', async () => {
    const roles = new Map<string, AwsRoleView>();
    const { world, advance } = makeWorld(roles);
    let state = cloudflareEmulator.initialState(identities);
    let call = dispatcher(state, world);
    const created = await call('POST', base, { cloud_type: 'AWS', friendly_name: 'one' });
    expect(created.status).toBe(201);
    const id = result(created)['id'] as string;
    const setup = result(await call('GET', `${base}/${id}/initial_setup`));
    const arn = 'arn:aws:iam::123456789012:role/cf';
    roles.set(arn, {
      accountId: '123456789012',
      roleName: 'cf',
      arn,
      trustPolicy: JSON.parse(setup['aws_trust_policy'] as string),
      inlinePolicies: {},
      attachedPolicyArns: [],
    });
    await call('PATCH', `${base}/${id}`, { aws_arn: arn });
    expect((await call('POST', `${base}/${id}/discover`)).status).toBe(202);
    advance(DISCOVERY_DURATION_MS / 2);
    const half = result(await call('GET', `${base}/${id}?status=true`));
    expect(half['state']).toBe('DISCOVERING');
    expect((half['status'] as Json)['discovery_progress']).toEqual({ done: 1, total: 3, unit: 'regions' });
    // Persist and reload mid-discovery.
    state = JSON.parse(JSON.stringify(state)) as CloudflareEmulatorState;
    call = dispatcher(state, world);
    advance(DISCOVERY_DURATION_MS / 2);
    const done = result(await call('GET', `${base}/${id}?status=true`));
    expect(done['state']).toBe('SUCCEEDED');
    expect(done['lifecycle_state']).toBe('ACTIVE');
    const status = done['status'] as Json;
    expect(status['credentials_good_since']).toBe(new Date(Date.UTC(2025, 0, 1) + DISCOVERY_DURATION_MS).toISOString());
    expect(status['last_discovery_started_at']).toBe(new Date(Date.UTC(2025, 0, 1)).toISOString());
  });

  it('rejects a role without the external id and keeps credentials_rejected_since across rediscovery', async () => {
    const roles = new Map<string, AwsRoleView>();
    const { world, advance } = makeWorld(roles);
    const state = cloudflareEmulator.initialState(identities);
    const call = dispatcher(state, world);
    const id = result(await call('POST', base, { cloud_type: 'AWS', friendly_name: 'two' }))['id'] as string;
    const arn = 'arn:aws:iam::123456789012:role/no-ext';
    const setup = result(await call('GET', `${base}/${id}/initial_setup`));
    const policy = JSON.parse(setup['aws_trust_policy'] as string) as { Statement: Json[] };
    delete policy.Statement[0]!['Condition'];
    roles.set(arn, { accountId: '123456789012', roleName: 'no-ext', arn, trustPolicy: policy, inlinePolicies: {}, attachedPolicyArns: [] });
    await call('PATCH', `${base}/${id}`, { aws_arn: arn });
    await call('POST', `${base}/${id}/discover`);
    advance(DISCOVERY_DURATION_MS);
    const first = result(await call('GET', `${base}/${id}?status=true`));
    expect(first['state']).toBe('FAILED');
    const since = (first['status'] as Json)['credentials_rejected_since'];
    expect(since).toBe(new Date(Date.UTC(2025, 0, 1) + DISCOVERY_DURATION_MS).toISOString());
    await call('POST', `${base}/${id}/discover`);
    advance(DISCOVERY_DURATION_MS);
    const second = result(await call('GET', `${base}/${id}?status=true`));
    expect(second['state']).toBe('FAILED');
    expect((second['status'] as Json)['credentials_rejected_since']).toBe(since);
  });

  it('answers 401 with Cloudflare codes for a bad token', async () => {
    const { world } = makeWorld(new Map());
    const call = dispatcher(cloudflareEmulator.initialState(identities), world);
    const res = await call('GET', base, undefined, 'wrong');
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ success: false, errors: [{ code: 10000, message: 'Authentication error' }], messages: [], result: null });
  });
});
