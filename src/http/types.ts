/**
 * The contract of the shared HTTP client core that every vendor client uses.
 * The implementation lives beside this file (src/http/client.ts).
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  trace(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface RetryPolicy {
  /** Attempts in total, first one included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export interface HttpClientOptions {
  /** e.g. `https://api.cloudflare.com/client/v4`; request paths are appended. */
  readonly baseUrl: string;
  /** Vendor name for logs and errors, e.g. `cloudflare`. */
  readonly vendor: string;
  /** Headers added to every request, e.g. `{ authorization: 'Bearer …' }`. Their values are redacted everywhere. */
  readonly authHeaders: Readonly<Record<string, string>>;
  readonly userAgent: string;
  /** Per attempt. Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** Whole call including retries. Default 5 min. */
  readonly overallTimeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Minimum spacing between this client's requests. Default 0. */
  readonly minIntervalMs?: number;
  /** Pace requests to this rate, shared by every client of the same vendor, origin and credential in the process. Default: no pacing. */
  readonly requestsPerMinute?: number;
  /** What identifies the credential for pacing. Default: the auth headers. */
  readonly paceKey?: string;
  readonly logger?: HttpLogger;
  /** Extra strings to redact from logs and errors (tokens, secrets sent in bodies). */
  readonly secrets?: readonly string[];
  /**
   * The longest `Retry-After` the client waits for before retrying (default: no cap
   * but the call's deadline). A longer one is not slept through: the ApiError (with `retryAfterMs`) is thrown at once.
   */
  readonly maxRetryAfterMs?: number;
  /** Response headers that carry the vendor's request id, first match wins. Default: common names (`x-request-id`, `cf-ray`, …). */
  readonly requestIdHeaders?: readonly string[];
  /** Pulls the vendor's message, field errors and request id out of an error body. */
  readonly parseError?: (status: number, body: unknown, headers: Readonly<Record<string, string>>) => VendorErrorInfo;
}

/** How a vendor client reaches its API: every vendor's client config extends this. */
export interface VendorConnection {
  /** Default: the vendor's public API. */
  readonly baseUrl?: string;
  readonly userAgent: string;
  readonly logger?: HttpLogger;
  /** Per attempt. Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** Whole call including retries. Default 5 min. */
  readonly overallTimeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Pace requests to this vendor and credential to this rate (shared by the process). Default: no pacing. */
  readonly requestsPerMinute?: number;
}

/** What is fixed per vendor API: its name, public base URL and error shape. */
export interface VendorApi {
  readonly vendor: string;
  readonly defaultBaseUrl: string;
  readonly parseError: (status: number, body: unknown, headers: Readonly<Record<string, string>>) => VendorErrorInfo;
}

export interface VendorErrorInfo {
  readonly message: string;
  readonly fieldErrors?: readonly { readonly field: string; readonly message: string }[];
  readonly requestId?: string;
  readonly code?: string | number;
}

export interface RequestOptions {
  readonly method: HttpMethod;
  /** Path (with leading slash) below baseUrl. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** JSON body. */
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  /**
   * Override the safe-to-retry decision. By default GET/PUT/DELETE retry and
   * POST/PATCH do not; a POST whose outcome is unknown raises OutcomeUnknownError.
   */
  readonly idempotent?: boolean;
  /** Strings in this request's body to redact (credential fields). */
  readonly secrets?: readonly string[];
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON, or undefined for an empty body. */
  readonly body: unknown;
  readonly requestId?: string;
}
