/**
 * Client for Northflank's cloud provider integrations
 * (`/v1/cloud-providers/integrations[/{id}]`), on the shared HTTP core.
 * Responses wrap the result in `{data}`; errors are `{error: {status, message, ...}}`.
 * Credentials are sent but never come back.
 */
import { z } from 'zod';
import { HttpClient, parseBody, vendorHttpClient } from '../../http/client';
import { Collection, NEW_ITEM } from '../../http/collection';
import { nullIfNotFound } from '../../http/errors';
import type { HttpMethod, VendorConnection, VendorErrorInfo } from '../../http/types';
import { AUTHENTICATION_MODES, CREDENTIAL_FIELDS, NORTHFLANK_PROVIDERS, type AuthenticationMode, type CloudflareCredentialType, type NorthflankProvider } from './model';

export const NORTHFLANK_DEFAULT_BASE_URL = 'https://api.northflank.com';
const INTEGRATIONS_PATH = '/v1/cloud-providers/integrations';

// ---- schemas ------------------------------------------------------------------

export const integrationSchema = z.looseObject({
  id: z.string().regex(/^[A-Za-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string().nullish(),
  provider: z.enum(NORTHFLANK_PROVIDERS),
  cloudflare: z.looseObject({ credentialType: z.string().nullish() }).nullish(),
  // Features are an open list on the wire: a new one must not break reads.
  features: z.array(z.string()).nullish(),
  aws: z.looseObject({ authenticationMode: z.enum(AUTHENTICATION_MODES).nullish() }).nullish(),
  gcp: z
    .looseObject({ projectId: z.string().nullish(), authenticationMode: z.enum(AUTHENTICATION_MODES).nullish(), serviceAccountEmail: z.string().nullish() })
    .nullish(),
  createdAt: z.string().min(1),
});
export type NorthflankIntegration = z.infer<typeof integrationSchema>;

const dataSchema = z.looseObject({ data: integrationSchema });
const listSchema = z.looseObject({
  data: z.looseObject({ integrations: z.array(integrationSchema) }),
  pagination: z.looseObject({ hasNextPage: z.boolean(), cursor: z.string().nullish(), count: z.number().int().nullish() }).nullish(),
});

/** Credential keys as the API names them; required keys depend on the provider (model.ts). */
export type NorthflankCredentials = Partial<Record<(typeof CREDENTIAL_FIELDS)[number]['api'], string>>;

export interface CreateIntegrationRequest {
  readonly name: string;
  readonly description?: string;
  readonly provider: NorthflankProvider;
  readonly features?: readonly string[];
  readonly credentials: NorthflankCredentials;
  readonly aws?: { readonly authenticationMode?: AuthenticationMode };
  readonly gcp?: { readonly projectId: string; readonly authenticationMode?: AuthenticationMode; readonly serviceAccountEmail?: string };
  readonly cloudflare?: { readonly credentialType?: CloudflareCredentialType };
}

export interface UpdateIntegrationRequest {
  readonly description?: string;
  readonly credentials?: NorthflankCredentials;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

// ---- errors -------------------------------------------------------------------

const errorBodySchema = z.looseObject({
  error: z.looseObject({
    status: z.number().int().nullish(),
    message: z.string(),
    id: z.string().nullish(),
    details: z.record(z.string(), z.union([z.array(z.string()), z.string()])).nullish(),
  }),
});

/** Northflank's `{error: {status, message, id?, details?}}`; `details` maps a field to its messages. */
export function parseNorthflankError(status: number, body: unknown, headers: Readonly<Record<string, string>>): VendorErrorInfo {
  const parsed = errorBodySchema.safeParse(body);
  const headerId = headers['x-request-id'];
  if (!parsed.success) {
    return { message: typeof body === 'string' && body.trim() !== '' ? body.trim().slice(0, 500) : `HTTP ${status}`, requestId: headerId };
  }
  const { message, id, details } = parsed.data.error;
  const fieldErrors = Object.entries(details ?? {}).flatMap(([field, messages]) =>
    (Array.isArray(messages) ? messages : [messages]).map((m) => ({ field, message: m })),
  );
  return { message, fieldErrors: fieldErrors.length > 0 ? fieldErrors : undefined, requestId: id ?? headerId };
}



/** The secret credential values of a body, for per-request redaction. */
function secretsOf(credentials: NorthflankCredentials | undefined): string[] {
  if (!credentials) return [];
  return CREDENTIAL_FIELDS.filter((f) => f.secret)
    .map((f) => credentials[f.api])
    .filter((v): v is string => typeof v === 'string' && v !== '');
}

// ---- client -------------------------------------------------------------------

export interface NorthflankClientConfig extends VendorConnection {
  readonly apiToken: string;
}

/** The largest page Northflank's list gives (the emulator's documented assumption). */
export const NORTHFLANK_MAX_PAGE = 100;

export class NorthflankClient {
  private readonly http: HttpClient;
  /** The team's integrations, listed (in pages of 100) once for the reads of all of them. */
  readonly integrations: Collection<NorthflankIntegration>;

  constructor(config: NorthflankClientConfig) {
    this.http = vendorHttpClient({ vendor: 'northflank', defaultBaseUrl: NORTHFLANK_DEFAULT_BASE_URL, parseError: parseNorthflankError }, config.apiToken, config);
    this.integrations = new Collection({
      name: 'northflank integrations',
      list: async (signal) => ({ items: (await this.listIntegrations({ perPage: NORTHFLANK_MAX_PAGE, signal })).map((i) => [i.id, i] as const) }),
    });
  }

  /** Redact this client's secrets (and `extra`) from a text. */
  redact(text: string, extra: readonly string[] = []): string {
    return this.http.redact(text, extra);
  }

  private async send(
    method: HttpMethod,
    path: string,
    options: { body?: unknown; query?: Record<string, string | number | undefined>; signal?: AbortSignal; secrets?: readonly string[] } = {},
  ): Promise<unknown> {
    return (await this.http.request({ method, path, ...options })).body;
  }

  private itemPath(id: string): string {
    return `${INTEGRATIONS_PATH}/${encodeURIComponent(id)}`;
  }

  /**
   * POST: creates the integration (its id is the slug of the name). An unknown
   * outcome surfaces as OutcomeUnknownError; the resource proves what it made
   * (src/framework/ownership.ts).
   */
  async createIntegration(body: CreateIntegrationRequest, options: CallOptions = {}): Promise<NorthflankIntegration> {
    const response = await this.integrations.write(NEW_ITEM, () => this.send('POST', INTEGRATIONS_PATH, { body, signal: options.signal, secrets: secretsOf(body.credentials) }));
    return parseBody(dataSchema, response, 'cloud provider integration (create)').data;
  }

  async getIntegration(id: string, options: CallOptions = {}): Promise<NorthflankIntegration> {
    const response = await this.send('GET', this.itemPath(id), { signal: options.signal });
    return parseBody(dataSchema, response, 'cloud provider integration (read)').data;
  }

  /**
   * The integration, or null when it does not exist: from the team's list, shared by the
   * reads of one refresh; one missing from the list is confirmed with its own GET (404).
   * (The list leaves out the echoed public credentials, which reads do not use.)
   */
  findIntegration(id: string, options: CallOptions = {}): Promise<NorthflankIntegration | null> {
    return this.integrations.read(id, () => nullIfNotFound(this.getIntegration(id, options)), options.signal);
  }

  /** POST on the id: description and/or credentials (the page's update body). Repeating it has the same effect. */
  async updateIntegration(id: string, body: UpdateIntegrationRequest, options: CallOptions = {}): Promise<NorthflankIntegration> {
    const response = await this.integrations.write(id, () =>
      this.http.request({
        method: 'POST',
        path: this.itemPath(id),
        body,
        signal: options.signal,
        secrets: secretsOf(body.credentials),
        idempotent: true,
      }),
    );
    return parseBody(dataSchema, response.body, 'cloud provider integration (update)').data;
  }

  /** DELETE; refused (an ApiError) while clusters use the integration. */
  async deleteIntegration(id: string, options: CallOptions = {}): Promise<void> {
    await this.integrations.write(id, () => this.send('DELETE', this.itemPath(id), { signal: options.signal }));
  }

  /** Every integration, walking the cursor pages. */
  async listIntegrations(options: CallOptions & { perPage?: number } = {}): Promise<NorthflankIntegration[]> {
    const out: NorthflankIntegration[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10_000; page++) {
      const response = await this.send('GET', INTEGRATIONS_PATH, { query: { per_page: options.perPage, cursor }, signal: options.signal });
      const parsed = parseBody(listSchema, response, 'cloud provider integrations (list)');
      out.push(...parsed.data.integrations);
      if (!parsed.pagination?.hasNextPage || !parsed.pagination.cursor) return out;
      cursor = parsed.pagination.cursor;
    }
    return out;
  }
}
