/** Request-body helpers for emulated APIs: errors come out in the vendor's shape via EmulatorHttpError. */
import { EmulatorHttpError, type EmulatorRequest } from './types';

/**
 * The JSON body, or `undefined` when it is empty. Malformed JSON throws a 400
 * (message overridable to match the vendor's wording) that the core renders
 * with the module's `errorResponse`.
 */
export function parseJsonBody(req: EmulatorRequest, malformedMessage = 'Malformed JSON in request body', details?: unknown): unknown {
  if (req.rawBody.length === 0) return undefined;
  try {
    return JSON.parse(req.rawBody.toString('utf8')) as unknown;
  } catch {
    throw new EmulatorHttpError(400, malformedMessage, details);
  }
}

/** Like parseJsonBody, but the body must be a JSON object. */
export function parseJsonObject(req: EmulatorRequest, malformedMessage = 'Malformed JSON in request body', details?: unknown): Record<string, unknown> {
  const body = parseJsonBody(req, malformedMessage, details);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new EmulatorHttpError(400, 'Request body must be a JSON object', details);
  return body as Record<string, unknown>;
}
