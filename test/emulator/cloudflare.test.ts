/**
 * Contract tests for the emulated Cloudflare Magic Cloud Networking API,
 * driven through CloudflareClient against a real in-process emulator.
 */
import { ApiError, MalformedResponseError } from '../../src/http/errors';
import { CloudflareClient, type CloudIntegration } from '../../src/vendors/cloudflare/client';
import {
  DISCOVERY_DURATION_MS,
  EMULATED_CLOUDFLARE_AWS_PRINCIPAL,
  awsAssumeRoleRejectedMessage,
} from '../../src/vendors/cloudflare/emulator-assumptions';
import { FakeClock, startEmulator, type RunningEmulator } from '../../src/emulator/server';
import { tokenOf, type EmulatedApiModule } from '../../src/emulator/types';
import { closeHttpPools } from '../../src/http/client';
import { cloudflareEmulator, type CloudflareEmulatorState } from '../../src/vendors/cloudflare/emulator';
import { DiscoveryFailedError, runDiscoveryUntilSucceeded } from '../../src/vendors/cloudflare/discovery';
import { fakeAwsRoles, putFakeRole } from '../support/emulator';


let emulator: RunningEmulator;
const clock = new FakeClock();
const env = {
  get endpoint(): string {
    return emulator.endpoints.cloudflare;
  },
  get token(): string {
    return tokenOf(emulator.identities, 'cloudflare');
  },
  get accountId(): string {
    return emulator.ids.cloudflare_account;
  },
  client(overrides: { apiToken?: string; accountId?: string } = {}): CloudflareClient {
    return new CloudflareClient({
      baseUrl: emulator.endpoints.cloudflare,
      apiToken: overrides.apiToken ?? tokenOf(emulator.identities, 'cloudflare'),
      accountId: overrides.accountId ?? emulator.ids.cloudflare_account,
      userAgent: 'cloudbridge-test',
      retry: { maxAttempts: 1 },
    });
  },
  reset: () => emulator.reset(),
  advance: async (ms: number): Promise<void> => clock.advance(ms),
  putRole: async (accountId: string, roleName: string, trustPolicy: unknown): Promise<void> => {
    const arn = `arn:aws:iam::${accountId}:role/${roleName}`;
    putFakeRole(emulator, { accountId, roleName, arn, trustPolicy, inlinePolicies: {}, attachedPolicyArns: [] });
  },
};
let client: CloudflareClient;

beforeAll(async () => {
  emulator = await startEmulator({ clock, modules: [cloudflareEmulator, fakeAwsRoles()] as EmulatedApiModule<unknown>[] });
  client = env.client();
});
afterAll(async () => {
  await emulator.close();
  await closeHttpPools();
});

async function rawFetch(method: string, path: string, init: { body?: string; token?: string | null; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.token !== null) headers['authorization'] = `Bearer ${init.token ?? env.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${env.endpoint}${path}`, { method, headers, body: init.body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

function providersPath(accountId = env.accountId): string {
  return `/accounts/${accountId}/magic/cloud/providers`;
}

async function expectApiError(promise: Promise<unknown>, status: number, messagePart: string): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    const apiError = err as ApiError;
    expect(apiError.status).toBe(status);
    expect(apiError.message).toContain(messagePart);
    return apiError;
  }
  throw new Error(`expected an ApiError ${status}`);
}

async function createAws(name = 'aws-one'): Promise<CloudIntegration> {
  return client.createIntegration({ cloud_type: 'AWS', friendly_name: name, description: 'test' });
}

function externalIdOf(trustPolicyJson: string): string {
  const doc = JSON.parse(trustPolicyJson) as { Statement: { Condition: { StringEquals: Record<string, string> } }[] };
  return doc.Statement[0]!.Condition.StringEquals['sts:ExternalId']!;
}

describe('create', () => {
  it('answers 201 with a PENDING_SETUP integration and the envelope', async () => {
    const res = await rawFetch('POST', providersPath(), {
      body: JSON.stringify({ cloud_type: 'AWS', friendly_name: 'raw', description: 'd' }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ success: true, errors: [], messages: [] });
    const result = res.body!['result'] as Record<string, unknown>;
    expect(result).toMatchObject({
      cloud_type: 'AWS',
      friendly_name: 'raw',
      description: 'd',
      lifecycle_state: 'PENDING_SETUP',
      state: 'PENDING',
      state_v2: 'PENDING',
    });
    expect(result['id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(result['status']).toBeUndefined();
    expect(res.headers.get('cf-ray')).toBeTruthy();
  });

  it('through the client returns the parsed integration', async () => {
    const created = await client.createIntegration({ cloud_type: 'AZURE', friendly_name: 'azure-one' });
    expect(created.cloud_type).toBe('AZURE');
    expect(created.friendly_name).toBe('azure-one');
    expect(created.lifecycle_state).toBe('PENDING_SETUP');
  });

  it('rejects a missing friendly_name and an unknown cloud_type with field errors (422)', async () => {
    const err = await expectApiError(
      client.createIntegration({ cloud_type: 'ORACLE' as 'AWS', friendly_name: '' }),
      422,
      'cloud_type: must be one of AWS, AZURE, GOOGLE, CLOUDFLARE',
    );
    expect(err.fieldErrors).toEqual([
      { field: 'cloud_type', message: 'cloud_type: must be one of AWS, AZURE, GOOGLE, CLOUDFLARE' },
      { field: 'friendly_name', message: 'friendly_name: must not be empty' },
    ]);
    const raw = await rawFetch('POST', providersPath(), { body: JSON.stringify({ cloud_type: 'AWS' }) });
    expect(raw.status).toBe(422);
    expect(raw.body).toEqual({
      success: false,
      errors: [{ code: 1002, message: 'friendly_name: is required', source: { pointer: '/friendly_name' } }],
      messages: [],
      result: null,
    });
  });

  it('takes no credentials on create', async () => {
    const raw = await rawFetch('POST', providersPath(), {
      body: JSON.stringify({ cloud_type: 'AWS', friendly_name: 'x', aws_arn: 'arn:aws:iam::123456789012:role/r' }),
    });
    expect(raw.status).toBe(422);
    expect((raw.body!['errors'] as { message: string }[])[0]!.message).toBe(
      'aws_arn: cannot be set on create; set it with PUT or PATCH after initial_setup',
    );
  });

  it('answers 400 in the envelope for malformed JSON and wrong types', async () => {
    const bad = await rawFetch('POST', providersPath(), { body: '{"cloud_type": ' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ success: false, errors: [{ code: 1001, message: 'Malformed JSON in request body' }] });
    const wrongType = await rawFetch('POST', providersPath(), { body: JSON.stringify({ cloud_type: 'AWS', friendly_name: 7 }) });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body).toMatchObject({ success: false, errors: [{ message: 'friendly_name: expected a string' }] });
    const array = await rawFetch('POST', providersPath(), { body: '[]' });
    expect(array.status).toBe(400);
  });
});

describe('auth and account', () => {
  it('answers 401 in Cloudflare shape without a token or with a wrong one', async () => {
    const none = await rawFetch('GET', providersPath(), { token: null });
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({
      success: false,
      errors: [{ code: 9106, message: 'Missing X-Auth-Key, X-Auth-Email or Authorization headers' }],
      result: null,
    });
    const wrong = await rawFetch('GET', providersPath(), { token: 'not-the-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ success: false, errors: [{ code: 10000, message: 'Authentication error' }] });
    const wrongClient = env.client({ apiToken: 'nope' });
    const err = await expectApiError(wrongClient.listIntegrations(), 401, 'Authentication error');
    expect(err.requestId).toBeTruthy();
  });

  it('answers 403 for another account and 400 for a malformed account id', async () => {
    const other = env.client({ accountId: 'f'.repeat(32) });
    await expectApiError(other.listIntegrations(), 403, 'Unauthorized to access requested resource');
    const malformed = await rawFetch('GET', providersPath('not-an-account'));
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ errors: [{ code: 7003 }] });
  });

  it('answers 404 in Cloudflare shape for an unknown route', async () => {
    const res = await rawFetch('GET', `/accounts/${env.accountId}/magic/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ success: false, result: null });
  });
});

describe('read, update, delete', () => {
  it('reads with and without ?status=true', async () => {
    const created = await createAws('read-me');
    const plain = await client.getIntegration(created.id);
    expect(plain.status).toBeUndefined();
    expect(plain.state).toBe('PENDING');
    const withStatus = await client.getIntegration(created.id, { status: true });
    expect(withStatus.status).toMatchObject({ discovery_progress: { done: 0, total: 0, unit: 'regions' }, regions: [], in_use_by: [] });
    expect(withStatus.status?.credentials_good_since).toBeUndefined();
  });

  it('404s an unknown id and findIntegration returns null', async () => {
    const id = '00000000-0000-4000-a000-000000000000';
    await expectApiError(client.getIntegration(id), 404, `Cloud integration ${id} not found`);
    expect(await client.findIntegration(id)).toBeNull();
  });

  it('PATCH changes only the given fields; PUT replaces the editable fields', async () => {
    const created = await createAws('patch-me');
    const patched = await client.patchIntegration(created.id, { friendly_name: 'patched' });
    expect(patched.friendly_name).toBe('patched');
    expect(patched.description).toBe('test');
    const withArn = await client.patchIntegration(created.id, { aws_arn: 'arn:aws:iam::123456789012:role/cf' });
    expect(withArn.aws_arn).toBe('arn:aws:iam::123456789012:role/cf');
    const replaced = await client.replaceIntegration(created.id, { friendly_name: 'put' });
    expect(replaced.friendly_name).toBe('put');
    expect(replaced.description).toBe('');
    expect(replaced.aws_arn).toBeUndefined();
    const cleared = await client.patchIntegration(created.id, { description: 'again', aws_arn: null });
    expect(cleared.description).toBe('again');
    expect(cleared.aws_arn).toBeUndefined();
  });

  it('validates PUT/PATCH fields against the cloud type and their formats', async () => {
    const created = await createAws('validate-me');
    const err = await expectApiError(
      client.patchIntegration(created.id, { aws_arn: 'arn:aws:s3:::bucket', gcp_project_id: 'my-project' }),
      422,
      'aws_arn: must be an IAM role ARN',
    );
    expect(err.fieldErrors?.map((f) => f.field)).toEqual(['aws_arn', 'gcp_project_id']);
    expect(err.message).toContain('gcp_project_id: applies to GOOGLE integrations only; this integration is AWS');
    const raw = await rawFetch('PATCH', `${providersPath()}/${created.id}`, { body: JSON.stringify({ cloud_type: 'AZURE' }) });
    expect(raw.status).toBe(422);
    expect((raw.body!['errors'] as { message: string }[])[0]!.message).toBe(
      'cloud_type: cannot be changed; create a new integration instead',
    );
    await expectApiError(client.patchIntegration(created.id, { friendly_name: '  ' }), 422, 'friendly_name: must not be empty');
  });

  it('deletes, answering {id}, then 404s', async () => {
    const created = await createAws('delete-me');
    expect(await client.deleteIntegration(created.id)).toEqual({ id: created.id });
    await expectApiError(client.deleteIntegration(created.id), 404, 'not found');
  });
});

describe('list', () => {
  it('lists with filters and ordering', async () => {
    await env.reset();
    const b = await client.createIntegration({ cloud_type: 'AWS', friendly_name: 'bravo' });
    const a = await client.createIntegration({ cloud_type: 'GOOGLE', friendly_name: 'alpha' });
    const c = await client.createIntegration({ cloud_type: 'CLOUDFLARE', friendly_name: 'charlie' });
    expect((await client.listIntegrations()).map((i) => i.id)).toEqual([b.id, a.id, c.id]);
    expect((await client.listIntegrations({ orderBy: 'name' })).map((i) => i.friendly_name)).toEqual(['alpha', 'bravo', 'charlie']);
    expect((await client.listIntegrations({ orderBy: 'name', desc: true })).map((i) => i.friendly_name)).toEqual([
      'charlie',
      'bravo',
      'alpha',
    ]);
    expect((await client.listIntegrations({ cloudflare: true })).map((i) => i.id)).toEqual([c.id]);
    expect((await client.listIntegrations({ cloudflare: false })).map((i) => i.id)).toEqual([b.id, a.id]);
    const withStatus = await client.listIntegrations({ status: true });
    expect(withStatus.every((i) => i.status !== undefined && i.status !== null)).toBe(true);
    expect((await client.listIntegrations()).every((i) => i.status === undefined)).toBe(true);
    const bad = await rawFetch('GET', `${providersPath()}?order_by=colour`);
    expect(bad.status).toBe(400);
    // Response field names are not sort keys: Cloudflare documents updated_at, id, cloud_type, name.
    expect((await rawFetch('GET', `${providersPath()}?order_by=friendly_name`)).status).toBe(400);
    const badBool = await rawFetch('GET', `${providersPath()}?status=yes`);
    expect(badBool.status).toBe(400);
  });
});

describe('initial_setup', () => {
  it('AWS: a trust policy naming the emulated Cloudflare principal with an external id unique to the integration', async () => {
    const one = await createAws('setup-1');
    const two = await createAws('setup-2');
    const setupOne = await client.initialSetup(one.id);
    const setupTwo = await client.initialSetup(two.id);
    expect(setupOne.item_type).toBe('AwsInitialSetup');
    const doc = JSON.parse(setupOne.aws_trust_policy!) as Record<string, unknown>;
    const externalId = externalIdOf(setupOne.aws_trust_policy!);
    expect(doc).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: EMULATED_CLOUDFLARE_AWS_PRINCIPAL },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': externalId } },
        },
      ],
    });
    expect(externalId.length).toBeGreaterThanOrEqual(16);
    expect(externalIdOf(setupTwo.aws_trust_policy!)).not.toBe(externalId);
    // Stable across reads.
    expect((await client.initialSetup(one.id)).aws_trust_policy).toBe(setupOne.aws_trust_policy);
  });

  it('Azure and GCP shapes; CLOUDFLARE needs none; unknown id 404s', async () => {
    const azure = await client.createIntegration({ cloud_type: 'AZURE', friendly_name: 'az' });
    const azureSetup = await client.initialSetup(azure.id);
    expect(Object.keys(azureSetup).sort()).toEqual(['azure_consent_url', 'integration_identity_tag', 'item_type', 'tag_cli_command']);
    expect(azureSetup.item_type).toBe('AzureInitialSetup');
    expect(azureSetup.azure_consent_url).toMatch(/^https:\/\/login\.microsoftonline\.com\/common\/adminconsent\?client_id=/);
    expect(azureSetup.integration_identity_tag).toBe(`cf-mcn-integration-${azure.id}`);
    const gcp = await client.createIntegration({ cloud_type: 'GOOGLE', friendly_name: 'gcp' });
    const gcpSetup = await client.initialSetup(gcp.id);
    expect(Object.keys(gcpSetup).sort()).toEqual(['integration_identity_tag', 'item_type', 'tag_cli_command']);
    expect(gcpSetup.tag_cli_command).toContain(`cf-mcn-integration-${gcp.id}=true`);
    const cf = await client.createIntegration({ cloud_type: 'CLOUDFLARE', friendly_name: 'cf' });
    await expectApiError(client.initialSetup(cf.id), 400, 'CLOUDFLARE cloud integrations need no initial setup');
    await expectApiError(client.initialSetup('00000000-0000-4000-a000-000000000001'), 404, 'not found');
  });
});

describe('discovery lifecycle (AWS)', () => {
  async function setUpAws(name: string, trust: 'correct' | 'no-external-id' | 'missing-role') {
    const integration = await createAws(name);
    const setup = await client.initialSetup(integration.id);
    const roleName = `cf-${name}`;
    const arn = `arn:aws:iam::123456789012:role/${roleName}`;
    if (trust !== 'missing-role') {
      const policy = JSON.parse(setup.aws_trust_policy!) as { Statement: Record<string, unknown>[] };
      if (trust === 'no-external-id') delete policy.Statement[0]!['Condition'];
      await env.putRole('123456789012', roleName, policy);
    }
    await client.patchIntegration(integration.id, { aws_arn: arn });
    return { integration, arn };
  }

  it('a role that trusts Cloudflare with the external id: 202, DISCOVERING, then SUCCEEDED with status', async () => {
    const { integration } = await setUpAws('good', 'correct');
    const raw = await rawFetch('POST', `${providersPath()}/${integration.id}/discover`);
    expect(raw.status).toBe(202);
    expect(raw.body).toEqual({ success: true, errors: [], messages: [] });
    const running = await client.getIntegration(integration.id, { status: true });
    expect(running.state).toBe('DISCOVERING');
    expect(running.status?.last_discovery_status).toBe('DISCOVERING');
    expect(running.status?.last_discovery_started_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    // A second discover while one runs is a conflict.
    await expectApiError(client.discover(integration.id), 409, 'Discovery is already running');
    await env.advance(DISCOVERY_DURATION_MS);
    const done = await client.getIntegration(integration.id, { status: true });
    expect(done.state).toBe('SUCCEEDED');
    expect(done.state_v2).toBe('SUCCEEDED');
    expect(done.lifecycle_state).toBe('ACTIVE');
    expect(done.status).toMatchObject({
      last_discovery_status: 'SUCCEEDED',
      regions: ['us-east-1', 'us-west-2', 'eu-west-1'],
      discovery_message: 'Discovery completed: 3 regions discovered',
      discovery_progress: { done: 3, total: 3, unit: 'regions' },
    });
    expect(done.status?.credentials_good_since).toBe(done.status?.last_discovery_completed_at);
    expect(done.status?.credentials_rejected_since).toBeUndefined();
  });

  it.each([
    ['no-external-id' as const],
    ['missing-role' as const],
  ])('a role with %s fails with credentials_rejected_since and the STS-style message', async (kind) => {
    const { integration, arn } = await setUpAws(`bad-${kind}`, kind);
    await client.discover(integration.id, { v2: true });
    await env.advance(DISCOVERY_DURATION_MS);
    const failed = await client.getIntegration(integration.id, { status: true });
    expect(failed.state).toBe('FAILED');
    expect(failed.lifecycle_state).toBe('PENDING_SETUP');
    expect(failed.status?.discovery_message).toBe(awsAssumeRoleRejectedMessage(arn));
    expect(failed.status?.credentials_rejected_since).toBe(failed.status?.last_discovery_completed_at);
    expect(failed.status?.credentials_good_since).toBeUndefined();
    expect(failed.status?.regions).toEqual([]);
  });

  it('a fixed trust policy and a second discovery turn FAILED into SUCCEEDED; changing aws_arn resets to PENDING', async () => {
    const { integration } = await setUpAws('fixable', 'no-external-id');
    await client.discover(integration.id);
    await env.advance(DISCOVERY_DURATION_MS);
    expect((await client.getIntegration(integration.id)).state).toBe('FAILED');
    const setup = await client.initialSetup(integration.id);
    await env.putRole('123456789012', 'cf-fixable', JSON.parse(setup.aws_trust_policy!));
    await client.discover(integration.id);
    await env.advance(DISCOVERY_DURATION_MS);
    const ok = await client.getIntegration(integration.id, { status: true });
    expect(ok.state).toBe('SUCCEEDED');
    expect(ok.status?.credentials_rejected_since).toBeUndefined();
    const moved = await client.patchIntegration(integration.id, { aws_arn: 'arn:aws:iam::123456789012:role/other' });
    expect(moved.state).toBe('PENDING');
    expect(moved.lifecycle_state).toBe('PENDING_SETUP');
  });

  it('discovery without credentials fails with credentials_missing_since', async () => {
    const integration = await createAws('no-creds');
    await client.discover(integration.id);
    await env.advance(DISCOVERY_DURATION_MS);
    const failed = await client.getIntegration(integration.id, { status: true });
    expect(failed.state).toBe('FAILED');
    expect(failed.status?.discovery_message).toBe('Discovery cannot run: the integration has no credentials; set aws_arn first');
    expect(failed.status?.credentials_missing_since).toBe(failed.status?.last_discovery_completed_at);
  });

  it('discover 404s an unknown id', async () => {
    await expectApiError(client.discover('00000000-0000-4000-a000-000000000002'), 404, 'not found');
  });
});

describe('discovery (Azure, GCP) and discover all', () => {
  it('Azure and GCP succeed once their fields are set; discover all starts every integration with credentials', async () => {
    await env.reset();
    const azure = await client.createIntegration({ cloud_type: 'AZURE', friendly_name: 'az' });
    const gcp = await client.createIntegration({ cloud_type: 'GOOGLE', friendly_name: 'gcp' });
    const bare = await client.createIntegration({ cloud_type: 'AZURE', friendly_name: 'bare' });
    await client.patchIntegration(azure.id, {
      azure_subscription_id: '11111111-2222-4333-8444-555555555555',
      azure_tenant_id: '66666666-7777-4888-9999-000000000000',
    });
    await client.patchIntegration(gcp.id, { gcp_project_id: 'my-project-1', gcp_service_account_email: 'cf@my-project-1.iam.gserviceaccount.com' });
    const raw = await rawFetch('POST', `${providersPath()}/discover`);
    expect(raw.status).toBe(202);
    expect((await client.getIntegration(azure.id)).state).toBe('DISCOVERING');
    expect((await client.getIntegration(bare.id)).state).toBe('PENDING');
    await env.advance(DISCOVERY_DURATION_MS);
    const az = await client.getIntegration(azure.id, { status: true });
    expect(az.state).toBe('SUCCEEDED');
    expect(az.status?.regions).toEqual(['eastus', 'westeurope']);
    const g = await client.getIntegration(gcp.id, { status: true });
    expect(g.state).toBe('SUCCEEDED');
    expect(g.status?.regions).toEqual(['us-central1', 'europe-west1']);
    await client.discoverAll();
  });
});

describe('malformed responses', () => {
  it('become MalformedResponseError naming the field', async () => {
    const created = await createAws('malformed');
    const state = emulator.state<CloudflareEmulatorState>('cloudflare');
    const record = state.integrations.find((r) => r.id === created.id)!;
    (record as { cloudType: string }).cloudType = 'BOGUS';
    try {
      await client.getIntegration(created.id);
      throw new Error('expected MalformedResponseError');
    } catch (err) {
      expect(err).toBeInstanceOf(MalformedResponseError);
      expect((err as MalformedResponseError).fieldPath).toBe('result.cloud_type');
    }
  });
});

describe('runDiscoveryUntilSucceeded (the authorisation wait)', () => {
  async function awsWithRole(name: string, withExternalId: boolean) {
    const integration = await createAws(name);
    const setup = await client.initialSetup(integration.id);
    const policy = JSON.parse(setup.aws_trust_policy!) as { Statement: Record<string, unknown>[] };
    const correct = JSON.parse(setup.aws_trust_policy!) as unknown;
    if (!withExternalId) delete policy.Statement[0]!['Condition'];
    await env.putRole('123456789012', name, policy);
    const arn = `arn:aws:iam::123456789012:role/${name}`;
    await client.patchIntegration(integration.id, { aws_arn: arn });
    return { integration, arn, correct };
  }

  it('retries a rejection while trust propagates, then returns the SUCCEEDED integration', async () => {
    const { integration, correct } = await awsWithRole('propagating', false);
    const lines: string[] = [];
    const remaining: number[] = [];
    let sleeps = 0;
    const done = await runDiscoveryUntilSucceeded(client, integration.id, {
      timeoutMs: 60_000,
      pollIntervalMs: 1_000,
      retryDelayMs: 5_000,
      now: () => clock.now(),
      sleep: async (ms) => {
        sleeps += 1;
        clock.advance(ms);
        // The trust "propagates" once the first run has been rejected.
        if (ms === 5_000) await env.putRole('123456789012', 'propagating', correct);
      },
      logger: {
        info: (m, fields) => {
          lines.push(m);
          if (m.startsWith('waiting')) remaining.push(fields?.['remaining_ms'] as number);
        },
        debug: () => undefined,
      },
    });
    expect(done.state).toBe('SUCCEEDED');
    expect(done.status?.regions).toEqual(['us-east-1', 'us-west-2', 'eu-west-1']);
    // Every poll is at INFO, with what it waits for and the time left.
    const poll = 'waiting for Cloudflare discovery to finish';
    expect(lines).toEqual([
      'cloudflare discovery started',
      poll,
      poll,
      'cloudflare discovery rejected; retrying while AWS trust propagates',
      'cloudflare discovery started',
      poll,
      poll,
      'cloudflare discovery succeeded',
    ]);
    expect(remaining).toEqual([60_000, 59_000, 53_000, 52_000]);
    expect(sleeps).toBe(5); // 2 polls, the retry pause, 2 polls
  });

  it('gives up at the deadline with the last discovery message', async () => {
    const { integration, arn } = await awsWithRole('never-trusted', false);
    const start = clock.now();
    try {
      await runDiscoveryUntilSucceeded(client, integration.id, {
        timeoutMs: 20_000,
        now: () => clock.now(),
        sleep: async (ms) => clock.advance(ms),
      });
      throw new Error('expected DiscoveryFailedError');
    } catch (err) {
      expect(err).toBeInstanceOf(DiscoveryFailedError);
      const failure = err as DiscoveryFailedError;
      expect(failure.discoveryMessage).toBe(awsAssumeRoleRejectedMessage(arn));
      expect(failure.timedOut).toBe(true);
      expect(failure.attempts).toBe(3);
      expect(failure.message).toContain(awsAssumeRoleRejectedMessage(arn));
    }
    expect(clock.now() - start).toBeLessThanOrEqual(20_000);
  });

  it('keeps the last rejection when the deadline cuts a retry short while it is still discovering', async () => {
    const { integration, arn } = await awsWithRole('cut-short', false);
    try {
      // Run 1 is rejected after 2 s; the retry starts at 7 s and is still discovering at the 8 s deadline.
      await runDiscoveryUntilSucceeded(client, integration.id, {
        timeoutMs: 8_000,
        now: () => clock.now(),
        sleep: async (ms) => clock.advance(ms),
      });
      throw new Error('expected DiscoveryFailedError');
    } catch (err) {
      expect(err).toBeInstanceOf(DiscoveryFailedError);
      const failure = err as DiscoveryFailedError;
      expect([failure.attempts, failure.timedOut, failure.discoveryMessage]).toEqual([2, true, awsAssumeRoleRejectedMessage(arn)]);
    }
  });
});
