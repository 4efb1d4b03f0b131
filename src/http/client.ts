/**
 * The HTTP client core every vendor client uses: undici with one shared
 * keep-alive pool per origin, per-attempt and overall timeouts, retries with
 * full-jitter backoff that honour Retry-After, rate pacing, cancellation,
 * redaction and typed errors.
 *
 * Retry rules (why each is safe):
 * - GET/PUT/DELETE (or `idempotent: true`): retried on 429, 502, 503, 504,
 *   broken connections and per-attempt timeouts.
 * - POST/PATCH: retried only when the server provably did not act on it:
 *   - the connection could not be opened (refused, DNS, connect timeout): nothing was sent;
 *   - 429 and 503: a status was received and both mean "not processed, come back later";
 *     this is how the vendors here document them (Qtangl's rate limit, maintenance).
 *   A reset or timeout after the request left, or a gateway's 502/504 (the
 *   upstream may have acted), throws OutcomeUnknownError instead, so the
 *   resource can look the object up before creating it again.
 * - Retry-After (seconds or HTTP date) is honoured as the exact wait as long as
 *   it fits in what is left of the call's deadline: the overall timeout, or the
 *   operation's own (its `timeouts`, from the HTTP scope) when that is sooner.
 *   A wait that does not fit throws the ApiError at once rather than failing later.
 * - Attempts: `retry.maxAttempts` (the provider's `max_retries` + 1, default 16),
 *   so that a documented rate limit never fails an apply.
 *
 * Pacing: with `requestsPerMinute`, requests to one vendor with one credential
 * are spaced evenly, shared by every client and operation in the process (one
 * token bucket per vendor key). The bucket holds a single token: a fresh
 * provider process (Terraform starts several per command) never bursts.
 */
import { STATUS_CODES } from 'node:http';
import { readFileSync } from 'node:fs';
import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';
import { Pool } from 'undici';
import {
  ApiError,
  CancelledError,
  HttpError,
  MalformedResponseError,
  NetworkError,
  OutcomeUnknownError,
  RequestTimeoutError,
  type FieldError,
  type HttpErrorContext,
} from './errors';
import { abortableSleep } from '../util/sleep';
import { redact, redactValue, secretsOfHeaderValue } from './redact';
import { currentHttpScope } from './scope';
import type { HttpClientOptions, HttpLogger, HttpMethod, HttpResponse, RequestOptions, RetryPolicy, VendorApi, VendorConnection, VendorErrorInfo } from './types';

export { parseBody } from './parse';
export { redact } from './redact';
export { userAgent, CLOUDBRIDGE_VERSION } from './user-agent';

export const DEFAULT_MAX_RETRIES = 15;
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: DEFAULT_MAX_RETRIES + 1, baseDelayMs: 250, maxDelayMs: 8_000 };
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_OVERALL_TIMEOUT_MS = 5 * 60_000;
/** No cap of its own: a Retry-After is honoured while it fits in the call's deadline. */
export const DEFAULT_MAX_RETRY_AFTER_MS = Number.POSITIVE_INFINITY;
/** Pacing runs this far below the configured rate, so that jitter in flight never lands an extra request in the vendor's window. */
export const PACING_MARGIN = 0.97;
export const DEFAULT_REQUEST_ID_HEADERS: readonly string[] = [
  'x-request-id',
  'request-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'cf-ray',
  'x-correlation-id',
];

/** Statuses that mean "try again later". */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
/** Of those, the ones that say the request was not processed, so a POST may be repeated. */
const NOT_PROCESSED_STATUSES = new Set([429, 503]);
/** Connection errors raised before any byte of the request could reach the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const IDEMPOTENT_METHODS = new Set<HttpMethod>(['GET', 'PUT', 'DELETE']);
const TRACE_BODY_LIMIT = 4_096;

// ---------------------------------------------------------------------------
// Shared keep-alive pools, one per origin.

const pools = new Map<string, Pool>();

/**
 * Set by the provider's launcher in place of NODE_EXTRA_CA_CERTS, which Node would read
 * and parse at start-up in every provider process (src/cli/provider-package.ts).
 */
export const EXTRA_CA_CERTS_ENV = 'CLOUDBRIDGE_EXTRA_CA_CERTS';

let extraCa: { readonly file: string; readonly context: SecureContext | undefined } | undefined;

/** Node's own roots plus the file's certificates, as NODE_EXTRA_CA_CERTS gives them; built on first use. */
function extraCaContext(): SecureContext | undefined {
  const file = process.env[EXTRA_CA_CERTS_ENV];
  if (!file) return undefined;
  if (extraCa?.file === file) return extraCa.context;
  let context: SecureContext | undefined;
  try {
    context = createSecureContext({ ca: [...rootCertificates, readFileSync(file, 'utf8')] });
  } catch (err) {
    // As Node does for NODE_EXTRA_CA_CERTS: a warning, and the usual roots.
    process.emitWarning(`Ignoring extra certs from \`${file}\`, load failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  extraCa = { file, context };
  return context;
}

function poolFor(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool || pool.closed || pool.destroyed) {
    const secureContext = origin.startsWith('https:') ? extraCaContext() : undefined;
    pool = new Pool(origin, { connections: 16, keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000, ...(secureContext ? { connect: { secureContext } } : {}) });
    pools.set(origin, pool);
  }
  return pool;
}

// ---------------------------------------------------------------------------
// Pacing: one single-token bucket per vendor key, shared by the whole process.

const pacers = new Map<string, { nextSlotAt: number }>();

/** The spacing between requests for a rate, with the safety margin. */
export function pacingIntervalMs(requestsPerMinute: number): number {
  return 60_000 / (requestsPerMinute * PACING_MARGIN);
}

/** Close every pooled connection (process shutdown, end of a test file). */
export async function closeHttpPools(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.destroy().catch(() => undefined)));
}

// ---------------------------------------------------------------------------
// Small helpers.

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number.parseFloat(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Full jitter: uniform in [0, min(max, base·2^(retry-1))]. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** Resolves after `ms`, or rejects with CancelledError the moment `signal` fires. */
function sleep(ms: number, signal: AbortSignal | undefined, context: HttpErrorContext): Promise<void> {
  return abortableSleep(ms, signal, () => new CancelledError(context));
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function errorCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/** A best-effort reading of an error body when the vendor client gave no parser. */
export function defaultParseError(status: number, body: unknown): VendorErrorInfo {
  const fallback = `HTTP ${status} ${STATUS_CODES[status] ?? ''}`.trim();
  if (typeof body === 'string') return { message: body.trim().slice(0, 500) || fallback };
  if (body !== null && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const nested = record['error'];
    const errors = record['errors'];
    const candidates: unknown[] = [
      record['message'],
      typeof nested === 'string' ? nested : (nested as Record<string, unknown> | undefined)?.['message'],
      Array.isArray(errors) ? (errors[0] as Record<string, unknown> | undefined)?.['message'] : undefined,
      record['detail'],
      record['title'],
    ];
    const message = candidates.find((c): c is string => typeof c === 'string' && c !== '');
    return { message: message ?? fallback };
  }
  return { message: fallback };
}

type AttemptOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly headers: Record<string, string>; readonly text: string }
  | {
      readonly kind: 'failure';
      /** `timeout`: our per-attempt or overall timer fired; `network`: the connection failed. */
      readonly reason: 'timeout' | 'network';
      readonly scope?: 'attempt' | 'overall';
      readonly timeoutMs?: number;
      readonly code?: string;
      readonly detail: string;
      /** Could the request have reached the server? */
      readonly maybeSent: boolean;
      readonly cause: unknown;
    };

// ---------------------------------------------------------------------------

export class HttpClient {
  private readonly origin: string;
  private readonly basePath: string;
  private readonly policy: RetryPolicy;
  private readonly requestTimeoutMs: number;
  private readonly overallTimeoutMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly intervalMs: number;
  private readonly paceKey: string;
  private readonly secrets: readonly string[];
  private readonly logger?: HttpLogger;
  private readonly requestIdHeaders: readonly string[];

  constructor(private readonly options: HttpClientOptions) {
    const base = new URL(options.baseUrl);
    this.origin = base.origin;
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.policy = { ...DEFAULT_RETRY_POLICY, ...definedOnly(options.retry ?? {}) };
    this.policy = { ...this.policy, maxAttempts: Math.max(1, Math.floor(this.policy.maxAttempts)) };
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.overallTimeoutMs = options.overallTimeoutMs ?? DEFAULT_OVERALL_TIMEOUT_MS;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    const rpm = options.requestsPerMinute ?? 0;
    this.intervalMs = Math.max(options.minIntervalMs ?? 0, rpm > 0 ? pacingIntervalMs(rpm) : 0);
    this.paceKey = `${options.vendor}\u0000${base.origin}\u0000${options.paceKey ?? JSON.stringify(options.authHeaders)}`;
    this.logger = options.logger;
    this.requestIdHeaders = options.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS;
    this.secrets = [...Object.values(options.authHeaders).flatMap(secretsOfHeaderValue), ...(options.secrets ?? [])];
  }

  /** The vendor name given in the options. */
  get vendor(): string {
    return this.options.vendor;
  }

  /** Redact this client's secrets (and `extra`) from a text, e.g. before putting it in a diagnostic. */
  redact(text: string, extra: readonly string[] = []): string {
    return redact(text, [...this.secrets, ...extra]);
  }

  async request(opts: RequestOptions): Promise<HttpResponse> {
    const secrets = [...this.secrets, ...(opts.secrets ?? [])];
    const path = this.pathWithQuery(opts);
    const context: HttpErrorContext = { vendor: this.options.vendor, method: opts.method, path: redact(path, secrets) };
    const idempotent = opts.idempotent ?? IDEMPOTENT_METHODS.has(opts.method);
    const bodyText = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const scope = currentHttpScope();
    const log = scope?.logger ?? this.logger;
    // The call's own limit; the operation's deadline (from the scope) only bounds the waits between attempts.
    const deadline = Date.now() + this.overallTimeoutMs;
    const retryDeadline = Math.min(deadline, scope?.deadline ?? Number.POSITIVE_INFINITY);
    const signal = opts.signal;

    for (let attempt = 1; ; attempt++) {
      const attemptContext: HttpErrorContext = { ...context, attempts: attempt };
      if (signal?.aborted) throw new CancelledError(attemptContext);
      await this.pace(signal, attemptContext);
      if (Date.now() >= deadline) throw new RequestTimeoutError(this.overallTimeoutMs, 'overall', attemptContext);


      if (attempt === 1 && bodyText !== undefined) {
        log?.trace('http request body', { ...logFields(attemptContext), body: redactValue(opts.body, secrets) });
      }
      const started = Date.now();
      const outcome = await this.attempt(opts.method, path, bodyText, signal, deadline, attemptContext);
      const durationMs = Date.now() - started;
      const canRetryAtAll = attempt < this.policy.maxAttempts;

      if (outcome.kind === 'failure') {
        log?.debug('http request failed', { ...logFields(attemptContext), error: redact(outcome.detail, secrets), code: outcome.code, duration_ms: durationMs });
        if (outcome.maybeSent && !idempotent) {
          throw new OutcomeUnknownError(outcome.reason === 'timeout' ? `timed out after ${outcome.timeoutMs} ms` : `connection failed: ${redact(outcome.detail, secrets)}`, {
            ...attemptContext,
            cause: outcome.cause,
          });
        }
        const finalError =
          outcome.reason === 'timeout'
            ? new RequestTimeoutError(outcome.timeoutMs ?? this.requestTimeoutMs, outcome.scope ?? 'attempt', { ...attemptContext, cause: outcome.cause })
            : new NetworkError(redact(outcome.detail, secrets), { ...attemptContext, code: outcome.code, cause: outcome.cause });
        if (outcome.scope === 'overall' || !canRetryAtAll) throw finalError;
        const delay = backoffDelay(attempt, this.policy);
        if (Date.now() + delay >= retryDeadline) throw finalError;
        log?.warn('http retry', { ...logFields(attemptContext), reason: outcome.reason === 'timeout' ? 'timeout' : (outcome.code ?? 'network'), delay_ms: delay });
        await sleep(delay, signal, attemptContext);
        continue;
      }

      const requestId = this.requestIdOf(outcome.headers);
      const date = outcome.headers['date'] === undefined ? undefined : Date.parse(outcome.headers['date']);
      scope?.onResponse?.({ status: outcome.status, date: date === undefined || Number.isNaN(date) ? undefined : date });
      log?.debug('http response', { ...logFields(attemptContext), status: outcome.status, duration_ms: durationMs, request_id: requestId });
      if (outcome.text !== '') {
        log?.trace('http response body', { ...logFields(attemptContext), status: outcome.status, body: redact(outcome.text.slice(0, TRACE_BODY_LIMIT), secrets) });
      }

      if (outcome.status < 400) {
        return { status: outcome.status, headers: outcome.headers, body: this.parseJson(outcome.text, attemptContext), requestId };
      }

      const retryAfterMs = parseRetryAfter(outcome.headers['retry-after']);
      const apiError = this.apiError(outcome.status, outcome.text, outcome.headers, requestId, retryAfterMs, secrets, attemptContext);
      if (!RETRYABLE_STATUSES.has(outcome.status)) throw apiError;
      if (!idempotent && !NOT_PROCESSED_STATUSES.has(outcome.status)) {
        throw new OutcomeUnknownError(`gateway answered ${outcome.status}`, { ...attemptContext, status: outcome.status, requestId: apiError.requestId, cause: apiError });
      }
      if (!canRetryAtAll) throw apiError;
      let delay: number;
      if (retryAfterMs !== undefined) {
        if (retryAfterMs > this.maxRetryAfterMs) throw apiError;
        delay = retryAfterMs;
      } else {
        delay = backoffDelay(attempt, this.policy);
      }
      if (Date.now() + delay >= retryDeadline) throw apiError;
      log?.warn('http retry', { ...logFields(attemptContext), status: outcome.status, request_id: apiError.requestId, delay_ms: delay, retry_after_ms: retryAfterMs });
      await sleep(delay, signal, attemptContext);
    }
  }

  private pathWithQuery(opts: RequestOptions): string {
    const rel = opts.path.startsWith('/') ? opts.path : `/${opts.path}`;
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(opts.query ?? {})) {
      if (value !== undefined) params.append(key, String(value));
    }
    const query = params.toString();
    return `${this.basePath}${rel}${query ? `?${query}` : ''}`;
  }

  private async pace(signal: AbortSignal | undefined, context: HttpErrorContext): Promise<void> {
    if (this.intervalMs <= 0) return;
    let pacer = pacers.get(this.paceKey);
    if (!pacer) pacers.set(this.paceKey, (pacer = { nextSlotAt: 0 }));
    const now = Date.now();
    const slot = Math.max(now, pacer.nextSlotAt);
    pacer.nextSlotAt = slot + this.intervalMs;
    await sleep(slot - now, signal, context);
  }

  /** One attempt. Cancellation throws; every other failure is returned for the retry decision. */
  private async attempt(
    method: HttpMethod,
    path: string,
    bodyText: string | undefined,
    signal: AbortSignal | undefined,
    deadline: number,
    context: HttpErrorContext,
  ): Promise<AttemptOutcome> {
    const controller = new AbortController();
    let why: 'cancel' | 'attempt' | 'overall' | undefined;
    const onAbort = (): void => {
      why ??= 'cancel';
      controller.abort();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const remaining = Math.max(1, deadline - Date.now());
    const scope: 'attempt' | 'overall' = this.requestTimeoutMs < remaining ? 'attempt' : 'overall';
    const timeoutMs = scope === 'attempt' ? this.requestTimeoutMs : this.overallTimeoutMs;
    const timer = setTimeout(() => {
      why ??= scope;
      controller.abort();
    }, Math.min(this.requestTimeoutMs, remaining));

    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': this.options.userAgent,
      ...this.options.authHeaders,
    };
    if (bodyText !== undefined) headers['content-type'] = 'application/json';

    try {
      const response = await poolFor(this.origin).request({
        path,
        method,
        headers,
        body: bodyText,
        signal: controller.signal,
        // Our own timer governs; undici's are a backstop only.
        headersTimeout: this.requestTimeoutMs + 5_000,
        bodyTimeout: this.requestTimeoutMs + 5_000,
      });
      const text = await response.body.text();
      if (why === 'cancel') throw new CancelledError(context);
      return { kind: 'response', status: response.statusCode, headers: flattenHeaders(response.headers), text };
    } catch (err) {
      if (err instanceof HttpError) throw err;
      if (why === 'cancel' || signal?.aborted) throw new CancelledError({ ...context, cause: err });
      if (why === 'attempt' || why === 'overall') {
        return { kind: 'failure', reason: 'timeout', scope: why, timeoutMs, detail: `timed out after ${timeoutMs} ms`, maybeSent: true, cause: err };
      }
      const code = errorCode(err);
      if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        return { kind: 'failure', reason: 'timeout', scope: 'attempt', timeoutMs: this.requestTimeoutMs, code, detail: errorText(err), maybeSent: true, cause: err };
      }
      return { kind: 'failure', reason: 'network', code, detail: code ? `${code}: ${errorText(err)}` : errorText(err), maybeSent: !(code && NOT_SENT_CODES.has(code)), cause: err };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private requestIdOf(headers: Record<string, string>): string | undefined {
    for (const name of this.requestIdHeaders) {
      const value = headers[name.toLowerCase()];
      if (value) return value;
    }
    return undefined;
  }

  private parseJson(text: string, context: HttpErrorContext): unknown {
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new MalformedResponseError(`${context.method} ${context.path}`, '', ['(body): not valid JSON'], context);
    }
  }

  private apiError(
    status: number,
    text: string,
    headers: Record<string, string>,
    headerRequestId: string | undefined,
    retryAfterMs: number | undefined,
    secrets: readonly string[],
    context: HttpErrorContext,
  ): ApiError {
    let body: unknown = text;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        body = text;
      }
    } else {
      body = undefined;
    }
    let info: VendorErrorInfo;
    try {
      info = this.options.parseError ? this.options.parseError(status, body, headers) : defaultParseError(status, body);
    } catch {
      info = defaultParseError(status, body);
    }
    const fieldErrors: FieldError[] = (info.fieldErrors ?? []).map((f) => ({ field: redact(f.field, secrets), message: redact(f.message, secrets) }));
    return new ApiError({
      ...context,
      status,
      vendorMessage: redact(info.message || defaultParseError(status, undefined).message, secrets),
      fieldErrors,
      requestId: info.requestId ?? headerRequestId,
      code: info.code,
      retryAfterMs,
    });
  }
}

/** The HTTP client of one vendor API, authenticated with a bearer token (every vendor here takes one). */
export function vendorHttpClient(api: VendorApi, token: string, connection: VendorConnection): HttpClient {
  return new HttpClient({
    baseUrl: (connection.baseUrl ?? api.defaultBaseUrl).replace(/\/+$/, ''),
    vendor: api.vendor,
    authHeaders: { authorization: `Bearer ${token}` },
    userAgent: connection.userAgent,
    requestTimeoutMs: connection.requestTimeoutMs,
    overallTimeoutMs: connection.overallTimeoutMs,
    retry: connection.retry,
    requestsPerMinute: connection.requestsPerMinute,
    logger: connection.logger,
    secrets: [token],
    parseError: api.parseError,
  });
}

function logFields(context: HttpErrorContext): Record<string, unknown> {
  return { vendor: context.vendor, method: context.method, path: context.path, attempt: context.attempts };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
