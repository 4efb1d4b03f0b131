/**
 * The emulated Northflank cloud provider integrations API
 * (`/v1/cloud-providers/integrations[/{id}]`).
 *
 * - The id is the slug of the name; a second integration with the same slug is a 409.
 * - `credentials` are validated per provider and authentication mode and are never
 *   stored or echoed: only which keys were given, plus the non-secret values
 *   (e.g. `roleArn`) under `publicCredentials`, for tests.
 * - A `crossAccountRole` integration is refused unless the role in the emulated AWS
 *   trusts Northflank's principal with `sts:ExternalId` = `externalId`.
 * - Delete is refused while `clusters` (a list of cluster names in the record) is
 *   non-empty. Tests set it with `PATCH /_emulator/state/northflank`
 *   `{"integrations": {"<id>": {"clusters": ["c1"]}}}`.
 * - `awsPrincipal` in the state shows the principal a role must trust.
 * Behaviour no public source settles lives in `emulator-assumptions.ts`.
 */
import {
  EmulatorHttpError,
  type EmulatedApiModule,
  type EmulatorIdentities,
  type EmulatorRequest,
  type EmulatorResponse,
  type HandlerContext,
  type RouteDef,
} from '../../emulator/types';
import * as assumed from './emulator-assumptions';
import { tokenOf } from '../../emulator/types';
import { randomToken } from '../../emulator/identities';
import { isRecord } from '../../util/records';
import {
  AUTHENTICATION_MODES,
  CLOUDFLARE_CREDENTIAL_TYPES,
  CREDENTIAL_FIELDS,
  DEFAULT_AUTHENTICATION_MODE,
  DESCRIPTION_MAX,
  DESCRIPTION_PATTERN,
  NAME_MAX,
  NAME_MIN,
  NAME_PATTERN,
  NORTHFLANK_FEATURES,
  NORTHFLANK_PROVIDERS,
  credentialRule,
  isNorthflankProvider,
  slugOfName,
  type AuthenticationMode,
  type CloudflareCredentialType,
  type NorthflankProvider,
} from './model';

export interface NorthflankIntegrationRecord {
  readonly id: string;
  readonly name: string;
  description?: string;
  readonly provider: NorthflankProvider;
  features: string[];
  readonly aws?: { authenticationMode: AuthenticationMode };
  readonly gcp?: { projectId: string; authenticationMode: AuthenticationMode; serviceAccountEmail?: string };
  readonly cloudflare?: { credentialType?: CloudflareCredentialType };
  restrictions?: Restrictions;
  /** ISO timestamp. */
  readonly createdAt: string;
  /** Credential keys last given (never the secret values). */
  credentialKeys: string[];
  /** Non-secret credential values last given. */
  publicCredentials: Record<string, string>;
  /** Names of clusters using the integration; delete is refused while non-empty. */
  clusters: string[];
}

export interface NorthflankEmulatorState {
  /** The AWS principal a `crossAccountRole` role must trust (read-only information). */
  readonly awsPrincipal: { readonly accountId: string; readonly arn: string };
  integrations: Record<string, NorthflankIntegrationRecord>;
}

type Ctx = HandlerContext<NorthflankEmulatorState>;
interface Restrictions {
  enabled: boolean;
  teams?: { teamId: string }[];
}
type FieldErrors = Record<string, string[]>;

function fail(status: number, message: string, details?: FieldErrors): never {
  throw new EmulatorHttpError(status, message, details);
}

function validationFailed(errors: FieldErrors): never {
  fail(400, 'Data failed validation', errors);
}

function ok(json: unknown, status = 200): EmulatorResponse {
  return { status, json };
}

function parseJsonObject(req: EmulatorRequest): Record<string, unknown> {
  const text = req.rawBody.toString('utf8');
  if (text.trim() === '') fail(400, 'Request body is required');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    fail(400, 'Request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) fail(400, 'Request body must be a JSON object');
  return parsed as Record<string, unknown>;
}

function add(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

function checkUnknownKeys(errors: FieldErrors, prefix: string, body: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(body)) if (!allowed.includes(key)) add(errors, `${prefix}${key}`, `"${prefix}${key}" is not allowed`);
}

function checkDescription(errors: FieldErrors, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return void add(errors, 'description', '"description" must be a string');
  if (value.length > DESCRIPTION_MAX) add(errors, 'description', `"description" length must be less than or equal to ${DESCRIPTION_MAX} characters long`);
  if (!DESCRIPTION_PATTERN.test(value)) add(errors, 'description', `"description" fails to match the required pattern: ${DESCRIPTION_PATTERN.source}`);
  return value;
}

function checkMode(errors: FieldErrors, field: string, value: unknown): AuthenticationMode | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(AUTHENTICATION_MODES as readonly string[]).includes(value)) {
    add(errors, field, `"${field}" must be one of [${AUTHENTICATION_MODES.join(', ')}]`);
    return undefined;
  }
  return value as AuthenticationMode;
}

interface CheckedCredentials {
  readonly keys: string[];
  readonly publicValues: Record<string, string>;
  readonly values: Record<string, string>;
}

/** `credentials` against the provider's rule: types, unknown keys, required keys. */
function checkCredentials(errors: FieldErrors, value: unknown, provider: NorthflankProvider, mode: AuthenticationMode | undefined): CheckedCredentials {
  const out: CheckedCredentials = { keys: [], publicValues: {}, values: {} };
  if (!isRecord(value)) {
    add(errors, 'credentials', '"credentials" must be of type object');
    return out;
  }
  const rule = credentialRule(provider, mode);
  const modeNote = provider === 'aws' || provider === 'gcp' ? ` with authenticationMode ${mode ?? DEFAULT_AUTHENTICATION_MODE}` : '';
  for (const [key, raw] of Object.entries(value)) {
    const spec = CREDENTIAL_FIELDS.find((f) => f.api === key);
    const path = `credentials.${key}`;
    if (!spec) {
      add(errors, path, `"${path}" is not allowed`);
      continue;
    }
    if (typeof raw !== 'string') {
      add(errors, path, `"${path}" must be a string`);
      continue;
    }
    if (!rule.allowed.includes(key)) {
      add(errors, path, `"${path}" is not allowed for provider ${provider}${modeNote}`);
      continue;
    }
    out.keys.push(key);
    out.values[key] = raw;
    if (!spec.secret) out.publicValues[key] = raw;
  }
  for (const key of rule.required) {
    const given = value[key];
    if (given === undefined || given === '') add(errors, `credentials.${key}`, `"credentials.${key}" is required for provider ${provider}${modeNote}`);
  }
  return out;
}

function render(record: NorthflankIntegrationRecord): Record<string, unknown> {
  return {
    id: record.id,
    name: record.name,
    ...(record.description !== undefined ? { description: record.description } : {}),
    provider: record.provider,
    features: [...record.features],
    ...(record.aws ? { aws: { ...record.aws } } : {}),
    ...(record.gcp ? { gcp: { ...record.gcp } } : {}),
    ...(record.cloudflare ? { cloudflare: { ...record.cloudflare } } : {}),
    ...(record.restrictions ? { restrictions: { ...record.restrictions } } : {}),
    createdAt: record.createdAt,
  };
}

/** A single integration's answer (create, read, update, patch, put): the list's fields plus `credentials`. */
function renderOne(record: NorthflankIntegrationRecord): Record<string, unknown> {
  return { ...render(record), credentials: assumed.echoedCredentials(record.publicCredentials) };
}

function checkAssumable(world: Ctx['world'], creds: CheckedCredentials, provider: NorthflankProvider, mode: AuthenticationMode | undefined): void {
  if (provider !== 'aws' || mode !== 'crossAccountRole') return;
  const roleArn = creds.values['roleArn'];
  const externalId = creds.values['externalId'];
  if (roleArn === undefined || externalId === undefined) return;
  if (!assumed.northflankCanAssume(world, roleArn, externalId)) fail(assumed.ROLE_NOT_TRUSTED_STATUS, assumed.roleNotTrustedMessage(roleArn));
}

function requireIntegration(state: NorthflankEmulatorState, id: string): NorthflankIntegrationRecord {
  const record = Object.prototype.hasOwnProperty.call(state.integrations, id) ? state.integrations[id] : undefined;
  if (!record) fail(404, `Cloud provider integration ${id} not found`);
  return record;
}

// ---- handlers -----------------------------------------------------------------

const CREATE_KEYS = ['name', 'description', 'provider', 'features', 'restrictions', 'credentials', 'aws', 'gcp', 'cloudflare'];
const UPDATE_KEYS = ['description', 'credentials'];
const PATCH_KEYS = ['description', 'features', 'restrictions', 'credentials'];

function checkFeatures(errors: FieldErrors, featuresRaw: unknown): string[] | undefined {
  if (featuresRaw === undefined) return undefined;
  const features: string[] = [];
  if (!Array.isArray(featuresRaw)) {
    add(errors, 'features', '"features" must be an array');
    return features;
  }
  featuresRaw.forEach((f: unknown, i) => {
    if (typeof f !== 'string' || !(NORTHFLANK_FEATURES as readonly string[]).includes(f)) {
      add(errors, `features[${i}]`, `"features[${i}]" must be one of [${NORTHFLANK_FEATURES.join(', ')}]`);
    } else if (features.includes(f)) add(errors, `features[${i}]`, `"features[${i}]" contains a duplicate value`);
    else features.push(f);
  });
  return features;
}

function checkRestrictions(errors: FieldErrors, value: unknown): Restrictions | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return void add(errors, 'restrictions', '"restrictions" must be of type object');
  checkUnknownKeys(errors, 'restrictions.', value, ['enabled', 'teams']);
  const enabled = value['enabled'];
  if (typeof enabled !== 'boolean') add(errors, 'restrictions.enabled', '"restrictions.enabled" is required and must be a boolean');
  const teamsRaw = value['teams'];
  let teams: { teamId: string }[] | undefined;
  if (teamsRaw !== undefined) {
    if (!Array.isArray(teamsRaw)) add(errors, 'restrictions.teams', '"restrictions.teams" must be an array');
    else {
      teams = [];
      teamsRaw.forEach((t: unknown, i) => {
        const teamId = isRecord(t) ? t['teamId'] : undefined;
        if (typeof teamId !== 'string' || teamId === '') add(errors, `restrictions.teams[${i}].teamId`, `"restrictions.teams[${i}].teamId" is required`);
        else teams!.push({ teamId });
      });
    }
  }
  return { enabled: enabled === true, ...(teams ? { teams } : {}) };
}

/** A full integration body (POST create, PUT create-or-update), checked as the API checks it. */
interface IntegrationInput {
  readonly name: string;
  readonly description?: string;
  readonly provider: NorthflankProvider;
  readonly features: string[];
  readonly aws?: NorthflankIntegrationRecord['aws'];
  readonly gcp?: NorthflankIntegrationRecord['gcp'];
  readonly cloudflare?: NorthflankIntegrationRecord['cloudflare'];
  readonly restrictions?: Restrictions;
  readonly mode: AuthenticationMode | undefined;
  readonly creds: CheckedCredentials;
}

function parseIntegration(body: Record<string, unknown>): IntegrationInput {
  const errors: FieldErrors = {};
  checkUnknownKeys(errors, '', body, CREATE_KEYS);

  const name = body['name'];
  if (name === undefined) add(errors, 'name', '"name" is required');
  else if (typeof name !== 'string') add(errors, 'name', '"name" must be a string');
  else {
    if (name.length < NAME_MIN) add(errors, 'name', `"name" length must be at least ${NAME_MIN} characters long`);
    if (name.length > NAME_MAX) add(errors, 'name', `"name" length must be less than or equal to ${NAME_MAX} characters long`);
    if (!NAME_PATTERN.test(name)) add(errors, 'name', `"name" fails to match the required pattern: ${NAME_PATTERN.source}`);
  }
  const description = checkDescription(errors, body['description']);

  const providerRaw = body['provider'];
  let provider: NorthflankProvider | undefined;
  if (providerRaw === undefined) add(errors, 'provider', '"provider" is required');
  else if (!isNorthflankProvider(providerRaw)) add(errors, 'provider', `"provider" must be one of [${NORTHFLANK_PROVIDERS.join(', ')}]`);
  else provider = providerRaw;

  const features = checkFeatures(errors, body['features']) ?? [];
  const restrictions = checkRestrictions(errors, body['restrictions']);

  let aws: NorthflankIntegrationRecord['aws'];
  const awsRaw = body['aws'];
  if (awsRaw !== undefined) {
    if (!isRecord(awsRaw)) add(errors, 'aws', '"aws" must be of type object');
    else {
      checkUnknownKeys(errors, 'aws.', awsRaw, ['authenticationMode']);
      aws = { authenticationMode: checkMode(errors, 'aws.authenticationMode', awsRaw['authenticationMode']) ?? DEFAULT_AUTHENTICATION_MODE };
    }
  }
  let gcp: NorthflankIntegrationRecord['gcp'];
  const gcpRaw = body['gcp'];
  if (gcpRaw !== undefined) {
    if (!isRecord(gcpRaw)) add(errors, 'gcp', '"gcp" must be of type object');
    else {
      checkUnknownKeys(errors, 'gcp.', gcpRaw, ['projectId', 'authenticationMode', 'serviceAccountEmail']);
      const projectId = gcpRaw['projectId'];
      if (typeof projectId !== 'string' || projectId === '') add(errors, 'gcp.projectId', '"gcp.projectId" is required');
      const mode = checkMode(errors, 'gcp.authenticationMode', gcpRaw['authenticationMode']) ?? DEFAULT_AUTHENTICATION_MODE;
      const email = gcpRaw['serviceAccountEmail'];
      if (email !== undefined && typeof email !== 'string') add(errors, 'gcp.serviceAccountEmail', '"gcp.serviceAccountEmail" must be a string');
      if (mode === 'crossAccountRole' && (typeof email !== 'string' || email === '')) {
        add(errors, 'gcp.serviceAccountEmail', '"gcp.serviceAccountEmail" is required when gcp.authenticationMode is crossAccountRole');
      }
      gcp = { projectId: typeof projectId === 'string' ? projectId : '', authenticationMode: mode, ...(typeof email === 'string' ? { serviceAccountEmail: email } : {}) };
    }
  }
  let cloudflare: NorthflankIntegrationRecord['cloudflare'];
  const cloudflareRaw = body['cloudflare'];
  if (cloudflareRaw !== undefined) {
    if (!isRecord(cloudflareRaw)) add(errors, 'cloudflare', '"cloudflare" must be of type object');
    else {
      checkUnknownKeys(errors, 'cloudflare.', cloudflareRaw, ['credentialType']);
      const type = cloudflareRaw['credentialType'];
      if (type !== undefined && (typeof type !== 'string' || !(CLOUDFLARE_CREDENTIAL_TYPES as readonly string[]).includes(type))) {
        add(errors, 'cloudflare.credentialType', `"cloudflare.credentialType" must be one of [${CLOUDFLARE_CREDENTIAL_TYPES.join(', ')}]`);
      }
      cloudflare = typeof type === 'string' ? { credentialType: type as CloudflareCredentialType } : {};
    }
  }
  if (provider === 'aws' && awsRaw === undefined) add(errors, 'aws', '"aws" is required when provider is aws');
  if (provider === 'gcp' && gcpRaw === undefined) add(errors, 'gcp', '"gcp" is required when provider is gcp');
  for (const [block, raw] of [['aws', awsRaw], ['gcp', gcpRaw], ['cloudflare', cloudflareRaw]] as const) {
    if (provider !== undefined && provider !== block && raw !== undefined) add(errors, block, `"${block}" is not allowed when provider is ${provider}`);
  }

  const mode = provider === 'aws' ? aws?.authenticationMode : provider === 'gcp' ? gcp?.authenticationMode : undefined;
  let creds: CheckedCredentials = { keys: [], publicValues: {}, values: {} };
  if (body['credentials'] === undefined) add(errors, 'credentials', '"credentials" is required');
  else if (provider) creds = checkCredentials(errors, body['credentials'], provider, mode);

  if (Object.keys(errors).length > 0 || provider === undefined || typeof name !== 'string') validationFailed(errors);
  return {
    name,
    ...(description !== undefined ? { description } : {}),
    provider,
    features,
    ...(aws ? { aws } : {}),
    ...(gcp ? { gcp } : {}),
    ...(cloudflare ? { cloudflare } : {}),
    ...(restrictions ? { restrictions } : {}),
    mode,
    creds,
  };
}

function newRecord(input: IntegrationInput, ctx: Ctx): NorthflankIntegrationRecord {
  const { mode: _mode, creds, ...fields } = input;
  return {
    id: slugOfName(input.name),
    ...fields,
    createdAt: new Date(ctx.world.now()).toISOString(),
    credentialKeys: creds.keys,
    publicCredentials: creds.publicValues,
    clusters: [],
  };
}

function create(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const input = parseIntegration(parseJsonObject(req));
  const id = slugOfName(input.name);
  if (Object.prototype.hasOwnProperty.call(ctx.state.integrations, id)) {
    fail(409, `A cloud provider integration with id ${id} already exists`);
  }
  checkAssumable(ctx.world, input.creds, input.provider, input.mode);
  const record = newRecord(input, ctx);
  ctx.state.integrations[id] = record;
  return ok({ data: renderOne(record) });
}

/** PUT (official client: "Creates or updates a integration"): the body's name picks the integration by its slug. */
function put(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const input = parseIntegration(parseJsonObject(req));
  const id = slugOfName(input.name);
  const existing = Object.prototype.hasOwnProperty.call(ctx.state.integrations, id) ? ctx.state.integrations[id] : undefined;
  if (existing && existing.provider !== input.provider) fail(assumed.PUT_PROVIDER_CHANGE_STATUS, assumed.putProviderChangeMessage(id, existing.provider, input.provider));
  checkAssumable(ctx.world, input.creds, input.provider, input.mode);
  const record = newRecord(input, ctx);
  // An update keeps what only the service knows: when it was created and which clusters use it.
  const kept = existing ? { ...record, createdAt: existing.createdAt, clusters: existing.clusters } : record;
  ctx.state.integrations[id] = kept;
  return ok({ data: renderOne(kept) });
}

function list(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const perPageRaw = req.query.get('per_page');
  let perPage = assumed.DEFAULT_PAGE_SIZE;
  if (perPageRaw !== null) {
    const n = Number(perPageRaw);
    if (!Number.isInteger(n) || n < 1 || n > assumed.MAX_PAGE_SIZE) {
      fail(400, 'Data failed validation', { per_page: [`"per_page" must be an integer between 1 and ${assumed.MAX_PAGE_SIZE}`] });
    }
    perPage = n;
  }
  const ids = Object.keys(ctx.state.integrations).sort();
  const cursor = req.query.get('cursor');
  const pageRaw = req.query.get('page');
  let start = 0;
  if (pageRaw !== null && (cursor === null || cursor === '')) {
    // Page paging (official client's `page` option): pages count from 1.
    const n = Number(pageRaw);
    if (!Number.isInteger(n) || n < 1) fail(400, 'Data failed validation', { page: ['"page" must be an integer of at least 1'] });
    start = (n - 1) * perPage;
  } else if (cursor !== null && cursor !== '') {
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    if (!decoded.startsWith('after:')) fail(400, 'Data failed validation', { cursor: ['"cursor" is invalid'] });
    const after = decoded.slice('after:'.length);
    start = ids.findIndex((id) => id > after);
    if (start < 0) start = ids.length;
  }
  const page = ids.slice(start, start + perPage);
  const hasNextPage = start + perPage < ids.length;
  const last = page[page.length - 1];
  return ok({
    data: { integrations: page.map((id) => render(ctx.state.integrations[id]!)) },
    pagination: {
      hasNextPage,
      ...(hasNextPage && last !== undefined ? { cursor: Buffer.from(`after:${last}`, 'utf8').toString('base64url') } : {}),
      count: page.length,
    },
  });
}

function read(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  return ok({ data: renderOne(requireIntegration(ctx.state, req.params['integrationId'] ?? '')) });
}

/**
 * A change to an existing integration, taking the body keys in `allowed`: the page's POST update takes
 * description and credentials; PATCH (official client: "Updates a integration") also features and
 * restrictions. Each key is optional; what is left out stays.
 */
function change(allowed: readonly string[]) {
  return (req: EmulatorRequest, ctx: Ctx): EmulatorResponse => {
    const record = requireIntegration(ctx.state, req.params['integrationId'] ?? '');
    const body = parseJsonObject(req);
    const errors: FieldErrors = {};
    checkUnknownKeys(errors, '', body, allowed);
    const description = checkDescription(errors, body['description']);
    const features = checkFeatures(errors, body['features']);
    const restrictions = checkRestrictions(errors, body['restrictions']);
    const mode = record.provider === 'aws' ? record.aws?.authenticationMode : record.provider === 'gcp' ? record.gcp?.authenticationMode : undefined;
    const creds = body['credentials'] === undefined ? undefined : checkCredentials(errors, body['credentials'], record.provider, mode);
    if (Object.keys(errors).length > 0) validationFailed(errors);
    if (creds) {
      checkAssumable(ctx.world, creds, record.provider, mode);
      record.credentialKeys = creds.keys;
      record.publicCredentials = creds.publicValues;
    }
    if (description !== undefined) record.description = description;
    if (features !== undefined) record.features = features;
    if (restrictions !== undefined) record.restrictions = restrictions;
    return ok({ data: renderOne(record) });
  };
}

function remove(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const record = requireIntegration(ctx.state, req.params['integrationId'] ?? '');
  const clusters = Array.isArray(record.clusters) ? record.clusters : [];
  if (clusters.length > 0) fail(assumed.IN_USE_STATUS, assumed.inUseMessage(record.id, clusters));
  delete ctx.state.integrations[record.id];
  return ok({ data: {} });
}

const routes: readonly RouteDef<NorthflankEmulatorState>[] = [
  { method: 'POST', path: '/v1/cloud-providers/integrations', handler: create },
  { method: 'PUT', path: '/v1/cloud-providers/integrations', handler: put },
  { method: 'GET', path: '/v1/cloud-providers/integrations', handler: list },
  { method: 'GET', path: '/v1/cloud-providers/integrations/:integrationId', handler: read },
  { method: 'POST', path: '/v1/cloud-providers/integrations/:integrationId', handler: change(UPDATE_KEYS) },
  { method: 'PATCH', path: '/v1/cloud-providers/integrations/:integrationId', handler: change(PATCH_KEYS) },
  { method: 'DELETE', path: '/v1/cloud-providers/integrations/:integrationId', handler: remove },
];

export const northflankEmulator: EmulatedApiModule<NorthflankEmulatorState> = {
  api: 'northflank',
  basePath: '',
  identity: () => ({ token: randomToken() }),
  initialState(): NorthflankEmulatorState {
    return { awsPrincipal: { accountId: assumed.NORTHFLANK_AWS_ACCOUNT_ID, arn: assumed.NORTHFLANK_AWS_PRINCIPAL_ARN }, integrations: {} };
  },
  authenticate(req: EmulatorRequest, identities: EmulatorIdentities): string {
    const header = req.headers['authorization'] ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match) throw new EmulatorHttpError(401, 'Missing API token: send Authorization: Bearer <token>');
    if (match[1] !== tokenOf(identities, 'northflank')) throw new EmulatorHttpError(401, 'Invalid API token');
    return 'token';
  },
  routes,
  errorResponse(status: number, message: string, requestId: string, details?: unknown): EmulatorResponse {
    return {
      status,
      json: { error: { status, message, id: requestId, ...(isRecord(details) ? { details } : {}) } },
    };
  },
};
