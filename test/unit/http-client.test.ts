/**
 * The HTTP client core against a local node http server whose behaviour each
 * test scripts: retries, Retry-After, resets, POST safety, cancellation,
 * timeouts, pacing, redaction and typed errors.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { z } from 'zod';
import { HttpClient, closeHttpPools, parseBody, userAgent, CLOUDBRIDGE_VERSION } from '../../src/http/client';
import { ApiError, CancelledError, MalformedResponseError, NetworkError, OutcomeUnknownError, RequestTimeoutError } from '../../src/http/errors';
import type { HttpClientOptions, HttpLogger } from '../../src/http/types';

type Step = (req: IncomingMessage, res: ServerResponse, body: string) => void;

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly at: number;
}

/** A server that plays `steps` in order (the last one repeats) and records what reached it. */
class ScriptedServer {
  readonly seen: Seen[] = [];
  connections = 0;
  private steps: Step[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  url = '';

  constructor() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        this.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, at: Date.now() });
        const step = this.steps.length > 1 ? this.steps.shift()! : this.steps[0];
        if (!step) throw new Error('no step scripted');
        step(req, res, body);
      });
    });
    this.server.on('connection', (socket) => {
      this.connections++;
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  script(...steps: Step[]): void {
    this.steps = steps;
    this.seen.length = 0;
    this.connections = 0;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Step =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
const reset: Step = (req) => req.socket.destroy();
const delayed =
  (ms: number, step: Step): Step =>
  (req, res, body) => {
    const timer = setTimeout(() => step(req, res, body), ms);
    res.on('close', () => clearTimeout(timer));
  };

const TOKEN = 'tok_live_9f8e7d6c5b4a';

class RecordingLogger implements HttpLogger {
  readonly lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  debug(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'debug', message, fields });
  }
  trace(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'trace', message, fields });
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'warn', message, fields });
  }
  text(): string {
    return this.lines.map((line) => `${line.message} ${JSON.stringify(line.fields)}`).join('\n');
  }
}

const server = new ScriptedServer();
beforeAll(() => server.start());
afterAll(async () => {
  await closeHttpPools();
  await server.close();
});

function client(overrides: Partial<HttpClientOptions> = {}): HttpClient {
  return new HttpClient({
    baseUrl: `${server.url}/api/v1`,
    vendor: 'acme',
    authHeaders: { authorization: `Bearer ${TOKEN}` },
    userAgent: userAgent('1.11.4'),
    retry: { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 40 },
    ...overrides,
  });
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the request to fail');
}

describe('successful requests', () => {
  it('sends JSON, auth, user agent and query below the base path and parses the JSON answer', async () => {
    server.script(json(200, { ok: true, item: { id: 'x1' } }, { 'x-request-id': 'req-1' }));
    const response = await client().request({ method: 'POST', path: '/things', query: { status: true, skip: undefined, n: 3 }, body: { name: 'a' } });
    expect(response).toEqual({ status: 200, headers: expect.objectContaining({ 'x-request-id': 'req-1' }), body: { ok: true, item: { id: 'x1' } }, requestId: 'req-1' });
    const seen = server.seen[0]!;
    expect(seen.url).toBe('/api/v1/things?status=true&n=3');
    expect(seen.body).toBe('{"name":"a"}');
    expect(seen.headers['content-type']).toBe('application/json');
    expect(seen.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    expect(seen.headers['user-agent']).toBe(`cloudbridge/${CLOUDBRIDGE_VERSION} terraform/1.11.4`);
  });

  it('reads the package version into the user agent', () => {
    expect(CLOUDBRIDGE_VERSION).toBe((jest.requireActual('../../package.json') as { version: string }).version);
    expect(userAgent(undefined)).toBe(`cloudbridge/${CLOUDBRIDGE_VERSION} terraform/unknown`);
  });

  it('returns undefined for an empty body (204)', async () => {
    server.script((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const response = await client().request({ method: 'DELETE', path: '/things/1' });
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
  });

  it('reuses one keep-alive connection for sequential requests', async () => {
    server.script(json(200, {}));
    const c = client();
    for (let i = 0; i < 5; i++) await c.request({ method: 'GET', path: '/ping' });
    expect(server.seen).toHaveLength(5);
    expect(server.connections).toBeLessThanOrEqual(1);
  });
});

describe('retries', () => {
  it('honours Retry-After in seconds on 429 and then succeeds', async () => {
    server.script(json(429, { message: 'slow down' }, { 'retry-after': '1' }), json(200, { ok: true }));
    const started = Date.now();
    const response = await client().request({ method: 'GET', path: '/limited' });
    expect(response.body).toEqual({ ok: true });
    expect(server.seen).toHaveLength(2);
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const retryAt = new Date(Math.ceil((Date.now() + 1500) / 1000) * 1000);
    server.script(json(429, { message: 'slow down' }, { 'retry-after': retryAt.toUTCString() }), json(200, { ok: true }));
    await client().request({ method: 'GET', path: '/limited' });
    expect(server.seen).toHaveLength(2);
    expect(server.seen[1]!.at).toBeGreaterThanOrEqual(retryAt.getTime() - 5);
  });

  it('does not sleep through a Retry-After longer than the cap: the 429 surfaces with retryAfterMs', async () => {
    server.script(json(429, { message: 'quota exhausted' }, { 'retry-after': '3600' }));
    const started = Date.now();
    const err = await rejection(client({ maxRetryAfterMs: 5000 }).request({ method: 'GET', path: '/limited' }));
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(429);
    expect((err as ApiError).retryAfterMs).toBe(3_600_000);
    expect(server.seen).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('retries 503 with backoff and then succeeds', async () => {
    server.script(json(503, { message: 'maintenance' }), json(503, { message: 'maintenance' }), json(200, { ok: 1 }));
    const logger = new RecordingLogger();
    const response = await client({ logger }).request({ method: 'GET', path: '/flaky' });
    expect(response.body).toEqual({ ok: 1 });
    expect(server.seen).toHaveLength(3);
    expect(logger.lines.filter((l) => l.message === 'http retry')).toHaveLength(2);
  });

  it.each([502, 504])('retries %i for a GET', async (status) => {
    server.script(json(status, { message: 'gateway' }), json(200, { ok: 1 }));
    await client().request({ method: 'GET', path: '/gw' });
    expect(server.seen).toHaveLength(2);
  });

  it('gives up after maxAttempts with the last ApiError', async () => {
    server.script(json(503, { message: 'still down' }));
    const err = await rejection(client({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } }).request({ method: 'GET', path: '/down' }));
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(503);
    expect((err as ApiError).attempts).toBe(3);
    expect(server.seen).toHaveLength(3);
  });

  it('does not retry other client errors', async () => {
    server.script(json(409, { message: 'already exists' }));
    const err = await rejection(client().request({ method: 'PUT', path: '/x' }));
    expect((err as ApiError).status).toBe(409);
    expect(server.seen).toHaveLength(1);
  });

  it('retries a GET whose connection was reset', async () => {
    server.script(reset, json(200, { ok: true }));
    const response = await client().request({ method: 'GET', path: '/r' });
    expect(response.body).toEqual({ ok: true });
    expect(server.seen).toHaveLength(2);
  });

  it('retries a PUT whose connection was reset', async () => {
    server.script(reset, reset, json(200, { put: true }));
    const response = await client().request({ method: 'PUT', path: '/r', body: { a: 1 } });
    expect(response.body).toEqual({ put: true });
    expect(server.seen.map((s) => s.method)).toEqual(['PUT', 'PUT', 'PUT']);
  });

  it('reports a NetworkError once resets outlast the attempts', async () => {
    server.script(reset);
    const err = await rejection(client({ retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } }).request({ method: 'DELETE', path: '/r' }));
    expect(err).toBeInstanceOf(NetworkError);
    expect(server.seen).toHaveLength(2);
  });
});

describe('a POST is never blindly repeated', () => {
  it('throws OutcomeUnknownError when the connection resets after the request left; exactly one request reached the server', async () => {
    server.script(reset, json(201, { id: 'dup' }));
    const err = await rejection(client().request({ method: 'POST', path: '/things', body: { name: 'one' } }));
    expect(err).toBeInstanceOf(OutcomeUnknownError);
    expect(err.message).toContain('acme POST /api/v1/things: outcome unknown');
    expect(server.seen).toHaveLength(1);
  });

  it('treats PATCH like POST', async () => {
    server.script(reset, json(200, {}));
    expect(await rejection(client().request({ method: 'PATCH', path: '/things/1', body: {} }))).toBeInstanceOf(OutcomeUnknownError);
    expect(server.seen).toHaveLength(1);
  });

  it('throws OutcomeUnknownError on a 502/504 from a gateway (the upstream may have acted)', async () => {
    server.script(json(504, { message: 'upstream timeout' }, { 'x-request-id': 'gw-1' }), json(201, {}));
    const err = await rejection(client().request({ method: 'POST', path: '/things', body: {} }));
    expect(err).toBeInstanceOf(OutcomeUnknownError);
    expect((err as OutcomeUnknownError).status).toBe(504);
    expect((err as OutcomeUnknownError).requestId).toBe('gw-1');
    expect(server.seen).toHaveLength(1);
  });

  it.each([429, 503])('retries a POST answered %i: the server said it did not process it', async (status) => {
    server.script(json(status, { message: 'later' }, { 'retry-after': '0' }), json(201, { id: 'n1' }));
    const response = await client().request({ method: 'POST', path: '/things', body: {} });
    expect(response.status).toBe(201);
    expect(server.seen).toHaveLength(2);
  });

  it('retries a POST marked idempotent after a reset', async () => {
    server.script(reset, json(202, { accepted: true }));
    const response = await client().request({ method: 'POST', path: '/discover', idempotent: true });
    expect(response.status).toBe(202);
    expect(server.seen).toHaveLength(2);
  });

  it('retries a POST whose connection was refused (nothing was sent), then reports a NetworkError', async () => {
    const closed = new ScriptedServer();
    await closed.start();
    const url = closed.url;
    await closed.close();
    const c = new HttpClient({ baseUrl: url, vendor: 'acme', authHeaders: {}, userAgent: 'test', retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    const err = await rejection(c.request({ method: 'POST', path: '/x', body: {} }));
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).code).toBe('ECONNREFUSED');
    expect((err as NetworkError).attempts).toBe(2);
  });
});

describe('timeouts and cancellation', () => {
  it('times out an attempt, retries a GET, and reports RequestTimeoutError', async () => {
    server.script(delayed(2000, json(200, {})));
    const started = Date.now();
    const err = await rejection(client({ requestTimeoutMs: 150, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } }).request({ method: 'GET', path: '/slow' }));
    expect(err).toBeInstanceOf(RequestTimeoutError);
    expect((err as RequestTimeoutError).scope).toBe('attempt');
    expect(server.seen).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('turns a POST timeout into OutcomeUnknownError without a second request', async () => {
    server.script(delayed(2000, json(201, {})));
    const err = await rejection(client({ requestTimeoutMs: 150 }).request({ method: 'POST', path: '/slow', body: {} }));
    expect(err).toBeInstanceOf(OutcomeUnknownError);
    expect(err.message).toContain('timed out after 150 ms');
    expect(server.seen).toHaveLength(1);
  });

  it('bounds the whole call, retries included, by the overall timeout', async () => {
    server.script(json(503, {}, { 'retry-after': '0.2' }));
    const started = Date.now();
    const err = await rejection(client({ overallTimeoutMs: 500, retry: { maxAttempts: 50, baseDelayMs: 1, maxDelayMs: 1 } }).request({ method: 'GET', path: '/x' }));
    expect(Date.now() - started).toBeLessThan(1500);
    // The last answer (a 503) is more useful than a bare timeout when the deadline cuts retrying short.
    expect(err).toBeInstanceOf(ApiError);
    expect(server.seen.length).toBeGreaterThanOrEqual(2);
  });

  it('reports an overall timeout when a single attempt outlasts it', async () => {
    server.script(delayed(2000, json(200, {})));
    const err = await rejection(client({ overallTimeoutMs: 200 }).request({ method: 'GET', path: '/slow' }));
    expect(err).toBeInstanceOf(RequestTimeoutError);
    expect((err as RequestTimeoutError).scope).toBe('overall');
  });

  it('cancels an in-flight request promptly', async () => {
    server.script(delayed(5000, json(200, {})));
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const err = await rejection(client().request({ method: 'GET', path: '/slow', signal: controller.signal }));
    expect(err).toBeInstanceOf(CancelledError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.seen).toHaveLength(1);
  });

  it('cancels a backoff sleep promptly', async () => {
    server.script(json(429, {}, { 'retry-after': '30' }));
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const err = await rejection(client().request({ method: 'GET', path: '/limited', signal: controller.signal }));
    expect(err).toBeInstanceOf(CancelledError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.seen).toHaveLength(1);
  });

  it('does not send anything when the signal is already aborted', async () => {
    server.script(json(200, {}));
    const err = await rejection(client().request({ method: 'GET', path: '/x', signal: AbortSignal.abort() }));
    expect(err).toBeInstanceOf(CancelledError);
    expect(server.seen).toHaveLength(0);
  });
});

describe('rate pacing', () => {
  it('spaces requests of one client by minIntervalMs', async () => {
    server.script(json(200, {}));
    const c = client({ minIntervalMs: 120 });
    await Promise.all([c.request({ method: 'GET', path: '/a' }), c.request({ method: 'GET', path: '/b' }), c.request({ method: 'GET', path: '/c' })]);
    const times = server.seen.map((s) => s.at).sort((a, b) => a - b);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(100);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(100);
  });
});

describe('errors and redaction', () => {
  const parseError = (_status: number, body: unknown) => {
    const b = body as { error: { message: string; fields?: { name: string; problem: string }[]; trace?: string } };
    return { message: b.error.message, fieldErrors: b.error.fields?.map((f) => ({ field: f.name, message: f.problem })), requestId: b.error.trace };
  };

  it('builds an ApiError with the vendor message, field errors and request id on one line', async () => {
    server.script(json(422, { error: { message: 'Validation\nfailed', fields: [{ name: 'name', problem: 'too short' }], trace: 'tr-42' } }));
    const err = await rejection(client({ parseError }).request({ method: 'PUT', path: '/things/1', body: { name: 'a' } }));
    expect(err).toBeInstanceOf(ApiError);
    const api = err as ApiError;
    expect(api.status).toBe(422);
    expect(api.vendorMessage).toBe('Validation\nfailed');
    expect(api.fieldErrors).toEqual([{ field: 'name', message: 'too short' }]);
    expect(api.requestId).toBe('tr-42');
    expect(api.method).toBe('PUT');
    expect(api.path).toBe('/api/v1/things/1');
    expect(api.message).toBe('acme API error 422 on PUT /api/v1/things/1: Validation failed (name: too short) [request id tr-42]');
  });

  it('falls back to the request id header and a default message reader', async () => {
    server.script(json(404, { message: 'Thing not found' }, { 'x-request-id': 'hdr-7' }));
    const err = (await rejection(client().request({ method: 'GET', path: '/things/9' }))) as ApiError;
    expect(err.vendorMessage).toBe('Thing not found');
    expect(err.requestId).toBe('hdr-7');
  });

  it('redacts the token, configured secrets and per-request secrets from errors and logs', async () => {
    const secretKey = 'AKIA-super/secret+key"q';
    server.script((_req, res, body) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `bad token ${TOKEN}; you sent ${body}; header Bearer abc.def-ghi and cfg-secret-123`, fields: [{ name: 'secret_key', problem: `${secretKey} is invalid` }] } }));
    });
    const logger = new RecordingLogger();
    const err = (await rejection(
      client({ parseError, logger, secrets: ['cfg-secret-123'] }).request({ method: 'PUT', path: '/creds', body: { secret_key: secretKey, region: 'eu-west-1' }, secrets: [secretKey] }),
    )) as ApiError;
    const everything = `${err.message}\n${JSON.stringify(err.fieldErrors)}\n${logger.text()}`;
    for (const leaked of [TOKEN, secretKey, JSON.stringify(secretKey).slice(1, -1), 'cfg-secret-123', 'abc.def-ghi']) {
      expect(everything).not.toContain(leaked);
    }
    expect(err.message).toContain('bad token ***');
    expect(err.message).toContain('Bearer ***');
    expect(err.fieldErrors[0]).toEqual({ field: 'secret_key', message: '*** is invalid' });
    // The trace line shows the body's shape with the secret hidden.
    const traced = logger.lines.find((l) => l.message === 'http request body');
    expect(traced?.fields?.['body']).toEqual({ secret_key: '***', region: 'eu-west-1' });
  });

  it('logs one debug line per response with method, path, status, attempt, duration and request id', async () => {
    server.script(json(200, {}, { 'x-request-id': 'rq-9' }));
    const logger = new RecordingLogger();
    await client({ logger }).request({ method: 'GET', path: '/things' });
    const line = logger.lines.find((l) => l.message === 'http response');
    expect(line?.level).toBe('debug');
    expect(line?.fields).toEqual({ vendor: 'acme', method: 'GET', path: '/api/v1/things', attempt: 1, status: 200, duration_ms: expect.any(Number), request_id: 'rq-9' });
  });

  it('turns a 200 with malformed JSON into MalformedResponseError', async () => {
    server.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok": tru');
    });
    const err = await rejection(client().request({ method: 'GET', path: '/broken' }));
    expect(err).toBeInstanceOf(MalformedResponseError);
    expect(err.message).toContain('not valid JSON');
  });

  it('parseBody names the failing field path', () => {
    const schema = z.object({ result: z.object({ items: z.array(z.object({ id: z.string() })) }) });
    let caught: unknown;
    try {
      parseBody(schema, { result: { items: [{ id: 'a' }, { id: 7 }] } }, 'thing list');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(MalformedResponseError);
    const malformed = caught as MalformedResponseError;
    expect(malformed.fieldPath).toBe('result.items[1].id');
    expect(malformed.what).toBe('thing list');
    expect(malformed.message).toMatch(/^malformed response for thing list: result\.items\[1\]\.id: /);
    expect(parseBody(schema, { result: { items: [] } }, 'thing list')).toEqual({ result: { items: [] } });
  });
});
