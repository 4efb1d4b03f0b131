/**
 * The emulator core: one HTTP server that serves every emulated API it is
 * given at `{url}/{api}{basePath}`. It knows no API by name: the modules come
 * from the caller (the `cloudbridge emulate` composition root, or a test).
 * Requests go to api.ts, `/_emulator/*` to admin.ts; state, identities,
 * faults, limits and persistence live in core.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { handleAdmin } from './admin';
import { handleApi } from './api';
import type { EmulatorClock } from './clock';
import { EmulatorCore } from './core';
import { validateFaultSpec, type FaultSpec } from './faults';
import { sendJson } from './http-io';
import type { EmulatedApi, EmulatedApiModule, EmulatorIdentities, EmulatorWorld, RateLimit } from './types';

export { FakeClock, ShiftableClock, type EmulatorClock } from './clock';
export type { FaultSpec } from './faults';
export { mergePatch, MAX_BODY_BYTES } from './http-io';

export interface StartEmulatorOptions {
  /** The emulated APIs to serve. */
  readonly modules: readonly EmulatedApiModule<unknown>[];
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Persist identities and state here, atomically after every request that changed state. */
  readonly dataFile?: string;
  /** Default: real time that `advance()` can shift. Pass a FakeClock for deterministic tests. */
  readonly clock?: EmulatorClock;
  /** Log lines (requests, errors). Default: none in-process; the CLI logs to stderr unless --quiet. */
  readonly log?: (line: string) => void;
  /** Fixed identities (tests); otherwise the data file's, or drawn by each module. */
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
  addFault(spec: FaultSpec): void;
  /** Set (or with null, lift) an API's rate limit, as `POST /_emulator/limits` does. */
  setLimit(api: EmulatedApi, limit: RateLimit | null): void;
  /** Fresh state for every API; counts, faults and limits reset; identities kept. */
  reset(): Promise<void>;
  /** Write the data file now (no-op without one). */
  persist(): void;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve(`http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`);
    });
  });
}

function createHttpServer(core: EmulatorCore, info: () => EmulatorInfo): { server: Server; sockets: Set<Socket> } {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    const target = new URL(req.url ?? '/', 'http://emulator.invalid');
    res.on('finish', () => core.log(`${req.method} ${target.pathname} ${res.statusCode} ${Date.now() - started}ms`));
    try {
      if (target.pathname.startsWith('/_emulator/')) await handleAdmin(core, info, req, res, target.pathname);
      else await handleApi(core, req, res, target.pathname.split('/')[1] ?? '', target);
    } catch (err) {
      core.log(`emulator: unexpected failure on ${req.method} ${target.pathname}: ${(err as Error)?.stack ?? String(err)}`);
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { error: 'internal emulator error' });
      else res.destroy();
    }
  };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => void handle(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  return { server, sockets };
}

export async function startEmulator(options: StartEmulatorOptions): Promise<RunningEmulator> {
  const core = new EmulatorCore({
    modules: options.modules,
    dataFile: options.dataFile,
    clock: options.clock,
    identities: options.identities,
    log: options.log ?? ((): void => undefined),
  });
  let url = '';
  const endpoints = (): Record<EmulatedApi, string> => Object.fromEntries([...core.mounted].map(([api, { module }]) => [api, `${url}/${api}${module.basePath}`]));
  const info = (): EmulatorInfo => ({ url, endpoints: endpoints(), tokens: core.identities.tokens, ids: core.identities.ids });
  const { server, sockets } = createHttpServer(core, info);
  url = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  core.persist();

  const known = (api: EmulatedApi): void => {
    if (!core.states.has(api)) throw new Error(`emulated api "${api}" is not registered`);
  };
  let closed: Promise<void> | undefined;
  return {
    ...info(),
    identities: core.identities,
    clock: core.clock,
    world: core.world,
    info,
    state: <S>(api: EmulatedApi): S => {
      known(api);
      return core.states.get(api) as S;
    },
    setState: (api, state) => {
      known(api);
      core.states.set(api, state);
      core.persistSafely();
    },
    requestCounts: () => JSON.parse(JSON.stringify(core.counts)) as Record<string, Record<string, number>>,
    addFault: (spec) => {
      core.faults.add(validateFaultSpec(spec));
    },
    setLimit: (api, limit) => {
      known(api);
      core.limits.set(api, limit);
    },
    reset: async () => {
      core.resetAll();
      core.persist();
    },
    persist: () => core.persist(),
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        core.persistSafely();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}
