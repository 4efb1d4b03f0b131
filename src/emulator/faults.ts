/**
 * Fault injection: the next `times` requests that match {vendor, method, path}
 * get a status in the vendor's error shape, extra latency, or a connection reset.
 *
 * By default a fault fires before the handler: the vendor never sees the
 * request. With `after: true` it fires after the handler has run and its
 * changes are committed: the answer is then lost (`reset`), replaced
 * (`status`) or delayed (`latencyMs`), as when a gateway or the network fails
 * on the way back.
 *
 * `path` matches the path below the vendor's endpoint (what a client appends
 * to its base URL, without the query), in one of three ways:
 * - with a `*`: a glob, `*` standing for any run of characters including `/`;
 * - equal to the matched route pattern, e.g. `/o/:orgId/integrations/aws/:component/:id`;
 * - otherwise a segment prefix: `/a/b` matches `/a/b` and `/a/b/c`, not `/a/bc`.
 */
import { isRecord } from '../util/records';

export interface FaultSpec {
  readonly vendor: string;
  /** Any method when absent. */
  readonly method?: string;
  /** Any path when absent. */
  readonly path?: string;
  /** Answer with this status in the vendor's error shape. */
  readonly status?: number;
  /** Wait this long before answering (or before the status/reset). */
  readonly latencyMs?: number;
  /** Destroy the connection after reading the request, without answering. */
  readonly reset?: boolean;
  /** How many matching requests to affect. Default 1. */
  readonly times?: number;
  /** `Retry-After` header for a status fault: seconds, or an HTTP date string. */
  readonly retryAfter?: number | string;
  /** Message for the status fault's error body. Default: the status text. */
  readonly message?: string;
  /** Fire after the handler has committed the request (default: before it runs). */
  readonly after?: boolean;
  /**
   * After the handler: answer its JSON without the entries that name this value (array
   * elements that are objects with a property equal to it, object properties keyed by it):
   * a list that lags behind a create, or a listing that has not caught up.
   */
  readonly omit?: string;
}

export interface Fault extends FaultSpec {
  readonly id: number;
  remaining: number;
}

export class FaultValidationError extends Error {}

export function validateFaultSpec(input: unknown): FaultSpec {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new FaultValidationError('fault must be a JSON object');
  const spec = input as Record<string, unknown>;
  const known = new Set(['vendor', 'method', 'path', 'status', 'latencyMs', 'reset', 'times', 'retryAfter', 'message', 'after', 'omit']);
  for (const key of Object.keys(spec)) if (!known.has(key)) throw new FaultValidationError(`unknown fault field "${key}"`);
  if (typeof spec['vendor'] !== 'string' || spec['vendor'] === '') throw new FaultValidationError('vendor is required');
  const optionalString = (key: string): void => {
    if (spec[key] !== undefined && typeof spec[key] !== 'string') throw new FaultValidationError(`${key} must be a string`);
  };
  optionalString('method');
  optionalString('path');
  optionalString('message');
  optionalString('omit');
  if (spec['omit'] === '') throw new FaultValidationError('omit must not be empty');
  const status = spec['status'];
  if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)) throw new FaultValidationError('status must be an HTTP status code');
  const latency = spec['latencyMs'];
  if (latency !== undefined && (typeof latency !== 'number' || latency < 0 || latency > 600_000)) throw new FaultValidationError('latencyMs must be between 0 and 600000');
  if (spec['reset'] !== undefined && typeof spec['reset'] !== 'boolean') throw new FaultValidationError('reset must be a boolean');
  if (spec['after'] !== undefined && typeof spec['after'] !== 'boolean') throw new FaultValidationError('after must be a boolean');
  const times = spec['times'];
  if (times !== undefined && (typeof times !== 'number' || !Number.isInteger(times) || times < 1)) throw new FaultValidationError('times must be a positive integer');
  const retryAfter = spec['retryAfter'];
  if (retryAfter !== undefined && typeof retryAfter !== 'number' && typeof retryAfter !== 'string') throw new FaultValidationError('retryAfter must be seconds or an HTTP date');
  if (status === undefined && latency === undefined && spec['reset'] !== true && spec['omit'] === undefined) {
    throw new FaultValidationError('a fault needs status, latencyMs, reset: true or omit');
  }
  if (status !== undefined && spec['reset'] === true) throw new FaultValidationError('status and reset cannot be combined');
  if (spec['omit'] !== undefined && (status !== undefined || spec['reset'] === true)) throw new FaultValidationError('omit changes the real answer: not with status or reset');
  return spec as unknown as FaultSpec;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

export function faultPathMatches(pattern: string, path: string, route: string | undefined): boolean {
  if (pattern.includes('*')) return globToRegExp(pattern).test(path);
  if (route !== undefined && pattern === route) return true;
  const prefix = pattern.replace(/\/+$/, '');
  return path === pattern || prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

export class FaultTable {
  private faults: Fault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: this.nextId++, remaining: spec.times ?? 1 };
    this.faults.push(fault);
    return fault;
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  clear(): void {
    this.faults = [];
  }

  /** The first live fault for this request, with one use consumed. */
  take(vendor: string, method: string, path: string, route: string | undefined): Fault | undefined {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && f.vendor === vendor && (f.method === undefined || f.method.toUpperCase() === method) && (f.path === undefined || faultPathMatches(f.path, path, route)),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }
}

/** `value` without the entries that name `needle` (see FaultSpec.omit), at any depth. */
export function omitEntries(value: unknown, needle: string): unknown {
  if (Array.isArray(value)) {
    return value.filter((e) => !(isRecord(e) && Object.values(e).some((x) => x === needle))).map((e) => omitEntries(e, needle));
  }
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).filter(([k]) => k !== needle).map(([k, x]) => [k, omitEntries(x, needle)]));
  return value;
}
