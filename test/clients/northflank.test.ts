/**
 * Northflank's official client (`@northflank/js-client`, pinned in
 * package.json) against the emulator: every cloud-provider integration call
 * it offers (create, get, list by cursor and by page, patch, put, delete),
 * the page's own `POST .../{id}` update, and the errors, with each answer held
 * against the client's declared result types. A call the client offers and
 * this suite does not make fails the last test.
 */
import { ApiClient, ApiClientInMemoryContextProvider, NorthflankApiCallError } from '@northflank/js-client';
import { NORTHFLANK_AWS_PRINCIPAL_ARN } from '../../src/vendors/northflank/emulator-assumptions';
import type { NorthflankEmulatorState } from '../../src/vendors/northflank/emulator';
import { withEmulator } from '../support/emulator';
import { DeclarationFile, literals, problems, propertyShape } from './declared';
import { CallRecorder, createRole, iamClient, packageFile } from './support';

const em = withEmulator({ resetBeforeEach: true });
const declared = new DeclarationFile(packageFile('@northflank/js-client', 'dist/esm/api-client.d.ts'));
const recorder = new CallRecorder();

function apiClient(token = em.tokens.northflank): ApiClient {
  const context = new ApiClientInMemoryContextProvider();
  context.addContext({ name: 'emulator', token, host: em.endpoints.northflank });
  return new ApiClient(context, { throwErrorOnHttpErrorCode: true });
}

/** The client's cloud-integration calls, each behind the recorder (`create.cloud.integration`, ...). */
function calls(client = apiClient()) {
  const cloud = (verb: 'create' | 'get' | 'list' | 'patch' | 'put' | 'delete') => recorder.wrap((client[verb] as unknown as { cloud: object }).cloud, `${verb}.cloud.`);
  return {
    create: cloud('create') as ApiClient['create']['cloud'],
    get: cloud('get') as ApiClient['get']['cloud'],
    list: cloud('list') as ApiClient['list']['cloud'],
    patch: cloud('patch') as ApiClient['patch']['cloud'],
    put: cloud('put') as ApiClient['put']['cloud'],
    delete: cloud('delete') as ApiClient['delete']['cloud'],
  };
}

function expectConforms(value: unknown, typeName: string): void {
  expect(problems(value, declared.shape(typeName))).toEqual([]);
}

async function thrown(promise: Promise<unknown>): Promise<NorthflankApiCallError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof NorthflankApiCallError) return err;
    throw err;
  }
  throw new Error('expected the client to throw a NorthflankApiCallError');
}

/** The client types `features` as `'a' | ... | 'z'[]` (its generator drops the parentheses), so a real list needs a cast. */
const features = (...values: string[]): never => values as never;

const accessKeyAws = (name: string) => ({
  name,
  provider: 'aws' as const,
  aws: { authenticationMode: 'accessKey' as const },
  credentials: { accessKey: 'AKIDEXAMPLEKEY', secretKey: 'not-a-real-secret' },
});

describe('create, get, update (page), patch, put, delete', () => {
  it('create and get answer the client’s result types, and never echo a secret', async () => {
    const c = calls();
    const created = await c.create.integration({ data: { ...accessKeyAws('Prod AWS'), description: 'first', features: features('byoc', 'route53') } });
    expectConforms(created.data, 'CreateCloudIntegrationResult');
    expect(created.data).toMatchObject({ id: 'prod-aws', name: 'Prod AWS', provider: 'aws', features: ['byoc', 'route53'], credentials: { accessKey: 'AKIDEXAMPLEKEY' } });
    expect(JSON.stringify(created.data)).not.toContain('not-a-real-secret');

    const read = await c.get.integration({ parameters: { integrationId: 'prod-aws' } });
    expectConforms(read.data, 'GetCloudIntegrationResult');
    expect(read.data).toMatchObject({ id: 'prod-aws', description: 'first' });
  });

  it('a cross-account role: the role trusts Northflank with the external id (IAM SDK), then create succeeds', async () => {
    const roleArn = await createRole(iamClient(em.endpoints.aws), 'northflank', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: NORTHFLANK_AWS_PRINCIPAL_ARN }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'ext-123' } } }],
    });
    const created = await calls().create.integration({
      data: { name: 'Role AWS', provider: 'aws', aws: { authenticationMode: 'crossAccountRole' }, credentials: { roleArn, externalId: 'ext-123' } },
    });
    expectConforms(created.data, 'CreateCloudIntegrationResult');
    expect(created.data.credentials).toEqual({ roleArn });
  });

  it('the page’s POST update, then PATCH (description, features, restrictions, credentials), each as the client declares', async () => {
    const c = calls();
    await c.create.integration({ data: accessKeyAws('Patch Me') });

    const res = await fetch(`${em.endpoints.northflank}/v1/cloud-providers/integrations/patch-me`, {
      method: 'POST',
      headers: { authorization: `Bearer ${em.tokens.northflank}`, 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'This is a new description.' }),
    });
    expect(res.status).toBe(200);
    expectConforms(((await res.json()) as { data: unknown }).data, 'PatchCloudIntegrationResult');

    const patched = await c.patch.integration({
      parameters: { integrationId: 'patch-me' },
      data: { description: 'patched', features: features('byoc', 'registry-pull'), restrictions: { enabled: true, teams: [{ teamId: 'platform' }] }, credentials: { accessKey: 'AKIDROTATED', secretKey: 'rotated' } },
    });
    expectConforms(patched.data, 'PatchCloudIntegrationResult');
    expect(patched.data).toMatchObject({ description: 'patched', features: ['byoc', 'registry-pull'], restrictions: { enabled: true, teams: [{ teamId: 'platform' }] }, credentials: { accessKey: 'AKIDROTATED' } });
    expect((await c.get.integration({ parameters: { integrationId: 'patch-me' } })).data).toMatchObject({ description: 'patched', features: ['byoc', 'registry-pull'] });
  });

  it('PUT creates, then updates the integration its name picks, keeping createdAt', async () => {
    const c = calls();
    const first = await c.put.integration({ parameters: { integrationId: 'put-me' }, data: { ...accessKeyAws('Put Me'), description: 'one' } });
    expectConforms(first.data, 'PutCloudIntegrationResult');
    const second = await c.put.integration({ parameters: { integrationId: 'put-me' }, data: { ...accessKeyAws('Put Me'), description: 'two', features: features('opentofu') } });
    expectConforms(second.data, 'PutCloudIntegrationResult');
    expect(second.data).toMatchObject({ id: 'put-me', description: 'two', features: ['opentofu'], createdAt: first.data.createdAt });
    const providerChange = await thrown(c.put.integration({ parameters: { integrationId: 'put-me' }, data: { name: 'Put Me', provider: 'civo', credentials: { apiKey: 'k' } } }));
    expect(providerChange.status).toBe(409);
  });

  it('delete removes it (a later get is 404), and is refused while clusters use the integration', async () => {
    const c = calls();
    await c.create.integration({ data: accessKeyAws('Gone Soon') });
    await c.create.integration({ data: accessKeyAws('In Use') });
    em.state<NorthflankEmulatorState>('northflank').integrations['in-use']!.clusters = ['prod-cluster'];

    const deleted = await c.delete.integration({ parameters: { integrationId: 'gone-soon' } });
    expect(deleted.rawResponse.status).toBe(200);
    expect((await thrown(c.get.integration({ parameters: { integrationId: 'gone-soon' } }))).status).toBe(404);
    const inUse = await thrown(c.delete.integration({ parameters: { integrationId: 'in-use' } }));
    expect(inUse.status).toBe(409);
    expect(inUse.message).toContain('prod-cluster');
  });
});

describe('list', () => {
  async function createFive(): Promise<string[]> {
    const c = calls();
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
    for (const name of names) await c.create.integration({ data: { name, provider: 'civo', credentials: { apiKey: `key-${name}` } } });
    return names.map((n) => n.toLowerCase());
  }

  it('pages by cursor (getNextPage, and .all() to the end)', async () => {
    const ids = await createFive();
    const c = calls();
    const first = await c.list.integrations({ options: { per_page: 2 } });
    expectConforms(first.data, 'ListCloudIntegrationsResult');
    expect(first.data.integrations.map((i) => i.id)).toEqual(ids.slice(0, 2));
    expect(first.pagination).toMatchObject({ hasNextPage: true, count: 2, cursor: expect.any(String) });
    const second = await first.pagination!.getNextPage();
    expect(second.data.integrations.map((i) => i.id)).toEqual(ids.slice(2, 4));
    const all = await c.list.integrations.all({ options: { per_page: 2 } });
    expect(all.data.integrations.map((i) => i.id)).toEqual(ids);
  });

  it('pages by page number', async () => {
    const ids = await createFive();
    const c = calls();
    const page2 = await c.list.integrations({ options: { per_page: 2, page: 2 } });
    expectConforms(page2.data, 'ListCloudIntegrationsResult');
    expect(page2.data.integrations.map((i) => i.id)).toEqual(ids.slice(2, 4));
    expect(page2.pagination).toMatchObject({ hasNextPage: true, count: 2 });
    const page3 = await c.list.integrations({ options: { per_page: 2, page: 3 } });
    expect(page3.data.integrations.map((i) => i.id)).toEqual(ids.slice(4));
    expect(page3.pagination).toMatchObject({ hasNextPage: false, count: 1 });
    expect(page3.pagination!.cursor).toBeUndefined();
  });
});

describe('the client’s newer values', () => {
  it('accepts every provider and feature the client declares', async () => {
    const providers = literals(propertyShape(declared.shape('CreateCloudIntegrationData'), 'provider'));
    const features = literals(propertyShape(declared.shape('CreateCloudIntegrationData'), 'features'));
    expect(providers).toEqual(expect.arrayContaining(['cloudflare', 'coreweave', 'aiven', 'backblaze', 'akamai']));
    const c = calls();
    const created = await c.create.integration({
      data: { name: 'Edge Keys', provider: 'cloudflare', cloudflare: { credentialType: 'globalApiKey' }, features: features as never, credentials: { apiKey: 'cf-key', email: 'ops@example.com' } },
    });
    expectConforms(created.data, 'CreateCloudIntegrationResult');
    expect(created.data.features).toEqual(features);
    expect(created.data.cloudflare).toEqual({ credentialType: 'globalApiKey' });
  });
});

describe('errors', () => {
  it('401, 404, 409 and 400 (with field details) become NorthflankApiCallError', async () => {
    const c = calls();
    expect((await thrown(calls(apiClient('wrong-token')).list.integrations({}))).status).toBe(401);
    expect((await thrown(c.get.integration({ parameters: { integrationId: 'nope' } }))).status).toBe(404);
    await c.create.integration({ data: accessKeyAws('Twice') });
    expect((await thrown(c.create.integration({ data: accessKeyAws('Twice') }))).status).toBe(409);
    const invalid = await thrown(c.create.integration({ data: { name: '1 bad name', provider: 'aws', credentials: {} } as never }));
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.details as object)).toEqual(expect.arrayContaining(['name', 'aws']));
  });
});

it('makes every cloud-integration call the client offers', () => {
  const client = apiClient() as unknown as Record<string, Record<string, Record<string, unknown>> | undefined>;
  const offered = Object.keys(client)
    .flatMap((verb) => {
      const cloud = client[verb]?.['cloud'];
      return cloud && typeof cloud === 'object' ? Object.keys(cloud).filter((k) => /^integrations?$/.test(k)).map((k) => `${verb}.cloud.${k}`) : [];
    })
    .sort();
  expect(offered).toEqual(['create.cloud.integration', 'delete.cloud.integration', 'get.cloud.integration', 'list.cloud.integrations', 'patch.cloud.integration', 'put.cloud.integration']);
  expect(recorder.missing(offered)).toEqual([]);
});
