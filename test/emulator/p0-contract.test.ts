/**
 * Contract checklist for the emulated P0 AWS Integration API
 * (api-docs/p0-aws-integration.txt + FACTS.md), route by route, through
 * P0Client: documented statuses and bodies, 401/403 on every route, 400 for
 * a malformed item id and 404 for an unknown one, and the lifecycle
 * stage → verify → configure → installed (and back to stage) of every
 * component. Complements p0.test.ts (validation and AWS cross-checks).
 */
import { FakeClock } from '../../src/emulator/clock';
import { apiModule } from '../../src/emulator/types';
import { MalformedResponseError } from '../../src/http/errors';
import { P0Client, type ConfigureItemRequest } from '../../src/vendors/p0/client';
import { p0Emulator, type P0EmulatorState } from '../../src/vendors/p0/emulator';
import { P0_COMPONENTS, type P0Component } from '../../src/vendors/p0/model';
import { withEmulator, apiError, fakeAwsRoles, putFakeRole } from '../support/emulator';


const clock = new FakeClock(Date.UTC(2025, 6, 1, 10, 0, 0));
const em = withEmulator({ modules: [apiModule(p0Emulator), apiModule(fakeAwsRoles())], clock, resetBeforeEach: true });

const ACCOUNT = '123456789012';
const LAMBDA = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:p0-caller`;
const IDS: Record<P0Component, string> = {
  'iam-assessment': ACCOUNT,
  'iam-write': ACCOUNT,
  'function-caller': LAMBDA,
  'access-logs': ACCOUNT,
  inventory: ACCOUNT,
};
const CONFIGURE: Record<P0Component, ConfigureItemRequest> = {
  'iam-assessment': { accessAnalyzerArn: `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/main` },
  'iam-write': { login: { type: 'iam', identity: { type: 'email' } } },
  'function-caller': {},
  'access-logs': { cloudLakeArn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:eventdatastore/lake-1` },
  inventory: {},
};

function client(overrides: { token?: string; orgId?: string } = {}): P0Client {
  return new P0Client({
    baseUrl: em.endpoints.p0,
    apiToken: overrides.token ?? em.tokens.p0,
    orgId: overrides.orgId ?? em.ids.p0_org,
    userAgent: 'cloudbridge-test',
    retry: { maxAttempts: 1 },
  });
}

async function raw(method: string, path: string, body?: unknown) {
  const res = await fetch(`${em.endpoints.p0}/o/${em.ids.p0_org}/integrations/aws/config${path}`, {
    method,
    headers: { authorization: `Bearer ${em.tokens.p0}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: text ? (JSON.parse(text) as unknown) : undefined };
}

/** Puts the role the staged metadata asks for into the fake AWS. */
function createRoleFor(accountId: string, role: { roleName: string; trustPolicy: string; inlinePolicy: string; inlinePolicyName: string }): void {
  putFakeRole(em, {
    accountId,
    roleName: role.roleName,
    arn: `arn:aws:iam::${accountId}:role/${role.roleName}`,
    trustPolicy: JSON.parse(role.trustPolicy),
    inlinePolicies: { [role.inlinePolicyName]: JSON.parse(role.inlinePolicy) },
    attachedPolicyArns: [],
  });
}

/** Every documented route, as a client call. */
const ROUTES: readonly [string, (c: P0Client) => Promise<unknown>][] = [
  ['GET config', (c) => c.getConfig()],
  ['POST config', (c) => c.createConfig()],
  ['DELETE config', (c) => c.deleteConfig()],
  ['GET base', (c) => c.getBase(ACCOUNT)],
  ...P0_COMPONENTS.flatMap((component): [string, (c: P0Client) => Promise<unknown>][] => [
    [`GET ${component}`, (c) => c.getItem(component, IDS[component])],
    [`PUT ${component}`, (c) => c.stageItem(component, IDS[component])],
    [`DELETE ${component}`, (c) => c.deleteItem(component, IDS[component])],
    [`POST ${component}/verify`, (c) => c.verifyItem(component, IDS[component])],
    [`POST ${component}/configure`, (c) => c.configureItem(component, IDS[component], CONFIGURE[component])],
  ]),
];
const ITEM_ROUTES = (component: P0Component, id: string): [string, (c: P0Client) => Promise<unknown>][] => [
  ['GET', (c) => c.getItem(component, id)],
  ['DELETE', (c) => c.deleteItem(component, id)],
  ['POST verify', (c) => c.verifyItem(component, id)],
  ['POST configure', (c) => c.configureItem(component, id, CONFIGURE[component])],
];

describe('p0 contract: documented response bodies', () => {
  it('stage, verify and configure answer {"ok": true} only, as on the page; GET carries item and metadata', async () => {
    expect(await raw('POST', '', {})).toEqual({ status: 200, text: '{"ok":true}', json: { ok: true } });
    expect((await raw('PUT', `/iam-write/${ACCOUNT}`, { label: 'prod' })).json).toEqual({ ok: true });
    const got = (await raw('GET', `/iam-write/${ACCOUNT}`)).json as { ok: boolean; item: unknown; metadata: Record<string, string> };
    expect(got.ok).toBe(true);
    expect(got.item).toEqual({ label: 'prod', state: 'stage' });
    expect(Object.keys(got.metadata).sort()).toEqual(['inlinePolicy', 'inlinePolicyName', 'roleName', 'serviceAccountId', 'trustPolicy']);
    createRoleFor(ACCOUNT, got.metadata as never);
    expect(await raw('POST', `/iam-write/${ACCOUNT}/verify`, { state: 'stage' })).toMatchObject({ status: 200, json: { ok: true } });
    expect((await raw('POST', `/iam-write/${ACCOUNT}/verify`, { state: 'stage' })).status).toBe(400);
    const configured = await raw('POST', `/iam-write/${ACCOUNT}/configure`, { state: 'configure', ...CONFIGURE['iam-write'] });
    expect(configured).toEqual({ status: 200, text: '{"ok":true}', json: { ok: true } });
  });

  it('the client still hands back the item after stage, verify and configure (it reads it with GET)', async () => {
    const c = client();
    await c.createConfig();
    const staged = await c.stageItem('iam-assessment', ACCOUNT, { label: 'l' });
    expect(staged.item).toEqual({ label: 'l', state: 'stage' });
    expect(staged.role?.roleName).toEqual(expect.any(String));
    createRoleFor(ACCOUNT, staged.role!);
    expect((await c.verifyItem('iam-assessment', ACCOUNT)).item.state).toBe('configure');
    expect((await c.configureItem('iam-assessment', ACCOUNT, CONFIGURE['iam-assessment'])).item).toEqual({
      label: 'l',
      state: 'installed',
      accessAnalyzerArn: CONFIGURE['iam-assessment'].accessAnalyzerArn,
    });
  });

  it('DELETE of an item and of the config answer 204 with no body; GET base answers {ok, item, metadata: {}}', async () => {
    const c = client();
    await c.createConfig();
    await c.stageItem('inventory', ACCOUNT);
    const base = (await raw('GET', `/base/${ACCOUNT}`)).json as { ok: boolean; item: Record<string, string>; metadata: unknown };
    expect(base).toEqual({
      ok: true,
      item: { state: 'installed', serviceAccountEmail: expect.stringMatching(/@/), serviceAccountId: expect.stringMatching(/^\d{21}$/) },
      metadata: {},
    });
    expect(await raw('DELETE', `/inventory/${ACCOUNT}`)).toEqual({ status: 204, text: '', json: undefined });
    expect(await raw('DELETE', '')).toEqual({ status: 204, text: '', json: undefined });
  });
});

describe('p0 contract: auth and organization on every route', () => {
  it.each(ROUTES)('%s: 401 with a wrong token, in P0 error shape with a request id', async (_name, call) => {
    const err = await apiError(call(client({ token: 'p0-wrong-token' })));
    expect(err.status).toBe(401);
    expect(err.vendorMessage).toBe('Unauthorized: invalid API token');
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each(ROUTES)('%s: 403 for another organization', async (_name, call) => {
    const err = await apiError(call(client({ orgId: 'not-our-org' })));
    expect(err.status).toBe(403);
    expect(err.vendorMessage).toBe('Forbidden: no access to organization "not-our-org"');
  });
});

describe('p0 contract: unknown and malformed item ids', () => {
  beforeEach(async () => {
    await client().createConfig();
  });

  it.each(P0_COMPONENTS.flatMap((component) => ITEM_ROUTES(component, IDS[component]).map(([name, call]) => [`${name} ${component}`, call] as const)))(
    '%s: 404 for an item that was never staged',
    async (_name, call) => {
      const err = await apiError(call(client()));
      expect(err.status).toBe(404);
      expect(err.vendorMessage).toBe('Not found');
    },
  );

  it.each(
    P0_COMPONENTS.flatMap((component) =>
      ITEM_ROUTES(component, component === 'function-caller' ? ACCOUNT : 'arn:aws:lambda:us-east-1:123456789012:function:f').map(
        ([name, call]) => [`${name} ${component}`, call] as const,
      ),
    ),
  )('%s: 400 naming id for an id of the wrong kind', async (_name, call) => {
    const err = await apiError(call(client()));
    expect(err.status).toBe(400);
    expect(err.fieldErrors.map((f) => f.field)).toEqual(['id']);
  });

  it('GET base 404s for an account with no staged item', async () => {
    expect((await apiError(client().getBase('999999999999'))).status).toBe(404);
    expect(await client().findBase('999999999999')).toBeNull();
  });
});

describe('p0 contract: lifecycle of every component', () => {
  it.each(P0_COMPONENTS)('%s: stage → verify → configure → installed; stage again falls back to stage; delete removes it', async (component) => {
    const c = client();
    const id = IDS[component];
    await c.createConfig();
    const staged = await c.stageItem(component, id, { label: 'one' });
    expect(staged.item.state).toBe('stage');
    expect((await c.getBase(ACCOUNT)).state).toBe('installed');
    if (staged.role) createRoleFor(ACCOUNT, staged.role);
    // configure before verify is refused and changes nothing
    expect((await apiError(c.configureItem(component, id, CONFIGURE[component]))).status).toBe(400);
    expect((await c.verifyItem(component, id)).item.state).toBe('configure');
    const installed = await c.configureItem(component, id, CONFIGURE[component]);
    expect(installed.item).toEqual({ label: 'one', state: 'installed', ...CONFIGURE[component] });
    // configure again on an installed item reconfigures it and stays installed
    expect((await c.configureItem(component, id, { ...CONFIGURE[component], label: 'two' })).item).toMatchObject({ label: 'two', state: 'installed' });
    // verify needs an item in stage
    expect((await apiError(c.verifyItem(component, id))).vendorMessage).toBe(`Item ${id} is in state "installed"; verify needs an item in state "stage"`);
    // PUT on an installed item sends it back to stage
    expect((await c.stageItem(component, id, { label: 'three' })).item).toMatchObject({ label: 'three', state: 'stage' });
    expect((await c.verifyItem(component, id)).item.state).toBe('configure');
    expect((await c.getConfig())[component]).toEqual({ [id]: expect.objectContaining({ state: 'configure' }) });
    await c.deleteItem(component, id);
    expect(await c.findItem(component, id)).toBeNull();
    expect(await c.findBase(ACCOUNT)).toBeNull();
    expect(em.state<P0EmulatorState>('p0').components[component]).toEqual({});
  });

  it('every staged item of an account shares one base service account, which trust policies name', async () => {
    const c = client();
    await c.createConfig();
    const a = await c.stageItem('iam-write', ACCOUNT);
    const b = await c.stageItem('function-caller', LAMBDA);
    const base = await c.getBase(ACCOUNT);
    expect(a.role?.serviceAccountId).toBe(base.serviceAccountId);
    expect(b.role?.serviceAccountId).toBe(base.serviceAccountId);
    expect(JSON.parse(a.role!.trustPolicy)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'accounts.google.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'accounts.google.com:aud': base.serviceAccountId } },
        },
      ],
    });
    // The base goes only with the last item of the account.
    await c.deleteItem('iam-write', ACCOUNT);
    expect((await c.getBase(ACCOUNT)).serviceAccountId).toBe(base.serviceAccountId);
  });
});

describe('p0 contract: malformed responses', () => {
  it('a base item without serviceAccountId becomes MalformedResponseError naming the field', async () => {
    const c = client();
    await c.createConfig();
    await c.stageItem('inventory', ACCOUNT);
    (em.state<P0EmulatorState>('p0').base[ACCOUNT] as unknown as { serviceAccountId: unknown }).serviceAccountId = 42;
    const err = await c.getBase(ACCOUNT).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedResponseError);
    expect((err as MalformedResponseError).fieldPath).toBe('item.serviceAccountId');
  });
});

describe('p0 contract: hardening', () => {
  it('an oversized body is a 413 in P0 shape, an unknown route a 404, a wrong method a 405; the server stays up', async () => {
    const big = await raw('PUT', `/inventory/${ACCOUNT}`, { label: 'x'.repeat(1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.json).toEqual({ error: 'Request body exceeds 1048576 bytes' });
    expect(await raw('GET', `/inventory/${ACCOUNT}/nothing`)).toMatchObject({ status: 404, json: { error: expect.any(String) } });
    const method = await raw('PATCH', `/inventory/${ACCOUNT}`, {});
    expect(method.status).toBe(405);
    expect(method.json).toEqual({ error: 'Method PATCH not allowed' });
    await client().createConfig();
    expect((await client().getConfig()).inventory).toEqual({});
  });
});

describe('p0 contract: root configuration', () => {
  it('a second POST is a 400 (the page documents 200 and 400 only); ensureConfig reads first and never depends on it', async () => {
    const c = client();
    expect(await c.ensureConfig()).toBe('created');
    const second = await raw('POST', '', {});
    expect(second).toEqual({ status: 400, text: expect.any(String), json: { error: 'The AWS integration is already configured' } });
    const before = em.requestCounts()['p0'] ?? {};
    expect(await c.ensureConfig()).toBe('existed');
    const after = em.requestCounts()['p0'] ?? {};
    expect((after['POST /o/:orgId/integrations/aws/config'] ?? 0) - (before['POST /o/:orgId/integrations/aws/config'] ?? 0)).toBe(0);
    expect((after['GET /o/:orgId/integrations/aws/config'] ?? 0) - (before['GET /o/:orgId/integrations/aws/config'] ?? 0)).toBe(1);
  });

  it('ensureConfig counts a refused POST as existing when the configuration is there (created meanwhile)', async () => {
    const c = client();
    // The read says "absent", then someone else creates it before our POST lands.
    em.addFault({ vendor: 'p0', method: 'GET', path: `/o/${em.ids.p0_org}/integrations/aws/config`, status: 404, message: 'Not found', times: 1 });
    await client().createConfig();
    expect(await c.ensureConfig()).toBe('existed');
    // Our POST was sent and refused: one by createConfig, one by ensureConfig.
    expect(em.requestCounts()['p0']?.['POST /o/:orgId/integrations/aws/config']).toBe(2);
  });

  it('GET config is 404 before creation and after DELETE; stage needs it (400)', async () => {
    const c = client();
    expect(await c.findConfig()).toBeNull();
    const err = await apiError(c.stageItem('inventory', ACCOUNT));
    expect([err.status, err.vendorMessage]).toEqual([400, 'The AWS integration is not configured; create it first with POST /o/{orgId}/integrations/aws/config']);
    await c.createConfig();
    await c.deleteConfig();
    expect(await c.findConfig()).toBeNull();
  });
});

describe('p0 contract: stage body', () => {
  it('carries label and awsPartition only: other keys are refused with field errors, and nothing is staged', async () => {
    await client().createConfig();
    const res = await raw('PUT', `/iam-write/${ACCOUNT}`, { label: 'prod', partition: 'aws-us-gov', state: 'installed' });
    expect(res).toEqual({
      status: 400,
      text: expect.any(String),
      json: {
        error: 'partition is not a field of a stage body; state is not a field of a stage body',
        fieldErrors: [
          { field: 'partition', message: 'is not a field of a stage body' },
          { field: 'state', message: 'is not a field of a stage body' },
        ],
      },
    });
    expect(await client().findItem('iam-write', ACCOUNT)).toBeNull();
    expect(await client().findBase(ACCOUNT)).toBeNull();
    expect((await client().stageItem('iam-write', ACCOUNT, { label: 'prod', awsPartition: 'aws-us-gov' })).item).toEqual({
      label: 'prod',
      state: 'stage',
      awsPartition: 'aws-us-gov',
    });
  });
});
