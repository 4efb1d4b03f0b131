/**
 * Northflank's model.ts (what the provider validates) and the emulator, both
 * held against the oracle transcribed from the page and FACTS.md
 * (test/oracle/northflank.ts). Where the official client is newer and allows
 * more, the model must hold the union of the page and the client, nothing else.
 */
import { northflankCloudIntegrationResource as resource } from '../../src/vendors/northflank/cloud-integration';
import {
  AUTHENTICATION_MODES,
  CREDENTIAL_FIELDS,
  DESCRIPTION_MAX,
  DESCRIPTION_PATTERN,
  ID_PATTERN,
  NAME_MAX,
  NAME_MIN,
  NAME_PATTERN,
  NORTHFLANK_FEATURES,
  NORTHFLANK_PROVIDERS,
  credentialRule,
} from '../../src/vendors/northflank/model';
import { DeclarationFile, literals, propertyShape, type Shape } from '../clients/declared';
import { packageFile } from '../clients/support';
import { moduleTypes, withEmulator } from '../support/emulator';
import { call, fill, ofLength, validatedAttributes, verdicts } from './hold';
import { northflankOracle as oracle } from './northflank';
import northflank from '../../src/vendors/northflank';

const client = new DeclarationFile(packageFile('@northflank/js-client', 'dist/esm/api-client.d.ts')).shape('CreateCloudIntegrationData');
const union = (page: readonly string[], newer: Shape): string[] => [...page, ...literals(newer).map(String).filter((v) => !page.includes(v))];

describe('model.ts and the provider’s validators', () => {
  it('provider, features and credential keys: the page’s, then the official client’s additions, and nothing else', () => {
    expect([...NORTHFLANK_PROVIDERS]).toEqual(union(oracle.enums.provider.value, propertyShape(client, 'provider')));
    expect([...NORTHFLANK_FEATURES]).toEqual(union(oracle.enums.features.value, propertyShape(client, 'features')));
    const clientKeys = Object.keys((propertyShape(client, 'credentials') as Extract<Shape, { kind: 'object' }>).props);
    const pageKeys = oracle.fields.credentials.value;
    expect(CREDENTIAL_FIELDS.map((f) => f.api).sort()).toEqual([...new Set([...pageKeys, ...clientKeys])].sort());
  });

  it('authentication modes, name and description rules, id pattern are the page’s', () => {
    expect([...AUTHENTICATION_MODES]).toEqual(oracle.enums['aws.authenticationMode'].value);
    expect([...AUTHENTICATION_MODES]).toEqual(oracle.enums['gcp.authenticationMode'].value);
    expect([NAME_MIN, NAME_MAX]).toEqual([oracle.lengths.name.value.min, oracle.lengths.name.value.max]);
    expect(DESCRIPTION_MAX).toBe(oracle.lengths.description.value.max);
    expect(NAME_PATTERN.source).toBe(oracle.patterns.name.value);
    expect(DESCRIPTION_PATTERN.source).toBe(oracle.patterns.description.value);
    expect(ID_PATTERN.source).toBe(oracle.patterns.id.value);
  });

  it('each provider’s required credential keys are FACTS.md’s', () => {
    expect(credentialRule('aws', 'accessKey').required).toEqual(oracle.required['credentials.aws'].value);
    expect(credentialRule('aws', 'crossAccountRole').required).toEqual(oracle.required['credentials.aws.crossAccountRole'].value);
    expect(credentialRule('gcp', 'accessKey').required).toEqual(oracle.required['credentials.gcp'].value);
    expect(credentialRule('azure', undefined).required).toEqual(oracle.required['credentials.azure'].value);
    expect(credentialRule('civo', undefined).required).toEqual(oracle.required['credentials.civo'].value);
    expect(credentialRule('oci', undefined).required).toEqual(oracle.required['credentials.oci'].value);
  });

  it('the resource validates name, description, cloud_provider and features by those rules', () => {
    const { min, max } = oracle.lengths.name.value;
    expect(verdicts(resource.schema, 'name', [`A${ofLength(min! - 1)}`, `A${ofLength(min! - 2)}`, `A${ofLength(max! - 1)}`, `A${ofLength(max!)}`, 'Example Integration', '9lives', 'a--b'])).toEqual({
      accepted: [`A${ofLength(min! - 1)}`, `A${ofLength(max! - 1)}`, 'Example Integration'],
      refused: [`A${ofLength(min! - 2)}`, `A${ofLength(max!)}`, '9lives', 'a--b'],
    });
    const dmax = oracle.lengths.description.value.max!;
    expect(verdicts(resource.schema, 'description', [ofLength(dmax), ofLength(dmax + 1), 'This is a new description.', 'emoji ☺'])).toEqual({
      accepted: [ofLength(dmax), 'This is a new description.'],
      refused: [ofLength(dmax + 1), 'emoji ☺'],
    });
    expect(verdicts(resource.schema, 'cloud_provider', [...NORTHFLANK_PROVIDERS, 'hetzner']).refused).toEqual(['hetzner']);
    expect(verdicts(resource.schema, 'features', [[...NORTHFLANK_FEATURES], ['teleport']]).refused).toEqual([['teleport']]);
    expect(verdicts(resource.schema, 'credentials.role_arn', ['arn:aws:iam::123456789012:role/northflank', 'arn:aws-us-gov:iam::123456789012:role/a/b', 'northflank', 'arn:aws:iam::123456789012:user/x'])).toEqual({
      accepted: ['arn:aws:iam::123456789012:role/northflank', 'arn:aws-us-gov:iam::123456789012:role/a/b'],
      refused: ['northflank', 'arn:aws:iam::123456789012:user/x'],
    });
  });
});

/** Every attribute the provider validates: each is held against the oracle (and the official client) above. */
const VALIDATED = [
  'cloudbridge_northflank_cloud_integration.aws.authentication_mode',
  'cloudbridge_northflank_cloud_integration.cloud_provider',
  'cloudbridge_northflank_cloud_integration.cloudflare.credential_type',
  // An IAM role ARN: AWS's form (the page and FACTS.md name `roleArn` only); held below.
  'cloudbridge_northflank_cloud_integration.credentials.role_arn',
  'cloudbridge_northflank_cloud_integration.description',
  'cloudbridge_northflank_cloud_integration.features',
  'cloudbridge_northflank_cloud_integration.gcp.authentication_mode',
  'cloudbridge_northflank_cloud_integration.name',
];

it('accounts for every attribute the provider validates', () => {
  expect(validatedAttributes(moduleTypes(northflank))).toEqual(VALIDATED);
  for (const block of ['aws', 'gcp']) {
    expect(verdicts(resource.schema, `${block}.authentication_mode`, [...oracle.enums['aws.authenticationMode'].value, 'password']).refused).toEqual(['password']);
  }
  const credentialTypes = literals(propertyShape(client, 'cloudflare.credentialType')).map(String);
  expect(verdicts(resource.schema, 'cloudflare.credential_type', [...credentialTypes, 'apiKey'])).toEqual({ accepted: credentialTypes, refused: ['apiKey'] });
});

describe('the emulator', () => {
  const em = withEmulator({ resetBeforeEach: true });
  const auth = () => ({ authorization: `Bearer ${em.tokens.northflank}` });
  const url = (template: string, params: Record<string, string> = {}) => `${em.endpoints.northflank}${fill(template, params)}`;
  const routes = oracle.routes;

  /** A create body for `provider` with FACTS.md's required credential keys. */
  function body(name: string, provider: string): Record<string, unknown> {
    const keys: Record<string, readonly string[]> = {
      aws: oracle.required['credentials.aws'].value,
      gcp: oracle.required['credentials.gcp'].value,
      azure: oracle.required['credentials.azure'].value,
      civo: oracle.required['credentials.civo'].value,
      oci: oracle.required['credentials.oci'].value,
      byok: [],
    };
    return {
      name,
      provider,
      credentials: Object.fromEntries((keys[provider] ?? []).map((k) => [k, `v-${k}`])),
      ...(provider === 'aws' ? { aws: { authenticationMode: 'accessKey' } } : {}),
      ...(provider === 'gcp' ? { gcp: { projectId: 'proj-1' } } : {}),
    };
  }

  it('creates every provider on the page with FACTS.md’s credentials; reads, updates (200, as on the page), lists and deletes', async () => {
    for (const provider of oracle.enums.provider.value) {
      const res = await call(url(routes.create.value.path), 'POST', auth(), body(`Oracle ${provider}`, provider));
      expect({ provider, status: res.status }).toEqual({ provider, status: 200 });
      const data = (res.json as { data: Record<string, unknown> }).data;
      expect(Object.keys(data)).toEqual(expect.arrayContaining(oracle.required.response.value));
      expect(String(data['id'])).toMatch(new RegExp(oracle.patterns.id.value));
    }
    expect((await call(url(routes.get.value.path, { id: 'oracle-civo' }), 'GET', auth())).status).toBe(200);
    const updated = await call(url(routes.update.value.path, { integrationId: 'oracle-civo' }), 'POST', auth(), { description: 'This is a new description.' });
    expect(updated.status).toBe(routes.update.value.status);
    expect(Object.keys((updated.json as { data: object }).data)).toEqual(expect.arrayContaining(oracle.required.response.value));
    const listed = await call(url(routes.list.value.path), 'GET', auth());
    expect(((listed.json as { data: { integrations: unknown[] } }).data.integrations).length).toBe(oracle.enums.provider.value.length);
    expect((await call(url(routes.delete.value.path, { id: 'oracle-civo' }), 'DELETE', auth())).status).toBe(200);
    expect((await call(url(routes.get.value.path, { id: 'oracle-civo' }), 'GET', auth())).status).toBe(404);
  });

  it('refuses what the page’s rules refuse: name length and pattern, description length, unknown feature, missing credentials', async () => {
    const { min, max } = oracle.lengths.name.value;
    const status = async (b: Record<string, unknown>) => (await call(url(routes.create.value.path), 'POST', auth(), b)).status;
    expect(await status(body(`A${ofLength(min! - 1)}`, 'civo'))).toBe(200);
    expect(await status(body(`B${ofLength(max! - 1)}`, 'civo'))).toBe(200);
    expect(await status(body(`A${ofLength(min! - 2)}`, 'civo'))).toBe(400);
    expect(await status(body(`A${ofLength(max!)}`, 'civo'))).toBe(400);
    expect(await status(body('9lives', 'civo'))).toBe(400);
    expect(await status({ ...body('Desc Max', 'civo'), description: ofLength(oracle.lengths.description.value.max!) })).toBe(200);
    expect(await status({ ...body('Desc Long', 'civo'), description: ofLength(oracle.lengths.description.value.max! + 1) })).toBe(400);
    expect(await status({ ...body('All Features', 'civo'), features: oracle.enums.features.value })).toBe(200);
    expect(await status({ ...body('Bad Feature', 'civo'), features: ['teleport'] })).toBe(400);
    const { credentials: _c, ...noCredentials } = body('No Creds', 'civo');
    expect(await status(noCredentials)).toBe(400);
  });
});
