/**
 * Contract tests for the emulated Northflank cloud provider integrations API,
 * driven through NorthflankClient against the real emulator core (in process),
 * with a small AWS module whose roles the tests set directly.
 */
import { FakeClock } from '../../src/emulator/clock';
import type { EmulatorIdentities } from '../../src/emulator/types';
import { apiModule } from '../../src/emulator/types';
import { MalformedResponseError, OutcomeUnknownError } from '../../src/http/errors';
import { NorthflankClient, type CreateIntegrationRequest } from '../../src/vendors/northflank/client';
import { northflankEmulator, type NorthflankEmulatorState } from '../../src/vendors/northflank/emulator';
import { NORTHFLANK_AWS_ACCOUNT_ID, NORTHFLANK_AWS_PRINCIPAL_ARN } from '../../src/vendors/northflank/emulator-assumptions';
import { withEmulator, apiError, fakeAwsRoles, putFakeRole } from '../support/emulator';

const TOKEN = 'nf-test-token-0123456789';
const identities: EmulatorIdentities = {
  tokens: { p0: 'p', cloudflare: 'c', northflank: TOKEN, avisi: 'a', qtangl: { viewer: 'v', operator: 'o', admin: 'ad' } },
  ids: { p0_org: 'org', cloudflare_account: '0'.repeat(32), avisi_organisation: 'org' },
};


const clock = new FakeClock(Date.UTC(2025, 2, 1, 12, 0, 0));
const em = withEmulator({ modules: [apiModule(northflankEmulator), apiModule(fakeAwsRoles())], identities, clock, resetBeforeEach: true });

function client(token = TOKEN, retry = { maxAttempts: 1 }): NorthflankClient {
  return new NorthflankClient({ baseUrl: em.endpoints.northflank, apiToken: token, userAgent: 'cloudbridge-test', retry });
}

const ROLE_ARN = 'arn:aws:iam::123456789012:role/northflank-byoc';
function trustPolicy(principal: string, externalId: string): unknown {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': externalId } } }],
  };
}
function putRole(policy: unknown): void {
  putFakeRole(em, {
    accountId: '123456789012',
    roleName: 'northflank-byoc',
    arn: ROLE_ARN,
    trustPolicy: policy,
    inlinePolicies: {},
    attachedPolicyArns: [],
  });
}

const awsKeys: CreateIntegrationRequest = {
  name: 'Example Integration',
  description: 'This is a new cloud provider integration.',
  provider: 'aws',
  features: ['byoc', 'route53'],
  aws: { authenticationMode: 'accessKey' },
  credentials: { accessKey: 'AKIAEXAMPLE', secretKey: 'nf-secret-key-marker' },
};

async function raw(method: string, path: string, body?: string, token = TOKEN): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${em.endpoints.northflank}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  return { status: res.status, json: await res.json() };
}

describe('northflank emulator: create, read, update, list, delete', () => {
  it('creates with the slug of the name as id, echoing only the non-secret credentials', async () => {
    const created = await client().createIntegration(awsKeys);
    expect(created).toEqual({
      id: 'example-integration',
      name: 'Example Integration',
      description: 'This is a new cloud provider integration.',
      provider: 'aws',
      features: ['byoc', 'route53'],
      aws: { authenticationMode: 'accessKey' },
      // The page's response schema (and the official client) mark `credentials` required.
      credentials: { accessKey: 'AKIAEXAMPLE' },
      createdAt: '2025-03-01T12:00:00.000Z',
    });
    const read = await client().getIntegration('example-integration');
    expect(read).toEqual(created);
    expect(JSON.stringify(read)).not.toContain('nf-secret-key-marker');
    const state = em.state<NorthflankEmulatorState>('northflank');
    expect(state.integrations['example-integration']!.credentialKeys).toEqual(['accessKey', 'secretKey']);
    expect(state.integrations['example-integration']!.publicCredentials).toEqual({ accessKey: 'AKIAEXAMPLE' });
    expect(JSON.stringify(state)).not.toContain('nf-secret-key-marker');
  });

  it('defaults aws.authenticationMode to accessKey', async () => {
    const created = await client().createIntegration({ ...awsKeys, aws: {} });
    expect(created.aws).toEqual({ authenticationMode: 'accessKey' });
  });

  it('answers 409 for a second integration with the same slug', async () => {
    await client().createIntegration(awsKeys);
    const err = await apiError(client().createIntegration({ ...awsKeys, name: 'example-integration' }));
    expect(err.status).toBe(409);
    expect(err.vendorMessage).toBe('A cloud provider integration with id example-integration already exists');
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('updates description and credentials by POST on the id', async () => {
    await client().createIntegration(awsKeys);
    const updated = await client().updateIntegration('example-integration', {
      description: 'Rotated keys',
      credentials: { accessKey: 'AKIANEW', secretKey: 'nf-rotated-marker' },
    });
    expect(updated.description).toBe('Rotated keys');
    expect(updated.name).toBe('Example Integration');
    expect(em.state<NorthflankEmulatorState>('northflank').integrations['example-integration']!.publicCredentials).toEqual({ accessKey: 'AKIANEW' });
  });

  it('refuses fields the update body does not have', async () => {
    await client().createIntegration(awsKeys);
    const res = await raw('POST', '/v1/cloud-providers/integrations/example-integration', JSON.stringify({ features: ['byoc'], name: 'Other' }));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error: {
        status: 400,
        message: 'Data failed validation',
        id: expect.any(String),
        details: { features: ['"features" is not allowed'], name: ['"name" is not allowed'] },
      },
    });
  });

  it('validates update credentials against the provider of the record', async () => {
    await client().createIntegration(awsKeys);
    const err = await apiError(client().updateIntegration('example-integration', { credentials: { accessKey: 'AKIA' } }));
    expect(err.status).toBe(400);
    expect(err.fieldErrors).toEqual([{ field: 'credentials.secretKey', message: '"credentials.secretKey" is required for provider aws with authenticationMode accessKey' }]);
  });

  it('answers 404 for unknown ids on read, update and delete', async () => {
    for (const call of [
      client().getIntegration('nope'),
      client().updateIntegration('nope', { description: 'x y' }),
      client().deleteIntegration('nope'),
    ]) {
      const err = await apiError(call);
      expect(err.status).toBe(404);
      expect(err.vendorMessage).toBe('Cloud provider integration nope not found');
    }
    expect(await client().findIntegration('nope')).toBeNull();
  });

  it('deletes, and refuses while clusters use the integration', async () => {
    await client().createIntegration(awsKeys);
    em.state<NorthflankEmulatorState>('northflank').integrations['example-integration']!.clusters = ['prod-eu', 'prod-us'];
    const err = await apiError(client().deleteIntegration('example-integration'));
    expect(err.status).toBe(409);
    expect(err.vendorMessage).toBe('Cloud provider integration example-integration is in use by 2 cluster(s) (prod-eu, prod-us); delete them first');
    em.state<NorthflankEmulatorState>('northflank').integrations['example-integration']!.clusters = [];
    await client().deleteIntegration('example-integration');
    expect(await client().findIntegration('example-integration')).toBeNull();
  });

  it('lists every integration across cursor pages', async () => {
    const names = ['Alpha One', 'Bravo Two', 'Charlie Three', 'Delta Four', 'Echo Five'];
    for (const name of names) await client().createIntegration({ name, provider: 'civo', credentials: { apiKey: 'civo-key' } });
    const first = await raw('GET', '/v1/cloud-providers/integrations?per_page=2');
    expect(first.json).toMatchObject({ pagination: { hasNextPage: true, count: 2 } });
    const all = await client().listIntegrations({ perPage: 2 });
    expect(all.map((i) => i.id)).toEqual(['alpha-one', 'bravo-two', 'charlie-three', 'delta-four', 'echo-five']);
    const bad = await raw('GET', '/v1/cloud-providers/integrations?per_page=101');
    expect(bad.status).toBe(400);
  });
});

describe('northflank emulator: validation', () => {
  it.each([
    ['ab', '"name" length must be at least 3 characters long'],
    ['a'.repeat(40), '"name" length must be less than or equal to 39 characters long'],
    ['9lives', '"name" fails to match the required pattern: ^[a-zA-Z]((-|\\s)?[a-zA-Z0-9]+((-|\\s)[a-zA-Z0-9]+)*)?$'],
    ['double--dash', '"name" fails to match the required pattern: ^[a-zA-Z]((-|\\s)?[a-zA-Z0-9]+((-|\\s)[a-zA-Z0-9]+)*)?$'],
  ])('refuses the name %j', async (name, message) => {
    const err = await apiError(client().createIntegration({ ...awsKeys, name }));
    expect(err.status).toBe(400);
    expect(err.fieldErrors).toEqual([{ field: 'name', message }]);
  });

  it('refuses a description that is too long or off pattern', async () => {
    const long = await apiError(client().createIntegration({ ...awsKeys, description: 'x'.repeat(201) }));
    expect(long.fieldErrors).toEqual([{ field: 'description', message: '"description" length must be less than or equal to 200 characters long' }]);
    const pattern = await apiError(client().createIntegration({ ...awsKeys, description: 'emoji {braces}' }));
    expect(pattern.fieldErrors[0]!.field).toBe('description');
    expect(pattern.fieldErrors[0]!.message).toMatch(/^"description" fails to match the required pattern/);
  });

  it('refuses unknown providers, features and authentication modes', async () => {
    const body = { ...awsKeys, provider: 'hetzner', features: ['byoc', 'teleport'], aws: { authenticationMode: 'password' } } as unknown as CreateIntegrationRequest;
    const err = await apiError(client().createIntegration(body));
    expect(err.fieldErrors).toEqual([
      { field: 'provider', message: '"provider" must be one of [aws, azure, civo, gcp, oci, byok, cloudflare, coreweave, aiven, backblaze, akamai]' },
      {
        field: 'features[1]',
        message:
          '"features[1]" must be one of [byoc, byoc-static-egress, byoc-custom-vpc, cloudfront, self-hosted-registry, route53, self-hosted-logs-metrics, docker-registry-credential, ' +
          'byoc-custom-launch-templates, byoc-logs, registry-pull, registry-push, opentofu, workload-identity]',
      },
      { field: 'aws.authenticationMode', message: '"aws.authenticationMode" must be one of [accessKey, crossAccountRole]' },
    ]);
  });

  it.each([
    ['aws', { aws: { authenticationMode: 'crossAccountRole' as const } }, { roleArn: ROLE_ARN }, [['credentials.externalId', 'is required for provider aws with authenticationMode crossAccountRole']]],
    ['gcp', { gcp: { projectId: 'proj-1' } }, {}, [['credentials.keyfileJson', 'is required for provider gcp with authenticationMode accessKey']]],
    ['azure', {}, { tenantId: 't', clientId: 'c' }, [['credentials.secret', 'is required for provider azure'], ['credentials.subscriptionId', 'is required for provider azure']]],
    ['civo', {}, { accessKey: 'x' }, [['credentials.accessKey', 'is not allowed for provider civo'], ['credentials.apiKey', 'is required for provider civo']]],
    [
      'oci',
      {},
      { tenancyId: 't', userId: 'u', fingerprint: 'f', privateKey: 'k', passphrase: 'p', compartmentId: 'c' },
      [['credentials.region', 'is required for provider oci']],
    ],
  ] as const)('validates %s credentials per provider', async (provider, extra, credentials, expected) => {
    const err = await apiError(client().createIntegration({ name: 'Per Provider', provider, credentials, ...extra }));
    expect(err.status).toBe(400);
    expect(err.fieldErrors).toEqual(expected.map(([field, rest]) => ({ field, message: `"${field}" ${rest}` })));
  });

  it('needs the aws object for aws and the gcp object for gcp, and refuses them elsewhere', async () => {
    const noAws = await apiError(client().createIntegration({ ...awsKeys, aws: undefined }));
    expect(noAws.fieldErrors).toContainEqual({ field: 'aws', message: '"aws" is required when provider is aws' });
    const civoWithGcp = await apiError(client().createIntegration({ name: 'Civo One', provider: 'civo', credentials: { apiKey: 'k' }, gcp: { projectId: 'p' } }));
    expect(civoWithGcp.fieldErrors).toEqual([{ field: 'gcp', message: '"gcp" is not allowed when provider is civo' }]);
    const gcpRole = await apiError(client().createIntegration({ name: 'Gcp Role', provider: 'gcp', credentials: {}, gcp: { projectId: 'p', authenticationMode: 'crossAccountRole' } }));
    expect(gcpRole.fieldErrors).toEqual([
      { field: 'gcp.serviceAccountEmail', message: '"gcp.serviceAccountEmail" is required when gcp.authenticationMode is crossAccountRole' },
    ]);
  });

  it('accepts byok without credentials and azure with objectId', async () => {
    expect((await client().createIntegration({ name: 'Bring Key', provider: 'byok', credentials: {} })).id).toBe('bring-key');
    const azure = await client().createIntegration({
      name: 'Azure Main',
      provider: 'azure',
      credentials: { tenantId: 't', clientId: 'c', objectId: 'o', secret: 's', subscriptionId: 'sub' },
    });
    expect(azure).toMatchObject({ id: 'azure-main', provider: 'azure', features: [] });
  });
});

describe('northflank emulator: cross-account role check', () => {
  const roleBody: CreateIntegrationRequest = {
    name: 'Cross Account',
    provider: 'aws',
    aws: { authenticationMode: 'crossAccountRole' },
    credentials: { roleArn: ROLE_ARN, externalId: 'ext-123' },
  };

  it('shows its AWS principal in the state', () => {
    expect(em.state<NorthflankEmulatorState>('northflank').awsPrincipal).toEqual({ accountId: NORTHFLANK_AWS_ACCOUNT_ID, arn: NORTHFLANK_AWS_PRINCIPAL_ARN });
  });

  it('accepts a role that trusts Northflank with the external id', async () => {
    putRole(trustPolicy(NORTHFLANK_AWS_PRINCIPAL_ARN, 'ext-123'));
    const created = await client().createIntegration(roleBody);
    expect(created.aws).toEqual({ authenticationMode: 'crossAccountRole' });
    expect(em.state<NorthflankEmulatorState>('northflank').integrations['cross-account']!.publicCredentials).toEqual({ roleArn: ROLE_ARN });
  });

  it.each([
    ['a missing role', undefined],
    ['a role trusting another account', trustPolicy('arn:aws:iam::111111111111:root', 'ext-123')],
    ['a role with another external id', trustPolicy(NORTHFLANK_AWS_ACCOUNT_ID, 'other')],
  ])('refuses %s', async (_label, policy) => {
    if (policy) putRole(policy);
    const err = await apiError(client().createIntegration(roleBody));
    expect(err.status).toBe(400);
    expect(err.vendorMessage).toBe(
      `Unable to assume role ${ROLE_ARN}: the role must exist and trust Northflank's AWS account ${NORTHFLANK_AWS_ACCOUNT_ID} with the condition sts:ExternalId equal to credentials.externalId`,
    );
    expect(await client().findIntegration('cross-account')).toBeNull();
  });

  it('checks the role again when credentials are updated', async () => {
    putRole(trustPolicy(NORTHFLANK_AWS_PRINCIPAL_ARN, 'ext-123'));
    await client().createIntegration(roleBody);
    const err = await apiError(client().updateIntegration('cross-account', { credentials: { roleArn: ROLE_ARN, externalId: 'ext-999' } }));
    expect(err.status).toBe(400);
  });
});

describe('northflank emulator: auth, hardening, client errors', () => {
  it('answers 401 without a valid token', async () => {
    const err = await apiError(client('wrong-token').listIntegrations());
    expect(err.status).toBe(401);
    expect(err.vendorMessage).toBe('Invalid API token');
    const res = await fetch(`${em.endpoints.northflank}/v1/cloud-providers/integrations`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { status: 401, message: 'Missing API token: send Authorization: Bearer <token>', id: expect.any(String) } });
  });

  it('answers malformed JSON, non-objects and unknown routes in its error shape', async () => {
    expect(await raw('POST', '/v1/cloud-providers/integrations', '{nope')).toEqual({
      status: 400,
      json: { error: { status: 400, message: 'Request body is not valid JSON', id: expect.any(String) } },
    });
    expect((await raw('POST', '/v1/cloud-providers/integrations', '[1]')).status).toBe(400);
    const unknown = await raw('GET', '/v1/cloud-providers/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { status: 404 } });
  });

  it('turns a malformed response into MalformedResponseError naming the field', async () => {
    await client().createIntegration(awsKeys);
    em.state<NorthflankEmulatorState>('northflank').integrations['example-integration'] = {
      ...em.state<NorthflankEmulatorState>('northflank').integrations['example-integration']!,
      provider: 'digitalocean' as never,
    };
    await expect(client().getIntegration('example-integration')).rejects.toThrow(MalformedResponseError);
    await expect(client().getIntegration('example-integration')).rejects.toMatchObject({ fieldPath: 'data.provider' });
  });

  it('never repeats a create whose outcome is unknown: it reports it (the resource proves what it made)', async () => {
    // A reset once the emulator has the request: the client cannot know whether it was applied.
    em.addFault({ vendor: 'northflank', method: 'POST', path: '/v1/cloud-providers/integrations', reset: true, times: 1 });
    await expect(client(TOKEN, { maxAttempts: 3 }).createIntegration(awsKeys)).rejects.toThrow(OutcomeUnknownError);
    const counts = em.requestCounts()['northflank']!;
    expect(counts['POST /v1/cloud-providers/integrations']).toBe(1);
    expect(counts['GET /v1/cloud-providers/integrations/:integrationId']).toBeUndefined();
  });
});
