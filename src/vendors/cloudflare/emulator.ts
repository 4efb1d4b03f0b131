/**
 * The emulated Cloudflare Magic Cloud Networking "Cloud Integrations" API
 * (`/client/v4/accounts/{account_id}/magic/cloud/providers...`).
 *
 * Discovery is decided when it starts (against the emulated AWS for AWS
 * integrations) and becomes visible once its run time has passed, computed on
 * read from timestamps in state with `world.now()`, so that a fake clock and
 * persistence both work. Behaviour that no public source settles lives in
 * `emulator-assumptions.ts`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { idOf, tokenOf } from '../../emulator/types';
import { randomToken } from '../../emulator/identities';
import {
  EmulatorHttpError,
  type EmulatedApiModule,
  type EmulatorIdentities,
  type EmulatorRequest,
  type EmulatorResponse,
  type EmulatorWorld,
  type HandlerContext,
  type RouteDef,
} from '../../emulator/types';
import * as assumed from './emulator-assumptions';
import { vendorCanAssume } from '../../emulator/aws/trust';
import {
  CLOUD_TYPES,
  CREDENTIAL_FIELDS,
  CREDENTIAL_FIELD_RULES,
  CREDENTIAL_FIELDS_BY_CLOUD,
  LIST_ORDER_BY_FIELDS,
  cloudTypeOfCredentialField,
  type CloudType,
  type CredentialField,
  type DiscoveryState,
  type LifecycleState,
} from './model';

type Credentials = Partial<Record<CredentialField, string>>;

interface DiscoveryRun {
  readonly startedAt: number;
  readonly completesAt: number;
  readonly outcome: 'SUCCEEDED' | 'FAILED';
  /** Why a failed run failed: the credentials are missing, or the cloud rejected them. */
  readonly failure: 'missing' | 'rejected' | null;
  readonly message: string;
  readonly regions: readonly string[];
  /** Whether the outcome has been folded into the integration's status timestamps. */
  settled: boolean;
}

export interface CloudflareIntegrationRecord {
  readonly id: string;
  readonly accountId: string;
  readonly cloudType: CloudType;
  friendlyName: string;
  description: string;
  credentials: Credentials;
  /** Unique to the integration; required by its AWS trust policy. */
  readonly externalId: string;
  readonly createdAt: number;
  lastUpdated: number;
  /** When a credential field last changed (discovery runs before it are stale). */
  credentialsChangedAt: number;
  discovery: DiscoveryRun | null;
  credentialsGoodSince: number | null;
  credentialsRejectedSince: number | null;
  credentialsMissingSince: number | null;
  lastDiscoveryCompletedAt: number | null;
  lastDiscoveryStatus: DiscoveryState | null;
}

export interface CloudflareEmulatorState {
  /** Integrations in creation order. */
  integrations: CloudflareIntegrationRecord[];
}

const ACCOUNT_ID_PATTERN = /^[0-9a-f]{32}$/;
const INTEGRATION_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE = '/accounts/:account_id/magic/cloud/providers';

type Ctx = HandlerContext<CloudflareEmulatorState>;

interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** details carried by EmulatorHttpError for this API. */
interface CloudflareErrorDetails {
  readonly code?: number;
  readonly fieldErrors?: readonly FieldProblem[];
}

function fail(status: number, message: string, code: number, fieldErrors?: readonly FieldProblem[]): never {
  const details: CloudflareErrorDetails = { code, fieldErrors };
  throw new EmulatorHttpError(status, message, details);
}

function validationError(problems: readonly FieldProblem[]): never {
  fail(422, problems.map((p) => `${p.field}: ${p.message}`).join('; '), assumed.ERROR_CODES.validation, problems);
}

function envelope(status: number, result: unknown, requestId: string): EmulatorResponse {
  return {
    status,
    json: { success: true, errors: [], messages: [], result },
    headers: { 'cf-ray': requestId },
  };
}

function iso(ms: number | null): string | undefined {
  return ms === null ? undefined : new Date(ms).toISOString();
}

/** A v4-shaped UUID drawn from the world's id source (hashed, whatever its alphabet). */
function uuidFrom(world: EmulatorWorld): string {
  const hex = createHash('sha256').update(world.randomId(16)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// ---- request parsing ------------------------------------------------------

function parseJsonObject(req: EmulatorRequest): Record<string, unknown> {
  const text = req.rawBody.toString('utf8');
  if (text.trim() === '') fail(400, 'Request body is empty; a JSON object is required', assumed.ERROR_CODES.malformedBody);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    fail(400, 'Malformed JSON in request body', assumed.ERROR_CODES.malformedBody);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    fail(400, 'Request body must be a JSON object', assumed.ERROR_CODES.malformedBody);
  }
  return parsed as Record<string, unknown>;
}

function parseBoolQuery(req: EmulatorRequest, name: string): boolean | undefined {
  const raw = req.query.get(name);
  if (raw === null) return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  fail(400, `Query parameter ${name} must be true or false`, assumed.ERROR_CODES.validation, [
    { field: name, message: 'must be true or false' },
  ]);
}

/** A string field, a JSON null (clear) or absent; anything else is a type error (400). */
function optionalString(body: Record<string, unknown>, field: string, allowNull: boolean): string | null | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (value === null && allowNull) return null;
  if (typeof value !== 'string') {
    fail(400, `${field}: expected a string`, assumed.ERROR_CODES.malformedBody, [{ field, message: 'expected a string' }]);
  }
  return value;
}

// ---- account and lookups --------------------------------------------------

function checkAccount(req: EmulatorRequest, world: EmulatorWorld): string {
  const accountId = req.params['account_id'] ?? '';
  if (!ACCOUNT_ID_PATTERN.test(accountId)) {
    fail(
      400,
      `Could not route to /client/v4${req.path}, perhaps your object identifier is invalid?`,
      assumed.ERROR_CODES.invalidObjectIdentifier,
    );
  }
  if (accountId !== idOf(world.identities, 'cloudflare_account')) {
    fail(403, 'Unauthorized to access requested resource', assumed.ERROR_CODES.unauthorizedAccount);
  }
  return accountId;
}

function findIntegration(req: EmulatorRequest, ctx: Ctx): CloudflareIntegrationRecord {
  const accountId = checkAccount(req, ctx.world);
  const id = req.params['provider_id'] ?? '';
  if (!INTEGRATION_ID_PATTERN.test(id)) {
    fail(400, `Invalid cloud integration id '${id}'`, assumed.ERROR_CODES.invalidObjectIdentifier, [
      { field: 'provider_id', message: 'must be a UUID' },
    ]);
  }
  const record = ctx.state.integrations.find((r) => r.id === id && r.accountId === accountId);
  if (!record) fail(404, `Cloud integration ${id} not found`, assumed.ERROR_CODES.notFound);
  settle(record, ctx.world.now());
  return record;
}

// ---- lifecycle --------------------------------------------------------------

/** Fold a finished discovery run into the status timestamps (idempotent). */
function settle(record: CloudflareIntegrationRecord, now: number): void {
  const run = record.discovery;
  if (!run || run.settled || now < run.completesAt) return;
  run.settled = true;
  record.lastDiscoveryCompletedAt = run.completesAt;
  record.lastDiscoveryStatus = run.outcome;
  if (run.outcome === 'SUCCEEDED') {
    record.credentialsGoodSince ??= run.completesAt;
    record.credentialsRejectedSince = null;
    record.credentialsMissingSince = null;
  } else if (run.failure === 'missing') {
    record.credentialsMissingSince ??= run.completesAt;
    record.credentialsGoodSince = null;
  } else {
    record.credentialsRejectedSince ??= run.completesAt;
    record.credentialsGoodSince = null;
  }
}

function currentState(record: CloudflareIntegrationRecord, now: number): DiscoveryState {
  const run = record.discovery;
  if (!run || run.startedAt < record.credentialsChangedAt) return assumed.STATE_AWAITING_DISCOVERY;
  if (now < run.completesAt) return 'DISCOVERING';
  return run.outcome;
}

function lifecycleState(record: CloudflareIntegrationRecord): LifecycleState {
  return record.credentialsGoodSince !== null ? 'ACTIVE' : 'PENDING_SETUP';
}

function hasCredentials(record: CloudflareIntegrationRecord): boolean {
  return CREDENTIAL_FIELDS_BY_CLOUD[record.cloudType].every((f: CredentialField) => Boolean(record.credentials[f]));
}

function startDiscovery(record: CloudflareIntegrationRecord, world: EmulatorWorld): void {
  const now = world.now();
  settle(record, now);
  const regions = assumed.DISCOVERED_REGIONS[record.cloudType];
  const base = { startedAt: now, completesAt: now + assumed.DISCOVERY_DURATION_MS, settled: false };
  if (!hasCredentials(record)) {
    record.discovery = {
      ...base,
      outcome: 'FAILED',
      failure: 'missing',
      message: assumed.credentialsMissingMessage(record.cloudType),
      regions: [],
    };
    return;
  }
  if (record.cloudType === 'AWS') {
    const roleArn = record.credentials.aws_arn ?? '';
    const trusted = vendorCanAssume(world, roleArn, assumed.EMULATED_CLOUDFLARE_AWS_PRINCIPAL, record.externalId).allowed;
    if (!trusted) {
      record.discovery = {
        ...base,
        outcome: 'FAILED',
        failure: 'rejected',
        message: assumed.awsAssumeRoleRejectedMessage(roleArn),
        regions: [],
      };
      return;
    }
  }
  // Azure and GCP are not emulated: credentials that are set are accepted.
  record.discovery = {
    ...base,
    outcome: 'SUCCEEDED',
    failure: null,
    message: assumed.discoverySucceededMessage(regions.length),
    regions,
  };
}

// ---- rendering ----------------------------------------------------------------

function renderStatus(record: CloudflareIntegrationRecord, now: number): Record<string, unknown> {
  const run = record.discovery;
  const running = run !== null && now < run.completesAt;
  const completedRun = run !== null && !running ? run : null;
  const total = run ? Math.max(run.regions.length, 1) : 0;
  const done = !run ? 0 : running ? Math.floor((total * (now - run.startedAt)) / (run.completesAt - run.startedAt)) : total;
  const progress = { done, total, unit: 'regions' };
  const message = run?.message;
  // The SDK's types require last_discovery_status; before any run it is the enum's own "not yet".
  const lastStatus = running ? 'DISCOVERING' : record.lastDiscoveryStatus ?? assumed.DISCOVERY_STATUS_NEVER_RUN;
  return {
    credentials_good_since: iso(record.credentialsGoodSince),
    credentials_missing_since: iso(record.credentialsMissingSince),
    credentials_rejected_since: iso(record.credentialsRejectedSince),
    discovery_message: running ? 'Discovery in progress' : message,
    discovery_message_v2: running ? 'Discovery in progress' : message,
    discovery_progress: progress,
    discovery_progress_v2: progress,
    in_use_by: [],
    last_discovery_completed_at: iso(record.lastDiscoveryCompletedAt),
    last_discovery_completed_at_v2: iso(record.lastDiscoveryCompletedAt),
    last_discovery_started_at: iso(run ? run.startedAt : null),
    last_discovery_started_at_v2: iso(run ? run.startedAt : null),
    last_discovery_status: lastStatus,
    last_discovery_status_v2: lastStatus,
    last_updated: iso(record.lastUpdated),
    regions: completedRun?.outcome === 'SUCCEEDED' ? [...completedRun.regions] : [],
  };
}

function render(record: CloudflareIntegrationRecord, now: number, withStatus: boolean): Record<string, unknown> {
  const state = currentState(record, now);
  const out: Record<string, unknown> = {
    id: record.id,
    cloud_type: record.cloudType,
    friendly_name: record.friendlyName,
    description: record.description,
    ...record.credentials,
    last_updated: iso(record.lastUpdated),
    lifecycle_state: lifecycleState(record),
    state,
    state_v2: state,
  };
  if (withStatus) out['status'] = renderStatus(record, now);
  return out;
}

// ---- validation of PUT/PATCH bodies -----------------------------------------------

const UPDATE_FIELDS = new Set<string>(['friendly_name', 'description', ...CREDENTIAL_FIELDS]);

interface UpdateInput {
  friendlyName?: string;
  description?: string | null;
  credentials: Partial<Record<CredentialField, string | null>>;
}

function parseUpdate(body: Record<string, unknown>, cloudType: CloudType): UpdateInput {
  const problems: FieldProblem[] = [];
  if ('cloud_type' in body) problems.push({ field: 'cloud_type', message: 'cannot be changed; create a new integration instead' });
  for (const key of Object.keys(body)) {
    if (!UPDATE_FIELDS.has(key) && key !== 'cloud_type') problems.push({ field: key, message: 'is not a known field' });
  }
  const friendlyName = optionalString(body, 'friendly_name', false);
  if (friendlyName !== undefined && friendlyName !== null && friendlyName.trim() === '') {
    problems.push({ field: 'friendly_name', message: 'must not be empty' });
  }
  const description = optionalString(body, 'description', true);
  const credentials: UpdateInput['credentials'] = {};
  for (const field of CREDENTIAL_FIELDS) {
    const value = optionalString(body, field, true);
    if (value === undefined) continue;
    credentials[field] = value;
    if (value === null || value === '') continue;
    const belongsTo = cloudTypeOfCredentialField(field);
    if (belongsTo !== cloudType) {
      problems.push({ field, message: `applies to ${belongsTo} integrations only; this integration is ${cloudType}` });
    } else if (!CREDENTIAL_FIELD_RULES[field].pattern.test(value)) {
      problems.push({ field, message: CREDENTIAL_FIELD_RULES[field].description });
    }
  }
  if (problems.length > 0) validationError(problems);
  return { friendlyName: friendlyName ?? undefined, description, credentials };
}

function applyUpdate(record: CloudflareIntegrationRecord, input: UpdateInput, replace: boolean, now: number): void {
  if (input.friendlyName !== undefined) record.friendlyName = input.friendlyName;
  if (input.description !== undefined || (replace && assumed.PUT_CLEARS_OMITTED_FIELDS)) {
    record.description = input.description ?? '';
  }
  const next: Credentials = replace && assumed.PUT_CLEARS_OMITTED_FIELDS ? {} : { ...record.credentials };
  for (const field of CREDENTIAL_FIELDS) {
    const value = input.credentials[field];
    if (value === undefined) continue;
    if (value === null || value === '') delete next[field];
    else next[field] = value;
  }
  const changed = CREDENTIAL_FIELDS.some((f) => (record.credentials[f] ?? '') !== (next[f] ?? ''));
  record.credentials = next;
  record.lastUpdated = now;
  if (changed) {
    // New credentials have not been discovered yet: earlier verdicts no longer apply.
    record.credentialsChangedAt = now;
    record.credentialsGoodSince = null;
    record.credentialsRejectedSince = null;
    record.credentialsMissingSince = null;
  }
}

// ---- handlers ---------------------------------------------------------------

function createIntegration(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const accountId = checkAccount(req, ctx.world);
  const withStatus = parseBoolQuery(req, 'status') ?? false;
  const body = parseJsonObject(req);
  const problems: FieldProblem[] = [];
  const cloudType = body['cloud_type'];
  if (cloudType === undefined || cloudType === null) {
    problems.push({ field: 'cloud_type', message: 'is required' });
  } else if (typeof cloudType !== 'string') {
    fail(400, 'cloud_type: expected a string', assumed.ERROR_CODES.malformedBody, [{ field: 'cloud_type', message: 'expected a string' }]);
  } else if (!(CLOUD_TYPES as readonly string[]).includes(cloudType)) {
    problems.push({ field: 'cloud_type', message: `must be one of ${CLOUD_TYPES.join(', ')}` });
  }
  const friendlyName = optionalString(body, 'friendly_name', false);
  if (friendlyName === undefined || friendlyName === null) problems.push({ field: 'friendly_name', message: 'is required' });
  else if (friendlyName.trim() === '') problems.push({ field: 'friendly_name', message: 'must not be empty' });
  const description = optionalString(body, 'description', true);
  for (const field of CREDENTIAL_FIELDS) {
    if (body[field] !== undefined) {
      problems.push({ field, message: 'cannot be set on create; set it with PUT or PATCH after initial_setup' });
    }
  }
  for (const key of Object.keys(body)) {
    if (!['cloud_type', 'friendly_name', 'description', ...CREDENTIAL_FIELDS].includes(key)) {
      problems.push({ field: key, message: 'is not a known field' });
    }
  }
  if (problems.length > 0) validationError(problems);
  const now = ctx.world.now();
  const record: CloudflareIntegrationRecord = {
    id: uuidFrom(ctx.world),
    accountId,
    cloudType: cloudType as CloudType,
    friendlyName: friendlyName as string,
    description: description ?? '',
    credentials: {},
    externalId: ctx.world.randomId(16),
    createdAt: now,
    lastUpdated: now,
    credentialsChangedAt: now,
    discovery: null,
    credentialsGoodSince: null,
    credentialsRejectedSince: null,
    credentialsMissingSince: null,
    lastDiscoveryCompletedAt: null,
    lastDiscoveryStatus: null,
  };
  ctx.state.integrations.push(record);
  return envelope(201, render(record, now, withStatus), req.requestId);
}

function compareBy(field: (typeof LIST_ORDER_BY_FIELDS)[number]) {
  return (a: CloudflareIntegrationRecord, b: CloudflareIntegrationRecord): number => {
    const key = (r: CloudflareIntegrationRecord): string | number => {
      switch (field) {
        case 'id':
          return r.id;
        case 'name':
          return r.friendlyName;
        case 'cloud_type':
          return r.cloudType;
        case 'updated_at':
          return r.lastUpdated;
      }
    };
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

function listIntegrations(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const accountId = checkAccount(req, ctx.world);
  const withStatus = parseBoolQuery(req, 'status') ?? false;
  const cloudflare = parseBoolQuery(req, 'cloudflare');
  const desc = parseBoolQuery(req, 'desc') ?? false;
  const orderBy = req.query.get('order_by');
  if (orderBy !== null && !(LIST_ORDER_BY_FIELDS as readonly string[]).includes(orderBy)) {
    fail(400, `order_by must be one of ${LIST_ORDER_BY_FIELDS.join(', ')}`, assumed.ERROR_CODES.validation, [
      { field: 'order_by', message: `must be one of ${LIST_ORDER_BY_FIELDS.join(', ')}` },
    ]);
  }
  const now = ctx.world.now();
  const rows = ctx.state.integrations.filter(
    (r) => r.accountId === accountId && assumed.matchesCloudflareFilter(r.cloudType, cloudflare),
  );
  rows.forEach((r) => settle(r, now));
  if (orderBy !== null) rows.sort(compareBy(orderBy as (typeof LIST_ORDER_BY_FIELDS)[number]));
  if (desc) rows.reverse();
  return envelope(200, rows.map((r) => render(r, now, withStatus)), req.requestId);
}

function readIntegration(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const record = findIntegration(req, ctx);
  const withStatus = parseBoolQuery(req, 'status') ?? false;
  return envelope(200, render(record, ctx.world.now(), withStatus), req.requestId);
}

function updateIntegration(replace: boolean) {
  return (req: EmulatorRequest, ctx: Ctx): EmulatorResponse => {
    const record = findIntegration(req, ctx);
    const withStatus = parseBoolQuery(req, 'status') ?? false;
    const input = parseUpdate(parseJsonObject(req), record.cloudType);
    const now = ctx.world.now();
    applyUpdate(record, input, replace, now);
    return envelope(200, render(record, now, withStatus), req.requestId);
  };
}

function deleteIntegration(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const record = findIntegration(req, ctx);
  ctx.state.integrations = ctx.state.integrations.filter((r) => r !== record);
  return envelope(200, { id: record.id }, req.requestId);
}

function discoverOne(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const record = findIntegration(req, ctx);
  parseBoolQuery(req, 'v2');
  if (currentState(record, ctx.world.now()) === 'DISCOVERING') {
    fail(409, `Discovery is already running for cloud integration ${record.id}`, assumed.ERROR_CODES.conflict);
  }
  startDiscovery(record, ctx.world);
  return { status: 202, json: { success: true, errors: [], messages: [] }, headers: { 'cf-ray': req.requestId } };
}

function discoverAll(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const accountId = checkAccount(req, ctx.world);
  parseBoolQuery(req, 'v2');
  const now = ctx.world.now();
  for (const record of ctx.state.integrations) {
    if (record.accountId !== accountId) continue;
    settle(record, now);
    // Integrations already discovering, or without credentials, are left alone.
    if (currentState(record, now) === 'DISCOVERING' || !hasCredentials(record)) continue;
    startDiscovery(record, ctx.world);
  }
  return { status: 202, json: { success: true, errors: [], messages: [] }, headers: { 'cf-ray': req.requestId } };
}

function initialSetup(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const record = findIntegration(req, ctx);
  switch (record.cloudType) {
    case 'AWS':
      return envelope(
        200,
        {
          item_type: assumed.INITIAL_SETUP_ITEM_TYPES.AWS,
          aws_trust_policy: JSON.stringify(assumed.awsTrustPolicyDocument(record.externalId)),
        },
        req.requestId,
      );
    case 'AZURE':
      return envelope(
        200,
        {
          item_type: assumed.INITIAL_SETUP_ITEM_TYPES.AZURE,
          azure_consent_url: assumed.azureConsentUrl(record.id),
          integration_identity_tag: assumed.integrationIdentityTag(record.id),
          tag_cli_command: assumed.azureTagCliCommand(record.id),
        },
        req.requestId,
      );
    case 'GOOGLE':
      return envelope(
        200,
        {
          item_type: assumed.INITIAL_SETUP_ITEM_TYPES.GOOGLE,
          integration_identity_tag: assumed.integrationIdentityTag(record.id),
          tag_cli_command: assumed.gcpTagCliCommand(record.id),
        },
        req.requestId,
      );
    case 'CLOUDFLARE':
      if (assumed.CLOUDFLARE_TYPE_NEEDS_NO_SETUP) {
        fail(400, 'CLOUDFLARE cloud integrations need no initial setup', assumed.ERROR_CODES.validation);
      }
      return envelope(200, {}, req.requestId);
  }
}

const routes: readonly RouteDef<CloudflareEmulatorState>[] = [
  { method: 'POST', path: BASE, handler: createIntegration },
  { method: 'GET', path: BASE, handler: listIntegrations },
  // Before `${BASE}/:provider_id` routes so that `discover` is not taken for an id.
  { method: 'POST', path: `${BASE}/discover`, handler: discoverAll },
  { method: 'GET', path: `${BASE}/:provider_id`, handler: readIntegration },
  { method: 'PUT', path: `${BASE}/:provider_id`, handler: updateIntegration(true) },
  { method: 'PATCH', path: `${BASE}/:provider_id`, handler: updateIntegration(false) },
  { method: 'DELETE', path: `${BASE}/:provider_id`, handler: deleteIntegration },
  { method: 'POST', path: `${BASE}/:provider_id/discover`, handler: discoverOne },
  { method: 'GET', path: `${BASE}/:provider_id/initial_setup`, handler: initialSetup },
];

function defaultCode(status: number): number {
  switch (status) {
    case 401:
      return assumed.ERROR_CODES.authentication;
    case 403:
      return assumed.ERROR_CODES.unauthorizedAccount;
    case 404:
      return assumed.ERROR_CODES.noRoute;
    case 409:
      return assumed.ERROR_CODES.conflict;
    case 422:
      return assumed.ERROR_CODES.validation;
    default:
      return status >= 500 ? assumed.ERROR_CODES.internal : assumed.ERROR_CODES.malformedBody;
  }
}

function isDetails(value: unknown): value is CloudflareErrorDetails {
  return typeof value === 'object' && value !== null;
}

export const cloudflareEmulator: EmulatedApiModule<CloudflareEmulatorState> = {
  api: 'cloudflare',
  basePath: '/client/v4',
  identity: () => ({ token: randomToken(30).slice(0, 40), ids: { cloudflare_account: randomBytes(16).toString('hex') } }),
  rateLimit: assumed.CLOUDFLARE_RATE_LIMIT,
  initialState(_identities: EmulatorIdentities): CloudflareEmulatorState {
    return { integrations: [] };
  },
  authenticate(req: EmulatorRequest, identities: EmulatorIdentities): string {
    const header = req.headers['authorization'];
    if (header === undefined || header === '') {
      fail(401, 'Missing X-Auth-Key, X-Auth-Email or Authorization headers', assumed.ERROR_CODES.missingAuth);
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match || match[1] !== tokenOf(identities, 'cloudflare')) {
      fail(401, 'Authentication error', assumed.ERROR_CODES.authentication);
    }
    return 'api-token';
  },
  routes,
  errorResponse(status: number, message: string, requestId: string, details?: unknown): EmulatorResponse {
    const info = isDetails(details) ? details : {};
    const code = info.code ?? defaultCode(status);
    const fieldErrors = info.fieldErrors ?? [];
    const errors =
      fieldErrors.length > 0
        ? fieldErrors.map((p) => ({ code, message: `${p.field}: ${p.message}`, source: { pointer: `/${p.field}` } }))
        : [{ code, message }];
    return {
      status,
      json: { success: false, errors, messages: [], result: null },
      headers: { 'cf-ray': requestId },
    };
  },
};
