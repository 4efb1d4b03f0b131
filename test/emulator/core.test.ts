/**
 * The emulator core, in-process, with a tiny example module: routing, auth,
 * vendor-shaped errors, hardening, faults, request counts, reset, admin state
 * routes, the clock, world.aws, and persistence across restarts.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient, closeHttpPools } from '../../src/http/client';
import { ApiError, OutcomeUnknownError } from '../../src/http/errors';
import { FakeClock, mergePatch, startEmulator, type RunningEmulator } from '../../src/emulator/server';
import { faultPathMatches, omitEntries } from '../../src/emulator/faults';
import { apiModule } from '../../src/emulator/types';
import { withEmulator, emulatorEnv, injectFault, cloudbridgeTokens } from '../support/emulator';
import { startDefaultEmulator } from '../../src/emulate';
import { exampleModule, fakeAwsModule, type ExampleState } from './core-example-module';

const clock = new FakeClock(Date.UTC(2025, 5, 1));
const em = withEmulator({ modules: [apiModule(exampleModule), apiModule(fakeAwsModule)], clock, resetBeforeEach: true });

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

async function call(method: string, path: string, init: { body?: string; token?: string | null; headers?: Record<string, string>; base?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.token !== null) headers['authorization'] = `Bearer ${init.token ?? em.tokens.northflank}`;
  if (init.body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${init.base ?? em.endpoints.northflank}${path}`, { method, headers, body: init.body });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, body, text };
}

const admin = (method: string, path: string, body?: unknown) => call(method, path, { base: `${em.url}/_emulator`, token: null, body: body === undefined ? undefined : JSON.stringify(body) });

describe('identity and endpoints', () => {
  it('serves each mounted api at {url}/{api}{basePath} and prints its endpoint', () => {
    expect(em.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(em.endpoints).toEqual({ northflank: `${em.url}/northflank/v9`, aws: `${em.url}/aws` });
  });

  it('the composition root prints every api endpoint, one token set per vendor, and the ids', async () => {
    const all = await startDefaultEmulator();
    try {
      expect(all.endpoints).toEqual({
        p0: `${all.url}/p0`,
        cloudflare: `${all.url}/cloudflare/client/v4`,
        northflank: `${all.url}/northflank`,
        avisi: `${all.url}/avisi`,
        qtangl: `${all.url}/qtangl`,
        aws: `${all.url}/aws`,
      });
      const tokens = cloudbridgeTokens(all.identities);
      expect(Object.keys(all.tokens).sort()).toEqual(['avisi', 'cloudflare', 'northflank', 'p0', 'qtangl']);
      expect(Object.keys(tokens.qtangl).sort()).toEqual(['admin', 'operator', 'viewer']);
      expect(Object.keys(all.ids).sort()).toEqual(['avisi_organisation', 'cloudflare_account', 'p0_org']);
      expect(all.ids['cloudflare_account']).toMatch(/^[0-9a-f]{32}$/);
      expect(tokens.cloudflare).toHaveLength(40);
      const values = [tokens.p0, tokens.cloudflare, tokens.northflank, tokens.avisi, tokens.qtangl.viewer, tokens.qtangl.operator, tokens.qtangl.admin];
      expect(new Set(values).size).toBe(values.length);
    } finally {
      await all.close();
    }
  });

  it('draws fresh identities for every fresh start', async () => {
    const first = await startEmulator({ modules: [apiModule(exampleModule)] });
    const second = await startEmulator({ modules: [apiModule(exampleModule)] });
    try {
      expect(first.tokens['northflank']).toMatch(/^[A-Za-z0-9_-]{40}$/);
      expect(second.tokens['northflank']).toMatch(/^[A-Za-z0-9_-]{40}$/);
      expect(second.tokens['northflank']).not.toBe(first.tokens['northflank']);
      expect(second.ids['widget_shop']).not.toBe(first.ids['widget_shop']);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('maps itself to the provider environment variables', () => {
    const env = emulatorEnv(em, { qtanglRole: 'viewer' });
    expect(env['CLOUDBRIDGE_NORTHFLANK_BASE_URL']).toBe(em.endpoints.northflank);
    expect(env['CLOUDBRIDGE_CLOUDFLARE_ACCOUNT_ID']).toBe(em.ids.cloudflare_account);
    expect(env['CLOUDBRIDGE_QTANGL_API_KEY']).toBe(em.tokens.qtangl.viewer);
    expect(env['AWS_ENDPOINT_URL_IAM']).toBe(em.endpoints.aws);
  });
});

describe('routing', () => {
  it('binds :params, passes query, route and principal to the handler', async () => {
    const created = await call('POST', '/widgets', { body: JSON.stringify({ name: 'gear' }) });
    expect(created.status).toBe(201);
    const id = (created.body as { data: { id: string } }).data.id;
    const read = await call('GET', `/widgets/${id}`);
    expect(read.body).toEqual({ data: { id, name: 'gear', createdAt: clock.now() }, route: '/widgets/:id', path: `/widgets/${id}` });
    const list = await call('GET', '/widgets?q=ge%20ar');
    expect(list.body).toEqual({ data: [{ id, name: 'gear', createdAt: clock.now() }], q: 'ge ar', principal: 'owner' });
  });

  it('prefers a literal segment over a :param and binds the rest of the path to *', async () => {
    expect((await call('GET', '/widgets/special')).body).toEqual({ special: true });
    expect((await call('GET', '/files/a/b%20c/d.txt')).body).toEqual({ rest: 'a/b c/d.txt' });
  });

  it('sends the request id under the header the module chose, else x-request-id', async () => {
    const missing = await call('GET', '/widgets/nope');
    const id = missing.headers.get('x-example-request-id');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(missing.headers.get('x-request-id')).toBeNull();
    const ok = await call('GET', '/widgets');
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(ok.headers.get('x-request-id')).not.toBe(id);
  });

  it('serves text responses with their content type', async () => {
    const teapot = await call('GET', '/teapot');
    expect(teapot.status).toBe(418);
    expect(teapot.text).toBe('short and stout');
    expect(teapot.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('answers 204 with no body', async () => {
    const res = await call('DELETE', '/widgets/whatever');
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
  });
});

describe('errors in the vendor shape, server stays up', () => {
  it('runs authenticate first: 401 without or with a wrong token', async () => {
    const none = await call('GET', '/widgets', { token: null });
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error: { status: 401, message: 'missing token', details: null } });
    const wrong = await call('POST', '/widgets', { token: 'nope', body: '{' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ error: { status: 401, message: 'bad token', details: { code: 'AUTH' } } });
    expect(em.state<ExampleState>('northflank').widgets).toEqual({});
  });

  it('renders EmulatorHttpError with its details', async () => {
    const res = await call('POST', '/widgets', { body: JSON.stringify({ name: '' }) });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: { status: 422, message: 'invalid widget', details: { fields: { name: 'required' } } } });
  });

  it('answers malformed JSON with a 400 from parseJsonBody', async () => {
    const res = await call('POST', '/widgets', { body: '{"name": ' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { status: 400, message: 'body is not JSON', details: null } });
  });

  it('answers an unknown route under a vendor with the vendor 404, a wrong method with 405', async () => {
    const unknown = await call('GET', '/gadgets/1');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: { status: 404, message: 'No route for GET /gadgets/1', details: null } });
    const wrongMethod = await call('PATCH', '/widgets/1', { body: '{}' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, DELETE');
    const outsideBase = await call('GET', '/widgets', { base: `${em.url}/northflank/v1` });
    expect(outsideBase.status).toBe(404);
    expect((outsideBase.body as { error: { message: string } }).error.message).toBe('No route for GET /northflank/v1/widgets');
  });

  it('answers an unknown or unregistered vendor prefix with a plain 404', async () => {
    for (const path of ['/nowhere/x', '/qtangl/integrations']) {
      const res = await call('GET', '', { base: `${em.url}${path}`, token: null });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: 'not found', path });
    }
  });

  it('rejects a body over 1 MiB with 413 in the vendor shape', async () => {
    const res = await call('POST', '/widgets', { body: JSON.stringify({ name: 'x'.repeat(1024 * 1024) }) });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: { status: 413, message: 'Request body exceeds 1048576 bytes', details: null } });
    expect((await call('GET', '/widgets')).status).toBe(200);
  });

  it('turns an unexpected exception into a 500 in the vendor shape', async () => {
    const res = await call('GET', '/boom');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { status: 500, message: 'Internal server error', details: null } });
    expect((await call('GET', '/widgets')).status).toBe(200);
  });

  it('answers a bad percent-encoding with a 400', async () => {
    const res = await call('GET', '/widgets/%E0%A4%A');
    expect(res.status).toBe(400);
  });
});

describe('request counts', () => {
  it('counts per vendor, method and route pattern, unmatched routes included', async () => {
    await call('GET', '/widgets');
    await call('GET', '/widgets');
    await call('GET', '/widgets/a');
    await call('GET', '/widgets/b', { token: null });
    await call('GET', '/nothing');
    const res = await admin('GET', '/requests');
    expect(res.body).toEqual({ northflank: { 'GET /widgets': 2, 'GET /widgets/:id': 2, 'GET (no route)': 1 } });
    expect(em.requestCounts()).toEqual(res.body);
    await admin('DELETE', '/requests');
    expect((await admin('GET', '/requests')).body).toEqual({});
  });
});

describe('faults', () => {
  it('answers a status fault in the vendor shape with Retry-After, for `times` matching requests only', async () => {
    await injectFault(em, { vendor: 'northflank', method: 'GET', path: '/widgets', status: 429, retryAfter: 2, times: 2 });
    const first = await call('GET', '/widgets');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(first.body).toEqual({ error: { status: 429, message: 'Too Many Requests', details: null } });
    expect((await call('POST', '/widgets', { body: '{"name":"a"}' })).status).toBe(201);
    expect((await call('GET', '/widgets')).status).toBe(429);
    expect((await call('GET', '/widgets')).status).toBe(200);
    expect((await admin('GET', '/faults')).body).toEqual([]);
  });

  it('applies before authentication (a fault is the network or a gateway, not the API)', async () => {
    await injectFault(em, { vendor: 'northflank', status: 503 });
    expect((await call('GET', '/widgets', { token: null })).status).toBe(503);
  });

  it('adds latency and then serves the real answer', async () => {
    await injectFault(em, { vendor: 'northflank', path: '/widgets', latencyMs: 300 });
    const started = Date.now();
    const res = await call('GET', '/widgets');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('resets the connection', async () => {
    await injectFault(em, { vendor: 'northflank', reset: true });
    await expect(call('GET', '/widgets')).rejects.toThrow();
    expect((await call('GET', '/widgets')).status).toBe(200);
  });

  it('omit: answers the real list without the entries that name a value (a list that lags), once', async () => {
    for (const name of ['keep', 'drop']) expect((await call('POST', '/widgets', { body: JSON.stringify({ name }) })).status).toBe(201);
    const all = (await call('GET', '/widgets')).body as { data: { id: string; name: string }[] };
    const dropped = all.data.find((w) => w.name === 'drop')!.id;
    await injectFault(em, { vendor: 'northflank', method: 'GET', path: '/widgets', omit: dropped });
    const lagging = (await call('GET', '/widgets')).body as { data: { id: string; name: string }[] };
    expect(lagging.data.map((w) => w.name)).toEqual(['keep']);
    // The object itself still answers, and the next listing is whole again.
    expect((await call('GET', `/widgets/${dropped}`)).status).toBe(200);
    expect(((await call('GET', '/widgets')).body as { data: unknown[] }).data).toHaveLength(2);
  });

  it('omit drops object properties keyed by the value too, at any depth', () => {
    expect(omitEntries({ base: { a1: { x: 1 }, a2: { x: 2 } }, items: [{ id: 'a1' }, { id: 'b' }], n: 'a1' }, 'a1')).toEqual({
      base: { a2: { x: 2 } },
      items: [{ id: 'b' }],
      n: 'a1',
    });
  });

  it('matches paths by segment prefix, glob or route pattern', () => {
    expect(faultPathMatches('/widgets', '/widgets/1', '/widgets/:id')).toBe(true);
    expect(faultPathMatches('/widgets', '/widgetsx', undefined)).toBe(false);
    expect(faultPathMatches('/widgets/*/parts', '/widgets/1/parts', undefined)).toBe(true);
    expect(faultPathMatches('/widgets/*/parts', '/widgets/1/bolts', undefined)).toBe(false);
    expect(faultPathMatches('/widgets/:id', '/widgets/9', '/widgets/:id')).toBe(true);
    expect(faultPathMatches('/widgets/:id', '/widgets', '/widgets')).toBe(false);
  });

  it('rejects a malformed fault', async () => {
    expect((await admin('POST', '/faults', { vendor: 'northflank' })).status).toBe(400);
    expect((await admin('POST', '/faults', { vendor: 'nobody', status: 500 })).status).toBe(400);
    expect((await admin('POST', '/faults', { vendor: 'northflank', status: 500, times: 0 })).status).toBe(400);
    expect((await admin('POST', '/faults', { vendor: 'northflank', status: 500, bogus: 1 })).body).toEqual({ error: 'unknown fault field "bogus"' });
    expect((await admin('POST', '/faults', { vendor: 'northflank', omit: 'x', status: 500 })).body).toEqual({ error: 'omit changes the real answer: not with status or reset' });
    expect((await admin('POST', '/faults', { vendor: 'northflank', omit: '' })).status).toBe(400);
  });
});

describe('the HTTP client core against injected faults', () => {
  const client = () =>
    new HttpClient({
      baseUrl: em.endpoints.northflank,
      vendor: 'example',
      authHeaders: { authorization: `Bearer ${em.tokens.northflank}` },
      userAgent: 'test',
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
      parseError: (_s, body) => ({ message: (body as { error: { message: string } }).error.message }),
      requestIdHeaders: ['x-example-request-id'],
    });
  afterAll(() => closeHttpPools());

  it('waits out Retry-After and succeeds; the server saw two requests', async () => {
    await injectFault(em, { vendor: 'northflank', path: '/widgets', status: 429, retryAfter: 1 });
    const started = Date.now();
    const res = await client().request({ method: 'GET', path: '/widgets' });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(em.requestCounts()['northflank']).toEqual({ 'GET /widgets': 2 });
  });

  it('never repeats a create whose connection reset: OutcomeUnknownError, one POST, no widget', async () => {
    await injectFault(em, { vendor: 'northflank', method: 'POST', path: '/widgets', reset: true, times: 3 });
    await expect(client().request({ method: 'POST', path: '/widgets', body: { name: 'once' } })).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(em.requestCounts()['northflank']).toEqual({ 'POST /widgets': 1 });
    expect(em.state<ExampleState>('northflank').widgets).toEqual({});
  });

  it('carries the vendor message and the request id header into ApiError', async () => {
    const err = await client()
      .request({ method: 'GET', path: '/widgets/zz' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toMatch(/^example API error 404 on GET \/northflank\/v9\/widgets\/zz: widget zz not found \[request id [0-9a-f]{32}\]$/);
  });
});

describe('reset, admin state and clock', () => {
  it('reset gives fresh state and keeps identities', async () => {
    await call('POST', '/widgets', { body: '{"name":"a"}' });
    const tokens = em.tokens.northflank;
    expect((await admin('POST', '/reset')).body).toEqual({ ok: true });
    expect(em.state<ExampleState>('northflank').widgets).toEqual({});
    expect((await admin('GET', '/info')).body).toMatchObject({ tokens: { northflank: tokens } });
    expect((await call('GET', '/widgets')).status).toBe(200);
  });

  it('reads, replaces and merge-patches a module state out of band', async () => {
    await admin('PUT', '/state/northflank', { widgets: { w1: { id: 'w1', name: 'one', createdAt: 1 } } });
    expect((await call('GET', '/widgets/w1')).body).toMatchObject({ data: { name: 'one' } });
    const patched = await admin('PATCH', '/state/northflank', { widgets: { w1: { name: 'renamed' }, w2: { id: 'w2', name: 'two', createdAt: 2 } } });
    expect(patched.body).toEqual({ widgets: { w1: { id: 'w1', name: 'renamed', createdAt: 1 }, w2: { id: 'w2', name: 'two', createdAt: 2 } } });
    await admin('PATCH', '/state/northflank', { widgets: { w2: null } });
    expect((await admin('GET', '/state/northflank')).body).toEqual({ widgets: { w1: { id: 'w1', name: 'renamed', createdAt: 1 } } });
    expect((await admin('GET', '/state/p0')).status).toBe(404);
    expect(mergePatch({ a: [1, 2], b: { c: 1 } }, { a: [3], b: { d: 2 } })).toEqual({ a: [3], b: { c: 1, d: 2 } });
  });

  it('gives handlers the settable clock, also through the admin route', async () => {
    const before = clock.now();
    expect((await call('GET', '/time')).body).toEqual({ now: before });
    em.clock.advance(60_000);
    expect((await call('GET', '/time')).body).toEqual({ now: before + 60_000 });
    expect((await admin('POST', '/clock', { advanceMs: 1000 })).body).toEqual({ now: before + 61_000 });
    expect((await admin('POST', '/clock', { advanceMs: -1 })).status).toBe(400);
  });

  it('builds world.aws from the aws module view, following its state', async () => {
    expect((await call('GET', '/roles/111122223333/seeded')).body).toEqual({ arn: 'arn:aws:iam::111122223333:role/seeded' });
    expect((await call('GET', '/roles/111122223333/later')).status).toBe(404);
    await admin('PATCH', '/state/aws', { roles: [{ accountId: '111122223333', roleName: 'later' }] });
    expect((await call('GET', '/roles/111122223333/later')).status).toBe(200);
  });
});

describe('persistence with a data file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cloudbridge-emulator-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const start = (file: string): Promise<RunningEmulator> => startEmulator({ modules: [apiModule(exampleModule)], dataFile: file });

  it('keeps identities, state and the clock shift across a restart', async () => {
    const file = join(dir, 'state.json');
    const first = await start(file);
    const created = await fetch(`${first.endpoints.northflank}/widgets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${first.tokens.northflank}`, 'content-type': 'application/json' },
      body: '{"name":"kept"}',
    });
    const id = ((await created.json()) as { data: { id: string } }).data.id;
    first.clock.advance(3_600_000);
    await first.close();

    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { version: number; states: { northflank: ExampleState }; clockOffsetMs: number };
    expect(onDisk.version).toBe(1);
    expect(onDisk.states.northflank.widgets[id]?.name).toBe('kept');
    expect(onDisk.clockOffsetMs).toBe(3_600_000);
    expect(readdirSync(dir)).toEqual(['state.json']);

    const second = await start(file);
    try {
      expect(second.tokens).toEqual(first.tokens);
      expect(second.ids).toEqual(first.ids);
      const read = await fetch(`${second.endpoints.northflank}/widgets/${id}`, { headers: { authorization: `Bearer ${second.tokens.northflank}` } });
      expect(read.status).toBe(200);
      expect(second.clock.now() - Date.now()).toBeGreaterThan(3_590_000);
    } finally {
      await second.close();
    }
  });

  it('writes after each mutating request, before the answer is sent', async () => {
    const file = join(dir, 'eager.json');
    const running = await start(file);
    try {
      await fetch(`${running.endpoints.northflank}/widgets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${running.tokens.northflank}` },
        body: '{"name":"now"}',
      });
      const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { states: { northflank: ExampleState } };
      expect(Object.values(onDisk.states.northflank.widgets).map((w) => w.name)).toEqual(['now']);
    } finally {
      await running.close();
    }
  });

  it('refuses to start over a file that is not an emulator data file', async () => {
    const file = join(dir, 'garbage.json');
    writeFileSync(file, '{"half": ');
    await expect(start(file)).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{"half": ');
    expect(existsSync(file)).toBe(true);
  });
});
