/**
 * Contract tests for the emulated Qtangl cloud integrations API, driven through
 * QtanglClient against the real emulator core (in process) on a fake clock,
 * with a small AWS module whose roles the tests set directly.
 */
import { FakeClock } from '../../src/emulator/clock';
import { apiModule } from '../../src/emulator/types';
import type { EmulatorIdentities } from '../../src/emulator/types';
import { MalformedResponseError } from '../../src/http/errors';
import { QtanglClient } from '../../src/vendors/qtangl/client';
import { qtanglEmulator, type QtanglEmulatorState } from '../../src/vendors/qtangl/emulator';
import { QTANGL_AWS_ACCOUNT_ID, QTANGL_AWS_PRINCIPAL_ARN } from '../../src/vendors/qtangl/emulator-assumptions';
import { withEmulator, apiError, fakeAwsRoles, putFakeRole } from '../support/emulator';

const KEYS = { viewer: 'qt-viewer-key-000', operator: 'qt-operator-key-000', admin: 'qt-admin-key-000' };
const identities: EmulatorIdentities = {
  tokens: { p0: 'p', cloudflare: 'c', northflank: 'n', avisi: 'a', qtangl: KEYS },
  ids: { p0_org: 'org', cloudflare_account: '0'.repeat(32), avisi_organisation: 'org' },
};


const T0 = Date.UTC(2025, 3, 1, 9, 0, 0);
const clock = new FakeClock(T0);
const em = withEmulator({ modules: [apiModule(qtanglEmulator), apiModule(fakeAwsRoles())], identities, clock, resetBeforeEach: true });
beforeEach(() => clock.set(T0));

function client(key: string = KEYS.admin): QtanglClient {
  return new QtanglClient({ baseUrl: em.endpoints.qtangl, apiKey: key, userAgent: 'cloudbridge-test', retry: { maxAttempts: 1 } });
}

async function raw(method: string, pathAndQuery: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; json: unknown; headers: Headers }> {
  const res = await fetch(`${em.endpoints.qtangl}${pathAndQuery}`, { method, headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, json: await res.json(), headers: res.headers };
}

const ROLE_ARN = 'arn:aws:iam::123456789012:role/QtanglReadOnly';
function putRole(principal: string, externalId?: string): void {
  putFakeRole(em, {
    accountId: '123456789012',
    roleName: 'QtanglReadOnly',
    arn: ROLE_ARN,
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: principal },
          Action: 'sts:AssumeRole',
          ...(externalId ? { Condition: { StringEquals: { 'sts:ExternalId': externalId } } } : {}),
        },
      ],
    },
    inlinePolicies: {},
    attachedPolicyArns: [],
  });
}

describe('qtangl emulator: upsert, list, test', () => {
  it('upserts one row per provider, echoing externalId but dropping secret keys', async () => {
    const aws = await client().upsertIntegration('aws', { region: 'us-east-1', roleArn: ROLE_ARN, externalId: 'qt-ext-marker' });
    expect(aws).toEqual({
      id: expect.stringMatching(/^ci_aws_[0-9a-f]{12}$/),
      tenant: expect.stringMatching(/^tnt_/),
      provider: 'aws',
      status: 'active',
      region: 'us-east-1',
      roleArn: ROLE_ARN,
      externalId: 'qt-ext-marker',
      createdAt: '2025-04-01T09:00:00.000Z',
      updatedAt: '2025-04-01T09:00:00.000Z',
    });
    const azure = await client().upsertIntegration('azure', { tenantId: 'tenant-1', clientId: 'client-1', clientSecret: 'qt-client-secret-marker', vaultName: 'kv1' });
    expect(azure).not.toHaveProperty('clientSecret');
    expect(azure).toMatchObject({ provider: 'azure', tenantId: 'tenant-1', clientId: 'client-1', vaultName: 'kv1', status: 'active' });
    const gcp = await client().upsertIntegration('gcp', { projectId: 'p1', credentialsJson: '{"type":"service_account"}' });
    expect(gcp.credentialsJson).toBe('{"type":"service_account"}');
    const k8s = await client().upsertIntegration('kubernetes', { kubeconfigJson: '{"apiVersion":"v1"}', namespace: 'prod', context: 'ctx' });
    expect(k8s).toMatchObject({ kubeconfigJson: '{"apiVersion":"v1"}', namespace: 'prod', context: 'ctx' });

    const rows = await client(KEYS.viewer).listIntegrations();
    expect(rows.map((r) => r.provider)).toEqual(['aws', 'azure', 'gcp', 'kubernetes']);
    expect(JSON.stringify(rows)).not.toContain('qt-client-secret-marker');
  });

  it('replaces the row on a second upsert, keeping id and createdAt', async () => {
    const first = await client().upsertIntegration('aws', { region: 'us-east-1', roleArn: ROLE_ARN, externalId: 'e1' });
    clock.advance(5_000);
    const second = await client(KEYS.operator).upsertIntegration('aws', { roleArn: ROLE_ARN });
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt).toBe('2025-04-01T09:00:05.000Z');
    expect(second).not.toHaveProperty('region');
    expect(second).not.toHaveProperty('externalId');
    expect(Object.keys(em.state<QtanglEmulatorState>('qtangl').rows)).toEqual(['aws']);
  });

  it('finds a row through the list, or null', async () => {
    await client().upsertIntegration('kubernetes', { kubeconfigJson: '{}' });
    expect((await client().findIntegration('kubernetes'))?.provider).toBe('kubernetes');
    expect(await client().findIntegration('gcp')).toBeNull();
  });

  it('tests an aws row: passes with a role that trusts Qtangl with the external id', async () => {
    putRole(QTANGL_AWS_PRINCIPAL_ARN, 'e1');
    await client().upsertIntegration('aws', { roleArn: ROLE_ARN, externalId: 'e1' });
    clock.advance(1_000);
    const result = await client().testIntegration('aws');
    expect(result).toMatchObject({ ok: true, message: 'Connection test succeeded', integration: { status: 'active', lastTestedAt: '2025-04-01T09:00:01.000Z' } });
  });

  it('a failing test turns the row disabled with the message; a new upsert makes it active', async () => {
    putRole('arn:aws:iam::111111111111:root', 'e1');
    await client().upsertIntegration('aws', { roleArn: ROLE_ARN, externalId: 'e1' });
    const result = await client().testIntegration('aws');
    const message = `AWS connection test failed: Qtangl (account ${QTANGL_AWS_ACCOUNT_ID}) could not assume ${ROLE_ARN}; check the role's trust policy and external id`;
    expect(result).toMatchObject({ ok: false, message, integration: { status: 'disabled', statusMessage: message } });
    expect((await client().findIntegration('aws'))?.status).toBe('disabled');
    expect((await client().upsertIntegration('aws', { roleArn: ROLE_ARN, externalId: 'e1' })).status).toBe('active');
  });

  it('fails the next test with the message a test sets in state', async () => {
    await client().upsertIntegration('azure', { tenantId: 't', clientId: 'c', clientSecret: 's' });
    em.state<QtanglEmulatorState>('qtangl').rows.azure!.testFailure = 'AADSTS7000215: Invalid client secret provided.';
    expect(await client().testIntegration('azure')).toMatchObject({ ok: false, message: 'AADSTS7000215: Invalid client secret provided.' });
    expect(await client().testIntegration('azure')).toMatchObject({ ok: true, integration: { status: 'active' } });
  });

  it('answers 404 when testing a provider without a row', async () => {
    const err = await apiError(client().testIntegration('gcp'));
    expect(err.status).toBe(404);
    expect(err.vendorMessage).toBe('No gcp cloud integration for this tenant');
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('qtangl emulator: validation (422 with field errors in detail)', () => {
  it('needs each provider\'s fields and refuses fields of other providers', async () => {
    const err = await apiError(client().upsertIntegration('azure', { clientId: 'c', roleArn: ROLE_ARN }));
    expect(err.status).toBe(422);
    expect(err.fieldErrors).toEqual([
      { field: 'roleArn', message: 'field does not apply to provider azure' },
      { field: 'tenantId', message: 'field required for provider azure' },
      { field: 'clientSecret', message: 'field required for provider azure' },
    ]);
  });

  it('refuses unknown keys, wrong types, bad role ARNs and unknown providers', async () => {
    const res = await raw('POST', '/tenant/integrations/cloud/aws', { authorization: `Bearer ${KEYS.admin}` }, JSON.stringify({ roleArn: 'role/x', region: 5, color: 'red' }));
    expect(res.status).toBe(422);
    expect(res.json).toEqual({
      detail: [
        { loc: ['body', 'region'], msg: 'str type expected', type: 'type_error.str' },
        { loc: ['body', 'color'], msg: 'extra fields not permitted', type: 'value_error.extra' },
        { loc: ['body', 'roleArn'], msg: 'not a valid IAM role ARN', type: 'value_error.arn' },
      ],
      requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const provider = await raw('POST', '/tenant/integrations/cloud/oracle', { authorization: `Bearer ${KEYS.admin}` }, '{}');
    expect(provider.status).toBe(422);
    expect(provider.json).toMatchObject({ detail: [{ loc: ['path', 'provider'] }] });
    const badJson = await raw('POST', '/tenant/integrations/cloud/aws', { authorization: `Bearer ${KEYS.admin}` }, '{oops');
    expect(badJson.status).toBe(422);
    expect(badJson.json).toMatchObject({ detail: [{ loc: ['body'], msg: 'Invalid JSON body' }] });
  });
});

describe('qtangl emulator: auth, roles, rate limit, errors', () => {
  it('accepts the key as Bearer, x-api-key or the api_key query parameter, else 401', async () => {
    expect((await raw('GET', '/tenant/integrations/cloud', { authorization: `Bearer ${KEYS.viewer}` })).status).toBe(200);
    expect((await raw('GET', '/tenant/integrations/cloud', { 'x-api-key': KEYS.viewer })).status).toBe(200);
    expect((await raw('GET', `/tenant/integrations/cloud?api_key=${KEYS.viewer}`)).status).toBe(200);
    const missing = await raw('GET', '/tenant/integrations/cloud');
    expect(missing).toMatchObject({ status: 401, json: { detail: 'Unauthorized: missing API key (send Authorization: Bearer <key> or x-api-key)' } });
    const err = await apiError(client('not-a-key').listIntegrations());
    expect(err.status).toBe(401);
    expect(err.vendorMessage).toBe('Unauthorized: invalid API key');
  });

  it('answers 403 naming the role needed when a viewer writes', async () => {
    for (const call of [client(KEYS.viewer).upsertIntegration('kubernetes', { kubeconfigJson: '{}' }), client(KEYS.viewer).testIntegration('aws')]) {
      const err = await apiError(call);
      expect(err.status).toBe(403);
      expect(err.vendorMessage).toBe('Forbidden: this action requires the operator or admin role; the API key has the viewer role');
    }
    expect(em.state<QtanglEmulatorState>('qtangl').rows).toEqual({});
  });

  it('allows 300 requests per minute per key, then 429 with Retry-After', async () => {
    for (let i = 0; i < 300; i++) {
      const res = await fetch(`${em.endpoints.qtangl}/tenant/integrations/cloud`, { headers: { 'x-api-key': KEYS.viewer } });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    clock.advance(15_000);
    const limited = await raw('GET', '/tenant/integrations/cloud', { 'x-api-key': KEYS.viewer });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect(limited.json).toEqual({ detail: 'Rate limit exceeded: 300 requests per minute per API key; retry after 45 s', requestId: expect.any(String) });
    // Another key has its own budget.
    expect((await raw('GET', '/tenant/integrations/cloud', { 'x-api-key': KEYS.operator })).status).toBe(200);
    clock.advance(45_000);
    expect((await raw('GET', '/tenant/integrations/cloud', { 'x-api-key': KEYS.viewer })).status).toBe(200);
  });

  it('carries the requestId of 500 and 503 answers into the error', async () => {
    em.addFault({ vendor: 'qtangl', method: 'GET', path: '/tenant/integrations/cloud', status: 500, message: 'Internal server error' });
    const err = await apiError(client().listIntegrations());
    expect(err.status).toBe(500);
    expect(err.vendorMessage).toBe('Internal server error');
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
    em.addFault({ vendor: 'qtangl', method: 'GET', path: '/tenant/integrations/cloud', status: 503, message: 'Persistence disabled' });
    expect((await apiError(client().listIntegrations())).status).toBe(503);
  });

  it('answers unknown routes with 404 in its shape, and a malformed row becomes MalformedResponseError', async () => {
    expect(await raw('DELETE', '/tenant/integrations/cloud/aws', { authorization: `Bearer ${KEYS.admin}` })).toMatchObject({ status: 405 });
    expect(await raw('GET', '/tenant/nothing', { authorization: `Bearer ${KEYS.admin}` })).toMatchObject({ status: 404, json: { detail: expect.any(String) } });
    await client().upsertIntegration('kubernetes', { kubeconfigJson: '{}' });
    (em.state<QtanglEmulatorState>('qtangl').rows.kubernetes as { status: unknown }).status = 7;
    await expect(client().listIntegrations()).rejects.toThrow(MalformedResponseError);
    await expect(client().listIntegrations()).rejects.toMatchObject({ fieldPath: 'integrations[0].status' });
  });
});
