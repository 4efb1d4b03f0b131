/**
 * Per-credential request limits, as the vendors document them (Qtangl: 300 per
 * minute per key; Cloudflare: 1,200 per five minutes per user). A window opens
 * at a credential's first request and lasts `windowMs`; past `requests` in it,
 * every call answers 429 with `Retry-After` until the window passes. Rejected
 * calls do not count.
 */
import type { RateLimit } from './types';

export interface LimitDecision {
  readonly allowed: boolean;
  /** Seconds until the window passes (for `Retry-After`), when refused. */
  readonly retryAfterSeconds?: number;
}

interface Window {
  startedAt: number;
  used: number;
}

export class RateLimiter {
  private readonly limits = new Map<string, RateLimit>();
  private readonly windows = new Map<string, Window>();
  private readonly rejected = new Map<string, number>();

  constructor(private readonly defaults: ReadonlyMap<string, RateLimit>) {
    this.restoreDefaults();
  }

  /** Set (or with null, lift) an API's limit; its open windows close. */
  set(api: string, limit: RateLimit | null): void {
    if (limit === null) this.limits.delete(api);
    else this.limits.set(api, limit);
    for (const key of [...this.windows.keys()]) if (key.startsWith(`${api}\u0000`)) this.windows.delete(key);
  }

  restoreDefaults(): void {
    this.limits.clear();
    this.windows.clear();
    this.rejected.clear();
    for (const [api, limit] of this.defaults) this.limits.set(api, limit);
  }

  /** The limits in force and the 429s each API has answered. */
  list(): Record<string, { requests: number; windowMs: number; rejected: number } | { requests: null; rejected: number }> {
    const apis = new Set([...this.limits.keys(), ...this.rejected.keys()]);
    return Object.fromEntries(
      [...apis].map((api) => {
        const limit = this.limits.get(api);
        const rejected = this.rejected.get(api) ?? 0;
        return [api, limit ? { ...limit, rejected } : { requests: null, rejected }];
      }),
    );
  }

  /** Counts one request of `credential` on `api` at `now`, or refuses it. */
  take(api: string, credential: string, now: number): LimitDecision {
    const limit = this.limits.get(api);
    if (!limit) return { allowed: true };
    const key = `${api}\u0000${credential}`;
    let window = this.windows.get(key);
    if (!window || now >= window.startedAt + limit.windowMs) {
      window = { startedAt: now, used: 0 };
      this.windows.set(key, window);
    }
    if (window.used >= limit.requests) {
      this.rejected.set(api, (this.rejected.get(api) ?? 0) + 1);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + limit.windowMs - now) / 1000)) };
    }
    window.used += 1;
    return { allowed: true };
  }
}

export function validateLimitSpec(input: unknown): { vendor: string; limit: RateLimit | null } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new Error('a limit must be a JSON object');
  const spec = input as Record<string, unknown>;
  for (const key of Object.keys(spec)) if (!['vendor', 'requests', 'windowMs'].includes(key)) throw new Error(`unknown limit field "${key}"`);
  const vendor = spec['vendor'];
  if (typeof vendor !== 'string' || vendor === '') throw new Error('vendor is required');
  if (spec['requests'] === null) return { vendor, limit: null };
  const requests = spec['requests'];
  const windowMs = spec['windowMs'];
  if (typeof requests !== 'number' || !Number.isInteger(requests) || requests < 1) throw new Error('requests must be a positive integer (or null to lift the limit)');
  if (typeof windowMs !== 'number' || !Number.isInteger(windowMs) || windowMs < 1 || windowMs > 3_600_000) throw new Error('windowMs must be an integer between 1 and 3600000');
  return { vendor, limit: { requests, windowMs } };
}
