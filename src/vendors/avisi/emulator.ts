/**
 * The emulated Avisi Cloud API: cloud accounts, their credentials and the
 * clusters provisioned with them (`/api/v1/orgs/{organisationSlug}/cloud-accounts...`).
 *
 * The "used by a cluster in the last 24 hours" rule is computed on every delete
 * from the clusters' timestamps and `world.now()`: a live cluster is using its
 * account and credentials now; a deleted one used them until its `deletedAt`.
 * Tests create such clusters through the emulator-only route
 * `POST /_emulator/clusters` (not part of Avisi's API). Behaviour that no
 * public source settles lives in `emulator-assumptions.ts`.
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
import {
  CLOUD_PROFILE_MAX,
  CREDENTIAL_FIELDS,
  DISPLAY_NAME_MAX,
  DISPLAY_NAME_MIN,
  UUID_PATTERN,
  isCredentialType,
  type CredentialType,
} from './model';

export interface AvisiCloudAccountRecord {
  readonly identity: string;
  readonly cloudProfile: string;
  displayName: string;
  enabled: boolean;
  readonly metadata: Record<string, string>;
  primaryCloudCredentialsIdentity: string | null;
  readonly createdAt: number;
}

/** Secrets are not kept: only that they were given (the API never answers them). */
export interface AvisiCloudCredentialsRecord {
  readonly identity: string;
  readonly cloudAccountIdentity: string;
  readonly cloudType: CredentialType;
  readonly displayName: string | null;
  readonly metadata: Record<string, string>;
  readonly createdAt: number;
  /** Non-secret credential fields (e.g. accessKeyId), for tests that check what was sent. */
  readonly publicFields: Record<string, string>;
}

export interface AvisiClusterRecord {
  readonly identity: string;
  readonly name: string;
  readonly cloudAccountIdentity: string;
  readonly cloudCredentialsIdentity: string | null;
  readonly region: string;
  readonly createdAt: number;
  /** Null while the cluster lives (it is using its account now). */
  deletedAt: number | null;
}

export interface AvisiEmulatorState {
  readonly organisation: string;
  readonly profiles: assumed.SeedProfile[];
  /** In creation order. */
  accounts: AvisiCloudAccountRecord[];
  credentials: AvisiCloudCredentialsRecord[];
  clusters: AvisiClusterRecord[];
}

type Ctx = HandlerContext<AvisiEmulatorState>;

interface FieldProblem {
  readonly field: string;
  readonly message: string;
}
interface AvisiErrorDetails {
  readonly fieldErrors?: readonly FieldProblem[];
}

function fail(status: number, message: string, fieldErrors?: readonly FieldProblem[]): never {
  const details: AvisiErrorDetails = { fieldErrors };
  throw new EmulatorHttpError(status, message, details);
}

function validationFailed(problems: readonly FieldProblem[]): never {
  fail(400, `Validation failed: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
}

function ok(json: unknown, requestId: string, status = 200): EmulatorResponse {
  return { status, json, headers: { [assumed.REQUEST_ID_HEADER]: requestId } };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** A v4-shaped UUID drawn from the world's id source (hashed, whatever its alphabet). */
function uuidFrom(world: EmulatorWorld): string {
  const hex = createHash('sha256').update(world.randomId(16)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// ---- request parsing ------------------------------------------------------

function parseJsonObject(req: EmulatorRequest, allowEmpty: boolean): Record<string, unknown> {
  const text = req.rawBody.toString('utf8');
  if (text.trim() === '') {
    if (allowEmpty) return {};
    fail(400, 'Required request body is missing');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    fail(400, 'JSON parse error: malformed request body');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    fail(400, 'JSON parse error: the request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

function rejectUnknown(body: Record<string, unknown>, known: readonly string[], prefix = ''): FieldProblem[] {
  if (!assumed.REJECT_UNKNOWN_FIELDS) return [];
  return Object.keys(body)
    .filter((k) => !known.includes(k))
    .map((k) => ({ field: `${prefix}${k}`, message: 'is not a known field' }));
}

function stringField(
  body: Record<string, unknown>,
  name: string,
  problems: FieldProblem[],
  rules: { required?: boolean; min?: number; max?: number },
  prefix = '',
): string | undefined {
  const field = `${prefix}${name}`;
  const value = body[name];
  if (value === undefined || value === null) {
    if (rules.required) problems.push({ field, message: 'must not be blank' });
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push({ field, message: 'must be a string' });
    return undefined;
  }
  if (rules.required && value.trim() === '') {
    problems.push({ field, message: 'must not be blank' });
    return undefined;
  }
  const min = rules.min ?? 0;
  const max = rules.max ?? Number.POSITIVE_INFINITY;
  if (value.length < min || value.length > max) {
    problems.push({ field, message: Number.isFinite(max) ? `size must be between ${min} and ${max}` : `size must be at least ${min}` });
    return undefined;
  }
  return value;
}

function metadataField(body: Record<string, unknown>, problems: FieldProblem[]): Record<string, string> | undefined {
  const value = body['metadata'];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ field: 'metadata', message: 'must be an object of strings' });
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') problems.push({ field: `metadata.${k}`, message: 'must be a string' });
    else out[k] = v;
  }
  return out;
}

interface PageParams {
  readonly page: number;
  readonly size: number;
}

function pageParams(req: EmulatorRequest, defaultSize: number): PageParams {
  const problems: FieldProblem[] = [];
  const parse = (name: string, fallback: number, min: number): number => {
    const raw = req.query.get(name);
    if (raw === null || raw === '') return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min) {
      problems.push({ field: name, message: `must be an integer of at least ${min}` });
      return fallback;
    }
    return Number(raw);
  };
  const page = parse('page', 0, 0);
  const size = Math.min(parse('size', defaultSize, 1), assumed.MAX_PAGE_SIZE);
  if (problems.length > 0) validationFailed(problems);
  return { page, size };
}

function springPage<T>(items: readonly T[], params: PageParams): Record<string, unknown> {
  const { page, size } = params;
  const content = items.slice(page * size, page * size + size);
  const totalPages = Math.ceil(items.length / size);
  const sort = { empty: true, sorted: false, unsorted: true };
  return {
    content,
    pageable: { offset: page * size, pageNumber: page, pageSize: size, paged: true, unpaged: false, sort },
    totalElements: items.length,
    totalPages,
    last: page + 1 >= totalPages,
    first: page === 0,
    number: page,
    size,
    numberOfElements: content.length,
    sort,
    empty: content.length === 0,
  };
}

// ---- lookups ----------------------------------------------------------------

function checkOrganisation(req: EmulatorRequest, ctx: Ctx): void {
  if (req.params['organisationSlug'] !== ctx.state.organisation) {
    fail(403, 'You do not have the necessary permissions to access this resource.');
  }
}

function checkUuid(value: string, name: string): void {
  if (!UUID_PATTERN.test(value)) {
    fail(400, `Failed to convert '${name}' with value: '${value}' to UUID`, [{ field: name, message: 'must be a UUID' }]);
  }
}

function findAccount(req: EmulatorRequest, ctx: Ctx): AvisiCloudAccountRecord {
  checkOrganisation(req, ctx);
  const identity = req.params['cloudAccountIdentity'] ?? '';
  checkUuid(identity, 'cloudAccountIdentity');
  const account = ctx.state.accounts.find((a) => a.identity === identity.toLowerCase());
  if (!account) fail(404, `Cloud account ${identity} not found`);
  return account;
}

function findCredentials(req: EmulatorRequest, ctx: Ctx, account: AvisiCloudAccountRecord): AvisiCloudCredentialsRecord {
  const identity = req.params['credentialsIdentity'] ?? '';
  checkUuid(identity, 'credentialsIdentity');
  const found = ctx.state.credentials.find((c) => c.identity === identity.toLowerCase() && c.cloudAccountIdentity === account.identity);
  if (!found) fail(404, `Cloud credentials ${identity} not found`);
  return found;
}

function profileOf(state: AvisiEmulatorState, account: AvisiCloudAccountRecord): assumed.SeedProfile {
  const profile = state.profiles.find((p) => p.identity === account.cloudProfile);
  if (!profile) fail(500, `Cloud profile ${account.cloudProfile} vanished`);
  return profile;
}

/** The 24-hour rule: a live cluster uses its account now; a deleted one until it was deleted. */
function usedRecently(clusters: readonly AvisiClusterRecord[], now: number): boolean {
  return clusters.some((c) => c.deletedAt === null || now - c.deletedAt < assumed.RECENT_USE_WINDOW_MS);
}

// ---- rendering ----------------------------------------------------------------

function renderProfile(profile: assumed.SeedProfile): Record<string, unknown> {
  return {
    identity: profile.identity,
    displayName: profile.displayName,
    cloudProvider: profile.cloudProvider,
    type: profile.type,
    enabled: true,
    public: true,
    metadata: {},
    regions: [...profile.regions],
    cloudProviderRegionResponses: profile.regions.map((r) => ({ identity: r, name: r, available: true })),
    cloudProviderResponse: { identity: profile.cloudProvider, displayName: profile.displayName, enabled: true },
  };
}

function renderAccount(state: AvisiEmulatorState, account: AvisiCloudAccountRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    identity: account.identity,
    displayName: account.displayName,
    enabled: account.enabled,
    cloudProfile: renderProfile(profileOf(state, account)),
    metadata: { ...account.metadata },
  };
  if (account.primaryCloudCredentialsIdentity !== null) out['primaryCloudCredentialsIdentity'] = account.primaryCloudCredentialsIdentity;
  return out;
}

/** Never includes a credential field: secrets are not echoed. */
function renderCredentials(state: AvisiEmulatorState, record: AvisiCloudCredentialsRecord): Record<string, unknown> {
  const account = state.accounts.find((a) => a.identity === record.cloudAccountIdentity);
  return {
    identity: record.identity,
    cloudAccountIdentity: record.cloudAccountIdentity,
    cloudType: record.cloudType,
    displayName: record.displayName,
    isPrimary: account?.primaryCloudCredentialsIdentity === record.identity,
    createdAt: iso(record.createdAt),
    metadata: { ...record.metadata },
  };
}

function renderCluster(state: AvisiEmulatorState, cluster: AvisiClusterRecord): Record<string, unknown> {
  const account = state.accounts.find((a) => a.identity === cluster.cloudAccountIdentity);
  const credentials = state.credentials.find((c) => c.identity === cluster.cloudCredentialsIdentity);
  const profile = account ? profileOf(state, account) : undefined;
  return {
    identity: cluster.identity,
    name: cluster.name,
    slug: cluster.name,
    cloudProvider: profile?.cloudProvider,
    region: cluster.region,
    status: cluster.deletedAt === null ? 'started' : 'deleted',
    provisionStatus: 'DONE',
    cloudAccount: { identity: cluster.cloudAccountIdentity, displayName: account?.displayName },
    cloudCredentials: cluster.cloudCredentialsIdentity ? { identity: cluster.cloudCredentialsIdentity, displayName: credentials?.displayName } : undefined,
    createdAt: iso(cluster.createdAt),
    modifiedAt: iso(cluster.deletedAt ?? cluster.createdAt),
    deletedAt: cluster.deletedAt === null ? undefined : iso(cluster.deletedAt),
  };
}

// ---- handlers -------------------------------------------------------------------

const BASE = '/api/v1/orgs/:organisationSlug/cloud-accounts';
const ACCOUNT = `${BASE}/:cloudAccountIdentity`;

function listAccounts(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  checkOrganisation(req, ctx);
  const params = pageParams(req, assumed.DEFAULT_PAGE_SIZE);
  const displayName = req.query.get('display-name');
  const providerSlug = req.query.get('cloud-provider-slug');
  const items = ctx.state.accounts
    .filter((a) => displayName === null || displayName === '' || assumed.displayNameMatches(a.displayName, displayName))
    .filter((a) => providerSlug === null || providerSlug === '' || profileOf(ctx.state, a).cloudProvider === providerSlug)
    .map((a) => renderAccount(ctx.state, a));
  return ok(springPage(items, params), req.requestId);
}

function createAccount(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  checkOrganisation(req, ctx);
  const body = parseJsonObject(req, false);
  const problems = rejectUnknown(body, ['cloudProfile', 'displayName', 'metadata']);
  const cloudProfile = stringField(body, 'cloudProfile', problems, { required: true, max: CLOUD_PROFILE_MAX });
  const displayName = stringField(body, 'displayName', problems, { required: true, max: DISPLAY_NAME_MAX });
  const metadata = metadataField(body, problems);
  if (cloudProfile !== undefined && !ctx.state.profiles.some((p) => p.identity === cloudProfile)) {
    problems.push({ field: 'cloudProfile', message: `cloud profile '${cloudProfile}' does not exist` });
  }
  if (problems.length > 0 || cloudProfile === undefined || displayName === undefined) validationFailed(problems);
  const account: AvisiCloudAccountRecord = {
    identity: uuidFrom(ctx.world),
    cloudProfile,
    displayName,
    enabled: assumed.NEW_ACCOUNT_ENABLED,
    metadata: metadata ?? {},
    primaryCloudCredentialsIdentity: null,
    createdAt: ctx.world.now(),
  };
  ctx.state.accounts.push(account);
  return ok(renderAccount(ctx.state, account), req.requestId);
}

function getAccount(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  return ok(renderAccount(ctx.state, findAccount(req, ctx)), req.requestId);
}

function patchAccount(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const account = findAccount(req, ctx);
  // The update documents a request body; as for a create, Spring refuses a request without one.
  const body = parseJsonObject(req, false);
  const problems = rejectUnknown(body, ['displayName', 'enabled', 'primaryCloudCredentials']);
  const displayName = stringField(body, 'displayName', problems, { min: DISPLAY_NAME_MIN, max: DISPLAY_NAME_MAX });
  const enabled = body['enabled'];
  if (enabled !== undefined && enabled !== null && typeof enabled !== 'boolean') problems.push({ field: 'enabled', message: 'must be a boolean' });
  const primary = stringField(body, 'primaryCloudCredentials', problems, {});
  let primaryIdentity: string | undefined;
  if (primary !== undefined) {
    const found = UUID_PATTERN.test(primary)
      ? ctx.state.credentials.find((c) => c.identity === primary.toLowerCase() && c.cloudAccountIdentity === account.identity)
      : undefined;
    if (!found) problems.push({ field: 'primaryCloudCredentials', message: 'must be the identity of credentials of this cloud account' });
    else primaryIdentity = found.identity;
  }
  if (problems.length > 0) validationFailed(problems);
  if (displayName !== undefined) account.displayName = displayName;
  if (typeof enabled === 'boolean') account.enabled = enabled;
  if (primaryIdentity !== undefined) account.primaryCloudCredentialsIdentity = primaryIdentity;
  return ok(renderAccount(ctx.state, account), req.requestId);
}

function deleteAccount(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const account = findAccount(req, ctx);
  const clusters = ctx.state.clusters.filter((c) => c.cloudAccountIdentity === account.identity);
  if (usedRecently(clusters, ctx.world.now())) fail(400, assumed.recentlyUsedMessage('cloud account', account.identity));
  ctx.state.accounts = ctx.state.accounts.filter((a) => a !== account);
  ctx.state.credentials = ctx.state.credentials.filter((c) => c.cloudAccountIdentity !== account.identity);
  return { status: 204, headers: { [assumed.REQUEST_ID_HEADER]: req.requestId } };
}

function listClusters(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const account = findAccount(req, ctx);
  const params = pageParams(req, assumed.DEFAULT_CLUSTER_PAGE_SIZE);
  const items = ctx.state.clusters
    .filter((c) => c.cloudAccountIdentity === account.identity && c.deletedAt === null)
    .map((c) => renderCluster(ctx.state, c));
  return ok(springPage(items, params), req.requestId);
}

function listCredentials(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const account = findAccount(req, ctx);
  const params = pageParams(req, assumed.DEFAULT_PAGE_SIZE);
  const items = ctx.state.credentials.filter((c) => c.cloudAccountIdentity === account.identity).map((c) => renderCredentials(ctx.state, c));
  return ok(springPage(items, params), req.requestId);
}

function parseCredentialFields(type: CredentialType, body: Record<string, unknown>, problems: FieldProblem[]): Record<string, string> {
  const specs = CREDENTIAL_FIELDS[type];
  const raw = body['credentials'];
  if (type === 'dummy') {
    // The dummy route documents no credentials at all.
    const empty = raw === undefined || raw === null || (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0);
    if (!empty) problems.push({ field: 'credentials', message: 'dummy credentials take no fields' });
    return {};
  }
  if (raw === undefined || raw === null) {
    problems.push({ field: 'credentials', message: 'must not be null' });
    return {};
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ field: 'credentials', message: 'must be an object' });
    return {};
  }
  const creds = raw as Record<string, unknown>;
  problems.push(...rejectUnknown(creds, specs.map((s) => s.api), 'credentials.'));
  const publicFields: Record<string, string> = {};
  for (const spec of specs) {
    const value = stringField(creds, spec.api, problems, { required: spec.required }, 'credentials.');
    if (value !== undefined && !spec.secret) publicFields[spec.api] = value;
  }
  return publicFields;
}

function createCredentials(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const account = findAccount(req, ctx);
  const type = req.params['cloudType'] ?? '';
  if (!isCredentialType(type)) fail(404, `No endpoint POST ${req.path}`);
  const profile = profileOf(ctx.state, account);
  if (profile.type !== type) fail(400, assumed.typeMismatchMessage(type, profile.type), [{ field: 'credentials', message: assumed.typeMismatchMessage(type, profile.type) }]);
  const body = parseJsonObject(req, type === 'dummy');
  const problems = rejectUnknown(body, ['credentials', 'displayName', 'metadata']);
  // Only the Hetzner route marks displayName required; every route caps it at 64.
  const displayName = stringField(body, 'displayName', problems, { required: type === 'hetzner', max: DISPLAY_NAME_MAX });
  const metadata = metadataField(body, problems);
  const publicFields = parseCredentialFields(type, body, problems);
  if (problems.length > 0) validationFailed(problems);
  const record: AvisiCloudCredentialsRecord = {
    identity: uuidFrom(ctx.world),
    cloudAccountIdentity: account.identity,
    cloudType: type,
    displayName: displayName ?? null,
    metadata: metadata ?? {},
    createdAt: ctx.world.now(),
    publicFields,
  };
  ctx.state.credentials.push(record);
  if (assumed.FIRST_CREDENTIALS_BECOME_PRIMARY && account.primaryCloudCredentialsIdentity === null) {
    account.primaryCloudCredentialsIdentity = record.identity;
  }
  return ok(renderCredentials(ctx.state, record), req.requestId);
}

function deleteCredentials(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const account = findAccount(req, ctx);
  const record = findCredentials(req, ctx, account);
  const clusters = ctx.state.clusters.filter((c) => c.cloudCredentialsIdentity === record.identity);
  if (usedRecently(clusters, ctx.world.now())) fail(400, assumed.recentlyUsedMessage('cloud credentials', record.identity));
  ctx.state.credentials = ctx.state.credentials.filter((c) => c !== record);
  if (account.primaryCloudCredentialsIdentity === record.identity) account.primaryCloudCredentialsIdentity = null;
  return { status: 204, headers: { [assumed.REQUEST_ID_HEADER]: req.requestId } };
}

function setPrimary(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const account = findAccount(req, ctx);
  const record = findCredentials(req, ctx, account);
  account.primaryCloudCredentialsIdentity = record.identity;
  return ok(renderAccount(ctx.state, account), req.requestId);
}

// ---- emulator-only: clusters for the 24-hour rule --------------------------------

/**
 * `POST /_emulator/clusters` `{cloudAccountIdentity, cloudCredentialsIdentity?, name?, region?, deletedAt?}`:
 * a cluster provisioned with an account (and credentials). `deletedAt` (ISO)
 * makes it a cluster deleted then, so tests can place its last use inside or
 * outside the 24-hour window.
 */
function createTestCluster(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const body = parseJsonObject(req, false);
  const problems = rejectUnknown(body, ['cloudAccountIdentity', 'cloudCredentialsIdentity', 'name', 'region', 'deletedAt']);
  const accountIdentity = stringField(body, 'cloudAccountIdentity', problems, { required: true });
  const credentialsIdentity = stringField(body, 'cloudCredentialsIdentity', problems, {});
  const name = stringField(body, 'name', problems, { max: DISPLAY_NAME_MAX });
  const region = stringField(body, 'region', problems, {});
  const deletedAtText = stringField(body, 'deletedAt', problems, {});
  const deletedAt = deletedAtText === undefined ? null : Date.parse(deletedAtText);
  if (deletedAt !== null && Number.isNaN(deletedAt)) problems.push({ field: 'deletedAt', message: 'must be an ISO date-time' });
  const account = ctx.state.accounts.find((a) => a.identity === accountIdentity);
  if (accountIdentity !== undefined && !account) problems.push({ field: 'cloudAccountIdentity', message: 'no such cloud account' });
  if (credentialsIdentity !== undefined && !ctx.state.credentials.some((c) => c.identity === credentialsIdentity && c.cloudAccountIdentity === accountIdentity)) {
    problems.push({ field: 'cloudCredentialsIdentity', message: 'no such credentials in that cloud account' });
  }
  if (problems.length > 0 || !account) validationFailed(problems);
  const profile = profileOf(ctx.state, account);
  const cluster: AvisiClusterRecord = {
    identity: uuidFrom(ctx.world),
    name: name ?? `cluster-${ctx.state.clusters.length + 1}`,
    cloudAccountIdentity: account.identity,
    cloudCredentialsIdentity: credentialsIdentity ?? account.primaryCloudCredentialsIdentity,
    region: region ?? profile.regions[0] ?? 'default',
    createdAt: ctx.world.now(),
    deletedAt,
  };
  ctx.state.clusters.push(cluster);
  return ok(renderCluster(ctx.state, cluster), req.requestId, 201);
}

/** `DELETE /_emulator/clusters/:clusterIdentity`: the cluster is deleted now; its use still counts for 24 hours. */
function deleteTestCluster(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const cluster = ctx.state.clusters.find((c) => c.identity === req.params['clusterIdentity']);
  if (!cluster) fail(404, `Cluster ${req.params['clusterIdentity'] ?? ''} not found`);
  cluster.deletedAt ??= ctx.world.now();
  return { status: 204, headers: { [assumed.REQUEST_ID_HEADER]: req.requestId } };
}

const routes: readonly RouteDef<AvisiEmulatorState>[] = [
  { method: 'GET', path: BASE, handler: listAccounts },
  { method: 'POST', path: BASE, handler: createAccount },
  { method: 'GET', path: ACCOUNT, handler: getAccount },
  { method: 'PATCH', path: ACCOUNT, handler: patchAccount },
  { method: 'DELETE', path: ACCOUNT, handler: deleteAccount },
  { method: 'GET', path: `${ACCOUNT}/clusters`, handler: listClusters },
  { method: 'GET', path: `${ACCOUNT}/credentials`, handler: listCredentials },
  { method: 'POST', path: `${ACCOUNT}/credentials/:cloudType`, handler: createCredentials },
  { method: 'DELETE', path: `${ACCOUNT}/credentials/:credentialsIdentity`, handler: deleteCredentials },
  { method: 'POST', path: `${ACCOUNT}/credentials/:credentialsIdentity/set-primary`, handler: setPrimary },
  { method: 'POST', path: '/_emulator/clusters', handler: createTestCluster },
  { method: 'DELETE', path: '/_emulator/clusters/:clusterIdentity', handler: deleteTestCluster },
];

function isDetails(value: unknown): value is AvisiErrorDetails {
  return typeof value === 'object' && value !== null;
}

export const avisiEmulator: EmulatedApiModule<AvisiEmulatorState> = {
  api: 'avisi',
  basePath: '',
  identity: () => ({ token: randomToken(), ids: { avisi_organisation: `emulated-${randomBytes(3).toString('hex')}` } }),
  initialState(identities: EmulatorIdentities): AvisiEmulatorState {
    return {
      organisation: idOf(identities, 'avisi_organisation'),
      profiles: assumed.SEEDED_CLOUD_PROFILES.map((p) => ({ ...p, regions: [...p.regions] })),
      accounts: [],
      credentials: [],
      clusters: [],
    };
  },
  authenticate(req: EmulatorRequest, identities: EmulatorIdentities): string {
    const header = req.headers['authorization'];
    const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) fail(401, 'Full authentication is required to access this resource');
    if (match[1] !== tokenOf(identities, 'avisi')) fail(401, 'Invalid or expired personal access token');
    return 'personal-access-token';
  },
  routes,
  errorResponse(status: number, message: string, requestId: string, details?: unknown): EmulatorResponse {
    const fieldErrors = isDetails(details) ? details.fieldErrors ?? [] : [];
    const json: Record<string, unknown> = {
      status,
      error: assumed.REASON_PHRASES[status] ?? 'Error',
      message,
      requestId,
    };
    if (fieldErrors.length > 0) json['errors'] = fieldErrors.map((p) => ({ field: p.field, message: p.message }));
    return { status, json, headers: { [assumed.REQUEST_ID_HEADER]: requestId } };
  },
};
