/**
 * Cloudflare's model.ts (what the provider validates) and the emulator, both
 * held against the oracle transcribed from the page and FACTS.md
 * (test/oracle/cloudflare.ts), so a misreading fails on the side that has it.
 */
import { cloudIntegrationSchema } from '../../src/vendors/cloudflare/client';
import { cloudIntegrationResource } from '../../src/vendors/cloudflare/cloud-integration';
import { cloudIntegrationsDataSource } from '../../src/vendors/cloudflare/cloud-integrations';
import { CLOUD_TYPES, DISCOVERY_STATES, LIFECYCLE_STATES, LIST_ORDER_BY_FIELDS } from '../../src/vendors/cloudflare/model';
import { moduleTypes, withEmulator } from '../support/emulator';
import { cloudflareOracle as oracle } from './cloudflare';
import { call, fill, validatedAttributes, verdicts } from './hold';
import cloudflare from '../../src/vendors/cloudflare';

const enums = oracle.enums;

describe('model.ts and the provider’s validators', () => {
  it('enums are the documented sets', () => {
    expect([...CLOUD_TYPES]).toEqual(enums.cloud_type.value);
    expect([...LIFECYCLE_STATES]).toEqual(enums.lifecycle_state.value);
    expect([...DISCOVERY_STATES]).toEqual(enums.state.value);
    expect([...DISCOVERY_STATES]).toEqual(enums.state_v2.value);
    expect([...LIST_ORDER_BY_FIELDS]).toEqual(enums.order_by.value);
  });

  it('cloud_type and order_by accept exactly the documented values', () => {
    expect(verdicts(cloudIntegrationResource.schema, 'cloud_type', [...enums.cloud_type.value, 'GCP', 'aws'])).toEqual({ accepted: enums.cloud_type.value, refused: ['GCP', 'aws'] });
    expect(verdicts(cloudIntegrationsDataSource.schema, 'order_by', [...enums.order_by.value, 'friendly_name', 'last_updated', 'state'])).toEqual({
      accepted: enums.order_by.value,
      refused: ['friendly_name', 'last_updated', 'state'],
    });
  });

  it('the client’s response schema takes every documented state and lifecycle state', () => {
    const base = { id: 'x', cloud_type: 'AWS', friendly_name: 'n', lifecycle_state: 'ACTIVE', state: 'PENDING' };
    for (const state of enums.state.value) expect(cloudIntegrationSchema.safeParse({ ...base, state, state_v2: state }).success).toBe(true);
    for (const lifecycle of enums.lifecycle_state.value) expect(cloudIntegrationSchema.safeParse({ ...base, lifecycle_state: lifecycle }).success).toBe(true);
  });
});

/** Every attribute the provider validates: held against the oracle above, or an assumption named in emulator-assumptions.ts. */
const VALIDATED: Readonly<Record<string, string>> = {
  'cloudbridge_cloudflare_cloud_integration.cloud_type': 'oracle: enums.cloud_type',
  'cloudbridge_cloudflare_cloud_integration.friendly_name': 'oracle: required.createBody (a required name is not blank)',
  'cloudbridge_cloudflare_cloud_integrations.order_by': 'oracle: enums.order_by',
  'cloudbridge_cloudflare_cloud_integration_authorization.aws_arn': 'assumption: UNDOCUMENTED_FORMATS',
  'cloudbridge_cloudflare_cloud_integration_authorization.azure_subscription_id': 'assumption: UNDOCUMENTED_FORMATS',
  'cloudbridge_cloudflare_cloud_integration_authorization.azure_tenant_id': 'assumption: UNDOCUMENTED_FORMATS',
  'cloudbridge_cloudflare_cloud_integration_authorization.gcp_project_id': 'assumption: UNDOCUMENTED_FORMATS',
  'cloudbridge_cloudflare_cloud_integration_authorization.gcp_service_account_email': 'assumption: UNDOCUMENTED_FORMATS',
  'cloudbridge_cloudflare_cloud_integration_authorization.integration_id': 'assumption: UNDOCUMENTED_FORMATS (provider_id)',
  'cloudbridge_cloudflare_cloud_integration_setup.integration_id': 'assumption: UNDOCUMENTED_FORMATS (provider_id)',
};

it('accounts for every attribute the provider validates', () => {
  expect(validatedAttributes(moduleTypes(cloudflare))).toEqual(Object.keys(VALIDATED).sort());
  expect(verdicts(cloudIntegrationResource.schema, 'friendly_name', ['prod', '', '   '])).toEqual({ accepted: ['prod'], refused: ['', '   '] });
});

describe('the emulator', () => {
  const em = withEmulator({ resetBeforeEach: true });
  const auth = () => ({ authorization: `Bearer ${em.tokens.cloudflare}` });
  const url = (template: string, params: Record<string, string> = {}) => `${em.endpoints.cloudflare}${fill(template, { account_id: em.ids.cloudflare_account, ...params })}`;
  const routes = oracle.routes;

  async function create(cloudType = 'AWS'): Promise<string> {
    const res = await call(url(routes.create.value.path), 'POST', auth(), { cloud_type: cloudType, friendly_name: 'oracle' });
    return (res.json as { result: { id: string } }).result.id;
  }

  it('answers every documented route with its documented success status, in the documented envelope', async () => {
    const statuses: Record<string, number> = {};
    const id = await create();
    const bodies: Record<string, unknown> = { create: { cloud_type: 'AWS', friendly_name: 'again' }, update: { friendly_name: 'put' }, edit: { description: 'patch' } };
    // delete last, so that the id routes before it find the integration.
    const order = ['create', 'list', 'get', 'update', 'edit', 'initialSetup', 'discover', 'discoverAll', 'delete'] as const;
    for (const name of order) {
      const route = routes[name].value;
      const res = await call(url(route.path, { provider_id: id }), route.method, auth(), bodies[name]);
      statuses[name] = res.status;
      expect(Object.keys(res.json as object)).toEqual(expect.arrayContaining(oracle.fields.envelope.value.filter((k) => k !== 'result' || !name.startsWith('discover'))));
    }
    expect(statuses).toEqual(Object.fromEntries(order.map((name) => [name, routes[name].value.status])));
  });

  it('answers errors only with statuses the page lists for that route (no token, unknown id, bad body)', async () => {
    const id = await create();
    for (const [name, cited] of Object.entries(routes)) {
      const route = cited.value;
      const unauthenticated = await call(url(route.path, { provider_id: id }), route.method, {});
      expect({ name, status: unauthenticated.status }).toEqual({ name, status: 401 });
      expect(route.errors).toContain(401);
      if (route.path.includes('{provider_id}')) {
        const unknown = await call(url(route.path, { provider_id: '00000000-0000-4000-a000-0000000000aa' }), route.method, auth(), route.method === 'GET' || route.method === 'DELETE' || route.method === 'POST' ? undefined : {});
        expect({ name, status: unknown.status }).toEqual({ name, status: 404 });
        expect(route.errors).toContain(404);
      }
    }
    for (const field of oracle.required.createBody.value) {
      const body: Record<string, string> = { cloud_type: 'AWS', friendly_name: 'x' };
      delete body[field];
      const res = await call(url(routes.create.value.path), 'POST', auth(), body);
      expect(routes.create.value.errors).toContain(res.status);
      expect({ field, status: res.status }).toEqual({ field, status: 422 });
    }
  });

  it('creates every documented cloud_type, and lists by every documented order_by (and refuses others)', async () => {
    for (const cloudType of enums.cloud_type.value) {
      const res = await call(url(routes.create.value.path), 'POST', auth(), { cloud_type: cloudType, friendly_name: cloudType.toLowerCase() });
      expect({ cloudType, status: res.status }).toEqual({ cloudType, status: 201 });
      const result = (res.json as { result: Record<string, unknown> }).result;
      expect(Object.keys(result)).toEqual(expect.arrayContaining(['id', 'cloud_type', 'friendly_name', 'last_updated', 'lifecycle_state', 'state', 'state_v2']));
      expect(enums.lifecycle_state.value).toContain(result['lifecycle_state']);
      expect(enums.state.value).toContain(result['state']);
    }
    for (const orderBy of enums.order_by.value) {
      expect({ orderBy, status: (await call(`${url(routes.list.value.path)}?order_by=${orderBy}`, 'GET', auth())).status }).toEqual({ orderBy, status: 200 });
    }
    expect((await call(`${url(routes.list.value.path)}?order_by=friendly_name`, 'GET', auth())).status).toBe(400);
    const withStatus = await call(`${url(routes.list.value.path)}?status=true`, 'GET', auth());
    // Only documented fields (fields without a value yet, such as timestamps, may be left out).
    const item = (withStatus.json as { result: Record<string, unknown>[] }).result[0]!;
    expect(Object.keys(item).filter((k) => !oracle.fields.integration.value.includes(k))).toEqual([]);
    expect(Object.keys(item['status'] as object).filter((k) => !oracle.fields.status.value.includes(k))).toEqual([]);
  });
});
