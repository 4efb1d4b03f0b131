/**
 * Northflank cloud-provider integrations, as the page
 * (northflank-update-cloud-integration.txt) and FACTS.md say it. Transcribed
 * from those two files alone; the provider's model is held against it.
 */
import { cite, type VendorOracle } from './sources';

const PAGE = 'northflank-update-cloud-integration.txt';

const CREDENTIAL_KEYS = [
  'keyfileJson',
  'accessKey',
  'secretKey',
  'roleArn',
  'externalId',
  'apiKey',
  'tenantId',
  'clientId',
  'objectId',
  'secret',
  'subscriptionId',
  'region',
  'tenancyId',
  'userId',
  'fingerprint',
  'privateKey',
  'passphrase',
  'compartmentId',
] as const;

/** The credential keys as the page lists them, one per line: `string<Description><nextKey>`. */
const CREDENTIAL_QUOTES = [
  'chosen.keyfileJson',
  'GCP key file.accessKey',
  'AWS access key.secretKey',
  'AWS secret key.roleArn',
  'AWS IAM role ARN.externalId',
  '(external id).apiKey',
  'Civo API key.tenantId',
  '(tenant) IDclientId',
  '(client) IDobjectId',
  'Object IDsecret',
  'SecretsubscriptionId',
  'Subscription IDregion',
  'Authentication RegiontenancyId',
  'Tenancy IDuserId',
  'User IDfingerprint',
  'FingerprintprivateKey',
  'Private Keypassphrase',
  'PassphrasecompartmentId',
];

export const northflankOracle = {
  routes: {
    create: cite('FACTS.md', '`POST /v1/cloud-providers/integrations` creates.', { method: 'POST', path: '/v1/cloud-providers/integrations' }),
    get: cite('FACTS.md', '`GET /v1/cloud-providers/integrations/{id}` reads.', { method: 'GET', path: '/v1/cloud-providers/integrations/{id}' }),
    update: cite(PAGE, ['POST /v1/cloud-providers/integrations/{integrationId}', { line: '200 OK' }], { method: 'POST', path: '/v1/cloud-providers/integrations/{integrationId}', status: 200 }),
    delete: cite('FACTS.md', '`DELETE /v1/cloud-providers/integrations/{id}` deletes', { method: 'DELETE', path: '/v1/cloud-providers/integrations/{id}' }),
    list: cite('FACTS.md', '`GET /v1/cloud-providers/integrations` lists.', { method: 'GET', path: '/v1/cloud-providers/integrations' }),
  },
  enums: {
    provider: cite(PAGE, 'Cloud provider to be used for the selected resourceone ofaws, azure, civo, gcp, oci, byok', ['aws', 'azure', 'civo', 'gcp', 'oci', 'byok']),
    features: cite(
      PAGE,
      'The type of provider integration.one ofbyoc, byoc-static-egress, byoc-custom-vpc, cloudfront, self-hosted-registry, route53, self-hosted-logs-metrics, docker-registry-credential',
      ['byoc', 'byoc-static-egress', 'byoc-custom-vpc', 'cloudfront', 'self-hosted-registry', 'route53', 'self-hosted-logs-metrics', 'docker-registry-credential'],
    ),
    'aws.authenticationMode': cite(PAGE, ['AWS specific data. Required when `provider` is `aws`.authenticationMode', 'one ofaccessKey, crossAccountRole'], ['accessKey', 'crossAccountRole']),
    'gcp.authenticationMode': cite(PAGE, ['GCP specific data. Required when `provider` is `gcp`.', 'one ofaccessKey, crossAccountRole'], ['accessKey', 'crossAccountRole']),
  },
  patterns: {
    id: cite(PAGE, 'ID of the integrationpattern^[A-Za-z0-9-]+$', '^[A-Za-z0-9-]+$'),
    name: cite(PAGE, String.raw`The name of the cloud provider integration.min length3max length39pattern^[a-zA-Z]((-|\s)?[a-zA-Z0-9]+((-|\s)[a-zA-Z0-9]+)*)?$`, String.raw`^[a-zA-Z]((-|\s)?[a-zA-Z0-9]+((-|\s)[a-zA-Z0-9]+)*)?$`),
    description: cite(PAGE, String.raw`The description of the integration.max length200pattern^[a-zA-Z0-9.,?\s\\/'"()[\];${'`'}%^&*\-_:!]+$`, String.raw`^[a-zA-Z0-9.,?\s\\/'"()[\];${'`'}%^&*\-_:!]+$`),
  },
  lengths: {
    name: cite(PAGE, 'The name of the cloud provider integration.min length3max length39', { min: 3, max: 39 }),
    description: cite(PAGE, 'The description of the integration.max length200', { max: 200 }),
  },
  required: {
    updateBody: cite(PAGE, [{ line: 'Request body' }, '$credentials', '{object} requiredCloud provider credential input'], ['credentials']),
    response: cite(
      PAGE,
      [{ line: 'Response body' }, { line: 'data' }, '{object} requiredResult data.id', 'string requiredID of the integration', 'string requiredThe name', '$provider', 'string requiredCloud provider', { line: 'credentials' }, '{object} requiredCloud provider credential input', 'createdAt', 'string requiredThe time the integration was created.'],
      ['id', 'name', 'provider', 'credentials', 'createdAt'],
    ),
    'gcp': cite(PAGE, ['GCP specific data. Required when `provider` is `gcp`.projectId', 'string requiredGCP Project ID'], ['projectId']),
    'credentials.aws': cite('FACTS.md', '- aws: `accessKey`/`secretKey`, or `roleArn`/`externalId`', ['accessKey', 'secretKey']),
    'credentials.aws.crossAccountRole': cite('FACTS.md', '- aws: `accessKey`/`secretKey`, or `roleArn`/`externalId`', ['roleArn', 'externalId']),
    'credentials.gcp': cite('FACTS.md', '- gcp: `keyfileJson`', ['keyfileJson']),
    'credentials.azure': cite('FACTS.md', '- azure: `tenantId`, `clientId`, `secret`, `subscriptionId`', ['tenantId', 'clientId', 'secret', 'subscriptionId']),
    'credentials.civo': cite('FACTS.md', '- civo: `apiKey`', ['apiKey']),
    'credentials.oci': cite('FACTS.md', '- oci: `tenancyId`, `userId`, `fingerprint`, `privateKey`, `passphrase`, `compartmentId`, `region`', ['tenancyId', 'userId', 'fingerprint', 'privateKey', 'passphrase', 'compartmentId', 'region']),
    name: cite('FACTS.md', '`name` is required (3 to 39 characters, pattern on the page)', ['name']),
  },
  fields: {
    updateBody: cite(PAGE, [{ line: 'Request body' }, { line: 'description' }, '$credentials'], ['description', 'credentials']),
    credentials: cite(PAGE, [{ line: 'Request body' }, ...CREDENTIAL_QUOTES], [...CREDENTIAL_KEYS]),
    response: cite(
      PAGE,
      [{ line: 'Response body' }, 'Result data.id', 'pattern^[A-Za-z0-9-]+$name', '$description', '$provider', 'byokfeatures', { line: 'credentials' }, 'Compartment IDaws', 'Required when `provider` is `aws`.', 'Required when `provider` is `gcp`.', 'createdAt'],
      ['id', 'name', 'description', 'provider', 'features', 'credentials', 'aws', 'gcp', 'createdAt'],
    ),
    gcp: cite(PAGE, ['Required when `provider` is `gcp`.projectId', 'crossAccountRoleserviceAccountEmail'], ['projectId', 'authenticationMode', 'serviceAccountEmail']),
    envelope: cite('FACTS.md', 'result in `{data: ...}`; errors are `{error: {status, message, ...}}`.', ['data']),
  },
} satisfies VendorOracle;
