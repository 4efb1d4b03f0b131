/**
 * Client for Avisi Cloud's cloud accounts, their credentials and the
 * clusters provisioned with them (`/api/v1/orgs/{organisationSlug}/cloud-accounts...`),
 * on the shared HTTP core. Lists are Spring pages; `listAll` walks them.
 */
import { z } from 'zod';
import { HttpClient, vendorHttpClient } from '../../http/client';
import { ALL_ITEMS, Collection, NEW_ITEM } from '../../http/collection';
import { parseBody } from '../../http/parse';
import { nullIfNotFound } from '../../http/errors';
import type { HttpMethod, VendorConnection, VendorErrorInfo } from '../../http/types';
import { CREDENTIAL_FIELDS, type CredentialType } from './model';

export const AVISI_DEFAULT_BASE_URL = 'https://api.avisi.cloud';

// ---- schemas ------------------------------------------------------------------

const stringMap = z.record(z.string(), z.string());

const sortSchema = z.looseObject({ empty: z.boolean().nullish(), sorted: z.boolean().nullish(), unsorted: z.boolean().nullish() });

export const cloudProfileSchema = z.looseObject({
  identity: z.string().min(1),
  displayName: z.string().nullish(),
  cloudProvider: z.string().nullish(),
  // Kept open: the page's enum may grow, and an unknown type must not break a read.
  type: z.string().nullish(),
  enabled: z.boolean().nullish(),
  public: z.boolean().nullish(),
  metadata: stringMap.nullish(),
  regions: z.array(z.unknown()).nullish(),
  cloudProviderRegionResponses: z.array(z.unknown()).nullish(),
  cloudProviderResponse: z.unknown().optional(),
});
export type CloudProfile = z.infer<typeof cloudProfileSchema>;

export const cloudAccountSchema = z.looseObject({
  identity: z.string().min(1),
  displayName: z.string(),
  enabled: z.boolean(),
  cloudProfile: cloudProfileSchema,
  metadata: stringMap.nullish(),
  primaryCloudCredentialsIdentity: z.string().nullish(),
});
export type CloudAccount = z.infer<typeof cloudAccountSchema>;

export const cloudCredentialsSchema = z.looseObject({
  identity: z.string().min(1),
  cloudAccountIdentity: z.string().min(1),
  cloudType: z.string(),
  displayName: z.string().nullish(),
  isPrimary: z.boolean(),
  createdAt: z.string().nullish(),
  metadata: stringMap.nullish(),
});
export type CloudCredentials = z.infer<typeof cloudCredentialsSchema>;

const slugRefSchema = z.union([z.string(), z.looseObject({ value: z.string().nullish() })]).nullish();

export const clusterSchema = z.looseObject({
  identity: z.string().min(1),
  name: z.string(),
  slug: slugRefSchema,
  description: z.string().nullish(),
  cloudProvider: z.string().nullish(),
  region: z.string().nullish(),
  version: z.string().nullish(),
  status: z.string().nullish(),
  desiredStatus: z.string().nullish(),
  provisionStatus: z.string().nullish(),
  environmentIdentity: z.string().nullish(),
  environmentSlug: slugRefSchema,
  cloudAccount: z.looseObject({ identity: z.string().nullish(), displayName: z.string().nullish() }).nullish(),
  cloudCredentials: z.looseObject({ identity: z.string().nullish(), displayName: z.string().nullish() }).nullish(),
  createdAt: z.string().nullish(),
  modifiedAt: z.string().nullish(),
  deletedAt: z.string().nullish(),
});
export type Cluster = z.infer<typeof clusterSchema>;

/** A Spring `Page<T>`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    content: z.array(item),
    totalElements: z.number().int().nonnegative(),
    totalPages: z.number().int().nonnegative(),
    number: z.number().int().nonnegative(),
    size: z.number().int().nonnegative(),
    first: z.boolean(),
    last: z.boolean(),
    empty: z.boolean().nullish(),
    numberOfElements: z.number().int().nullish(),
    pageable: z.unknown().optional(),
    sort: sortSchema.nullish(),
  });
}
export interface Page<T> {
  readonly content: T[];
  readonly totalElements: number;
  readonly totalPages: number;
  readonly number: number;
  readonly size: number;
  readonly first: boolean;
  readonly last: boolean;
}

export interface PageRequest {
  /** Zero-based. */
  readonly page?: number;
  readonly size?: number;
}

// ---- requests -------------------------------------------------------------------

export interface CreateCloudAccountRequest {
  readonly cloudProfile: string;
  readonly displayName: string;
  readonly metadata?: Readonly<Record<string, string>>;
}

/** PATCH body: only these three fields can change. */
export interface UpdateCloudAccountRequest {
  readonly displayName?: string;
  readonly enabled?: boolean;
  readonly primaryCloudCredentials?: string;
}

export interface ListCloudAccountsFilter {
  readonly displayName?: string;
  readonly cloudProviderSlug?: string;
}

export interface AwsCredentialsBody {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}
export interface AzureCredentialsBody {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly subscriptionId: string;
  readonly tenantId: string;
}
export interface DigitalOceanCredentialsBody {
  readonly apiKey: string;
}
export interface HetznerCredentialsBody {
  readonly apiToken: string;
}
export interface OpenStackCredentialsBody {
  readonly credentialId: string;
  readonly credentialSecret: string;
}
export interface VSphereCredentialsBody {
  readonly username: string;
  readonly password: string;
  readonly provisionUsername?: string;
  readonly provisionPassword?: string;
}

/** The `credentials` object of each type; dummy credentials carry none. */
export interface CredentialsBodyByType {
  readonly aws: AwsCredentialsBody;
  readonly azure: AzureCredentialsBody;
  readonly digitalocean: DigitalOceanCredentialsBody;
  readonly dummy: undefined;
  readonly hetzner: HetznerCredentialsBody;
  readonly openstack: OpenStackCredentialsBody;
  readonly vsphere: VSphereCredentialsBody;
}

export interface CreateCloudCredentialsRequest<T extends CredentialType> {
  readonly displayName: string;
  readonly metadata?: Readonly<Record<string, string>>;
  readonly credentials: CredentialsBodyByType[T];
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

// ---- errors -------------------------------------------------------------------

const errorBodySchema = z.looseObject({
  message: z.string().nullish(),
  error: z.string().nullish(),
  requestId: z.string().nullish(),
  errors: z.array(z.looseObject({ field: z.string(), message: z.string() })).nullish(),
});

/** Avisi's Spring-style error body: `message`, field `errors[]`, request id in `x-request-id`. */
export function parseAvisiError(status: number, body: unknown, headers: Readonly<Record<string, string>>): VendorErrorInfo {
  const parsed = errorBodySchema.safeParse(body);
  const requestId = headers['x-request-id'] ?? (parsed.success ? parsed.data.requestId ?? undefined : undefined);
  if (!parsed.success) return { message: `HTTP ${status}`, requestId };
  const fieldErrors = parsed.data.errors?.map((e) => ({ field: e.field, message: e.message }));
  return {
    message: parsed.data.message ?? parsed.data.error ?? `HTTP ${status}`,
    fieldErrors: fieldErrors && fieldErrors.length > 0 ? fieldErrors : undefined,
    requestId,
  };
}

// ---- client -------------------------------------------------------------------

export interface AvisiClientConfig extends VendorConnection {
  readonly apiToken: string;
  readonly organisation: string;
  /** Page size used when walking lists. Default 100. */
  readonly pageSize?: number;
}

/** A guard against a server that never reports `last`. */
const MAX_PAGES = 10_000;

export class AvisiClient {
  readonly organisation: string;
  private readonly http: HttpClient;
  private readonly pageSize: number;
  /** The organisation's cloud accounts, listed once (every page) for the reads of all of them. */
  readonly accounts: Collection<CloudAccount>;
  private readonly credentialsByAccount = new Map<string, Collection<CloudCredentials>>();

  constructor(config: AvisiClientConfig) {
    this.organisation = config.organisation;
    this.pageSize = config.pageSize ?? 100;
    this.http = vendorHttpClient({ vendor: 'avisi', defaultBaseUrl: AVISI_DEFAULT_BASE_URL, parseError: parseAvisiError }, config.apiToken, config);
    this.accounts = new Collection({
      name: 'avisi cloud accounts',
      list: async (signal) => ({ items: (await this.listCloudAccounts({}, { signal })).map((a) => [a.identity, a] as const) }),
    });
  }

  /** One account's credentials, listed once for the reads of all of them. */
  credentialsOf(accountIdentity: string): Collection<CloudCredentials> {
    let collection = this.credentialsByAccount.get(accountIdentity);
    if (!collection) {
      collection = new Collection({
        name: `avisi credentials of ${accountIdentity}`,
        list: async (signal) => ({ items: (await this.listCloudCredentials(accountIdentity, { signal })).map((c) => [c.identity, c] as const) }),
      });
      this.credentialsByAccount.set(accountIdentity, collection);
    }
    return collection;
  }

  private get accountsPath(): string {
    return `/api/v1/orgs/${encodeURIComponent(this.organisation)}/cloud-accounts`;
  }

  private accountPath(accountIdentity: string): string {
    return `${this.accountsPath}/${encodeURIComponent(accountIdentity)}`;
  }

  private credentialsPath(accountIdentity: string): string {
    return `${this.accountPath(accountIdentity)}/credentials`;
  }

  private async call<T extends z.ZodType>(
    what: string,
    schema: T,
    method: HttpMethod,
    path: string,
    options: {
      query?: Record<string, string | number | boolean | undefined>;
      body?: unknown;
      signal?: AbortSignal;
      idempotent?: boolean;
      secrets?: readonly string[];
    } = {},
  ): Promise<z.infer<T>> {
    const response = await this.http.request({ method, path, ...options });
    return parseBody(schema, response.body, what);
  }

  private async getPage<T extends z.ZodType>(what: string, item: T, path: string, query: Record<string, string | undefined>, page: PageRequest, signal?: AbortSignal): Promise<Page<z.infer<T>>> {
    const result = await this.call(what, pageSchema(item), 'GET', path, {
      query: { ...query, page: page.page, size: page.size },
      signal,
    });
    return {
      content: result.content as z.infer<T>[],
      totalElements: result.totalElements,
      totalPages: result.totalPages,
      number: result.number,
      size: result.size,
      first: result.first,
      last: result.last,
    };
  }

  /**
   * Walks every page from 0 until the server says `last` (or the reported
   * page count is reached), so lists longer than one page are complete.
   */
  async listAll<T>(fetchPage: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
    const items: T[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await fetchPage({ page, size: this.pageSize });
      items.push(...result.content);
      if (result.last || result.content.length === 0 || page + 1 >= result.totalPages) return items;
    }
    throw new Error(`avisi: more than ${MAX_PAGES} pages; refusing to walk further`);
  }

  // ---- cloud accounts

  listCloudAccountsPage(filter: ListCloudAccountsFilter = {}, page: PageRequest = {}, options: CallOptions = {}): Promise<Page<CloudAccount>> {
    return this.getPage('cloud accounts (list)', cloudAccountSchema, this.accountsPath, {
      'display-name': filter.displayName,
      'cloud-provider-slug': filter.cloudProviderSlug,
    }, page, options.signal);
  }

  listCloudAccounts(filter: ListCloudAccountsFilter = {}, options: CallOptions = {}): Promise<CloudAccount[]> {
    return this.listAll((page) => this.listCloudAccountsPage(filter, page, options));
  }

  createCloudAccount(body: CreateCloudAccountRequest, options: CallOptions = {}): Promise<CloudAccount> {
    return this.accounts.write(NEW_ITEM, () => this.call('cloud account (create)', cloudAccountSchema, 'POST', this.accountsPath, { body, signal: options.signal }));
  }

  getCloudAccount(accountIdentity: string, options: CallOptions = {}): Promise<CloudAccount> {
    return this.call('cloud account (read)', cloudAccountSchema, 'GET', this.accountPath(accountIdentity), { signal: options.signal });
  }

  /**
   * Read, or null when the account does not exist: from the organisation's list, shared by
   * the reads of one refresh; one missing from the list is confirmed with its own GET (404).
   */
  findCloudAccount(accountIdentity: string, options: CallOptions = {}): Promise<CloudAccount | null> {
    return this.accounts.read(accountIdentity, () => nullIfNotFound(this.getCloudAccount(accountIdentity, options)), options.signal);
  }

  updateCloudAccount(accountIdentity: string, body: UpdateCloudAccountRequest, options: CallOptions = {}): Promise<CloudAccount> {
    // A new primary changes `isPrimary` of the account's credentials.
    const credentials = body.primaryCloudCredentials !== undefined ? ALL_ITEMS : NEW_ITEM;
    return this.credentialsOf(accountIdentity).write(credentials, () =>
      this.accounts.write(accountIdentity, () =>
        this.call('cloud account (update)', cloudAccountSchema, 'PATCH', this.accountPath(accountIdentity), {
          body,
          signal: options.signal,
          // Setting the same fields twice gives the same result.
          idempotent: true,
        }),
      ),
    );
  }

  /** 204; refused with 400 while a cluster used the account in the last 24 hours. */
  async deleteCloudAccount(accountIdentity: string, options: CallOptions = {}): Promise<void> {
    // The account's credentials go with it.
    await this.credentialsOf(accountIdentity).write(ALL_ITEMS, () =>
      this.accounts.write(accountIdentity, () => this.http.request({ method: 'DELETE', path: this.accountPath(accountIdentity), signal: options.signal })),
    );
  }

  // ---- credentials

  listCloudCredentialsPage(accountIdentity: string, page: PageRequest = {}, options: CallOptions = {}): Promise<Page<CloudCredentials>> {
    return this.getPage('cloud credentials (list)', cloudCredentialsSchema, this.credentialsPath(accountIdentity), {}, page, options.signal);
  }

  listCloudCredentials(accountIdentity: string, options: CallOptions = {}): Promise<CloudCredentials[]> {
    return this.listAll((page) => this.listCloudCredentialsPage(accountIdentity, page, options));
  }

  /**
   * There is no GET for one credential: it is found through the account's list, shared by
   * the reads of one refresh. One missing from that list is looked for in a new listing
   * before it is reported gone. Null when it (or its account) is gone.
   */
  findCloudCredentials(accountIdentity: string, credentialsIdentity: string, options: CallOptions = {}): Promise<CloudCredentials | null> {
    return this.credentialsOf(accountIdentity).read(
      credentialsIdentity,
      async () => (await nullIfNotFound(this.listCloudCredentials(accountIdentity, options)))?.find((c) => c.identity === credentialsIdentity) ?? null,
      options.signal,
    );
  }

  /** `POST .../credentials/{type}`; the credential's secret fields are redacted from logs and errors. */
  createCloudCredentials<T extends CredentialType>(
    accountIdentity: string,
    type: T,
    body: CreateCloudCredentialsRequest<T>,
    options: CallOptions = {},
  ): Promise<CloudCredentials> {
    const credentials = (body.credentials ?? {}) as Readonly<Record<string, string | undefined>>;
    const secrets = CREDENTIAL_FIELDS[type]
      .filter((f) => f.secret)
      .map((f) => credentials[f.api])
      .filter((v): v is string => typeof v === 'string' && v !== '');
    const payload: Record<string, unknown> = { displayName: body.displayName };
    if (body.metadata !== undefined) payload['metadata'] = body.metadata;
    if (type !== 'dummy') payload['credentials'] = body.credentials;
    // An account's first credentials may become its primary ones: the account changes too.
    return this.accounts.write(accountIdentity, () =>
      this.credentialsOf(accountIdentity).write(NEW_ITEM, () =>
        this.call('cloud credentials (create)', cloudCredentialsSchema, 'POST', `${this.credentialsPath(accountIdentity)}/${type}`, {
          body: payload,
          signal: options.signal,
          secrets,
        }),
      ),
    );
  }

  /** 204; refused with 400 while a cluster used the credentials in the last 24 hours. */
  async deleteCloudCredentials(accountIdentity: string, credentialsIdentity: string, options: CallOptions = {}): Promise<void> {
    // Deleting the primary credentials changes the account's `primaryCloudCredentialsIdentity`.
    await this.accounts.write(accountIdentity, () =>
      this.credentialsOf(accountIdentity).write(credentialsIdentity, () =>
        this.http.request({
          method: 'DELETE',
          path: `${this.credentialsPath(accountIdentity)}/${encodeURIComponent(credentialsIdentity)}`,
          signal: options.signal,
        }),
      ),
    );
  }

  /** Makes the credentials the account's primary ones; answers the account. */
  setPrimaryCloudCredentials(accountIdentity: string, credentialsIdentity: string, options: CallOptions = {}): Promise<CloudAccount> {
    // The account changes, and so does `isPrimary` of its credentials.
    return this.accounts.write(accountIdentity, () =>
      this.credentialsOf(accountIdentity).write(ALL_ITEMS, () =>
        this.call(
          'cloud credentials (set primary)',
          cloudAccountSchema,
          'POST',
          `${this.credentialsPath(accountIdentity)}/${encodeURIComponent(credentialsIdentity)}/set-primary`,
          // Setting the same primary twice gives the same result.
          { signal: options.signal, idempotent: true },
        ),
      ),
    );
  }

  // ---- clusters

  listClustersPage(accountIdentity: string, page: PageRequest = {}, options: CallOptions = {}): Promise<Page<Cluster>> {
    return this.getPage('clusters of a cloud account (list)', clusterSchema, `${this.accountPath(accountIdentity)}/clusters`, {}, page, options.signal);
  }

  listClusters(accountIdentity: string, options: CallOptions = {}): Promise<Cluster[]> {
    return this.listAll((page) => this.listClustersPage(accountIdentity, page, options));
  }
}
