/** Reading requests and writing responses for the emulator core. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorResponse } from './types';
import { isRecord } from '../util/records';

/** Requests larger than this get a 413 in the vendor's shape. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

export function readBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<Buffer> {
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

export function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendModuleResponse(res: ServerResponse, response: EmulatorResponse, requestId: string, date: Date): void {
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  // The module may carry the request id under the vendor's own header (cf-ray, x-amzn-requestid); otherwise x-request-id.
  if (!Object.values(headers).includes(requestId)) headers['x-request-id'] = requestId;
  // The vendor's clock, as every HTTP server sends it: clients prove "created within this attempt" by it.
  headers['date'] ??= date.toUTCString();
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

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const base: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete base[key];
    else base[key] = mergePatch(base[key], value);
  }
  return base;
}
