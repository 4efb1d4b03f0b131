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
import {
  AUTHENTICATION_MODES,
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
  type NorthflankProvider,
} from './model';

export interface NorthflankIntegrationRecord {
  readonly id: string;
  readonly name: string;
  description?: string;
  readonly provider: NorthflankProvider;
  readonly features: string[];
  readonly aws?: { authenticationMode: AuthenticationMode };
  readonly gcp?: { projectId: string; authenticationMode: AuthenticationMode; serviceAccountEmail?: string };
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    createdAt: record.createdAt,
  };
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

const CREATE_KEYS = ['name', 'description', 'provider', 'features', 'credentials', 'aws', 'gcp'];
const UPDATE_KEYS = ['description', 'credentials'];

function create(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const body = parseJsonObject(req);
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

  const features: string[] = [];
  const featuresRaw = body['features'];
  if (featuresRaw !== undefined) {
    if (!Array.isArray(featuresRaw)) add(errors, 'features', '"features" must be an array');
    else
      featuresRaw.forEach((f: unknown, i) => {
        if (typeof f !== 'string' || !(NORTHFLANK_FEATURES as readonly string[]).includes(f)) {
          add(errors, `features[${i}]`, `"features[${i}]" must be one of [${NORTHFLANK_FEATURES.join(', ')}]`);
        } else if (features.includes(f)) add(errors, `features[${i}]`, `"features[${i}]" contains a duplicate value`);
        else features.push(f);
      });
  }

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
  if (provider === 'aws' && awsRaw === undefined) add(errors, 'aws', '"aws" is required when provider is aws');
  if (provider === 'gcp' && gcpRaw === undefined) add(errors, 'gcp', '"gcp" is required when provider is gcp');
  if (provider !== undefined && provider !== 'aws' && awsRaw !== undefined) add(errors, 'aws', `"aws" is not allowed when provider is ${provider}`);
  if (provider !== undefined && provider !== 'gcp' && gcpRaw !== undefined) add(errors, 'gcp', `"gcp" is not allowed when provider is ${provider}`);

  const mode = provider === 'aws' ? aws?.authenticationMode : provider === 'gcp' ? gcp?.authenticationMode : undefined;
  let creds: CheckedCredentials = { keys: [], publicValues: {}, values: {} };
  if (body['credentials'] === undefined) add(errors, 'credentials', '"credentials" is required');
  else if (provider) creds = checkCredentials(errors, body['credentials'], provider, mode);

  if (Object.keys(errors).length > 0 || provider === undefined || typeof name !== 'string') validationFailed(errors);

  const id = slugOfName(name);
  if (Object.prototype.hasOwnProperty.call(ctx.state.integrations, id)) {
    fail(409, `A cloud provider integration with id ${id} already exists`);
  }
  checkAssumable(ctx.world, creds, provider, mode);

  const record: NorthflankIntegrationRecord = {
    id,
    name,
    ...(description !== undefined ? { description } : {}),
    provider,
    features,
    ...(aws ? { aws } : {}),
    ...(gcp ? { gcp } : {}),
    createdAt: new Date(ctx.world.now()).toISOString(),
    credentialKeys: creds.keys,
    publicCredentials: creds.publicValues,
    clusters: [],
  };
  ctx.state.integrations[id] = record;
  return ok({ data: render(record) });
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
  let start = 0;
  if (cursor !== null && cursor !== '') {
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
  return ok({ data: render(requireIntegration(ctx.state, req.params['integrationId'] ?? '')) });
}

function update(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  const record = requireIntegration(ctx.state, req.params['integrationId'] ?? '');
  const body = parseJsonObject(req);
  const errors: FieldErrors = {};
  checkUnknownKeys(errors, '', body, UPDATE_KEYS);
  const description = checkDescription(errors, body['description']);
  const mode = record.provider === 'aws' ? record.aws?.authenticationMode : record.provider === 'gcp' ? record.gcp?.authenticationMode : undefined;
  const creds = body['credentials'] === undefined ? undefined : checkCredentials(errors, body['credentials'], record.provider, mode);
  if (Object.keys(errors).length > 0) validationFailed(errors);
  if (creds) {
    checkAssumable(ctx.world, creds, record.provider, mode);
    record.credentialKeys = creds.keys;
    record.publicCredentials = creds.publicValues;
  }
  if (description !== undefined) record.description = description;
  return ok({ data: render(record) });
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
  { method: 'GET', path: '/v1/cloud-providers/integrations', handler: list },
  { method: 'GET', path: '/v1/cloud-providers/integrations/:integrationId', handler: read },
  { method: 'POST', path: '/v1/cloud-providers/integrations/:integrationId', handler: update },
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
