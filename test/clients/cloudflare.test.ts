/**
 * Cloudflare's official TypeScript SDK (`cloudflare`, pinned in package.json)
 * against the emulator: every call of `magicCloudNetworking.cloudIntegrations`,
 * as a user's own code would make it, with each response held against the
 * SDK's declared response types (required fields, enum values). A call the
 * SDK offers and this suite does not make fails the last test.
 */
import { readFileSync } from 'node:fs';
import Cloudflare from 'cloudflare';
import { BaseCloudIntegrations } from 'cloudflare/resources/magic-cloud-networking/cloud-integrations';
import { FakeClock } from '../../src/emulator/clock';
import { DISCOVERY_DURATION_MS } from '../../src/vendors/cloudflare/emulator-assumptions';
import { withEmulator } from '../support/emulator';
import { DeclarationFile, literals, problems, propertyShape, type Shape } from './declared';
import { CallRecorder, createRole, iamClient, packageFile, prototypeMethods } from './support';

const T0 = Date.UTC(2025, 5, 1, 8, 0, 0);
const clock = new FakeClock(T0);
const em = withEmulator({ clock, resetBeforeEach: true });
beforeEach(() => clock.set(T0));

const declared = new DeclarationFile(packageFile('cloudflare', 'resources/magic-cloud-networking/cloud-integrations.d.ts'));
const shape = (name: string): Shape => declared.shape(name);
const recorder = new CallRecorder();

function sdk(apiToken = em.tokens.cloudflare): BaseCloudIntegrations {
  const client = new Cloudflare({ apiToken, baseURL: em.endpoints.cloudflare, maxRetries: 0 });
  return recorder.wrap(client.magicCloudNetworking.cloudIntegrations);
}
const account = (): { account_id: string } => ({ account_id: em.ids.cloudflare_account });

function expectConforms(value: unknown, typeName: string): void {
  expect(problems(value, shape(typeName))).toEqual([]);
}

async function thrown(promise: Promise<unknown>): Promise<InstanceType<typeof Cloudflare.APIError>> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Cloudflare.APIError) return err;
    throw err;
  }
  throw new Error('expected the SDK to throw an APIError');
}

describe('create, get, list', () => {
  it('create answers the SDK’s CloudIntegrationCreateResponse', async () => {
    const created = await sdk().create({ ...account(), cloud_type: 'AWS', friendly_name: 'prod aws', description: 'one' });
    expectConforms(created, 'CloudIntegrationCreateResponse');
    expect(created).toMatchObject({ cloud_type: 'AWS', friendly_name: 'prod aws', description: 'one', lifecycle_state: 'PENDING_SETUP' });
    expect(literals(propertyShape(shape('CloudIntegrationCreateResponse'), 'state'))).toContain(created.state);
    expect(created.status).toBeUndefined();
  });

  it('get with and without status; before any discovery the status uses the SDK’s own "not yet" value', async () => {
    const created = await sdk().create({ ...account(), cloud_type: 'GOOGLE', friendly_name: 'gcp' });
    const plain = await sdk().get(created.id, account());
    expectConforms(plain, 'CloudIntegrationGetResponse');
    expect(plain.status).toBeUndefined();
    const withStatus = await sdk().get(created.id, { ...account(), status: true });
    expectConforms(withStatus, 'CloudIntegrationGetResponse');
    expect(withStatus.status).toMatchObject({ last_discovery_status: 'UNSPECIFIED', last_discovery_status_v2: 'UNSPECIFIED', regions: [] });
  });

  it('list with and without status, filtered by cloudflare, ordered by every documented order_by, both ways', async () => {
    const c = sdk();
    const zulu = await c.create({ ...account(), cloud_type: 'AZURE', friendly_name: 'zulu' });
    clock.advance(1000);
    const alpha = await c.create({ ...account(), cloud_type: 'CLOUDFLARE', friendly_name: 'alpha' });
    clock.advance(1000);
    const mike = await c.create({ ...account(), cloud_type: 'AWS', friendly_name: 'mike' });
    clock.advance(1000);
    await c.edit(zulu.id, { ...account(), description: 'touched last' });

    const all = (await c.list(account())).result;
    for (const item of all) expectConforms(item, 'CloudIntegrationListResponse');
    expect(all.map((i) => i.friendly_name)).toEqual(['zulu', 'alpha', 'mike']);
    expect(all.every((i) => i.status === undefined)).toBe(true);

    const withStatus = (await c.list({ ...account(), status: true })).result;
    for (const item of withStatus) expectConforms(item, 'CloudIntegrationListResponse');
    expect(withStatus.every((i) => i.status !== undefined)).toBe(true);

    expect((await c.list({ ...account(), cloudflare: true })).result.map((i) => i.id)).toEqual([alpha.id]);
    expect((await c.list({ ...account(), cloudflare: false })).result.map((i) => i.id)).toEqual([zulu.id, mike.id]);

    // order_by as the SDK documents it: One of ["updated_at", "id", "cloud_type", "name"].
    const documented = /One of \[([^\]]+)\]/.exec(readOrderByDoc())![1]!.split(',').map((s) => JSON.parse(s.trim()) as string);
    expect(documented).toEqual(['updated_at', 'id', 'cloud_type', 'name']);
    const expected: Record<string, string[]> = {
      updated_at: ['alpha', 'mike', 'zulu'],
      id: [zulu, alpha, mike].sort((a, b) => (a.id < b.id ? -1 : 1)).map((i) => i.friendly_name),
      cloud_type: ['mike', 'zulu', 'alpha'],
      name: ['alpha', 'mike', 'zulu'],
    };
    for (const orderBy of documented) {
      const names = (await c.list({ ...account(), order_by: orderBy })).result.map((i) => i.friendly_name);
      expect({ orderBy, names }).toEqual({ orderBy, names: expected[orderBy] });
      const reversed = (await c.list({ ...account(), order_by: orderBy, desc: true })).result.map((i) => i.friendly_name);
      expect({ orderBy, reversed }).toEqual({ orderBy, reversed: [...expected[orderBy]!].reverse() });
    }
  });
});

function readOrderByDoc(): string {
  // The SDK's own comment on CloudIntegrationListParams.order_by.
  const text = readFileSync(packageFile('cloudflare', 'resources/magic-cloud-networking/cloud-integrations.d.ts'), 'utf8');
  const at = text.indexOf('export interface CloudIntegrationListParams');
  const doc = /Query param: (One of \[[^\]]+\])/.exec(text.slice(at));
  if (!doc) throw new Error('the SDK no longer documents order_by');
  return doc[1]!;
}

describe('the AWS set-up path: initialSetup, update, edit, discover, discoverAll, delete', () => {
  it('walks an AWS integration to SUCCEEDED with the SDK and the IAM SDK, each answer as the SDK declares it', async () => {
    const c = sdk();
    const created = await c.create({ ...account(), cloud_type: 'AWS', friendly_name: 'walk' });

    const setup = await c.initialSetup(created.id, account());
    expectConforms(setup, 'CloudIntegrationInitialSetupResponse.McnAwsTrustPolicy');
    const trust = JSON.parse((setup as { aws_trust_policy: string }).aws_trust_policy) as { Statement: { Condition: { StringEquals: Record<string, string> } }[] };
    expect(trust.Statement[0]!.Condition.StringEquals['sts:ExternalId']).toMatch(/\S/);

    const roleArn = await createRole(iamClient(em.endpoints.aws), 'cloudflare-mcn', (setup as { aws_trust_policy: string }).aws_trust_policy);
    const updated = await c.update(created.id, { ...account(), aws_arn: roleArn, friendly_name: 'walk', description: 'put' });
    expectConforms(updated, 'CloudIntegrationUpdateResponse');
    expect(updated).toMatchObject({ aws_arn: roleArn, description: 'put', state: 'PENDING' });

    const edited = await c.edit(created.id, { ...account(), description: 'patched' });
    expectConforms(edited, 'CloudIntegrationEditResponse');
    expect(edited).toMatchObject({ aws_arn: roleArn, description: 'patched' });

    const accepted = await c.discover(created.id, { ...account(), v2: true });
    expectConforms(accepted, 'CloudIntegrationDiscoverResponse');
    expect(accepted.success).toBe(true);
    const running = await c.get(created.id, { ...account(), status: true });
    expectConforms(running, 'CloudIntegrationGetResponse');
    expect(running.state).toBe('DISCOVERING');

    clock.advance(DISCOVERY_DURATION_MS);
    const done = await c.get(created.id, { ...account(), status: true });
    expectConforms(done, 'CloudIntegrationGetResponse');
    expect(done).toMatchObject({ state: 'SUCCEEDED', state_v2: 'SUCCEEDED', lifecycle_state: 'ACTIVE' });
    expect(done.status).toMatchObject({ last_discovery_status: 'SUCCEEDED' });
    expect(done.status!.regions.length).toBeGreaterThan(0);

    const all = await c.discoverAll(account());
    expectConforms(all, 'CloudIntegrationDiscoverAllResponse');
    expect(all.success).toBe(true);
    expect((await c.get(created.id, account())).state).toBe('DISCOVERING');

    const deleted = await c.delete(created.id, account());
    expectConforms(deleted, 'CloudIntegrationDeleteResponse');
    expect(deleted).toEqual({ id: created.id });
  });

  it('initialSetup answers the SDK’s Azure and GCP shapes', async () => {
    const c = sdk();
    const azure = await c.create({ ...account(), cloud_type: 'AZURE', friendly_name: 'az' });
    expectConforms(await c.initialSetup(azure.id, account()), 'CloudIntegrationInitialSetupResponse.McnAzureSetup');
    const gcp = await c.create({ ...account(), cloud_type: 'GOOGLE', friendly_name: 'gcp' });
    expectConforms(await c.initialSetup(gcp.id, account()), 'CloudIntegrationInitialSetupResponse.McnGcpSetup');
  });
});

describe('errors, as the SDK raises them', () => {
  it('401, 403, 404, 409 and 422 become the SDK’s error classes, with Cloudflare’s error objects', async () => {
    const c = sdk();
    const created = await c.create({ ...account(), cloud_type: 'AWS', friendly_name: 'errs' });

    const unauthenticated = await thrown(sdk('not-the-token').list(account()));
    expect(unauthenticated).toBeInstanceOf(Cloudflare.AuthenticationError);
    expect(unauthenticated.status).toBe(401);

    const otherAccount = await thrown(c.get(created.id, { account_id: 'f'.repeat(32) }));
    expect(otherAccount).toBeInstanceOf(Cloudflare.PermissionDeniedError);

    const missing = await thrown(c.get('00000000-0000-4000-a000-0000000000aa', account()));
    expect(missing).toBeInstanceOf(Cloudflare.NotFoundError);
    expect(missing.errors[0]).toMatchObject({ code: expect.any(Number), message: expect.stringContaining('not found') });

    const invalid = await thrown(c.edit(created.id, { ...account(), aws_arn: 'not-an-arn' }));
    expect(invalid).toBeInstanceOf(Cloudflare.UnprocessableEntityError);
    expect(invalid.errors[0]).toMatchObject({ code: expect.any(Number), message: expect.stringContaining('aws_arn') });

    const role = await createRole(iamClient(em.endpoints.aws), 'errs', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    await c.edit(created.id, { ...account(), aws_arn: role });
    await c.discover(created.id, account());
    const twice = await thrown(c.discover(created.id, account()));
    expect(twice).toBeInstanceOf(Cloudflare.ConflictError);
  });
});

it('makes every call the SDK offers for cloud integrations', () => {
  const offered = prototypeMethods(BaseCloudIntegrations.prototype);
  expect(offered).toEqual(['create', 'delete', 'discover', 'discoverAll', 'edit', 'get', 'initialSetup', 'list', 'update']);
  expect(recorder.missing(offered)).toEqual([]);
});
