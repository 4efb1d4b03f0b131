/**
 * Contract tests for the emulated P0 AWS Integration API, driven through
 * P0Client against the emulator module served over real HTTP.
 *
 * The module is hosted by a small in-file server (routes, auth, error shape
 * exactly as the module declares them) with an AWS view whose roles the tests
 * set directly, so the AWS cross-checks are exercised without the IAM emulator.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeHttpPools } from '../../src/http/client';
import { MalformedResponseError } from '../../src/http/errors';
import {
  EmulatorHttpError,
  type AwsRoleView,
  type EmulatorIdentities,
  type EmulatorRequest,
  type EmulatorResponse,
  type EmulatorWorld,
} from '../../src/emulator/types';
import { P0Client, isAwsNotReadyError } from '../../src/vendors/p0/client';
import { p0Emulator, type P0EmulatorState } from '../../src/vendors/p0/emulator';
import { p0TrustPolicyDocument } from '../../src/vendors/p0/emulator-assumptions';
import { P0_COMPONENTS, type P0Component } from '../../src/vendors/p0/model';
import { apiError } from '../support/emulator';

const ORG = 'acme-org';
const TOKEN = 'p0-test-token-0123456789';
const ACCOUNT = '123456789012';
const OTHER_ACCOUNT = '210987654321';
const LAMBDA = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:p0-notifier`;

const identities: EmulatorIdentities = {
  tokens: { p0: TOKEN, cloudflare: 'c', northflank: 'n', avisi: 'a', qtangl: { viewer: 'v', operator: 'o', admin: 'ad' } },
  ids: { p0_org: ORG, cloudflare_account: '0'.repeat(32), avisi_organisation: 'org' },
};

const roles = new Map<string, AwsRoleView>();
let counter = 0;
const world: EmulatorWorld = {
  identities,
  aws: {
    getRole: (accountId, roleName) => roles.get(`${accountId}/${roleName}`),
    getRoleByArn: (arn) => [...roles.values()].find((r) => r.arn === arn),
  },
  now: () => Date.UTC(2025, 0, 1),
  randomId: (bytes = 16) => (++counter).toString(16).padStart(bytes * 2, 'a'),
};

let state: P0EmulatorState;
let server: Server;
let endpoint: string;
const requests: string[] = [];

function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const s = path.split('/');
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i]!.startsWith(':')) params[p[i]!.slice(1)] = s[i]!;
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

async function handle(incoming: IncomingMessage, rawBody: Buffer): Promise<EmulatorResponse> {
  const url = new URL(incoming.url ?? '/', 'http://x');
  const method = incoming.method ?? 'GET';
  const headers = Object.fromEntries(Object.entries(incoming.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
  requests.push(`${method} ${url.pathname}`);
  const requestId = `req-${requests.length}`;
  for (const route of p0Emulator.routes) {
    const params = route.method === method ? matchRoute(route.path, url.pathname) : null;
    if (!params) continue;
    const req: EmulatorRequest = { method, path: url.pathname, route: route.path, params, query: url.searchParams, headers, rawBody, requestId };
    try {
      const principal = p0Emulator.authenticate(req, identities);
      return await route.handler(req, { state, world, principal });
    } catch (err) {
      if (err instanceof EmulatorHttpError) return p0Emulator.errorResponse(err.status, err.message, requestId, err.details);
      throw err;
    }
  }
  return p0Emulator.errorResponse(404, 'Not found', requestId);
}

beforeAll(async () => {
  server = createServer((incoming, res) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => chunks.push(c));
    incoming.on('end', () => {
      void handle(incoming, Buffer.concat(chunks)).then((r) => {
        res.writeHead(r.status, { ...(r.json !== undefined ? { 'content-type': 'application/json' } : {}), ...(r.headers ?? {}) });
        res.end(r.json !== undefined ? JSON.stringify(r.json) : r.text);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await closeHttpPools();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  state = p0Emulator.initialState(identities);
  roles.clear();
  requests.length = 0;
});

function client(overrides: { token?: string; orgId?: string } = {}): P0Client {
  return new P0Client({
    baseUrl: endpoint,
    apiToken: overrides.token ?? TOKEN,
    orgId: overrides.orgId ?? ORG,
    userAgent: 'cloudbridge-test',
    retry: { maxAttempts: 1 },
  });
}

async function raw(method: string, path: string, body?: string, token: string | null = TOKEN) {
  const headers: Record<string, string> = {};
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${endpoint}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

/** Creates the role the staged metadata asks for, optionally broken in one way. */
function createRole(
  accountId: string,
  metadata: { roleName: string; trustPolicy: string; inlinePolicy: string; inlinePolicyName: string },
  fault: 'none' | 'wrong-audience' | 'no-inline-policy' = 'none',
): void {
  const trustPolicy = fault === 'wrong-audience' ? p0TrustPolicyDocument('999999999999999999999') : JSON.parse(metadata.trustPolicy);
  roles.set(`${accountId}/${metadata.roleName}`, {
    accountId,
    roleName: metadata.roleName,
    arn: `arn:aws:iam::${accountId}:role/${metadata.roleName}`,
    trustPolicy,
    inlinePolicies: fault === 'no-inline-policy' ? {} : { [metadata.inlinePolicyName]: JSON.parse(metadata.inlinePolicy) },
    attachedPolicyArns: [],
  });
}

const CONFIG_PATH = `/o/${ORG}/integrations/aws/config`;

describe('auth', () => {
  it('answers 401 with the P0 error body without a token or with a wrong one', async () => {
    expect(await raw('GET', CONFIG_PATH, undefined, null)).toEqual({ status: 401, body: { error: 'Unauthorized: missing bearer token' } });
    const err = await apiError(client({ token: 'wrong' }).getConfig());
    expect(err.status).toBe(401);
    expect(err.vendorMessage).toBe('Unauthorized: invalid API token');
    expect(err.requestId).toMatch(/^req-/);
    expect(err.message).not.toContain('wrong');
  });

  it('answers 403 for another organization', async () => {
    const err = await apiError(client({ orgId: 'someone-else' }).getConfig());
    expect(err.status).toBe(403);
    expect(err.vendorMessage).toBe('Forbidden: no access to organization "someone-else"');
  });
});

describe('root configuration', () => {
  it('is 404 before creation, {ok:true} on create, 400 on a second create, empty maps on read', async () => {
    const c = client();
    expect((await apiError(c.getConfig())).status).toBe(404);
    expect(await c.findConfig()).toBeNull();
    expect(await raw('POST', CONFIG_PATH)).toEqual({ status: 200, body: { ok: true } });
    const second = await apiError(c.createConfig());
    expect(second.status).toBe(400);
    expect(await c.ensureConfig()).toBe('existed');
    expect(await c.getConfig()).toEqual({
      base: {},
      'iam-assessment': {},
      'iam-write': {},
      'function-caller': {},
      'access-logs': {},
      inventory: {},
    });
  });

  it('ensureConfig creates it once', async () => {
    expect(await client().ensureConfig()).toBe('created');
    expect(state.initialized).toBe(true);
  });

  it('DELETE removes every item in every component and the root, answering 204', async () => {
    const c = client();
    await c.createConfig();
    await c.stageItem('iam-write', ACCOUNT, { label: 'prod' });
    await c.stageItem('inventory', OTHER_ACCOUNT);
    await c.stageItem('function-caller', LAMBDA);
    expect((await raw('DELETE', CONFIG_PATH)).status).toBe(204);
    expect(await c.findConfig()).toBeNull();
    expect(await c.findItem('iam-write', ACCOUNT)).toBeNull();
    expect(await c.findBase(ACCOUNT)).toBeNull();
    expect(state.components['function-caller']).toEqual({});
  });

  it('lists every component item keyed by id with label, state and fields', async () => {
    const c = client();
    await c.createConfig();
    const staged = await c.stageItem('iam-assessment', ACCOUNT, { label: 'prod', awsPartition: 'aws' });
    createRole(ACCOUNT, staged.role!);
    await c.verifyItem('iam-assessment', ACCOUNT);
    const analyzer = `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/main`;
    await c.configureItem('iam-assessment', ACCOUNT, { accessAnalyzerArn: analyzer });
    await c.stageItem('access-logs', OTHER_ACCOUNT);
    const config = await c.getConfig();
    expect(config['iam-assessment']).toEqual({
      [ACCOUNT]: { label: 'prod', state: 'installed', awsPartition: 'aws', accessAnalyzerArn: analyzer },
    });
    expect(config['access-logs']).toEqual({ [OTHER_ACCOUNT]: { state: 'stage' } });
    expect(Object.keys(config.base ?? {}).sort()).toEqual([ACCOUNT, OTHER_ACCOUNT]);
    expect(config.base?.[ACCOUNT]?.state).toBe('installed');
  });
});

describe('stage', () => {
  beforeEach(async () => {
    await client().createConfig();
  });

  it('is refused (400) before the root configuration exists', async () => {
    state.initialized = false;
    const err = await apiError(client().stageItem('iam-write', ACCOUNT));
    expect(err.status).toBe(400);
    expect(err.vendorMessage).toBe(
      'The AWS integration is not configured; create it first with POST /o/{orgId}/integrations/aws/config',
    );
  });

  it('creates the base item with a service account on the first stage of an account, and reuses it', async () => {
    const c = client();
    expect(await c.findBase(ACCOUNT)).toBeNull();
    const first = await c.stageItem('iam-write', ACCOUNT, { label: 'prod' });
    const base = await c.getBase(ACCOUNT);
    expect(base.serviceAccountId).toMatch(/^[1-9]\d{20}$/);
    expect(base.serviceAccountEmail).toBe(`p0-acme-org-${ACCOUNT}@p0-integrations.iam.gserviceaccount.com`);
    expect(first.item).toEqual({ label: 'prod', state: 'stage' });
    expect(first.role).toEqual({
      roleName: 'P0RoleIamManager',
      inlinePolicyName: 'P0RoleIamManagerPolicy',
      inlinePolicy: expect.stringContaining('"iam:PutRolePolicy"'),
      trustPolicy: JSON.stringify(p0TrustPolicyDocument(base.serviceAccountId)),
      serviceAccountId: base.serviceAccountId,
    });
    const second = await c.stageItem('iam-assessment', ACCOUNT);
    expect(second.role?.serviceAccountId).toBe(base.serviceAccountId);
    expect(second.role?.roleName).toBe('P0RoleIamAssessment');
    expect(Object.keys(state.base)).toEqual([ACCOUNT]);
  });

  it('gives role metadata to iam-assessment, iam-write and function-caller, and {} to access-logs and inventory', async () => {
    const c = client();
    const ids: Record<P0Component, string> = {
      'iam-assessment': ACCOUNT,
      'iam-write': ACCOUNT,
      'function-caller': LAMBDA,
      'access-logs': ACCOUNT,
      inventory: ACCOUNT,
    };
    for (const component of P0_COMPONENTS) await c.stageItem(component, ids[component]);
    const withRole = await Promise.all(P0_COMPONENTS.map(async (comp) => [comp, (await c.getItem(comp, ids[comp])).role !== null]));
    expect(Object.fromEntries(withRole)).toEqual({
      'iam-assessment': true,
      'iam-write': true,
      'function-caller': true,
      'access-logs': false,
      inventory: false,
    });
    const raw0 = await raw('GET', `${CONFIG_PATH}/inventory/${ACCOUNT}`);
    expect(raw0).toEqual({ status: 200, body: { ok: true, item: { state: 'stage' }, metadata: {} } });
    const fc = await c.getItem('function-caller', LAMBDA);
    expect(JSON.parse(fc.role!.inlinePolicy)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'P0CanInvokeFunction', Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: LAMBDA }],
    });
  });

  it('keeps the partition and label, and PUT on an existing item sends it back to stage', async () => {
    const c = client();
    await c.stageItem('inventory', ACCOUNT, { label: 'gov', awsPartition: 'aws-us-gov' });
    await c.verifyItem('inventory', ACCOUNT);
    await c.configureItem('inventory', ACCOUNT);
    expect((await c.getItem('inventory', ACCOUNT)).item.state).toBe('installed');
    const again = await c.stageItem('inventory', ACCOUNT, { label: 'gov', awsPartition: 'aws-us-gov' });
    expect(again.item).toEqual({ label: 'gov', state: 'stage', awsPartition: 'aws-us-gov' });
  });

  it('validates the item id, the partition and the body with field errors', async () => {
    const c = client();
    const shortId = await apiError(c.stageItem('iam-write', '12345678901'));
    expect(shortId.status).toBe(400);
    expect(shortId.fieldErrors).toEqual([{ field: 'id', message: 'AWS account IDs consist of exactly 12 digits' }]);
    const notArn = await apiError(c.stageItem('function-caller', ACCOUNT));
    expect(notArn.status).toBe(400);
    expect(notArn.fieldErrors[0]?.field).toBe('id');
    const partition = await raw('PUT', `${CONFIG_PATH}/iam-write/${ACCOUNT}`, JSON.stringify({ awsPartition: 'aws-cn' }));
    expect(partition).toEqual({
      status: 400,
      body: {
        error: 'awsPartition must be one of aws, aws-us-gov',
        fieldErrors: [{ field: 'awsPartition', message: 'must be one of aws, aws-us-gov' }],
      },
    });
    const label = await raw('PUT', `${CONFIG_PATH}/iam-write/${ACCOUNT}`, JSON.stringify({ label: 7 }));
    expect(label.status).toBe(400);
    expect(await raw('PUT', `${CONFIG_PATH}/iam-write/${ACCOUNT}`, '{not json')).toEqual({
      status: 400,
      body: { error: 'Request body is not valid JSON' },
    });
    expect((await raw('PUT', `${CONFIG_PATH}/iam-write/${ACCOUNT}`, '[1]')).status).toBe(400);
    expect((await raw('PUT', `${CONFIG_PATH}/iam-write/${ACCOUNT}`, JSON.stringify({ label: 'x'.repeat(70_000) }))).status).toBe(413);
    expect(state.components['iam-write']).toEqual({});
  });

  it('answers 404 for an unknown component', async () => {
    expect(await raw('PUT', `${CONFIG_PATH}/databases/${ACCOUNT}`)).toEqual({ status: 404, body: { error: 'Not found' } });
  });
});

describe('read and delete', () => {
  beforeEach(async () => {
    await client().createConfig();
  });

  it('answers 404 for unknown items and base items', async () => {
    const c = client();
    const err = await apiError(c.getItem('iam-write', ACCOUNT));
    expect(err.status).toBe(404);
    expect(err.vendorMessage).toBe('Not found');
    expect(await c.findItem('iam-write', ACCOUNT)).toBeNull();
    expect((await apiError(c.getBase(ACCOUNT))).status).toBe(404);
    expect((await apiError(c.deleteItem('iam-write', ACCOUNT))).status).toBe(404);
  });

  it('DELETE answers 204, and the base goes with the last item of its account', async () => {
    const c = client();
    await c.stageItem('iam-write', ACCOUNT);
    await c.stageItem('inventory', ACCOUNT);
    expect((await raw('DELETE', `${CONFIG_PATH}/iam-write/${ACCOUNT}`)).status).toBe(204);
    expect(await c.findItem('iam-write', ACCOUNT)).toBeNull();
    expect(await c.findBase(ACCOUNT)).not.toBeNull();
    await c.deleteItem('inventory', ACCOUNT);
    expect(await c.findBase(ACCOUNT)).toBeNull();
  });

  it('reads a function-caller item by its Lambda ARN', async () => {
    const c = client();
    await c.stageItem('function-caller', `${LAMBDA}:$LATEST`, { label: 'notifier' });
    expect((await c.getItem('function-caller', `${LAMBDA}:$LATEST`)).item).toEqual({ label: 'notifier', state: 'stage' });
    expect(Object.keys(state.components['function-caller'])).toEqual([`${LAMBDA}:$LATEST`]);
    expect(Object.keys(state.base)).toEqual([ACCOUNT]);
  });
});

describe('verify', () => {
  beforeEach(async () => {
    await client().createConfig();
  });

  it('moves a staged item to configure once the role exists, trusts P0 and has the inline policy', async () => {
    const c = client();
    const staged = await c.stageItem('iam-write', ACCOUNT);
    createRole(ACCOUNT, staged.role!);
    const verified = await c.verifyItem('iam-write', ACCOUNT);
    expect(verified.item.state).toBe('configure');
    expect((await c.getItem('iam-write', ACCOUNT)).item.state).toBe('configure');
  });

  it('fails with a clear 400 when the role is missing', async () => {
    const c = client();
    await c.stageItem('iam-write', ACCOUNT);
    const err = await apiError(c.verifyItem('iam-write', ACCOUNT));
    expect(err.status).toBe(400);
    expect(err.vendorMessage).toBe(`AWS verification failed: role "P0RoleIamManager" does not exist in AWS account ${ACCOUNT}`);
    expect(isAwsNotReadyError(err)).toBe(true);
    expect(state.components['iam-write'][ACCOUNT]?.state).toBe('stage');
  });

  it('fails when the role exists in another account only', async () => {
    const c = client();
    const staged = await c.stageItem('iam-write', ACCOUNT);
    createRole(OTHER_ACCOUNT, staged.role!);
    expect((await apiError(c.verifyItem('iam-write', ACCOUNT))).vendorMessage).toContain('does not exist in AWS account');
  });

  it('fails when the role does not trust the staged service account', async () => {
    const c = client();
    const staged = await c.stageItem('iam-assessment', ACCOUNT);
    createRole(ACCOUNT, staged.role!, 'wrong-audience');
    const err = await apiError(c.verifyItem('iam-assessment', ACCOUNT));
    expect(err.vendorMessage).toBe(
      `AWS verification failed: role "P0RoleIamAssessment" in AWS account ${ACCOUNT} does not trust P0's service account ` +
        `${staged.role!.serviceAccountId}; use the trust policy in this item's metadata`,
    );
  });

  it('fails when the role lacks the inline policy', async () => {
    const c = client();
    const staged = await c.stageItem('function-caller', LAMBDA);
    createRole(ACCOUNT, staged.role!, 'no-inline-policy');
    const err = await apiError(c.verifyItem('function-caller', LAMBDA));
    expect(err.vendorMessage).toBe(
      `AWS verification failed: role "P0RoleFunctionCaller" in AWS account ${ACCOUNT} lacks the inline policy "P0RoleFunctionCallerPolicy"`,
    );
  });

  it('needs {state:"stage"} and an item in stage', async () => {
    const c = client();
    await c.stageItem('inventory', ACCOUNT);
    const wrongBody = await raw('POST', `${CONFIG_PATH}/inventory/${ACCOUNT}/verify`, JSON.stringify({ state: 'configure' }));
    expect(wrongBody).toEqual({
      status: 400,
      body: { error: 'The state must be "stage"', fieldErrors: [{ field: 'state', message: 'The state must be "stage"' }] },
    });
    expect((await c.verifyItem('inventory', ACCOUNT)).item.state).toBe('configure');
    const twice = await apiError(c.verifyItem('inventory', ACCOUNT));
    expect(twice.vendorMessage).toBe(`Item ${ACCOUNT} is in state "configure"; verify needs an item in state "stage"`);
    expect(isAwsNotReadyError(twice)).toBe(false);
    expect((await apiError(c.verifyItem('inventory', OTHER_ACCOUNT))).status).toBe(404);
  });
});

describe('configure', () => {
  beforeEach(async () => {
    await client().createConfig();
  });

  async function verified(component: P0Component, id: string): Promise<void> {
    const c = client();
    const staged = await c.stageItem(component, id, { label: 'l' });
    if (staged.role) createRole(id.startsWith('arn:') ? ACCOUNT : id, staged.role);
    await c.verifyItem(component, id);
  }

  it('needs a verified item and {state:"configure"}', async () => {
    const c = client();
    await c.stageItem('inventory', ACCOUNT);
    const early = await apiError(c.configureItem('inventory', ACCOUNT));
    expect(early.vendorMessage).toBe(`Item ${ACCOUNT} is in state "stage"; verify it before configuring it`);
    await c.verifyItem('inventory', ACCOUNT);
    const wrong = await raw('POST', `${CONFIG_PATH}/inventory/${ACCOUNT}/configure`, JSON.stringify({ state: 'stage' }));
    expect(wrong.status).toBe(400);
    expect(wrong.body?.['error']).toBe('The state must be "configure"');
    expect((await c.configureItem('inventory', ACCOUNT)).item).toEqual({ label: undefined, state: 'installed' });
  });

  it('iam-write requires a valid login and stores it; configure again reconfigures an installed item', async () => {
    const c = client();
    await verified('iam-write', ACCOUNT);
    const missing = await apiError(c.configureItem('iam-write', ACCOUNT));
    expect(missing.fieldErrors).toEqual([{ field: 'login', message: 'is required and must be an object' }]);
    const badType = await apiError(c.configureItem('iam-write', ACCOUNT, { login: { type: 'saml' as 'iam' } }));
    expect(badType.fieldErrors).toEqual([{ field: 'login.type', message: 'must be one of iam, idc, merged-idc, federated' }]);
    const noIdentity = await apiError(c.configureItem('iam-write', ACCOUNT, { login: { type: 'iam' } }));
    expect(noIdentity.fieldErrors).toEqual([{ field: 'login.identity', message: 'is required when type is "iam"' }]);
    const noTag = await apiError(c.configureItem('iam-write', ACCOUNT, { login: { type: 'iam', identity: { type: 'tag' } } }));
    expect(noTag.fieldErrors).toEqual([{ field: 'login.identity.tagName', message: 'is required when identity type is "tag"' }]);
    const idcNoParent = await apiError(c.configureItem('iam-write', ACCOUNT, { login: { type: 'idc' } }));
    expect(idcNoParent.fieldErrors).toEqual([{ field: 'login.parent', message: 'is required when type is "idc"' }]);
    const badParent = await apiError(c.configureItem('iam-write', ACCOUNT, { login: { type: 'merged-idc', parent: '12' } }));
    expect(badParent.fieldErrors).toEqual([{ field: 'login.parent', message: 'AWS account IDs consist of exactly 12 digits' }]);
    expect(state.components['iam-write'][ACCOUNT]?.state).toBe('configure');

    const installed = await c.configureItem('iam-write', ACCOUNT, { login: { type: 'iam', identity: { type: 'tag', tagName: 'email' } } });
    expect(installed.item).toEqual({ label: 'l', state: 'installed', login: { type: 'iam', identity: { type: 'tag', tagName: 'email' } } });
    const again = await c.configureItem('iam-write', ACCOUNT, { login: { type: 'idc', parent: OTHER_ACCOUNT } });
    expect(again.item).toEqual({ label: 'l', state: 'installed', login: { type: 'idc', parent: OTHER_ACCOUNT } });
  });

  it('iam-assessment and access-logs validate their ARNs; unknown fields are refused', async () => {
    const c = client();
    await verified('iam-assessment', ACCOUNT);
    const bad = await apiError(c.configureItem('iam-assessment', ACCOUNT, { accessAnalyzerArn: 'arn:aws:s3:::bucket' }));
    expect(bad.fieldErrors).toEqual([
      {
        field: 'accessAnalyzerArn',
        message: 'must be an IAM Access Analyzer ARN: arn:<partition>:access-analyzer:<region>:<12-digit account>:analyzer/<name>',
      },
    ]);
    const unknown = await apiError(c.configureItem('iam-assessment', ACCOUNT, { cloudLakeArn: 'x' }));
    expect(unknown.fieldErrors).toEqual([{ field: 'cloudLakeArn', message: 'is not a field of the iam-assessment component' }]);
    await verified('access-logs', OTHER_ACCOUNT);
    const lake = `arn:aws:cloudtrail:eu-west-1:${OTHER_ACCOUNT}:eventdatastore/abc-123`;
    expect((await c.configureItem('access-logs', OTHER_ACCOUNT, { cloudLakeArn: lake })).item).toEqual({
      label: 'l',
      state: 'installed',
      cloudLakeArn: lake,
    });
  });

  it('re-checks AWS: configure fails when the role went away after verify', async () => {
    const c = client();
    await verified('function-caller', LAMBDA);
    roles.clear();
    const err = await apiError(c.configureItem('function-caller', LAMBDA));
    expect(err.vendorMessage).toBe(`AWS verification failed: role "P0RoleFunctionCaller" does not exist in AWS account ${ACCOUNT}`);
    expect(state.components['function-caller'][LAMBDA]?.state).toBe('configure');
  });
});

describe('the client on malformed responses', () => {
  it('raises MalformedResponseError naming the field', async () => {
    await client().createConfig();
    await client().stageItem('iam-write', ACCOUNT);
    const original = p0Emulator.routes;
    // The emulator answers faithfully; corrupt its state to make it answer an unknown state value.
    state.components['iam-write'][ACCOUNT]!.state = 'pending' as 'stage';
    try {
      await client().getItem('iam-write', ACCOUNT);
      throw new Error('expected MalformedResponseError');
    } catch (err) {
      expect(err).toBeInstanceOf(MalformedResponseError);
      expect((err as MalformedResponseError).fieldPath).toBe('item.state');
    }
    expect(original).toBe(p0Emulator.routes);
  });
});
