/**
 * Client for Cloudflare Magic Cloud Networking "Cloud Integrations"
 * (`/accounts/{account_id}/magic/cloud/providers`), on the shared HTTP core.
 * Every response is the `{success, errors, messages, result}` envelope.
 */
import { z } from 'zod';
import { HttpClient, parseBody, vendorHttpClient } from '../../http/client';
import { ALL_ITEMS, Collection, NEW_ITEM } from '../../http/collection';
import { nullIfNotFound } from '../../http/errors';
import type { HttpMethod, VendorConnection, VendorErrorInfo } from '../../http/types';
import { CLOUD_TYPES, DISCOVERY_STATES, LIFECYCLE_STATES, type CloudType, type ListOrderBy } from './model';

export const CLOUDFLARE_DEFAULT_BASE_URL = 'https://api.cloudflare.com/client/v4';

// ---- schemas ------------------------------------------------------------------

const optionalString = z.string().nullish();

const messageSchema = z.looseObject({
  code: z.number().int().nullish(),
  message: z.string(),
  documentation_url: optionalString,
  source: z.looseObject({ pointer: optionalString, parameter: optionalString }).nullish(),
});

const progressSchema = z.looseObject({
  done: z.number().int().nullish(),
  total: z.number().int().nullish(),
  unit: optionalString,
});

export const cloudIntegrationStatusSchema = z.looseObject({
  credentials_good_since: optionalString,
  credentials_missing_since: optionalString,
  credentials_rejected_since: optionalString,
  discovery_message: optionalString,
  discovery_message_v2: optionalString,
  discovery_progress: progressSchema.nullish(),
  discovery_progress_v2: progressSchema.nullish(),
  in_use_by: z
    .array(z.looseObject({ client_type: optionalString, id: optionalString, name: optionalString }))
    .nullish(),
  last_discovery_completed_at: optionalString,
  last_discovery_completed_at_v2: optionalString,
  last_discovery_started_at: optionalString,
  last_discovery_started_at_v2: optionalString,
  last_discovery_status: z.enum(DISCOVERY_STATES).nullish(),
  last_discovery_status_v2: z.enum(DISCOVERY_STATES).nullish(),
  last_updated: optionalString,
  regions: z.array(z.string()).nullish(),
});
export type CloudIntegrationStatus = z.infer<typeof cloudIntegrationStatusSchema>;

export const cloudIntegrationSchema = z.looseObject({
  id: z.string().min(1),
  cloud_type: z.enum(CLOUD_TYPES),
  friendly_name: z.string(),
  description: optionalString,
  aws_arn: optionalString,
  azure_subscription_id: optionalString,
  azure_tenant_id: optionalString,
  gcp_project_id: optionalString,
  gcp_service_account_email: optionalString,
  last_updated: optionalString,
  lifecycle_state: z.enum(LIFECYCLE_STATES),
  state: z.enum(DISCOVERY_STATES),
  state_v2: z.enum(DISCOVERY_STATES).nullish(),
  status: cloudIntegrationStatusSchema.nullish(),
});
export type CloudIntegration = z.infer<typeof cloudIntegrationSchema>;

export const initialSetupSchema = z.looseObject({
  item_type: z.string(),
  aws_trust_policy: optionalString,
  azure_consent_url: optionalString,
  integration_identity_tag: optionalString,
  tag_cli_command: optionalString,
});
export type InitialSetup = z.infer<typeof initialSetupSchema>;

const deletedSchema = z.looseObject({ id: z.string().min(1) });

function envelopeSchema<T extends z.ZodType>(result: T) {
  return z.looseObject({
    success: z.literal(true),
    errors: z.array(messageSchema),
    messages: z.array(messageSchema),
    result,
  });
}
/** Discover answers the envelope without a result. */
const acceptedEnvelopeSchema = z.looseObject({
  success: z.literal(true),
  errors: z.array(messageSchema),
  messages: z.array(messageSchema),
});

/** Create body: no credentials (they are set with PUT/PATCH after initial_setup). */
export interface CreateCloudIntegrationRequest {
  readonly cloud_type: CloudType;
  readonly friendly_name: string;
  readonly description?: string;
}

/** PUT/PATCH body. In a PATCH, `null` clears a field. */
export interface UpdateCloudIntegrationRequest {
  readonly friendly_name?: string;
  readonly description?: string | null;
  readonly aws_arn?: string | null;
  readonly azure_subscription_id?: string | null;
  readonly azure_tenant_id?: string | null;
  readonly gcp_project_id?: string | null;
  readonly gcp_service_account_email?: string | null;
}

export interface ListCloudIntegrationsQuery {
  /** Include `status{...}` in each item. */
  readonly status?: boolean;
  /** true: only `CLOUDFLARE` integrations; false: only the others. */
  readonly cloudflare?: boolean;
  readonly desc?: boolean;
  readonly orderBy?: ListOrderBy;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

// ---- errors -------------------------------------------------------------------

/** Cloudflare's error body: `errors[].message` (+ `source.pointer` for a field), request id in `cf-ray`. */
export function parseCloudflareError(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>>,
): VendorErrorInfo {
  const requestId = headers['cf-ray'];
  const parsed = z.looseObject({ errors: z.array(messageSchema) }).safeParse(body);
  if (!parsed.success || parsed.data.errors.length === 0) {
    return { message: `HTTP ${status}`, requestId };
  }
  const errors = parsed.data.errors;
  const fieldErrors = errors.flatMap((e) => {
    const pointer = e.source?.pointer ?? e.source?.parameter;
    return pointer ? [{ field: pointer.replace(/^\//, '').replace(/\//g, '.'), message: e.message }] : [];
  });
  return {
    message: errors.map((e) => e.message).join('; '),
    fieldErrors: fieldErrors.length > 0 ? fieldErrors : undefined,
    requestId,
    code: errors[0]?.code ?? undefined,
  };
}

// ---- client -------------------------------------------------------------------

export interface CloudflareClientConfig extends VendorConnection {
  readonly apiToken: string;
  readonly accountId: string;
}

export class CloudflareClient {
  readonly accountId: string;
  private readonly http: HttpClient;
  /**
   * The account's integrations, listed once for the reads of all of them (the list is not
   * paged). Listed with `status=true`, so that it answers reads with and without status.
   */
  readonly integrations: Collection<CloudIntegration>;

  constructor(config: CloudflareClientConfig) {
    this.accountId = config.accountId;
    this.http = vendorHttpClient({ vendor: 'cloudflare', defaultBaseUrl: CLOUDFLARE_DEFAULT_BASE_URL, parseError: parseCloudflareError }, config.apiToken, config);
    this.integrations = new Collection({
      name: 'cloudflare integrations',
      list: async (signal) => ({ items: (await this.listIntegrations({ status: true }, { signal })).map((i) => [i.id, i] as const) }),
    });
  }

  private get base(): string {
    return `/accounts/${encodeURIComponent(this.accountId)}/magic/cloud/providers`;
  }

  private integrationPath(id: string): string {
    return `${this.base}/${encodeURIComponent(id)}`;
  }

  private async call<T extends z.ZodType>(
    what: string,
    schema: T,
    method: HttpMethod,
    path: string,
    options: { query?: Record<string, string | number | boolean | undefined>; body?: unknown; signal?: AbortSignal; idempotent?: boolean } = {},
  ): Promise<z.infer<T>> {
    const response = await this.http.request({ method, path, ...options });
    const envelope = parseBody(envelopeSchema(schema), response.body, what);
    return envelope.result as z.infer<T>;
  }

  private async accepted(what: string, path: string, query: Record<string, string | boolean | undefined>, signal?: AbortSignal): Promise<void> {
    // Starting discovery twice is harmless (a second start answers 409), so a retry is safe.
    const response = await this.http.request({ method: 'POST', path, query, signal, idempotent: true });
    parseBody(acceptedEnvelopeSchema, response.body, what);
  }

  createIntegration(body: CreateCloudIntegrationRequest, options: CallOptions = {}): Promise<CloudIntegration> {
    return this.integrations.write(NEW_ITEM, () => this.call('cloud integration (create)', cloudIntegrationSchema, 'POST', this.base, { body, signal: options.signal }));
  }

  listIntegrations(query: ListCloudIntegrationsQuery = {}, options: CallOptions = {}): Promise<CloudIntegration[]> {
    return this.call('cloud integrations (list)', z.array(cloudIntegrationSchema), 'GET', this.base, {
      query: { status: query.status, cloudflare: query.cloudflare, desc: query.desc, order_by: query.orderBy },
      signal: options.signal,
    });
  }

  /** With `status: true` the response carries `status{...}`. */
  getIntegration(id: string, query: { status?: boolean } = {}, options: CallOptions = {}): Promise<CloudIntegration> {
    return this.call('cloud integration (read)', cloudIntegrationSchema, 'GET', this.integrationPath(id), {
      query: { status: query.status },
      signal: options.signal,
    });
  }

  /**
   * Read, or null when the integration does not exist: from the account's list, shared by
   * the reads of one refresh; one missing from the list is confirmed with its own GET (404).
   */
  findIntegration(id: string, query: { status?: boolean } = {}, options: CallOptions = {}): Promise<CloudIntegration | null> {
    return this.integrations.read(id, () => nullIfNotFound(this.getIntegration(id, query, options)), options.signal);
  }

  /** PUT: replaces the editable fields (omitted credential fields and description are cleared). */
  replaceIntegration(id: string, body: UpdateCloudIntegrationRequest, options: CallOptions = {}): Promise<CloudIntegration> {
    return this.integrations.write(id, () =>
      this.call('cloud integration (update)', cloudIntegrationSchema, 'PUT', this.integrationPath(id), {
        body,
        signal: options.signal,
      }),
    );
  }

  /** PATCH: changes only the given fields; `null` clears one. */
  patchIntegration(id: string, body: UpdateCloudIntegrationRequest, options: CallOptions = {}): Promise<CloudIntegration> {
    return this.integrations.write(id, () =>
      this.call('cloud integration (patch)', cloudIntegrationSchema, 'PATCH', this.integrationPath(id), {
        body,
        signal: options.signal,
        // Setting the same fields twice gives the same result.
        idempotent: true,
      }),
    );
  }

  async deleteIntegration(id: string, options: CallOptions = {}): Promise<{ id: string }> {
    const result = await this.integrations.write(id, () =>
      this.call('cloud integration (delete)', deletedSchema, 'DELETE', this.integrationPath(id), {
        signal: options.signal,
      }),
    );
    return { id: result.id };
  }

  /** Starts discovery (202); watch `state` with getIntegration. */
  discover(id: string, query: { v2?: boolean } = {}, options: CallOptions = {}): Promise<void> {
    return this.integrations.write(id, () => this.accepted('cloud integration (discover)', `${this.integrationPath(id)}/discover`, { v2: query.v2 }, options.signal));
  }

  discoverAll(query: { v2?: boolean } = {}, options: CallOptions = {}): Promise<void> {
    return this.integrations.write(ALL_ITEMS, () => this.accepted('cloud integrations (discover all)', `${this.base}/discover`, { v2: query.v2 }, options.signal));
  }

  initialSetup(id: string, options: CallOptions = {}): Promise<InitialSetup> {
    return this.call('cloud integration (initial_setup)', initialSetupSchema, 'GET', `${this.integrationPath(id)}/initial_setup`, {
      signal: options.signal,
    });
  }
}
