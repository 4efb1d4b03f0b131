/**
 * Qtangl's model.ts (what the provider validates) and the emulator, both held
 * against the oracle transcribed from the page and FACTS.md
 * (test/oracle/qtangl.ts).
 */
import { qtanglCloudIntegrationResource } from '../../src/vendors/qtangl/cloud-integration';
import { qtanglCloudIntegrationsDataSource } from '../../src/vendors/qtangl/cloud-integrations';
import { QTANGL_FIELDS, QTANGL_PROVIDERS, QTANGL_ROLES } from '../../src/vendors/qtangl/model';
import { moduleTypes, withEmulator } from '../support/emulator';
import { call, fill, validatedAttributes, verdicts } from './hold';
import { qtanglOracle as oracle } from './qtangl';
import qtangl from '../../src/vendors/qtangl';

describe('model.ts and the provider’s validators', () => {
  it('providers, key roles and the upsert body’s fields are the documented sets', () => {
    expect([...QTANGL_PROVIDERS]).toEqual(oracle.enums.provider.value);
    expect([...QTANGL_ROLES]).toEqual(oracle.enums.role.value);
    expect(QTANGL_FIELDS.map((f) => f.api)).toEqual(oracle.fields.upsertBody.value);
  });

  it('cloud_provider accepts exactly the documented providers, in the resource and the data source', () => {
    const values = [...oracle.enums.provider.value, 'oci', 'AWS'];
    expect(verdicts(qtanglCloudIntegrationResource.schema, 'cloud_provider', values)).toEqual({ accepted: oracle.enums.provider.value, refused: ['oci', 'AWS'] });
    expect(verdicts(qtanglCloudIntegrationsDataSource.schema, 'cloud_provider', values).refused).toEqual(['oci', 'AWS']);
  });
});

it('accounts for every attribute the provider validates (both are cloud_provider, checked above)', () => {
  expect(validatedAttributes(moduleTypes(qtangl))).toEqual(['cloudbridge_qtangl_cloud_integration.cloud_provider', 'cloudbridge_qtangl_cloud_integrations.cloud_provider']);
});

describe('the emulator', () => {
  const em = withEmulator({ resetBeforeEach: true });
  const key = (role: 'viewer' | 'operator' | 'admin') => ({ authorization: `Bearer ${em.tokens.qtangl[role]}` });
  const url = (template: string, provider = 'aws') => `${em.endpoints.qtangl}${fill(template, { provider })}`;
  const routes = oracle.routes;
  const awsBody = { region: 'us-east-1', roleArn: 'arn:aws:iam::123456789012:role/QtanglReadOnly' };

  it('upserts with a write role and answers {integration}; lists and tests; a viewer may read but not write', async () => {
    for (const role of oracle.enums.writeRole.value) {
      const res = await call(url(routes.upsert.value.path), 'POST', key(role as 'operator' | 'admin'), awsBody);
      expect({ role, status: res.status }).toEqual({ role, status: 200 });
      expect(Object.keys(res.json as object)).toEqual(oracle.required.response.value);
    }
    const viewerWrite = await call(url(routes.upsert.value.path), 'POST', key('viewer'), awsBody);
    expect(viewerWrite.status).toBe(403);
    expect((await call(url(routes.list.value.path), 'GET', key('viewer'))).status).toBe(200);
    const tested = await call(url(routes.test.value.path), 'POST', key('operator'));
    expect(tested.status).toBe(200);
    const row = ((await call(url(routes.list.value.path), 'GET', key('admin'))).json as { integrations: Record<string, unknown>[] }).integrations[0]!;
    expect(Object.keys(row).filter((k) => /secret|password/i.test(k))).toEqual([]);
  });

  it('answers errors only with the page’s statuses: no key 401, an unknown provider, a bad body 422', async () => {
    const errors = routes.upsert.value.errors!;
    const noKey = await call(url(routes.upsert.value.path), 'POST', {}, awsBody);
    const unknownProvider = await call(url(routes.upsert.value.path, 'oci'), 'POST', key('admin'), awsBody);
    const badBody = await call(url(routes.upsert.value.path), 'POST', key('admin'), { roleArn: 42 });
    expect([noKey.status, badBody.status]).toEqual([401, 422]);
    for (const status of [noKey.status, unknownProvider.status, badBody.status]) expect(errors).toContain(status);
    for (const provider of oracle.enums.provider.value) {
      const res = await call(url(routes.test.value.path, provider), 'POST', key('admin'));
      expect({ provider, documented: [200, ...errors].includes(res.status) }).toEqual({ provider, documented: true });
    }
  });
});
