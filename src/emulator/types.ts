/**
 * The contract between the emulator core (server, router, auth plumbing,
 * admin routes, fault injection, persistence) and each emulated API
 * (`src/vendors/<vendor>/emulator.ts`, `src/emulator/aws/`).
 *
 * An emulated API is a value: its routes plus pure-ish handlers over a
 * JSON-serialisable state object that the core owns, persists with atomic
 * writes after every mutating request, and resets on demand.
 */

/** An emulated API's name: the first path segment it is served under, e.g. `p0` or `aws`. */
export type EmulatedApi = string;

/** A credential an API prints on the emulator's JSON line: one token, or one per role. */
export type EmulatorToken = string | Readonly<Record<string, string>>;

/**
 * Everything the emulator prints on its JSON line besides `url` and `endpoints`:
 * each API's token(s) under `tokens[api]`, and the ids the APIs declare (their
 * names are global, e.g. `p0_org`). Drawn once, kept across resets and in `--data`.
 */
export interface EmulatorIdentities {
  readonly tokens: Readonly<Record<string, EmulatorToken>>;
  readonly ids: Readonly<Record<string, string>>;
}

/** What one API adds to the identities: drawn fresh when the emulator starts without them. */
export interface ApiIdentity {
  readonly token?: EmulatorToken;
  readonly ids?: Readonly<Record<string, string>>;
}

/** A documented request limit: at most `requests` per `windowMs` per credential. */
export interface RateLimit {
  readonly requests: number;
  readonly windowMs: number;
}

export interface EmulatorRequest {
  readonly method: string;
  /** Path below the API's base, e.g. `/o/acme/integrations/aws/config`. */
  readonly path: string;
  /** The matched route pattern, e.g. `/o/:orgId/integrations/aws/config`. */
  readonly route: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly rawBody: Buffer;
  /** A request id the core generated; echo it where the vendor does. */
  readonly requestId: string;
}

export interface EmulatorResponse {
  readonly status: number;
  /** Serialised as JSON unless `text` is given. */
  readonly json?: unknown;
  readonly text?: string;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Thrown (or returned) from handlers to produce the API's own error shape:
 * the core turns it into a response with `EmulatedApiModule.errorResponse`.
 */
export class EmulatorHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Vendor-specific extra detail: field errors, codes. Passed to errorResponse. */
    readonly details?: unknown,
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

/** What the emulated vendors may read of the emulated AWS account state (read-only). */
export interface AwsRoleView {
  readonly accountId: string;
  readonly roleName: string;
  readonly arn: string;
  /** Parsed JSON of AssumeRolePolicyDocument. */
  readonly trustPolicy: unknown;
  /** Inline policies by name, parsed JSON. */
  readonly inlinePolicies: Readonly<Record<string, unknown>>;
  readonly attachedPolicyArns: readonly string[];
}

export interface AwsView {
  getRole(accountId: string, roleName: string): AwsRoleView | undefined;
  getRoleByArn(arn: string): AwsRoleView | undefined;
}

/** Shared, read-mostly view of the world handed to every handler. */
export interface EmulatorWorld {
  readonly identities: EmulatorIdentities;
  readonly aws: AwsView;
  /** Milliseconds; the core may run a fake clock in tests. Use this, never Date.now(). */
  now(): number;
  /** Fresh random id helpers so that handlers stay deterministic to test. */
  randomId(bytes?: number): string;
}

export interface HandlerContext<S> {
  /** The API's mutable state. Mutate it in place; the core persists it after mutating methods. */
  readonly state: S;
  readonly world: EmulatorWorld;
  /** The result of `authenticate`, e.g. the Qtangl key's role. */
  readonly principal: string;
}

export type RouteHandler<S> = (
  req: EmulatorRequest,
  ctx: HandlerContext<S>,
) => EmulatorResponse | Promise<EmulatorResponse>;

export interface RouteDef<S> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `:name` segments bind params; a trailing `*` matches the rest. */
  readonly path: string;
  readonly handler: RouteHandler<S>;
}

export interface EmulatedApiModule<S> {
  readonly api: EmulatedApi;
  /**
   * The path part of the vendor's real base URL (Cloudflare: `/client/v4`;
   * others: ''). The core serves the API at `{url}/{api}{basePath}`, and that
   * is the endpoint it prints, so a client's base URL is a drop-in swap.
   */
  readonly basePath: string;
  /** Draws this API's credentials and ids (see EmulatorIdentities). */
  identity?(): ApiIdentity;
  /**
   * The vendor's documented rate limit, enforced per credential with a 429 in the
   * vendor's error shape (`errorResponse`) and `Retry-After`. Tests change it with
   * `POST /_emulator/limits`.
   */
  readonly rateLimit?: RateLimit;
  /** The credential a rate limit counts against (default: the Authorization header). */
  rateLimitKey?(req: Pick<EmulatorRequest, 'headers' | 'query'>): string | undefined;
  /** The message of a 429 (default: "Rate limit exceeded"). */
  rateLimitMessage?(retryAfterSeconds: number): string;
  /** Fresh state (seeded data included), e.g. after `POST /_emulator/reset`. */
  initialState(identities: EmulatorIdentities): S;
  /**
   * Check credentials. Return the principal (any string the handlers use,
   * e.g. a role name) or throw EmulatorHttpError(401|403).
   */
  authenticate(req: EmulatorRequest, identities: EmulatorIdentities): string;
  readonly routes: readonly RouteDef<S>[];
  /** The vendor's error body for a status + message (used for thrown errors, 404 routes, bad JSON, oversized bodies). */
  errorResponse(status: number, message: string, requestId: string, details?: unknown): EmulatorResponse;
  /** Optional: expose read-only views to other APIs (only `aws` does). */
  view?(state: S): Partial<{ aws: AwsView }>;
}

/**
 * Erases a module's state type for a list of modules. Safe: the core only ever
 * hands a module the state that module's own `initialState` produced.
 */
export function apiModule<S>(module: EmulatedApiModule<S>): EmulatedApiModule<unknown> {
  return module as unknown as EmulatedApiModule<unknown>;
}

/** `tokens[api]` as a single token; throws when the API printed none or a per-role set. */
export function tokenOf(identities: EmulatorIdentities, api: string): string {
  const token = identities.tokens[api];
  if (typeof token !== 'string') throw new Error(`the emulator identities hold no single token for "${api}"`);
  return token;
}

/** `tokens[api]` as a per-role set (e.g. Qtangl's viewer/operator/admin keys). */
export function roleTokensOf(identities: EmulatorIdentities, api: string): Readonly<Record<string, string>> {
  const tokens = identities.tokens[api];
  if (tokens === undefined || typeof tokens === 'string') throw new Error(`the emulator identities hold no per-role tokens for "${api}"`);
  return tokens;
}

/** `ids[key]`; throws when no API declared it. */
export function idOf(identities: EmulatorIdentities, key: string): string {
  const id = identities.ids[key];
  if (id === undefined) throw new Error(`the emulator identities hold no id "${key}"`);
  return id;
}
