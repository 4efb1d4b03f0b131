/**
 * The emulated Qtangl cloud integrations API (`/tenant/integrations/cloud...`).
 *
 * - One row per (tenant, provider); `POST /tenant/integrations/cloud/{provider}` upserts it.
 * - Keys: `Authorization: Bearer`, `x-api-key` or `?api_key=`; each key has a role
 *   (viewer, operator, admin); writes need operator or admin, else 403.
 * - 300 requests per minute per key, then 429 with `Retry-After` (the window is in
 *   the state and timed with `world.now()`).
 * - Responses drop keys whose name contains `secret`/`password`.
 * - A row turns `disabled` when its test fails. For tests: set `testFailure` on a
 *   row (`PATCH /_emulator/state/qtangl {"rows": {"azure": {"testFailure": "msg"}}}`)
 *   to make its next test fail with that message, or set `status` directly.
 * Behaviour no public source settles lives in `emulator-assumptions.ts`.
 */
import { createHash } from 'node:crypto';
import { roleTokensOf } from '../../emulator/types';
import { randomToken } from '../../emulator/identities';
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
import { QTANGL_FIELDS, QTANGL_PROVIDERS, QTANGL_PROVIDER_RULES, isDroppedFromResponses, isQtanglProvider, type QtanglProvider, type QtanglRole } from './model';

export interface QtanglRowRecord {
  readonly id: string;
  readonly tenant: string;
  readonly provider: QtanglProvider;
  status: 'active' | 'disabled';
  /** The upsert body as given (secrets included: Qtangl keeps them; responses drop them). */
  settings: Record<string, string>;
  readonly createdAt: string;
  updatedAt: string;
  lastTestedAt?: string;
  statusMessage?: string;
  /** Test hook: the next test fails with this message. */
  testFailure?: string;
}

export interface QtanglEmulatorState {
  readonly tenant: string;
  /** The AWS principal a role must trust for the aws test to pass (read-only information). */
  readonly awsPrincipal: { readonly accountId: string; readonly arn: string };
  /** Keyed by provider: one row per (tenant, provider). */
  rows: Partial<Record<QtanglProvider, QtanglRowRecord>>;
}

type Ctx = HandlerContext<QtanglEmulatorState>;

interface FieldIssue {
  readonly loc: readonly string[];
  readonly msg: string;
  readonly type: string;
}

function unprocessable(issues: readonly FieldIssue[]): never {
  throw new EmulatorHttpError(422, 'Unprocessable entity', issues);
}

function fingerprint(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** `role:fingerprint`, the principal handed to handlers. */
function parsePrincipal(principal: string): { role: QtanglRole; key: string } {
  const [role, key] = principal.split(':');
  return { role: (role ?? 'viewer') as QtanglRole, key: key ?? '' };
}

/** Writes need the operator or admin role. (The per-key rate limit is the core's: `rateLimit` below.) */
function gate(ctx: Ctx, write: boolean): void {
  const { role } = parsePrincipal(ctx.principal);
  if (write && role === 'viewer') throw new EmulatorHttpError(403, assumed.forbiddenMessage(role));
}

function render(row: QtanglRowRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: row.id,
    tenant: row.tenant,
    provider: row.provider,
    status: row.status,
  };
  for (const [k, v] of Object.entries(row.settings ?? {})) out[k] = v;
  out['createdAt'] = row.createdAt;
  out['updatedAt'] = row.updatedAt;
  if (row.lastTestedAt !== undefined) out['lastTestedAt'] = row.lastTestedAt;
  if (row.statusMessage !== undefined) out['statusMessage'] = row.statusMessage;
  // Qtangl's rule, applied to the whole row rather than a list of fields, as the real service does.
  for (const k of Object.keys(out)) if (isDroppedFromResponses(k)) delete out[k];
  return out;
}

function providerParam(req: EmulatorRequest): QtanglProvider {
  const provider = req.params['provider'] ?? '';
  if (!isQtanglProvider(provider)) {
    unprocessable([{ loc: ['path', 'provider'], msg: `value is not a valid enumeration member; permitted: ${QTANGL_PROVIDERS.map((p) => `'${p}'`).join(', ')}`, type: 'type_error.enum' }]);
  }
  return provider;
}

function parseBody(req: EmulatorRequest): Record<string, unknown> {
  const text = req.rawBody.toString('utf8');
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    unprocessable([{ loc: ['body'], msg: 'Invalid JSON body', type: 'value_error.jsondecode' }]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    unprocessable([{ loc: ['body'], msg: 'value is not a valid dict', type: 'type_error.dict' }]);
  }
  return parsed as Record<string, unknown>;
}

function requireRow(state: QtanglEmulatorState, provider: QtanglProvider): QtanglRowRecord {
  const row = state.rows[provider];
  if (!row) throw new EmulatorHttpError(404, `No ${provider} cloud integration for this tenant`);
  return row;
}

// ---- handlers -----------------------------------------------------------------

function list(_req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  gate(ctx, false);
  const rows = QTANGL_PROVIDERS.map((p) => ctx.state.rows[p]).filter((r): r is QtanglRowRecord => r !== undefined && r !== null);
  return { status: 200, json: { integrations: rows.map(render) } };
}

function upsert(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  gate(ctx, true);
  const provider = providerParam(req);
  const body = parseBody(req);
  const rule = QTANGL_PROVIDER_RULES[provider];
  const issues: FieldIssue[] = [];
  const settings: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!QTANGL_FIELDS.some((f) => f.api === key)) {
      issues.push({ loc: ['body', key], msg: 'extra fields not permitted', type: 'value_error.extra' });
    } else if (value === null) {
      continue;
    } else if (typeof value !== 'string') {
      issues.push({ loc: ['body', key], msg: 'str type expected', type: 'type_error.str' });
    } else if (!rule.allowed.includes(key)) {
      issues.push({ loc: ['body', key], msg: `field does not apply to provider ${provider}`, type: 'value_error.not_applicable' });
    } else {
      settings[key] = value;
    }
  }
  for (const key of rule.required) {
    if (settings[key] === undefined || settings[key] === '') {
      if (!issues.some((i) => i.loc[1] === key)) issues.push({ loc: ['body', key], msg: `field required for provider ${provider}`, type: 'value_error.missing' });
    }
  }
  if (settings['roleArn'] !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(settings['roleArn'])) {
    issues.push({ loc: ['body', 'roleArn'], msg: 'not a valid IAM role ARN', type: 'value_error.arn' });
  }
  if (issues.length > 0) unprocessable(issues);

  const now = iso(ctx.world.now());
  const existing = ctx.state.rows[provider];
  const row: QtanglRowRecord = {
    id: existing?.id ?? `ci_${provider}_${ctx.world.randomId(6)}`,
    tenant: ctx.state.tenant,
    provider,
    status: 'active',
    settings,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    ...(existing?.lastTestedAt !== undefined ? { lastTestedAt: existing.lastTestedAt } : {}),
    ...(existing?.testFailure !== undefined ? { testFailure: existing.testFailure } : {}),
  };
  ctx.state.rows[provider] = row;
  return { status: 200, json: { integration: render(row) } };
}

function test(req: EmulatorRequest, ctx: Ctx): EmulatorResponse {
  gate(ctx, true);
  const provider = providerParam(req);
  const row = requireRow(ctx.state, provider);
  let failure: string | undefined = row.testFailure;
  if (failure === undefined && provider === 'aws') {
    const roleArn = row.settings['roleArn'] ?? '';
    if (!assumed.qtanglCanAssume(ctx.world, roleArn, row.settings['externalId'])) failure = assumed.roleNotAssumableMessage(roleArn);
  }
  row.lastTestedAt = iso(ctx.world.now());
  delete row.testFailure;
  if (failure !== undefined) {
    row.status = 'disabled';
    row.statusMessage = failure;
  } else {
    row.status = 'active';
    delete row.statusMessage;
  }
  return {
    status: 200,
    json: { ok: failure === undefined, message: failure ?? assumed.TEST_PASSED_MESSAGE, integration: render(row) },
  };
}

const routes: readonly RouteDef<QtanglEmulatorState>[] = [
  { method: 'GET', path: '/tenant/integrations/cloud', handler: list },
  { method: 'POST', path: '/tenant/integrations/cloud/:provider', handler: upsert },
  { method: 'POST', path: '/tenant/integrations/cloud/:provider/test', handler: test },
];

function keyOf(req: Pick<EmulatorRequest, 'headers' | 'query'>): string | undefined {
  const auth = req.headers['authorization'];
  const bearer = auth ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
  if (bearer) return bearer[1];
  const header = req.headers['x-api-key'];
  if (header) return header.trim();
  return req.query.get(assumed.API_KEY_QUERY_PARAM) ?? undefined;
}

export const qtanglEmulator: EmulatedApiModule<QtanglEmulatorState> = {
  api: 'qtangl',
  basePath: '',
  identity: () => ({ token: { viewer: randomToken(), operator: randomToken(), admin: randomToken() } }),
  rateLimit: { requests: assumed.RATE_LIMIT_PER_MINUTE, windowMs: assumed.RATE_LIMIT_WINDOW_MS },
  rateLimitKey: (req) => {
    const key = keyOf(req);
    return key === undefined ? undefined : fingerprint(key);
  },
  rateLimitMessage: (retryAfter) => assumed.rateLimitedMessage(retryAfter),
  initialState(identities: EmulatorIdentities): QtanglEmulatorState {
    return {
      tenant: `tnt_${fingerprint(roleTokensOf(identities, 'qtangl')['admin'] ?? '').slice(0, 10)}`,
      awsPrincipal: { accountId: assumed.QTANGL_AWS_ACCOUNT_ID, arn: assumed.QTANGL_AWS_PRINCIPAL_ARN },
      rows: {},
    };
  },
  authenticate(req: EmulatorRequest, identities: EmulatorIdentities): string {
    const key = keyOf(req);
    if (!key) throw new EmulatorHttpError(401, 'Unauthorized: missing API key (send Authorization: Bearer <key> or x-api-key)');
    const keys = roleTokensOf(identities, 'qtangl');
    const role: QtanglRole | undefined = key === keys.admin ? 'admin' : key === keys.operator ? 'operator' : key === keys.viewer ? 'viewer' : undefined;
    if (!role) throw new EmulatorHttpError(401, 'Unauthorized: invalid API key');
    return `${role}:${fingerprint(key)}`;
  },
  routes,
  errorResponse(status: number, message: string, requestId: string, details?: unknown): EmulatorResponse {
    const detail = status === 422 && Array.isArray(details) ? details : message;
    return { status, json: { detail, requestId } };
  },
};
