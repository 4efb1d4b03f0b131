/**
 * Avisi Cloud's model.ts (what the provider validates) and the emulator, both
 * held against the oracle transcribed from the page and FACTS.md
 * (test/oracle/avisi.ts).
 */
import { cloudAccountResource } from '../../src/vendors/avisi/cloud-account';
import { cloudCredentialsResource } from '../../src/vendors/avisi/cloud-credentials';
import { CLOUD_PROFILE_MAX, CLOUD_PROFILE_TYPES, CREDENTIAL_FIELDS, CREDENTIAL_TYPES, DISPLAY_NAME_MAX, DISPLAY_NAME_MIN } from '../../src/vendors/avisi/model';
import { moduleTypes, withEmulator } from '../support/emulator';
import { avisiOracle as oracle } from './avisi';
import { call, fill, ofLength, validatedAttributes, verdicts } from './hold';
import avisi from '../../src/vendors/avisi';

const fields = oracle.fields;
const credentialKeys = (type: string): readonly string[] => (fields as unknown as Record<string, { value: readonly string[] } | undefined>)[`credentials.${type}`]?.value ?? [];

describe('model.ts and the provider’s validators', () => {
  it('credential types, cloud profile types and each type’s credential keys are the page’s', () => {
    expect([...CREDENTIAL_TYPES]).toEqual(oracle.enums.credentialType.value);
    expect([...CLOUD_PROFILE_TYPES]).toEqual(oracle.enums['cloudProfile.type'].value);
    for (const type of CREDENTIAL_TYPES) expect({ type, keys: CREDENTIAL_FIELDS[type].map((f) => f.api).sort() }).toEqual({ type, keys: [...credentialKeys(type)].sort() });
  });

  it('display names: at most the page’s 64 (create and update), at least update’s 3; cloud profile at most 64', () => {
    expect(DISPLAY_NAME_MAX).toBe(oracle.lengths['createAccount.displayName'].value.max);
    expect(DISPLAY_NAME_MAX).toBe(oracle.lengths['updateAccount.displayName'].value.max);
    // A cloud account's name must stay updatable, so the provider holds create to update's minimum.
    expect(DISPLAY_NAME_MIN).toBe(oracle.lengths['updateAccount.displayName'].value.min);
    expect(CLOUD_PROFILE_MAX).toBe(oracle.lengths['createAccount.cloudProfile'].value.max);
    expect(verdicts(cloudAccountResource.schema, 'display_name', [ofLength(2), ofLength(3), ofLength(64), ofLength(65)])).toEqual({ accepted: [ofLength(3), ofLength(64)], refused: [ofLength(2), ofLength(65)] });
    expect(verdicts(cloudAccountResource.schema, 'cloud_profile', [ofLength(64), ofLength(65)]).refused).toEqual([ofLength(65)]);
    expect(verdicts(cloudCredentialsResource.schema, 'display_name', [ofLength(64), ofLength(65)]).refused).toEqual([ofLength(65)]);
    expect(verdicts(cloudCredentialsResource.schema, 'cloud_type', [...oracle.enums.credentialType.value, 'gcp']).refused).toEqual(['gcp']);
  });
});

/** Every attribute the provider validates: held against the oracle above, or an assumption named in emulator-assumptions.ts. */
const VALIDATED: Readonly<Record<string, string>> = {
  'cloudbridge_avisi_cloud_account.cloud_profile': 'oracle: lengths.createAccount.cloudProfile',
  'cloudbridge_avisi_cloud_account.display_name': 'oracle: lengths.createAccount/updateAccount.displayName',
  'cloudbridge_avisi_cloud_credentials.cloud_type': 'oracle: enums.credentialType',
  'cloudbridge_avisi_cloud_credentials.display_name': 'oracle: lengths.createCredentials.hetzner.displayName',
  'cloudbridge_avisi_cloud_account_clusters.cloud_account_identity': 'oracle: identity uuid',
  'cloudbridge_avisi_cloud_credentials.cloud_account_identity': 'oracle: identity uuid',
  'cloudbridge_avisi_cloud_credentials_list.cloud_account_identity': 'oracle: identity uuid',
  'cloudbridge_avisi_primary_cloud_credentials.cloud_account_identity': 'oracle: identity uuid',
  'cloudbridge_avisi_primary_cloud_credentials.credentials_identity': 'oracle: identity uuid',
  'cloudbridge_avisi_cloud_accounts.cloud_provider_slug': 'assumption: SEARCH_PARAMETER_MAX',
  'cloudbridge_avisi_cloud_accounts.display_name': 'assumption: SEARCH_PARAMETER_MAX',
};

it('accounts for every attribute the provider validates; identities are UUIDs, as the page types them', () => {
  const definitions = moduleTypes(avisi);
  expect(validatedAttributes(definitions)).toEqual(Object.keys(VALIDATED).sort());
  const uuid = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
  for (const key of Object.keys(VALIDATED).filter((k) => VALIDATED[k] === 'oracle: identity uuid')) {
    const [typeName, attribute] = [key.slice(0, key.lastIndexOf('.')), key.slice(key.lastIndexOf('.') + 1)];
    const definition = definitions.find((d) => d.typeName === typeName)!;
    expect({ key, ...verdicts(definition.schema, attribute, [uuid, 'not-a-uuid']) }).toEqual({ key, accepted: [uuid], refused: ['not-a-uuid'] });
  }
});

describe('the emulator', () => {
  const em = withEmulator({ resetBeforeEach: true });
  const auth = () => ({ authorization: `Bearer ${em.tokens.avisi}` });
  const url = (template: string, params: Record<string, string> = {}) => `${em.endpoints.avisi}${fill(template, { organisationSlug: em.ids.avisi_organisation, ...params })}`;
  const routes = oracle.routes;

  it('answers every documented route with its documented status', async () => {
    const got: Record<string, number> = {};
    const expected: Record<string, number> = {};
    const record = (name: keyof typeof routes, status: number) => {
      got[name] = status;
      expected[name] = routes[name].value.status!;
    };
    const created = await call(url(routes.createAccount.value.path), 'POST', auth(), { cloudProfile: 'aws', displayName: 'oracle aws' });
    record('createAccount', created.status);
    const account = (created.json as { identity: string }).identity;
    expect(Object.keys(created.json as object).sort()).toEqual(expect.arrayContaining(['cloudProfile', 'displayName', 'enabled', 'identity']));
    const list = await call(url(routes.listAccounts.value.path), 'GET', auth());
    record('listAccounts', list.status);
    expect(Object.keys(list.json as object)).toEqual(expect.arrayContaining(fields.page.value));
    record('getAccount', (await call(url(routes.getAccount.value.path, { cloudAccountIdentity: account }), 'GET', auth())).status);
    record('updateAccount', (await call(url(routes.updateAccount.value.path, { cloudAccountIdentity: account }), 'PATCH', auth(), { displayName: 'renamed' })).status);
    record('listClusters', (await call(url(routes.listClusters.value.path, { cloudAccountIdentity: account }), 'GET', auth())).status);
    record('listCredentials', (await call(url(routes.listCredentials.value.path, { cloudAccountIdentity: account }), 'GET', auth())).status);

    for (const type of oracle.enums.credentialType.value) {
      const holder = type === 'aws' ? account : ((await call(url(routes.createAccount.value.path), 'POST', auth(), { cloudProfile: type, displayName: `oracle ${type}` })).json as { identity: string }).identity;
      const credentials = Object.fromEntries(credentialKeys(type).map((k) => [k, `v-${k}`]));
      const res = await call(url(routes[`createCredentials.${type}` as keyof typeof routes].value.path, { cloudAccountIdentity: holder }), 'POST', auth(), { displayName: `creds ${type}`, ...(type === 'dummy' ? {} : { credentials }) });
      record(`createCredentials.${type}` as keyof typeof routes, res.status);
      if (type === 'aws') {
        expect(Object.keys(res.json as object)).toEqual(expect.arrayContaining(['cloudAccountIdentity', 'cloudType', 'createdAt', 'displayName', 'identity', 'isPrimary']));
        const creds = (res.json as { identity: string }).identity;
        record('setPrimary', (await call(url(routes.setPrimary.value.path, { cloudAccountIdentity: account, credentialsIdentity: creds }), 'POST', auth())).status);
        await call(url(routes.updateAccount.value.path, { cloudAccountIdentity: account }), 'PATCH', auth(), { primaryCloudCredentials: null });
        const other = await call(url(routes['createCredentials.aws'].value.path, { cloudAccountIdentity: account }), 'POST', auth(), { displayName: 'second', credentials });
        record('deleteCredentials', (await call(url(routes.deleteCredentials.value.path, { cloudAccountIdentity: account, credentialsIdentity: (other.json as { identity: string }).identity }), 'DELETE', auth())).status);
      }
    }
    const spare = ((await call(url(routes.createAccount.value.path), 'POST', auth(), { cloudProfile: 'aws', displayName: 'spare' })).json as { identity: string }).identity;
    record('deleteAccount', (await call(url(routes.deleteAccount.value.path, { cloudAccountIdentity: spare }), 'DELETE', auth())).status);
    expect(got).toEqual(expected);
    expect(Object.keys(got).sort()).toEqual(Object.keys(routes).sort());
  });

  it('refuses what the page’s lengths and required fields refuse, with a documented status', async () => {
    const create = (b: object) => call(url(routes.createAccount.value.path), 'POST', auth(), b);
    expect((await create({ cloudProfile: 'aws', displayName: ofLength(64) })).status).toBe(200);
    expect((await create({ cloudProfile: 'aws', displayName: ofLength(65) })).status).toBe(400);
    for (const field of oracle.required.createAccount.value) {
      const b: Record<string, string> = { cloudProfile: 'aws', displayName: 'x y z' };
      delete b[field];
      expect({ field, status: (await create(b)).status }).toEqual({ field, status: 400 });
    }
    const account = ((await create({ cloudProfile: 'aws', displayName: 'patch me' })).json as { identity: string }).identity;
    const patch = (displayName: string) => call(url(routes.updateAccount.value.path, { cloudAccountIdentity: account }), 'PATCH', auth(), { displayName });
    expect((await patch(ofLength(3))).status).toBe(200);
    expect((await patch(ofLength(2))).status).toBe(400);
    expect((await patch(ofLength(65))).status).toBe(400);
    const unknown = await call(url(routes.getAccount.value.path, { cloudAccountIdentity: '00000000-0000-4000-8000-000000000000' }), 'GET', auth());
    expect(routes.getAccount.value.errors).toContain(unknown.status);
    expect(unknown.status).toBe(404);
  });
});
