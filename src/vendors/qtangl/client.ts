/**
 * Client for Qtangl's cloud integrations (`/tenant/integrations/cloud...`), on
 * the shared HTTP core: upsert per provider, list, test. Errors are
 * `{detail, requestId}` where `detail` is a message or, for 422, a list of
 * field errors `{loc, msg, type}`.
 */
import { z } from 'zod';
import { HttpClient, parseBody, vendorHttpClient } from '../../http/client';
import { Collection } from '../../http/collection';
import { ApiError } from '../../http/errors';
import type { VendorConnection, VendorErrorInfo } from '../../http/types';
import { QTANGL_FIELDS, QTANGL_PROVIDERS, type QtanglProvider } from './model';

export const QTANGL_DEFAULT_BASE_URL = 'https://sparkling-vibrancy-production-1a7a.up.railway.app';
const CLOUD_PATH = '/tenant/integrations/cloud';

// ---- schemas ------------------------------------------------------------------

const optionalString = z.string().nullish();

export const rowSchema = z.looseObject({
  id: z.string().min(1).nullish(),
  provider: z.enum(QTANGL_PROVIDERS),
  // Open on the wire: an unknown status must not break reads.
  status: z.string().min(1),
  region: optionalString,
  vaultName: optionalString,
  roleArn: optionalString,
  externalId: optionalString,
  projectId: optionalString,
  credentialsJson: optionalString,
  kubeconfigJson: optionalString,
  namespace: optionalString,
  context: optionalString,
  tenantId: optionalString,
  clientId: optionalString,
  statusMessage: optionalString,
  createdAt: optionalString,
  updatedAt: optionalString,
  lastTestedAt: optionalString,
});
export type QtanglRow = z.infer<typeof rowSchema>;

const upsertResponseSchema = z.looseObject({ integration: rowSchema });
const listResponseSchema = z.looseObject({ integrations: z.array(rowSchema) });
const testResponseSchema = z.looseObject({ ok: z.boolean(), message: z.string().nullish(), integration: rowSchema.nullish() });

/** The upsert body: any of the page's fields (API names). */
export type QtanglUpsertRequest = Partial<Record<(typeof QTANGL_FIELDS)[number]['api'], string>>;

export interface QtanglTestResult {
  readonly ok: boolean;
  readonly message: string;
  readonly integration?: QtanglRow;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

// ---- errors -------------------------------------------------------------------

const issueSchema = z.looseObject({ loc: z.array(z.union([z.string(), z.number()])).nullish(), msg: z.string() });
const errorBodySchema = z.looseObject({ detail: z.union([z.string(), z.array(issueSchema)]), requestId: z.string().nullish() });

/** `{detail, requestId}`; a list `detail` becomes field errors named without the `body`/`path` prefix. */
export function parseQtanglError(status: number, body: unknown, headers: Readonly<Record<string, string>>): VendorErrorInfo {
  const parsed = errorBodySchema.safeParse(body);
  const headerId = headers['x-request-id'];
  if (!parsed.success) {
    return { message: typeof body === 'string' && body.trim() !== '' ? body.trim().slice(0, 500) : `HTTP ${status}`, requestId: headerId };
  }
  const { detail, requestId } = parsed.data;
  if (typeof detail === 'string') return { message: detail, requestId: requestId ?? headerId };
  const fieldErrors = detail.map((issue) => {
    const loc = (issue.loc ?? []).map(String);
    const named = loc[0] === 'body' || loc[0] === 'path' || loc[0] === 'query' ? loc.slice(1) : loc;
    return { field: named.join('.') || '(body)', message: issue.msg };
  });
  return { message: 'Unprocessable entity', fieldErrors, requestId: requestId ?? headerId };
}

export function isForbidden(err: unknown): err is ApiError {
  return err instanceof ApiError && err.status === 403;
}

function secretsOf(body: QtanglUpsertRequest): string[] {
  return QTANGL_FIELDS.filter((f) => f.secret)
    .map((f) => body[f.api])
    .filter((v): v is string => typeof v === 'string' && v !== '');
}

// ---- client -------------------------------------------------------------------

export interface QtanglClientConfig extends VendorConnection {
  readonly apiKey: string;
}

export class QtanglClient {
  private readonly http: HttpClient;
  /** The tenant's rows (one per cloud provider), listed once for the reads of all of them. */
  readonly integrations: Collection<QtanglRow>;

  constructor(config: QtanglClientConfig) {
    this.http = vendorHttpClient({ vendor: 'qtangl', defaultBaseUrl: QTANGL_DEFAULT_BASE_URL, parseError: parseQtanglError }, config.apiKey, config);
    this.integrations = new Collection({
      name: 'qtangl integrations',
      list: async (signal) => ({ items: (await this.listIntegrations({ signal })).map((row) => [row.provider, row] as const) }),
    });
  }

  redact(text: string, extra: readonly string[] = []): string {
    return this.http.redact(text, extra);
  }

  /** POST: creates or replaces the tenant's row for `provider`. Repeating it has the same effect. */
  async upsertIntegration(provider: QtanglProvider, body: QtanglUpsertRequest, options: CallOptions = {}): Promise<QtanglRow> {
    const response = await this.integrations.write(provider, () =>
      this.http.request({
        method: 'POST',
        path: `${CLOUD_PATH}/${encodeURIComponent(provider)}`,
        body,
        signal: options.signal,
        secrets: secretsOf(body),
        idempotent: true,
      }),
    );
    return parseBody(upsertResponseSchema, response.body, `${provider} cloud integration (upsert)`).integration;
  }

  async listIntegrations(options: CallOptions = {}): Promise<QtanglRow[]> {
    const response = await this.http.request({ method: 'GET', path: CLOUD_PATH, signal: options.signal });
    return parseBody(listResponseSchema, response.body, 'cloud integrations (list)').integrations;
  }

  /**
   * The row for `provider` from the list (there is no GET of one row), shared by the reads of
   * one refresh; a row missing from it is looked for in a new listing before it is reported
   * gone. Null when the tenant has none.
   */
  findIntegration(provider: QtanglProvider, options: CallOptions = {}): Promise<QtanglRow | null> {
    return this.integrations.read(provider, async () => (await this.listIntegrations(options)).find((row) => row.provider === provider) ?? null, options.signal);
  }

  /** POST .../test: Qtangl tries the credentials; a failure may turn the row `disabled`. */
  async testIntegration(provider: QtanglProvider, options: CallOptions = {}): Promise<QtanglTestResult> {
    // A failed test may turn the row `disabled`.
    const response = await this.integrations.write(provider, () =>
      this.http.request({
        method: 'POST',
        path: `${CLOUD_PATH}/${encodeURIComponent(provider)}/test`,
        body: {},
        signal: options.signal,
        idempotent: true,
      }),
    );
    const parsed = parseBody(testResponseSchema, response.body, `${provider} cloud integration (test)`);
    return { ok: parsed.ok, message: parsed.message ?? (parsed.ok ? 'ok' : 'test failed'), integration: parsed.integration ?? undefined };
  }
}
