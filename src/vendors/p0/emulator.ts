/**
 * The emulated P0 Security AWS Integration API (`/o/{orgId}/integrations/aws/config...`).
 *
 * Lifecycle of a component item: PUT stages it (`stage`, and creates the
 * account's `base` item with a service account the first time), verify reads
 * the emulated AWS and moves it to `configure`, configure stores the
 * component's fields and moves it to `installed` (and re-verifies AWS when
 * called again on an installed item). Behaviour no public source settles
 * lives in `emulator-assumptions.ts`.
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
import { randomBytes } from 'node:crypto';
import { idOf, tokenOf } from '../../emulator/types';
import { randomToken } from '../../emulator/identities';
import {
  ACCESS_ANALYZER_ARN_PATTERN,
  ACCESS_ANALYZER_ARN_RULE,
  AWS_PARTITIONS,
  CLOUD_LAKE_ARN_PATTERN,
  CLOUD_LAKE_ARN_RULE,
  P0_COMPONENTS,
  accountOfItemId,
  isP0Component,
  itemIdProblem,
  loginProblems,
  type AwsPartition,
  type FieldProblem,
  type P0Component,
  type P0ItemState,
} from './model';

export interface P0ItemRecord {
  label: string | null;
  state: P0ItemState;
  awsPartition: AwsPartition | null;
  /** The component's configure fields as last accepted (API names). */
  config: Record<string, unknown>;
  stagedAt: number;
  updatedAt: number;
}

export interface P0BaseRecord {
  readonly serviceAccountEmail: string;
  readonly serviceAccountId: string;
  readonly createdAt: number;
}

export interface P0EmulatorState {
  /** Whether `POST .../config` has created the root configuration. */
  initialized: boolean;
  /** Base items by AWS account id. */
  base: Record<string, P0BaseRecord>;
  /** Component items by component, then item id. */
  components: Record<P0Component, Record<string, P0ItemRecord>>;
}

/** Bodies above this size are refused, as an API gateway would. */
const MAX_BODY_BYTES = 64 * 1024;
const CONFIG = '/o/:orgId/integrations/aws/config';

interface P0FieldError {
  readonly field: string;
  readonly message: string;
}

function badRequest(message: string, fieldErrors?: readonly P0FieldError[]): EmulatorHttpError {
  return new EmulatorHttpError(400, message, fieldErrors ? { fieldErrors } : undefined);
}

function notFound(): EmulatorHttpError {
  return new EmulatorHttpError(404, 'Not found');
}

function emptyComponents(): Record<P0Component, Record<string, P0ItemRecord>> {
  return Object.fromEntries(P0_COMPONENTS.map((c) => [c, {}])) as Record<P0Component, Record<string, P0ItemRecord>>;
}

function checkOrg(req: EmulatorRequest, ctx: HandlerContext<P0EmulatorState>): void {
  const orgId = req.params['orgId'];
  if (orgId !== idOf(ctx.world.identities, 'p0_org')) {
    throw new EmulatorHttpError(403, `Forbidden: no access to organization "${orgId ?? ''}"`);
  }
}

function decodeParam(value: string | undefined): string {
  if (value === undefined) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function readJsonObject(req: EmulatorRequest): Record<string, unknown> {
  if (req.rawBody.length > MAX_BODY_BYTES) throw new EmulatorHttpError(413, `Request body exceeds ${MAX_BODY_BYTES} bytes`);
  const text = req.rawBody.toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('Request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('Request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

function componentParam(req: EmulatorRequest): P0Component {
  const component = req.params['component'] ?? '';
  if (!isP0Component(component)) throw notFound();
  return component;
}

function itemIdParam(req: EmulatorRequest, component: P0Component): string {
  const id = decodeParam(req.params['id']);
  const problem = itemIdProblem(component, id);
  if (problem) throw badRequest(`Invalid ${component} item id "${id}": ${problem}`, [{ field: 'id', message: problem }]);
  return id;
}

function requireItem(ctx: HandlerContext<P0EmulatorState>, component: P0Component, id: string): P0ItemRecord {
  const item = ctx.state.components[component][id];
  if (!item) throw notFound();
  return item;
}

function itemJson(item: P0ItemRecord): Record<string, unknown> {
  return {
    ...(item.label !== null ? { label: item.label } : {}),
    state: item.state,
    ...(item.awsPartition !== null ? { awsPartition: item.awsPartition } : {}),
    ...item.config,
  };
}

interface RoleMetadata {
  readonly roleName: string;
  readonly inlinePolicy: string;
  readonly inlinePolicyName: string;
  readonly trustPolicy: string;
  readonly serviceAccountId: string;
}

function roleMetadata(state: P0EmulatorState, component: P0Component, id: string, item: P0ItemRecord): RoleMetadata | null {
  const template = assumed.P0_ROLE_TEMPLATES[component];
  const base = state.base[accountOfItemId(component, id)];
  if (!template || !base) return null;
  return {
    roleName: template.roleName,
    inlinePolicy: JSON.stringify(template.inlinePolicy(id, item.awsPartition ?? 'aws')),
    inlinePolicyName: template.inlinePolicyName,
    trustPolicy: JSON.stringify(assumed.p0TrustPolicyDocument(base.serviceAccountId)),
    serviceAccountId: base.serviceAccountId,
  };
}

/**
 * Stage (PUT), verify and configure answer `{"ok": true}` only, as on the page
 * ("To inspect the contents of the assembled item, including metadata, use the
 * GET method"); only GET returns the item and its metadata.
 */
function okOnly(): EmulatorResponse {
  return { status: 200, json: { ok: true } };
}

function itemEnvelope(state: P0EmulatorState, component: P0Component, id: string, item: P0ItemRecord): EmulatorResponse {
  return { status: 200, json: { ok: true, item: itemJson(item), metadata: roleMetadata(state, component, id, item) ?? {} } };
}

function baseJson(base: P0BaseRecord): Record<string, unknown> {
  return { state: 'installed', serviceAccountEmail: base.serviceAccountEmail, serviceAccountId: base.serviceAccountId };
}

/**
 * What P0 checks in AWS before it moves an item on: the role named in the
 * metadata exists in the item's account, trusts the staged service account,
 * and carries the inline policy. Messages start with "AWS verification failed"
 * (the provider waits through IAM propagation while it sees them).
 */
function verifyAws(ctx: HandlerContext<P0EmulatorState>, component: P0Component, id: string, item: P0ItemRecord): void {
  const metadata = roleMetadata(ctx.state, component, id, item);
  if (!metadata) return;
  const accountId = accountOfItemId(component, id);
  const role = ctx.world.aws.getRole(accountId, metadata.roleName);
  if (!role) {
    throw badRequest(`AWS verification failed: role "${metadata.roleName}" does not exist in AWS account ${accountId}`);
  }
  if (!assumed.trustPolicyTrustsP0(role.trustPolicy, metadata.serviceAccountId)) {
    throw badRequest(
      `AWS verification failed: role "${metadata.roleName}" in AWS account ${accountId} does not trust P0's service account ` +
        `${metadata.serviceAccountId}; use the trust policy in this item's metadata`,
    );
  }
  if (!(metadata.inlinePolicyName in role.inlinePolicies)) {
    throw badRequest(
      `AWS verification failed: role "${metadata.roleName}" in AWS account ${accountId} lacks the inline policy "${metadata.inlinePolicyName}"`,
    );
  }
}

function requireStateField(body: Record<string, unknown>, expected: P0ItemState): void {
  if (body['state'] !== expected) {
    throw badRequest(`The state must be "${expected}"`, [{ field: 'state', message: `The state must be "${expected}"` }]);
  }
}

function problemsToFieldErrors(prefix: string, problems: readonly FieldProblem[]): P0FieldError[] {
  return problems.map((p) => ({ field: [prefix, ...p.path].join('.'), message: p.message }));
}

/** Validates a configure body's component fields; returns the fields to store (API names). */
function configureFields(component: P0Component, body: Record<string, unknown>): Record<string, unknown> {
  const allowed = new Set(['state', 'label']);
  const errors: P0FieldError[] = [];
  const fields: Record<string, unknown> = {};
  const optionalArn = (name: string, pattern: RegExp, rule: string): void => {
    allowed.add(name);
    const value = body[name];
    if (value === undefined || value === null) return;
    if (typeof value !== 'string') errors.push({ field: name, message: 'must be a string' });
    else if (!pattern.test(value)) errors.push({ field: name, message: rule });
    else fields[name] = value;
  };
  switch (component) {
    case 'iam-assessment':
      optionalArn('accessAnalyzerArn', ACCESS_ANALYZER_ARN_PATTERN, ACCESS_ANALYZER_ARN_RULE);
      break;
    case 'access-logs':
      optionalArn('cloudLakeArn', CLOUD_LAKE_ARN_PATTERN, CLOUD_LAKE_ARN_RULE);
      break;
    case 'iam-write': {
      allowed.add('login');
      const login = body['login'];
      if (typeof login !== 'object' || login === null || Array.isArray(login)) {
        errors.push({ field: 'login', message: 'is required and must be an object' });
        break;
      }
      const l = login as Record<string, unknown>;
      const identity = l['identity'];
      const typeErrors: P0FieldError[] = [];
      if (typeof l['type'] !== 'string') typeErrors.push({ field: 'login.type', message: 'is required and must be a string' });
      if (l['parent'] !== undefined && l['parent'] !== null && typeof l['parent'] !== 'string') {
        typeErrors.push({ field: 'login.parent', message: 'must be a string' });
      }
      if (identity !== undefined && identity !== null) {
        const i = identity as Record<string, unknown>;
        if (typeof identity !== 'object' || Array.isArray(identity) || typeof i['type'] !== 'string') {
          typeErrors.push({ field: 'login.identity.type', message: 'is required and must be a string' });
        } else if (i['tagName'] !== undefined && i['tagName'] !== null && typeof i['tagName'] !== 'string') {
          typeErrors.push({ field: 'login.identity.tagName', message: 'must be a string' });
        }
      }
      if (typeErrors.length > 0) {
        errors.push(...typeErrors);
        break;
      }
      const problems = loginProblems(
        l as { type: string; identity?: { type: string; tagName?: string | null } | null; parent?: string | null },
        'api',
      );
      errors.push(...problemsToFieldErrors('login', problems));
      if (problems.length === 0) {
        const i = identity as { type: string; tagName?: string } | undefined | null;
        fields['login'] = {
          type: l['type'],
          ...(i ? { identity: { type: i.type, ...(i.tagName ? { tagName: i.tagName } : {}) } } : {}),
          ...(typeof l['parent'] === 'string' ? { parent: l['parent'] } : {}),
        };
      }
      break;
    }
    default:
      break;
  }
  for (const key of Object.keys(body)) {
    if (!allowed.has(key)) errors.push({ field: key, message: `is not a field of the ${component} component` });
  }
  if (body['label'] !== undefined && body['label'] !== null && typeof body['label'] !== 'string') {
    errors.push({ field: 'label', message: 'must be a string' });
  }
  if (errors.length > 0) throw badRequest(`Invalid ${component} configuration: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
  return fields;
}

function removeBaseIfUnused(state: P0EmulatorState, accountId: string): void {
  if (!assumed.REMOVE_BASE_WITH_LAST_ITEM) return;
  const used = P0_COMPONENTS.some((c) => Object.keys(state.components[c]).some((id) => accountOfItemId(c, id) === accountId));
  if (!used) delete state.base[accountId];
}

// ---- handlers ---------------------------------------------------------------------

const getConfig = (req: EmulatorRequest, ctx: HandlerContext<P0EmulatorState>): EmulatorResponse => {
  checkOrg(req, ctx);
  if (!ctx.state.initialized) throw notFound();
  const json: Record<string, Record<string, unknown>> = {
    base: Object.fromEntries(Object.entries(ctx.state.base).map(([id, b]) => [id, baseJson(b)])),
  };
  for (const c of P0_COMPONENTS) {
    json[c] = Object.fromEntries(Object.entries(ctx.state.components[c]).map(([id, item]) => [id, itemJson(item)]));
  }
  return { status: 200, json };
};

const createConfig = (req: EmulatorRequest, ctx: HandlerContext<P0EmulatorState>): EmulatorResponse => {
  checkOrg(req, ctx);
  readJsonObject(req);
  // The page documents 200 and 400 only for this POST: a second one is a 400.
  if (ctx.state.initialized) throw badRequest('The AWS integration is already configured');
  ctx.state.initialized = true;
  return { status: 200, json: { ok: true } };
};

const deleteConfig = (req: EmulatorRequest, ctx: HandlerContext<P0EmulatorState>): EmulatorResponse => {
  checkOrg(req, ctx);
  ctx.state.initialized = false;
  ctx.state.base = {};
  ctx.state.components = emptyComponents();
  return { status: 204 };
};

const getBase = (req: EmulatorRequest, ctx: HandlerContext<P0EmulatorState>): EmulatorResponse => {
  checkOrg(req, ctx);
  const id = decodeParam(req.params['id']);
  const base = ctx.state.base[id];
  if (!base) throw notFound();
  return { status: 200, json: { ok: true, item: baseJson(base), metadata: {} } };
};

const getItem = (req: EmulatorRequest, ctx: HandlerContext<P0EmulatorState>): EmulatorResponse => {
  checkOrg(req, ctx);
  const component = componentParam(req);
  const id = itemIdParam(req, component);
  return itemEnvelope(ctx.state, component, id, requireItem(ctx, component, id));
};

const stageItem = (req: EmulatorRequest, ctx: HandlerContext<P0EmulatorState>): EmulatorResponse => {
  checkOrg(req, ctx);
  const component = componentParam(req);
  const id = itemIdParam(req, component);
  const body = readJsonObject(req);
  const errors: P0FieldError[] = [];
  const label = body['label'];
  if (label !== undefined && label !== null && typeof label !== 'string') errors.push({ field: 'label', message: 'must be a string' });
  const partition = body['awsPartition'];
  if (partition !== undefined && partition !== null && !(AWS_PARTITIONS as readonly unknown[]).includes(partition)) {
    errors.push({ field: 'awsPartition', message: `must be one of ${AWS_PARTITIONS.join(', ')}` });
  }
  // A stage body carries label and awsPartition only (FACTS.md); as configure does, other keys are refused.
  for (const key of Object.keys(body)) {
    if (key !== 'label' && key !== 'awsPartition') errors.push({ field: key, message: 'is not a field of a stage body' });
  }
  if (errors.length > 0) throw badRequest(errors.map((e) => `${e.field} ${e.message}`).join('; '), errors);
  if (!ctx.state.initialized) {
    throw badRequest('The AWS integration is not configured; create it first with POST /o/{orgId}/integrations/aws/config');
  }
  const now = ctx.world.now();
  const accountId = accountOfItemId(component, id);
  if (!ctx.state.base[accountId]) {
    const sa = assumed.newServiceAccount(idOf(ctx.world.identities, 'p0_org'), accountId, ctx.world.randomId(9));
    ctx.state.base[accountId] = { serviceAccountEmail: sa.email, serviceAccountId: sa.id, createdAt: now };
  }
  const existing = ctx.state.components[component][id];
  // PUT on an existing item stages it again (P0's own provider "rolls back" this way).
  const item: P0ItemRecord = {
    label: typeof label === 'string' ? label : null,
    state: 'stage',
    awsPartition: (partition as AwsPartition | undefined) ?? null,
    config: existing?.config ?? {},
    stagedAt: now,
    updatedAt: now,
  };
  ctx.state.components[component][id] = item;
  return okOnly();
};

const deleteItem = (req: EmulatorRequest, ctx: HandlerContext<P0EmulatorState>): EmulatorResponse => {
  checkOrg(req, ctx);
  const component = componentParam(req);
  const id = itemIdParam(req, component);
  requireItem(ctx, component, id);
  delete ctx.state.components[component][id];
  removeBaseIfUnused(ctx.state, accountOfItemId(component, id));
  return { status: 204 };
};

const verifyItem = (req: EmulatorRequest, ctx: HandlerContext<P0EmulatorState>): EmulatorResponse => {
  checkOrg(req, ctx);
  const component = componentParam(req);
  const id = itemIdParam(req, component);
  const body = readJsonObject(req);
  const item = requireItem(ctx, component, id);
  requireStateField(body, 'stage');
  if (item.state !== 'stage') throw badRequest(`Item ${id} is in state "${item.state}"; verify needs an item in state "stage"`);
  verifyAws(ctx, component, id, item);
  item.state = 'configure';
  item.updatedAt = ctx.world.now();
  return okOnly();
};

const configureItem = (req: EmulatorRequest, ctx: HandlerContext<P0EmulatorState>): EmulatorResponse => {
  checkOrg(req, ctx);
  const component = componentParam(req);
  const id = itemIdParam(req, component);
  const body = readJsonObject(req);
  const item = requireItem(ctx, component, id);
  requireStateField(body, 'configure');
  if (item.state === 'stage') throw badRequest(`Item ${id} is in state "stage"; verify it before configuring it`);
  const fields = configureFields(component, body);
  verifyAws(ctx, component, id, item);
  item.config = fields;
  if (typeof body['label'] === 'string') item.label = body['label'];
  item.state = 'installed';
  item.updatedAt = ctx.world.now();
  return okOnly();
};

const routes: readonly RouteDef<P0EmulatorState>[] = [
  { method: 'GET', path: CONFIG, handler: getConfig },
  { method: 'POST', path: CONFIG, handler: createConfig },
  { method: 'DELETE', path: CONFIG, handler: deleteConfig },
  { method: 'GET', path: `${CONFIG}/base/:id`, handler: getBase },
  { method: 'GET', path: `${CONFIG}/:component/:id`, handler: getItem },
  { method: 'PUT', path: `${CONFIG}/:component/:id`, handler: stageItem },
  { method: 'DELETE', path: `${CONFIG}/:component/:id`, handler: deleteItem },
  { method: 'POST', path: `${CONFIG}/:component/:id/verify`, handler: verifyItem },
  { method: 'POST', path: `${CONFIG}/:component/:id/configure`, handler: configureItem },
];

export const p0Emulator: EmulatedApiModule<P0EmulatorState> = {
  api: 'p0',
  basePath: '',
  identity: () => ({ token: randomToken(), ids: { p0_org: `emulated-${randomBytes(3).toString('hex')}` } }),
  initialState(): P0EmulatorState {
    return { initialized: false, base: {}, components: emptyComponents() };
  },
  authenticate(req: EmulatorRequest, identities: EmulatorIdentities): string {
    const header = req.headers['authorization'] ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match) throw new EmulatorHttpError(401, 'Unauthorized: missing bearer token');
    if (match[1] !== tokenOf(identities, 'p0')) throw new EmulatorHttpError(401, 'Unauthorized: invalid API token');
    return 'api-token';
  },
  routes,
  errorResponse(status: number, message: string, requestId: string, details?: unknown): EmulatorResponse {
    const fieldErrors =
      typeof details === 'object' && details !== null && 'fieldErrors' in details ? (details as { fieldErrors: unknown }).fieldErrors : undefined;
    return {
      status,
      json: { error: message, ...(fieldErrors !== undefined ? { fieldErrors } : {}) },
      headers: { 'x-request-id': requestId },
    };
  },
};
