/**
 * The emulator's admin routes (plain JSON, no auth; the emulator listens on 127.0.0.1):
 *   GET    /_emulator/info              the JSON line (url, endpoints, tokens, ids)
 *   GET    /_emulator/requests          {api: {"METHOD /route/:pattern": count}}
 *   DELETE /_emulator/requests          zero the counts
 *   POST   /_emulator/faults            add a fault (see faults.ts), 201 with it
 *   GET    /_emulator/faults            the faults still armed
 *   DELETE /_emulator/faults            disarm all
 *   GET    /_emulator/limits            the rate limits in force, with the 429s answered
 *   POST   /_emulator/limits            {vendor, requests, windowMs} sets one (requests: null lifts it)
 *   POST   /_emulator/reset             fresh state for every API; counts, faults and limits reset; identities kept
 *   GET    /_emulator/state/{api}       that API's state
 *   PUT    /_emulator/state/{api}       replace it
 *   PATCH  /_emulator/state/{api}       JSON merge patch (RFC 7386) onto it
 *   GET    /_emulator/clock             {"now": ms}
 *   POST   /_emulator/clock             {"advanceMs": n} moves the emulator's time forward
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorCore } from './core';
import { FaultValidationError, validateFaultSpec } from './faults';
import { MAX_BODY_BYTES, mergePatch, readBody, sendJson } from './http-io';
import { validateLimitSpec } from './rate-limit';

type AdminRoute = (core: EmulatorCore, body: unknown, res: ServerResponse) => void;

const ROUTES: Readonly<Record<string, AdminRoute>> = {
  'GET /_emulator/requests': (core, _b, res) => sendJson(res, 200, core.counts),
  'DELETE /_emulator/requests': (core, _b, res) => {
    core.counts = {};
    sendJson(res, 200, core.counts);
  },
  'GET /_emulator/faults': (core, _b, res) => sendJson(res, 200, core.faults.list()),
  'DELETE /_emulator/faults': (core, _b, res) => {
    core.faults.clear();
    sendJson(res, 200, []);
  },
  'POST /_emulator/faults': (core, body, res) => {
    try {
      const spec = validateFaultSpec(body);
      if (!core.mounted.has(spec.vendor)) throw new FaultValidationError(`unknown vendor "${spec.vendor}"; one of ${[...core.mounted.keys()].join(', ')}`);
      sendJson(res, 201, core.faults.add(spec));
    } catch (err) {
      if (!(err instanceof FaultValidationError)) throw err;
      sendJson(res, 400, { error: err.message });
    }
  },
  'GET /_emulator/limits': (core, _b, res) => sendJson(res, 200, core.limits.list()),
  'POST /_emulator/limits': (core, body, res) => {
    let parsed: ReturnType<typeof validateLimitSpec>;
    try {
      parsed = validateLimitSpec(body);
    } catch (err) {
      return sendJson(res, 400, { error: (err as Error).message });
    }
    if (!core.mounted.has(parsed.vendor)) return sendJson(res, 400, { error: `unknown vendor "${parsed.vendor}"; one of ${[...core.mounted.keys()].join(', ')}` });
    core.limits.set(parsed.vendor, parsed.limit);
    sendJson(res, 200, core.limits.list());
  },
  'POST /_emulator/reset': (core, _b, res) => {
    core.resetAll();
    core.persistSafely();
    sendJson(res, 200, { ok: true });
  },
  'GET /_emulator/clock': (core, _b, res) => sendJson(res, 200, { now: core.clock.now() }),
  'POST /_emulator/clock': (core, body, res) => {
    const advance = (body as { advanceMs?: unknown } | undefined)?.advanceMs;
    if (typeof advance !== 'number' || !Number.isFinite(advance) || advance < 0) return sendJson(res, 400, { error: 'advanceMs must be a non-negative number' });
    core.clock.advance(advance);
    core.persistSafely();
    sendJson(res, 200, { now: core.clock.now() });
  },
};

function handleState(core: EmulatorCore, method: string, api: string, body: unknown, res: ServerResponse): boolean {
  if (!core.states.has(api)) {
    sendJson(res, 404, { error: `no emulated api "${api}"` });
    return true;
  }
  if (method === 'GET') {
    sendJson(res, 200, core.states.get(api));
    return true;
  }
  if (method !== 'PUT' && method !== 'PATCH') return false;
  if (body === undefined) {
    sendJson(res, 400, { error: 'a JSON body is required' });
    return true;
  }
  core.states.set(api, method === 'PUT' ? body : mergePatch(core.states.get(api), body));
  core.persistSafely();
  sendJson(res, 200, core.states.get(api));
  return true;
}

export async function handleAdmin(core: EmulatorCore, info: () => unknown, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
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
  const route = ROUTES[key];
  if (route) return route(core, body, res);
  const stateMatch = /^\/_emulator\/state\/([a-z0-9]+)$/.exec(path);
  if (stateMatch && handleState(core, method, stateMatch[1]!, body, res)) return;
  sendJson(res, 404, { error: `no admin route ${method} ${path}` });
}
