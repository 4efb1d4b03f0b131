/**
 * The emulator core: one HTTP server that serves every registered emulated
 * API at `{url}/{api}{basePath}`, runs each module's `authenticate` before its
 * handlers, turns thrown errors into the vendor's error shape, injects
 * faults, counts requests, and persists state atomically with `--data`.
 *
 * Admin routes (plain JSON, no auth; the emulator listens on 127.0.0.1):
 *   GET    /_emulator/info              the JSON line (url, endpoints, tokens, ids)
 *   GET    /_emulator/requests          {api: {"METHOD /route/:pattern": count}}
 *   DELETE /_emulator/requests          zero the counts
 *   POST   /_emulator/faults            add a fault (see faults.ts), 201 with it
 *   GET    /_emulator/faults            the faults still armed
 *   DELETE /_emulator/faults            disarm all
 *   POST   /_emulator/reset             fresh state for every API, counts and faults cleared, identities kept
 *   GET    /_emulator/state/{api}       that API's state
 *   PUT    /_emulator/state/{api}       replace it
 *   PATCH  /_emulator/state/{api}       JSON merge patch (RFC 7386) onto it
 *   GET    /_emulator/clock             {"now": ms}
 *   POST   /_emulator/clock             {"advanceMs": n} moves the emulator's time forward
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ShiftableClock, type EmulatorClock } from './clock';
import { FaultTable, FaultValidationError, validateFaultSpec, type Fault } from './faults';
import { readDataFile, writeFileAtomic, DATA_FILE_VERSION, type EmulatorDataFile } from './persistence';
import { compileRoutes, findRoute, type CompiledRoute } from './router';
import {
  EmulatorHttpError,
  type AwsView,
  type EmulatedApi,
  type EmulatedApiModule,
  type EmulatorIdentities,
  type EmulatorRequest,
  type EmulatorResponse,
  type EmulatorWorld,
} from './types';

export { FakeClock, ShiftableClock, type EmulatorClock } from './clock';
export type { FaultSpec } from './faults';

export const EMULATED_APIS: readonly EmulatedApi[] = ['p0', 'cloudflare', 'northflank', 'avisi', 'qtangl', 'aws'];
/** Requests larger than this get a 413 in the vendor's shape. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Base paths of the real APIs, used for the printed endpoint of an API whose module is not registered yet. */
const DEFAULT_BASE_PATHS: Readonly<Record<EmulatedApi, string>> = { p0: '', cloudflare: '/client/v4', northflank: '', avisi: '', qtangl: '', aws: '' };

export interface StartEmulatorOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Persist identities and state here, atomically after every request that changed state. */
  readonly dataFile?: string;
  /** Default: real time that `advance()` can shift. Pass a FakeClock for deterministic tests. */
  readonly clock?: EmulatorClock;
  /** Default: every module in the registry. Tests pass their own. */
  readonly modules?: readonly EmulatedApiModule<unknown>[];
  /** Log lines (requests, errors). Default: none in-process; the CLI logs to stderr. */
  readonly log?: (line: string) => void;
  /** Fixed identities (tests); otherwise random, or the data file's. */
  readonly identities?: EmulatorIdentities;
}

/** The line `cloudbridge emulate` prints. */
export interface EmulatorInfo {
  readonly url: string;
  readonly endpoints: Readonly<Record<EmulatedApi, string>>;
  readonly tokens: EmulatorIdentities['tokens'];
  readonly ids: EmulatorIdentities['ids'];
}

export interface RunningEmulator extends EmulatorInfo {
  readonly identities: EmulatorIdentities;
  readonly clock: EmulatorClock;
  readonly world: EmulatorWorld;
  /** The JSON line's object. */
  info(): EmulatorInfo;
  /** The live state of one API (mutable; call `persist()` after changing it out of band). */
  state<S = unknown>(api: EmulatedApi): S;
  /** Replace one API's state. */
  setState(api: EmulatedApi, state: unknown): void;
  /** Request counts per api and `METHOD /route`. */
  requestCounts(): Record<string, Record<string, number>>;
  /** Arm a fault, as `POST /_emulator/faults` does. */
  addFault(spec: import('./faults').FaultSpec): void;
  /** Fresh state for every API, counts and faults cleared; identities kept. */
  reset(): Promise<void>;
  /** Write the data file now (no-op without one). */
  persist(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------

function token(bytes = 30): string {
  return randomBytes(bytes).toString('base64url');
}

export function randomIdentities(): EmulatorIdentities {
  return {
    tokens: {
      p0: token(),
      cloudflare: randomBytes(30).toString('base64url').slice(0, 40),
      northflank: token(),
      avisi: token(),
      qtangl: { viewer: token(), operator: token(), admin: token() },
    },
    ids: {
      p0_org: `emulated-${randomBytes(3).toString('hex')}`,
      cloudflare_account: randomBytes(16).toString('hex'),
      avisi_organisation: `emulated-${randomBytes(3).toString('hex')}`,
    },
  };
}

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const base: Record<string, unknown> = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete base[key];
    else base[key] = mergePatch(base[key], value);
  }
  return base;
}

const emptyAwsView: AwsView = { getRole: () => undefined, getRoleByArn: () => undefined };

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function sendModuleResponse(res: ServerResponse, response: EmulatorResponse, requestId: string): void {
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  // The module may carry the request id under the vendor's own header (cf-ray, x-amzn-requestid); otherwise x-request-id.
  if (!Object.values(headers).includes(requestId)) headers['x-request-id'] = requestId;
  let payload: string | undefined;
  if (response.text !== undefined) {
    payload = response.text;
    headers['content-type'] = response.contentType ?? 'text/plain; charset=utf-8';
  } else if (response.json !== undefined) {
    payload = JSON.stringify(response.json);
    headers['content-type'] = response.contentType ?? 'application/json';
  }
  if (payload !== undefined && response.status !== 204 && response.status !== 304) {
    headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(response.status, headers);
    res.end(payload);
  } else {
    res.writeHead(response.status, headers);
    res.end();
  }
}

interface Mounted {
  readonly module: EmulatedApiModule<unknown>;
  readonly routes: readonly CompiledRoute<unknown>[];
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const modules = options.modules ?? (await import('./registry')).EMULATED_API_MODULES;
  const log = options.log ?? ((): void => undefined);
  const mounted = new Map<string, Mounted>();
  for (const module of modules) {
    if (mounted.has(module.api)) throw new Error(`emulated api "${module.api}" is registered twice`);
    mounted.set(module.api, { module, routes: compileRoutes(module.routes) });
  }

  const persisted = options.dataFile ? readDataFile(options.dataFile) : undefined;
  const identities: EmulatorIdentities = persisted?.identities ?? options.identities ?? randomIdentities();
  const clock: EmulatorClock = options.clock ?? new ShiftableClock(persisted?.clockOffsetMs ?? 0);
  const states = new Map<string, unknown>();
  for (const [api, { module }] of mounted) {
    states.set(api, persisted && Object.prototype.hasOwnProperty.call(persisted.states, api) ? persisted.states[api] : module.initialState(identities));
  }

  const awsView = (): AwsView => {
    const aws = mounted.get('aws');
    return (aws?.module.view?.(states.get('aws')).aws as AwsView | undefined) ?? emptyAwsView;
  };
  const world: EmulatorWorld = {
    identities,
    aws: {
      getRole: (accountId, roleName) => awsView().getRole(accountId, roleName),
      getRoleByArn: (arn) => awsView().getRoleByArn(arn),
    },
    now: () => clock.now(),
    randomId: (bytes = 16) => randomBytes(bytes).toString('hex'),
  };

  const faults = new FaultTable();
  let counts: Record<string, Record<string, number>> = {};
  let lastWritten: string | undefined;

  const snapshot = (): string => {
    const doc: EmulatorDataFile = {
      version: DATA_FILE_VERSION,
      identities,
      states: Object.fromEntries(states),
      clockOffsetMs: clock instanceof ShiftableClock ? clock.offsetMs : undefined,
    };
    return JSON.stringify(doc);
  };
  /** Write the data file if anything changed since the last write. */
  const persist = (): void => {
    if (!options.dataFile) return;
    const text = snapshot();
    if (text === lastWritten) return;
    writeFileAtomic(options.dataFile, text);
    lastWritten = text;
  };
  const persistSafely = (): void => {
    try {
      persist();
    } catch (err) {
      log(`emulator: could not write ${options.dataFile}: ${(err as Error).message}`);
    }
  };

  const count = (api: string, key: string): void => {
    const perApi = (counts[api] ??= {});
    perApi[key] = (perApi[key] ?? 0) + 1;
  };

  const resetAll = (): void => {
    for (const [api, { module }] of mounted) states.set(api, module.initialState(identities));
    counts = {};
    faults.clear();
  };

  let url = '';
  const endpoints = (): Record<EmulatedApi, string> =>
    Object.fromEntries(EMULATED_APIS.map((api) => [api, `${url}/${api}${mounted.get(api)?.module.basePath ?? DEFAULT_BASE_PATHS[api]}`])) as Record<EmulatedApi, string>;
  const info = (): EmulatorInfo => ({ url, endpoints: endpoints(), tokens: identities.tokens, ids: identities.ids });

  // --- admin -----------------------------------------------------------------

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_BODY_BYTES);
    } catch {
      sendJson(res, 413, { error: 'request body too large' }, { connection: 'close' });
      return;
    }
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        sendJson(res, 400, { error: 'malformed JSON body' });
        return;
      }
    }
    const key = `${method} ${path}`;
    if (key === 'GET /_emulator/info') return sendJson(res, 200, info());
    if (key === 'GET /_emulator/requests') return sendJson(res, 200, counts);
    if (key === 'DELETE /_emulator/requests') {
      counts = {};
      return sendJson(res, 200, counts);
    }
    if (key === 'GET /_emulator/faults') return sendJson(res, 200, faults.list());
    if (key === 'DELETE /_emulator/faults') {
      faults.clear();
      return sendJson(res, 200, []);
    }
    if (key === 'POST /_emulator/faults') {
      try {
        const spec = validateFaultSpec(body);
        if (!EMULATED_APIS.includes(spec.vendor as EmulatedApi)) throw new FaultValidationError(`unknown vendor "${spec.vendor}"; one of ${EMULATED_APIS.join(', ')}`);
        return sendJson(res, 201, faults.add(spec));
      } catch (err) {
        if (err instanceof FaultValidationError) return sendJson(res, 400, { error: err.message });
        throw err;
      }
    }
    if (key === 'POST /_emulator/reset') {
      resetAll();
      persistSafely();
      return sendJson(res, 200, { ok: true });
    }
    if (key === 'GET /_emulator/clock') return sendJson(res, 200, { now: clock.now() });
    if (key === 'POST /_emulator/clock') {
      const advance = (body as { advanceMs?: unknown } | undefined)?.advanceMs;
      if (typeof advance !== 'number' || !Number.isFinite(advance) || advance < 0) return sendJson(res, 400, { error: 'advanceMs must be a non-negative number' });
      clock.advance(advance);
      persistSafely();
      return sendJson(res, 200, { now: clock.now() });
    }
    const stateMatch = /^\/_emulator\/state\/([a-z0-9]+)$/.exec(path);
    if (stateMatch) {
      const api = stateMatch[1]!;
      if (!states.has(api)) return sendJson(res, 404, { error: `no emulated api "${api}"` });
      if (method === 'GET') return sendJson(res, 200, states.get(api));
      if (method === 'PUT' || method === 'PATCH') {
        if (body === undefined) return sendJson(res, 400, { error: 'a JSON body is required' });
        states.set(api, method === 'PUT' ? body : mergePatch(states.get(api), body));
        persistSafely();
        return sendJson(res, 200, states.get(api));
      }
    }
    sendJson(res, 404, { error: `no admin route ${method} ${path}` });
  }

  // --- emulated APIs -----------------------------------------------------------

  async function handleApi(req: IncomingMessage, res: ServerResponse, api: string, target: URL): Promise<void> {
    const mount = mounted.get(api);
    const method = (req.method ?? 'GET').toUpperCase();
    if (!mount) {
      sendJson(res, 404, { error: 'not found', path: target.pathname });
      return;
    }
    const { module } = mount;
    const requestId = randomUUID().replace(/-/g, '');
    const headers = lowerHeaders(req);
    const apiPrefix = `/${api}${module.basePath}`;
    const fullPath = target.pathname;
    const belowBase = fullPath === apiPrefix ? '/' : fullPath.startsWith(`${apiPrefix}/`) ? fullPath.slice(apiPrefix.length) : undefined;

    const vendorError = (status: number, message: string, details?: unknown, extraHeaders?: Readonly<Record<string, string>>): void => {
      const response = module.errorResponse(status, message, requestId, details);
      sendModuleResponse(res, { ...response, headers: { ...(response.headers ?? {}), ...(extraHeaders ?? {}) } }, requestId);
    };

    let rawBody: Buffer;
    try {
      rawBody = await readBody(req, MAX_BODY_BYTES);
    } catch (err) {
      if (!(err instanceof BodyTooLargeError)) throw err;
      count(api, `${method} (body too large)`);
      vendorError(413, `Request body exceeds ${MAX_BODY_BYTES} bytes`, undefined, { connection: 'close' });
      return;
    }

    let lookup;
    try {
      lookup = belowBase === undefined ? { allowed: [] } : findRoute(mount.routes, method, belowBase);
    } catch {
      count(api, `${method} (bad path)`);
      vendorError(400, 'Malformed request path');
      return;
    }
    const route = lookup.match?.route.def.path;
    count(api, route !== undefined ? `${method} ${route}` : `${method} (no route)`);

    const fault: Fault | undefined = belowBase === undefined ? undefined : faults.take(api, method, belowBase, route);
    if (fault) {
      log(`emulator: fault #${fault.id} on ${method} ${fullPath}`);
      if (fault.latencyMs) {
        await sleep(fault.latencyMs);
        if (res.destroyed || req.socket.destroyed) return;
      }
      if (fault.reset) {
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        const extra: Record<string, string> = {};
        if (fault.retryAfter !== undefined) extra['retry-after'] = String(fault.retryAfter);
        vendorError(fault.status, fault.message ?? STATUS_CODES[fault.status] ?? 'Injected fault', undefined, extra);
        return;
      }
    }

    if (!lookup.match) {
      if (lookup.allowed.length > 0) vendorError(405, `Method ${method} not allowed`, undefined, { allow: lookup.allowed.join(', ') });
      else vendorError(404, `No route for ${method} ${belowBase ?? fullPath}`);
      return;
    }

    const emulatorRequest: EmulatorRequest = {
      method,
      path: belowBase ?? '/',
      route: lookup.match.route.def.path,
      params: lookup.match.params,
      query: target.searchParams,
      headers,
      rawBody,
      requestId,
    };
    try {
      const principal = module.authenticate(emulatorRequest, identities);
      const response = await lookup.match.route.def.handler(emulatorRequest, { state: states.get(api), world, principal });
      sendModuleResponse(res, response, requestId);
    } catch (err) {
      if (err instanceof EmulatorHttpError) {
        vendorError(err.status, err.message, err.details, err.headers);
      } else {
        log(`emulator: ${api} ${method} ${fullPath} failed: ${(err as Error)?.stack ?? String(err)}`);
        vendorError(500, 'Internal server error');
      }
    } finally {
      // Handlers may mutate state on any method (e.g. settling a lifecycle on read).
      persistSafely();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const target = new URL(req.url ?? '/', 'http://emulator.invalid');
    res.on('finish', () => log(`${req.method} ${target.pathname} ${res.statusCode} ${Date.now() - started}ms`));
    try {
      if (target.pathname.startsWith('/_emulator/')) await handleAdmin(req, res, target.pathname);
      else await handleApi(req, res, target.pathname.split('/')[1] ?? '', target);
    } catch (err) {
      log(`emulator: unexpected failure on ${req.method} ${target.pathname}: ${(err as Error)?.stack ?? String(err)}`);
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { error: 'internal emulator error' });
      else res.destroy();
    }
  }

  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${host}:${address.port}`;
  persist();

  let closed: Promise<void> | undefined;
  const running: RunningEmulator = {
    url,
    endpoints: endpoints(),
    tokens: identities.tokens,
    ids: identities.ids,
    identities,
    clock,
    world,
    info,
    state: <S>(api: EmulatedApi): S => {
      if (!states.has(api)) throw new Error(`emulated api "${api}" is not registered`);
      return states.get(api) as S;
    },
    setState: (api, state) => {
      if (!states.has(api)) throw new Error(`emulated api "${api}" is not registered`);
      states.set(api, state);
      persistSafely();
    },
    requestCounts: () => JSON.parse(JSON.stringify(counts)) as Record<string, Record<string, number>>,
    addFault: (spec) => {
      faults.add(validateFaultSpec(spec));
    },
    reset: async () => {
      resetAll();
      persist();
    },
    persist,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        persistSafely();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
  return running;
}
