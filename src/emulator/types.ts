/**
 * The contract between the emulator core (server, router, auth plumbing,
 * admin routes, fault injection, persistence) and each emulated API
 * (`src/vendors/<vendor>/emulator.ts`, `src/emulator/aws/`).
 *
 * An emulated API is a value: its routes plus pure-ish handlers over a
 * JSON-serialisable state object that the core owns, persists with atomic
 * writes after every mutating request, and resets on demand.
 */

export type EmulatedApi = 'p0' | 'cloudflare' | 'northflank' | 'avisi' | 'qtangl' | 'aws';

/** Everything the emulator prints on its JSON line besides `url` and `endpoints`. */
export interface EmulatorIdentities {
  readonly tokens: {
    readonly p0: string;
    readonly cloudflare: string;
    readonly northflank: string;
    readonly avisi: string;
    readonly qtangl: { readonly viewer: string; readonly operator: string; readonly admin: string };
  };
  readonly ids: {
    readonly p0_org: string;
    readonly cloudflare_account: string;
    readonly avisi_organisation: string;
  };
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
