/**
 * Typed errors of the HTTP core. Every message is one line and already
 * redacted, so it can go straight into a diagnostic or a log line.
 */

export interface HttpErrorContext {
  /** Vendor name, e.g. `cloudflare`. */
  readonly vendor?: string;
  readonly method?: string;
  /** Path below the base URL (redacted). */
  readonly path?: string;
  /** Attempts made, first one included. */
  readonly attempts?: number;
  readonly cause?: unknown;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function where(context: HttpErrorContext): string {
  const parts = [context.vendor, context.method && context.path ? `${context.method} ${context.path}` : undefined].filter(Boolean);
  return parts.length > 0 ? `${parts.join(' ')}: ` : '';
}

/** Base of every error the HTTP core throws. */
export class HttpError extends Error {
  readonly vendor?: string;
  readonly method?: string;
  readonly path?: string;
  readonly attempts?: number;

  constructor(message: string, context: HttpErrorContext = {}) {
    super(oneLine(message), context.cause === undefined ? undefined : { cause: context.cause });
    this.name = new.target.name;
    this.vendor = context.vendor;
    this.method = context.method;
    this.path = context.path;
    this.attempts = context.attempts;
  }
}

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface ApiErrorDetails extends HttpErrorContext {
  readonly status: number;
  /** The vendor's own message (redacted). */
  readonly vendorMessage: string;
  readonly fieldErrors?: readonly FieldError[];
  readonly requestId?: string;
  readonly code?: string | number;
  /** From `Retry-After`, when the server sent one. */
  readonly retryAfterMs?: number;
}

/**
 * The vendor answered with an error status. `message` reads e.g.
 * `cloudflare API error 400 on POST /accounts/x/magic/cloud/providers: friendly_name is required (aws_arn: must be an ARN) [request id abc123]`.
 */
export class ApiError extends HttpError {
  readonly status: number;
  readonly vendorMessage: string;
  readonly fieldErrors: readonly FieldError[];
  readonly requestId?: string;
  readonly code?: string | number;
  readonly retryAfterMs?: number;

  constructor(details: ApiErrorDetails) {
    const fields = details.fieldErrors && details.fieldErrors.length > 0 ? ` (${details.fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ')})` : '';
    const on = details.method && details.path ? ` on ${details.method} ${details.path}` : '';
    const id = details.requestId ? ` [request id ${details.requestId}]` : '';
    super(`${details.vendor ?? 'vendor'} API error ${details.status}${on}: ${details.vendorMessage}${fields}${id}`, details);
    this.status = details.status;
    this.vendorMessage = details.vendorMessage;
    this.fieldErrors = details.fieldErrors ?? [];
    this.requestId = details.requestId;
    this.code = details.code;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/**
 * A non-idempotent request (POST/PATCH) may or may not have been applied:
 * the connection broke or timed out after the request left, or a gateway
 * answered 502/504. Look the object up before trying again.
 */
export class OutcomeUnknownError extends HttpError {
  /** The gateway status when one was received (502/504); undefined for a broken connection or timeout. */
  readonly status?: number;
  readonly requestId?: string;

  constructor(reason: string, context: HttpErrorContext & { status?: number; requestId?: string }) {
    super(`${where(context)}outcome unknown (${reason}); the request may have been applied, look the object up before retrying`, context);
    this.status = context.status;
    this.requestId = context.requestId;
  }
}

/** A response did not have the documented shape. `fieldPath` names the offending field, e.g. `result.items[0].id`. */
export class MalformedResponseError extends HttpError {
  /** What was being read, e.g. `cloud integration (create)`. */
  readonly what: string;
  /** Dotted path of the first bad field; '' for the body itself. */
  readonly fieldPath: string;
  /** Every problem found, `path: message`. */
  readonly problems: readonly string[];

  constructor(what: string, fieldPath: string, problems: readonly string[], context: HttpErrorContext = {}) {
    const first = problems[0] ?? 'unexpected shape';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`${where(context)}malformed response for ${what}: ${first}${more}`, context);
    this.what = what;
    this.fieldPath = fieldPath;
    this.problems = problems;
  }
}

/** An attempt, or the whole call with its retries, took longer than allowed. */
export class RequestTimeoutError extends HttpError {
  readonly timeoutMs: number;
  /** `attempt`: the per-request timeout; `overall`: the whole call including retries. */
  readonly scope: 'attempt' | 'overall';

  constructor(timeoutMs: number, scope: 'attempt' | 'overall', context: HttpErrorContext = {}) {
    super(`${where(context)}${scope === 'overall' ? 'request and its retries' : 'request'} timed out after ${timeoutMs} ms`, context);
    this.timeoutMs = timeoutMs;
    this.scope = scope;
  }
}

/** The caller's AbortSignal fired (StopProvider, Ctrl-C). */
export class CancelledError extends HttpError {
  constructor(context: HttpErrorContext = {}) {
    super(`${where(context)}request cancelled`, context);
  }
}

/** The connection failed (refused, reset, DNS) and retries, where allowed, did not help. */
export class NetworkError extends HttpError {
  /** e.g. `ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`. */
  readonly code?: string;

  constructor(detail: string, context: HttpErrorContext & { code?: string }) {
    super(`${where(context)}network error: ${detail}`, context);
    this.code = context.code;
  }
}

/** The vendor answered 404: the object (or its parent) does not exist. */
export function isNotFound(err: unknown): err is ApiError {
  return err instanceof ApiError && err.status === 404;
}

/** The call's result, or null when the vendor answered 404 (the object does not exist); other errors propagate. */
export async function nullIfNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}
