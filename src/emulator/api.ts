/**
 * Serving one emulated API request: route lookup, request counts, the
 * API's rate limit, faults (before or after the handler), authentication,
 * the handler, and the vendor's own error shape for everything that fails.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { EmulatorCore, Mounted } from './core';
import { omitEntries, type Fault } from './faults';
import { BodyTooLargeError, lowerHeaders, MAX_BODY_BYTES, readBody, sendModuleResponse } from './http-io';
import { findRoute, type RouteLookup, type RouteMatch } from './router';
import { EmulatorHttpError, type EmulatorRequest, type EmulatorResponse } from './types';

/** Waits `ms`, or less if the client goes away first (a held answer must not outlive its connection, nor keep the emulator from closing). */
function holdFor(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
  });
}


interface Exchange {
  readonly core: EmulatorCore;
  readonly mount: Mounted;
  readonly api: string;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly requestId: string;
}

function send(x: Exchange, response: EmulatorResponse): void {
  sendModuleResponse(x.res, response, x.requestId, new Date(x.core.clock.now()));
}

function vendorError(x: Exchange, status: number, message: string, details?: unknown, extraHeaders?: Readonly<Record<string, string>>): EmulatorResponse {
  const response = x.mount.module.errorResponse(status, message, x.requestId, details);
  return { ...response, headers: { ...(response.headers ?? {}), ...(extraHeaders ?? {}) } };
}

function faultResponse(x: Exchange, fault: Fault): EmulatorResponse | undefined {
  if (fault.status === undefined) return undefined;
  const extra: Record<string, string> = {};
  if (fault.retryAfter !== undefined) extra['retry-after'] = String(fault.retryAfter);
  return vendorError(x, fault.status, fault.message ?? STATUS_CODES[fault.status] ?? 'Injected fault', undefined, extra);
}

/**
 * Plays a fault: waits its latency, then resets the connection or answers its
 * status. Returns false when the request should go on (a latency-only fault
 * before the handler), true when the exchange is over.
 */
async function playFault(x: Exchange, fault: Fault, committed: EmulatorResponse | undefined): Promise<boolean> {
  x.core.log(`emulator: fault #${fault.id}${fault.after ? ' (after the handler)' : ''} on ${x.req.method} ${x.req.url}`);
  if (fault.latencyMs) {
    await holdFor(x.res, fault.latencyMs);
    if (x.res.destroyed || x.req.socket.destroyed) return true;
  }
  if (fault.reset) {
    x.req.socket.destroy();
    return true;
  }
  const replaced = faultResponse(x, fault);
  if (replaced) {
    send(x, replaced);
    return true;
  }
  if (committed) {
    send(x, fault.omit !== undefined && committed.json !== undefined ? { ...committed, json: omitEntries(committed.json, fault.omit) } : committed);
    return true;
  }
  return false;
}

async function runHandler(x: Exchange, match: RouteMatch<unknown>, request: EmulatorRequest): Promise<EmulatorResponse> {
  const { module } = x.mount;
  try {
    const principal = module.authenticate(request, x.core.identities);
    return await match.route.def.handler(request, { state: x.core.states.get(x.api), world: x.core.world, principal });
  } catch (err) {
    if (err instanceof EmulatorHttpError) return vendorError(x, err.status, err.message, err.details, err.headers);
    x.core.log(`emulator: ${x.api} ${request.method} ${request.path} failed: ${(err as Error)?.stack ?? String(err)}`);
    return vendorError(x, 500, 'Internal server error');
  } finally {
    // Handlers may mutate state on any method (e.g. settling a lifecycle on read).
    x.core.persistSafely();
  }
}

export async function handleApi(core: EmulatorCore, req: IncomingMessage, res: ServerResponse, api: string, target: URL): Promise<void> {
  const mount = core.mounted.get(api);
  if (!mount) {
    const text = JSON.stringify({ error: 'not found', path: target.pathname });
    res.writeHead(404, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return;
  }
  const x: Exchange = { core, mount, api, req, res, requestId: randomUUID().replace(/-/g, '') };
  const method = (req.method ?? 'GET').toUpperCase();
  const apiPrefix = `/${api}${mount.module.basePath}`;
  const fullPath = target.pathname;
  const belowBase = fullPath === apiPrefix ? '/' : fullPath.startsWith(`${apiPrefix}/`) ? fullPath.slice(apiPrefix.length) : undefined;

  let rawBody: Buffer;
  try {
    rawBody = await readBody(req, MAX_BODY_BYTES);
  } catch (err) {
    if (!(err instanceof BodyTooLargeError)) throw err;
    core.count(api, `${method} (body too large)`);
    send(x, vendorError(x, 413, `Request body exceeds ${MAX_BODY_BYTES} bytes`, undefined, { connection: 'close' }));
    return;
  }

  let lookup: RouteLookup<unknown>;
  try {
    lookup = belowBase === undefined ? { allowed: [] } : findRoute(mount.routes, method, belowBase);
  } catch {
    core.count(api, `${method} (bad path)`);
    send(x, vendorError(x, 400, 'Malformed request path'));
    return;
  }
  const route = lookup.match?.route.def.path;
  core.count(api, route !== undefined ? `${method} ${route}` : `${method} (no route)`);

  const headers = lowerHeaders(req);
  const { module } = mount;
  const credential = (module.rateLimitKey ? module.rateLimitKey({ headers, query: target.searchParams }) : headers['authorization']) ?? '(anonymous)';
  const limit = core.limits.take(api, credential, core.clock.now());
  if (!limit.allowed) {
    const retryAfter = limit.retryAfterSeconds ?? 1;
    send(x, vendorError(x, 429, module.rateLimitMessage?.(retryAfter) ?? 'Rate limit exceeded', undefined, { 'retry-after': String(retryAfter) }));
    return;
  }

  const fault = belowBase === undefined ? undefined : core.faults.take(api, method, belowBase, route);
  // `omit` edits the real answer, so it always plays after the handler.
  const after = !!fault && (fault.after === true || fault.omit !== undefined);
  if (fault && !after && (await playFault(x, fault, undefined))) return;

  let response: EmulatorResponse;
  if (!lookup.match) {
    response =
      lookup.allowed.length > 0
        ? vendorError(x, 405, `Method ${method} not allowed`, undefined, { allow: lookup.allowed.join(', ') })
        : vendorError(x, 404, `No route for ${method} ${belowBase ?? fullPath}`);
  } else {
    const request: EmulatorRequest = {
      method,
      path: belowBase ?? '/',
      route: lookup.match.route.def.path,
      params: lookup.match.params,
      query: target.searchParams,
      headers,
      rawBody,
      requestId: x.requestId,
    };
    response = await runHandler(x, lookup.match, request);
  }
  if (fault && after) {
    await playFault(x, fault, response);
    return;
  }
  send(x, response);
}
