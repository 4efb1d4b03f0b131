/**
 * Client for P0 Security's AWS Integration API (`/o/{orgId}/integrations/aws/config...`),
 * on the shared HTTP core. Item responses use the `{ok, item, metadata}`
 * envelope; errors are `{error}` (plus `fieldErrors` where a field is named).
 */
import { z } from 'zod';
import { HttpClient, parseBody, vendorHttpClient } from '../../http/client';
import { ALL_ITEMS, Collection } from '../../http/collection';
import { ApiError, nullIfNotFound } from '../../http/errors';
import type { HttpMethod, VendorConnection, VendorErrorInfo } from '../../http/types';
import {
  accountOfItemId,
  AWS_PARTITIONS,
  LOGIN_IDENTITY_TYPES,
  LOGIN_TYPES,
  P0_COMPONENTS,
  P0_COMPONENT_FACTS,
  P0_ITEM_STATES,
  type AwsPartition,
  type P0Component,
  type P0Login,
} from './model';

export const P0_DEFAULT_BASE_URL = 'https://api.p0.app';

// ---- schemas ------------------------------------------------------------------

const optionalString = z.string().nullish();

export const loginSchema = z.looseObject({
  type: z.enum(LOGIN_TYPES),
  identity: z.looseObject({ type: z.enum(LOGIN_IDENTITY_TYPES), tagName: optionalString }).nullish(),
  parent: optionalString,
});

/** Fields every component item has; component fields are optional here and per component below. */
const itemBase = {
  label: optionalString,
  state: z.enum(P0_ITEM_STATES),
  awsPartition: z.enum(AWS_PARTITIONS).nullish(),
};

export const componentItemSchemas = {
  'iam-assessment': z.looseObject({ ...itemBase, accessAnalyzerArn: optionalString }),
  'iam-write': z.looseObject({ ...itemBase, login: loginSchema.nullish() }),
  'function-caller': z.looseObject(itemBase),
  'access-logs': z.looseObject({ ...itemBase, cloudLakeArn: optionalString }),
  inventory: z.looseObject(itemBase),
} as const satisfies Record<P0Component, z.ZodType>;

export type P0ComponentItem<C extends P0Component> = z.infer<(typeof componentItemSchemas)[C]>;
/** Any component's item, with every component field optional. */
export interface P0Item {
  readonly label?: string | null;
  readonly state: (typeof P0_ITEM_STATES)[number];
  readonly awsPartition?: AwsPartition | null;
  readonly accessAnalyzerArn?: string | null;
  readonly cloudLakeArn?: string | null;
  readonly login?: z.infer<typeof loginSchema> | null;
}

export const roleMetadataSchema = z.looseObject({
  roleName: z.string().min(1),
  inlinePolicy: z.string().min(1),
  inlinePolicyName: z.string().min(1),
  trustPolicy: z.string().min(1),
  serviceAccountId: z.string().min(1),
});
export type P0RoleMetadata = z.infer<typeof roleMetadataSchema>;

export const baseItemSchema = z.looseObject({
  label: optionalString,
  state: z.enum(P0_ITEM_STATES),
  serviceAccountEmail: z.string().min(1),
  serviceAccountId: z.string().min(1),
});
export type P0BaseItem = z.infer<typeof baseItemSchema>;

/** `GET .../config`: every component's items keyed by item id (no envelope, as on the page). */
export const configSchema = z.looseObject({
  base: z.record(z.string(), baseItemSchema).optional(),
  ...(Object.fromEntries(P0_COMPONENTS.map((c) => [c, z.record(z.string(), componentItemSchemas[c]).optional()])) as {
    [C in P0Component]: z.ZodOptional<z.ZodRecord<z.ZodString, (typeof componentItemSchemas)[C]>>;
  }),
});
export type P0Config = z.infer<typeof configSchema>;

const okSchema = z.looseObject({ ok: z.literal(true) });

function envelopeSchema(component: P0Component, itemRequired: boolean) {
  const item = componentItemSchemas[component];
  // Components with a role must hand back its metadata; the others answer `{}`.
  const metadata = P0_COMPONENT_FACTS[component].hasRole ? roleMetadataSchema : z.looseObject({});
  return z.looseObject({
    ok: z.literal(true),
    item: itemRequired ? item : item.optional(),
    metadata: itemRequired ? metadata : metadata.optional(),
  });
}

export interface P0ItemEnvelope {
  readonly item: P0Item;
  /** null for components whose metadata names no role. */
  readonly role: P0RoleMetadata | null;
}

export interface StageItemRequest {
  readonly label?: string;
  readonly awsPartition?: AwsPartition;
}

/** Configure body fields besides `state` (API names). */
export interface ConfigureItemRequest {
  readonly label?: string;
  readonly accessAnalyzerArn?: string;
  readonly cloudLakeArn?: string;
  readonly login?: P0Login;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

// ---- errors -------------------------------------------------------------------

const errorBodySchema = z.looseObject({
  error: z.string(),
  fieldErrors: z.array(z.looseObject({ field: z.string(), message: z.string() })).optional(),
});

/** P0's error body: `{error}` (+ `fieldErrors`); request id in `x-request-id`. */
export function parseP0Error(status: number, body: unknown, headers: Readonly<Record<string, string>>): VendorErrorInfo {
  const requestId = headers['x-request-id'];
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return { message: typeof body === 'string' && body.trim() !== '' ? body.trim().slice(0, 500) : `HTTP ${status}`, requestId };
  const fieldErrors = parsed.data.fieldErrors?.map((f) => ({ field: f.field, message: f.message }));
  return { message: parsed.data.error, fieldErrors: fieldErrors && fieldErrors.length > 0 ? fieldErrors : undefined, requestId };
}

/**
 * A verify/configure refusal because the AWS side is not (yet) as staged:
 * worth retrying while IAM propagates. P0 does not document its messages, so
 * this matches the emulator's "AWS verification failed" and any 400 that
 * speaks of the role, its trust or assuming it; state and field errors do not match.
 */
export function isAwsNotReadyError(err: unknown): err is ApiError {
  return (
    err instanceof ApiError &&
    err.status === 400 &&
    err.fieldErrors.length === 0 &&
    /AWS verification failed|\brole\b|assume|trust/i.test(err.vendorMessage)
  );
}



// ---- client -------------------------------------------------------------------

export interface P0ClientConfig extends VendorConnection {
  readonly apiToken: string;
  readonly orgId: string;
}

/** An entry of the config collection: a component's item or an account's base item, keyed `component/id`. */
export type P0ConfigEntry = { readonly kind: 'item'; readonly item: P0Item } | { readonly kind: 'base'; readonly base: P0BaseItem };

function entryKey(component: P0Component | 'base', id: string): string {
  return `${component}/${id}`;
}

export class P0Client {
  readonly orgId: string;
  private readonly http: HttpClient;
  /**
   * `GET …/config`: every item of every component and every account's base item in one
   * call, listed once for the reads of all of them (a refresh of any number of items costs
   * one call). It holds no role metadata: that comes only with an item's own GET.
   */
  readonly config: Collection<P0ConfigEntry, P0Config>;

  constructor(config: P0ClientConfig) {
    this.orgId = config.orgId;
    this.http = vendorHttpClient({ vendor: 'p0', defaultBaseUrl: P0_DEFAULT_BASE_URL, parseError: parseP0Error }, config.apiToken, config);
    this.config = new Collection({ name: 'p0 aws config', list: async (signal) => configListing(await this.getConfig({ signal })) });
  }

  private get configPath(): string {
    return `/o/${encodeURIComponent(this.orgId)}/integrations/aws/config`;
  }

  private itemPath(component: P0Component | 'base', id: string): string {
    // Lambda ARNs keep their colons: they are valid in a path segment.
    return `${this.configPath}/${component}/${encodeURIComponent(id).replace(/%3A/gi, ':').replace(/%24/g, '$')}`;
  }

  private async send(method: HttpMethod, path: string, options: { body?: unknown; signal?: AbortSignal; idempotent?: boolean } = {}): Promise<unknown> {
    const response = await this.http.request({ method, path, ...options });
    return response.body;
  }

  // -- root configuration

  /** Every component's items in one call. */
  async getConfig(options: CallOptions = {}): Promise<P0Config> {
    return parseBody(configSchema, await this.send('GET', this.configPath, options), 'AWS integration config (read)');
  }

  /**
   * The root configuration, or null when it does not exist (404): the config collection's
   * listing, as of after this process's last write to it (shared with the items' reads).
   */
  async findConfig(options: CallOptions = {}): Promise<P0Config | null> {
    return (await nullIfNotFound(this.config.all(options.signal)))?.whole ?? null;
  }

  /** POST: creates the root configuration; an ApiError (400, the page's only error status) when it exists already. */
  async createConfig(options: CallOptions = {}): Promise<void> {
    const body = await this.config.write(ALL_ITEMS, () => this.send('POST', this.configPath, { body: {}, signal: options.signal }));
    parseBody(okSchema, body, 'AWS integration config (create)');
  }

  /**
   * Creates the root configuration unless it exists. Returns whether it was
   * created. It reads first: the page does not say what a second POST answers
   * beyond its 400 "Error response". A refused POST (400/409) while the
   * configuration now exists (created meanwhile, or by a retried first attempt)
   * also counts as existing.
   */
  async ensureConfig(options: CallOptions = {}): Promise<'created' | 'existed'> {
    // Listed moments ago (every create of an item asks): it exists.
    if (this.config.listed || (await this.findConfig(options)) !== null) return 'existed';
    try {
      const body = await this.config.write(ALL_ITEMS, () => this.send('POST', this.configPath, { body: {}, signal: options.signal, idempotent: true }));
      parseBody(okSchema, body, 'AWS integration config (create)');
      return 'created';
    } catch (err) {
      if (err instanceof ApiError && (err.status === 400 || err.status === 409) && (await this.findConfig(options)) !== null) return 'existed';
      throw err;
    }
  }

  /** DELETE: removes all items in all components (and the root). */
  async deleteConfig(options: CallOptions = {}): Promise<void> {
    await this.config.write(ALL_ITEMS, () => this.send('DELETE', this.configPath, options));
  }

  // -- base item

  async getBase(accountId: string, options: CallOptions = {}): Promise<P0BaseItem> {
    const body = await this.send('GET', this.itemPath('base', accountId), options);
    return parseBody(z.looseObject({ ok: z.literal(true), item: baseItemSchema }), body, 'AWS base item (read)').item;
  }

  /** The account's base item, or null: from the config listing; one missing from it is confirmed with its own GET. */
  async findBase(accountId: string, options: CallOptions = {}): Promise<P0BaseItem | null> {
    const entry = await this.config.read(
      entryKey('base', accountId),
      async () => {
        const base = await nullIfNotFound(this.getBase(accountId, options));
        return base && { kind: 'base', base };
      },
      options.signal,
    );
    return entry?.kind === 'base' ? entry.base : null;
  }

  // -- component items

  private toEnvelope(component: P0Component, body: unknown, what: string, itemRequired: true): P0ItemEnvelope;
  private toEnvelope(component: P0Component, body: unknown, what: string, itemRequired: false): P0ItemEnvelope | null;
  private toEnvelope(component: P0Component, body: unknown, what: string, itemRequired: boolean): P0ItemEnvelope | null {
    const parsed = parseBody(envelopeSchema(component, itemRequired), body, what) as {
      item?: P0Item;
      metadata?: P0RoleMetadata | Record<string, unknown>;
    };
    if (!parsed.item) return null;
    const role = P0_COMPONENT_FACTS[component].hasRole ? (parsed.metadata as P0RoleMetadata) : null;
    return { item: parsed.item, role };
  }

  async getItem(component: P0Component, id: string, options: CallOptions = {}): Promise<P0ItemEnvelope> {
    const body = await this.send('GET', this.itemPath(component, id), options);
    return this.toEnvelope(component, body, `AWS ${component} item (read)`, true);
  }

  /** The item with its role metadata (its own GET), or null when it does not exist (404). */
  findItem(component: P0Component, id: string, options: CallOptions = {}): Promise<P0ItemEnvelope | null> {
    return nullIfNotFound(this.getItem(component, id, options));
  }

  /**
   * The item's fields (no role metadata), or null: from the config listing, shared by the
   * reads of one refresh; one missing from it is confirmed with its own GET before it is
   * reported gone.
   */
  async findConfigItem(component: P0Component, id: string, options: CallOptions = {}): Promise<P0Item | null> {
    const entry = await this.config.read(
      entryKey(component, id),
      async () => {
        const found = await this.findItem(component, id, options);
        return found ? { kind: 'item', item: found.item } : null;
      },
      options.signal,
    );
    return entry?.kind === 'item' ? entry.item : null;
  }

  /** A write to one item; staging an account's first item may create its base item too. */
  private itemWrite<R>(component: P0Component, id: string, fn: () => Promise<R>): Promise<R> {
    return this.config.write([entryKey(component, id), entryKey('base', accountOfItemId(component, id))], fn);
  }

  /** PUT: stages the item (again, if it exists: it goes back to `stage`). */
  async stageItem(component: P0Component, id: string, body: StageItemRequest = {}, options: CallOptions = {}): Promise<P0ItemEnvelope> {
    const response = await this.itemWrite(component, id, () => this.send('PUT', this.itemPath(component, id), { body, signal: options.signal }));
    return (this.toEnvelope(component, response, `AWS ${component} item (stage)`, false) ?? (await this.getItem(component, id, options)));
  }

  async deleteItem(component: P0Component, id: string, options: CallOptions = {}): Promise<void> {
    await this.itemWrite(component, id, () => this.send('DELETE', this.itemPath(component, id), options));
  }

  /** Moves a staged item to `configure` once P0 has checked AWS. */
  async verifyItem(component: P0Component, id: string, options: CallOptions = {}): Promise<P0ItemEnvelope> {
    const response = await this.itemWrite(component, id, () =>
      this.send('POST', `${this.itemPath(component, id)}/verify`, {
        body: { state: 'stage' },
        signal: options.signal,
        // A repeated verify fails with "not in state stage", which the caller reads back; never a double effect.
        idempotent: true,
      }),
    );
    return (this.toEnvelope(component, response, `AWS ${component} item (verify)`, false) ?? (await this.getItem(component, id, options)));
  }

  /** Moves a verified item to `installed` (or reconfigures an installed one). */
  async configureItem(component: P0Component, id: string, fields: ConfigureItemRequest = {}, options: CallOptions = {}): Promise<P0ItemEnvelope> {
    const response = await this.itemWrite(component, id, () =>
      this.send('POST', `${this.itemPath(component, id)}/configure`, {
        body: { state: 'configure', ...fields },
        signal: options.signal,
        // Configuring with the same fields twice gives the same result.
        idempotent: true,
      }),
    );
    return (this.toEnvelope(component, response, `AWS ${component} item (configure)`, false) ?? (await this.getItem(component, id, options)));
  }
}

/** The config document as collection entries: `component/id` for items, `base/id` for base items. */
function configListing(config: P0Config): { items: [string, P0ConfigEntry][]; whole: P0Config } {
  const items: [string, P0ConfigEntry][] = [];
  for (const [id, base] of Object.entries(config.base ?? {})) items.push([entryKey('base', id), { kind: 'base', base }]);
  for (const component of P0_COMPONENTS) {
    for (const [id, item] of Object.entries(config[component] ?? {})) items.push([entryKey(component, id), { kind: 'item', item: item as P0Item }]);
  }
  return { items, whole: config };
}
