/**
 * Avisi Cloud cloud accounts and credentials, as the page
 * (avisi-cloud-accounts.txt) and FACTS.md say it. Transcribed from those two
 * files alone; the provider's model is held against it.
 */
import { cite, type Cited, type RouteFact, type VendorOracle } from './sources';

const PAGE = 'avisi-cloud-accounts.txt';
const SECTION = 'HTTP Responses codes for';

const STATUS_LINES: Readonly<Record<number, string>> = {
  200: '200Request was successfully processed. The response body contains the requested data.',
  204: '204Request was successfully processed, but there is no response body to return.',
  400: '400Invalid request parameters.',
  403: '403You do not have the necessary permissions to access this resource.',
  404: '404The requested resource could not be found.',
  500: '500An internal error occurred on the server.',
};
const ERRORS = [400, 403, 404, 500] as const;

/** One operation: its `HTTP Responses codes for "<summary>"` table (the set-primary one has an empty summary), then its `METHOD path` line. */
function route(summary: string, method: RouteFact['method'], path: string, status: number, statusLine = STATUS_LINES[status]!): Cited<RouteFact> {
  const heading = summary === '' ? { line: `${SECTION} ""` } : `${SECTION} "${summary}`;
  const quotes = [heading, statusLine, ...ERRORS.map((code) => STATUS_LINES[code]!), { line: `${method} ${path}` }];
  return cite(PAGE, quotes, { method, path, status, errors: ERRORS }, SECTION);
}

const ACCOUNTS = '/api/v1/orgs/{organisationSlug}/cloud-accounts';
const ACCOUNT = `${ACCOUNTS}/{cloudAccountIdentity}`;
const CREDENTIALS = `${ACCOUNT}/credentials`;

/** A credentials body's `credentials` object: `Related Objects` of its section, then the keys. */
function credentialKeys(summary: string, schema: string, keys: readonly string[]): Cited<readonly string[]> {
  return cite(PAGE, [`${SECTION} "${summary}`, `One of #/components/schemas/${schema}`, { line: schema }, ...keys.map((key) => ({ line: `• ${key} string` }))], keys, SECTION);
}

export const avisiOracle = {
  routes: {
    listAccounts: route('List cloud accounts in an organisation.', 'GET', ACCOUNTS, 200),
    createAccount: route('Create a cloud account in an organisation.', 'POST', ACCOUNTS, 200),
    deleteAccount: route('Delete a cloud account from an organisation', 'DELETE', ACCOUNT, 204),
    getAccount: route('Get a cloud account in an organisation.', 'GET', ACCOUNT, 200),
    updateAccount: route('Update a cloud account in an organisation.', 'PATCH', ACCOUNT, 200),
    listClusters: route('List clusters of an organisation provisioned with a cloud account.', 'GET', `${ACCOUNT}/clusters`, 200),
    listCredentials: route('List cloud credentials for a cloud account.', 'GET', CREDENTIALS, 200),
    'createCredentials.aws': route('Create AWS credentials inside an AWS cloud account.', 'POST', `${CREDENTIALS}/aws`, 200),
    'createCredentials.azure': route('Create Azure credentials inside an Azure cloud account.', 'POST', `${CREDENTIALS}/azure`, 200),
    'createCredentials.digitalocean': route('Create Digital Ocean credentials inside an Digital Ocean cloud account.', 'POST', `${CREDENTIALS}/digitalocean`, 200),
    'createCredentials.dummy': route('Create dummy credentials inside an dummy cloud account.', 'POST', `${CREDENTIALS}/dummy`, 200),
    'createCredentials.hetzner': route('Create Hetzner credentials inside an Hetzner cloud account.', 'POST', `${CREDENTIALS}/hetzner`, 200),
    'createCredentials.openstack': route('Create OpenStack credentials inside an OpenStack cloud account.', 'POST', `${CREDENTIALS}/openstack`, 200),
    'createCredentials.vsphere': route('Create vSphere credentials inside an vSphere cloud account.', 'POST', `${CREDENTIALS}/vsphere`, 200),
    deleteCredentials: route('Delete cloud credentials from a cloud account', 'DELETE', `${CREDENTIALS}/{credentialsIdentity}`, 204),
    setPrimary: route('', 'POST', `${CREDENTIALS}/{credentialsIdentity}/set-primary`, 200, '200OK'),
  },
  enums: {
    'cloudProfile.type': cite(PAGE, 'One of aws azure byon digitalocean empty hetzner multipass none openstack vsphere', ['aws', 'azure', 'byon', 'digitalocean', 'empty', 'hetzner', 'multipass', 'none', 'openstack', 'vsphere']),
    credentialType: cite('FACTS.md', 'The credential bodies per type are on the page: aws, azure, digitalocean, dummy, hetzner,', ['aws', 'azure', 'digitalocean', 'dummy', 'hetzner', 'openstack', 'vsphere']),
  },
  patterns: {},
  lengths: {
    'createAccount.cloudProfile': cite(PAGE, [`${SECTION} "Create a cloud account`, '• cloudProfile string Required', 'max length: 64'], { max: 64 }, SECTION),
    'createAccount.displayName': cite(PAGE, [`${SECTION} "Create a cloud account`, '• displayName string Required', 'max length: 64'], { max: 64 }, SECTION),
    'updateAccount.displayName': cite(PAGE, [`${SECTION} "Update a cloud account`, '• displayName string', 'min length: 3', 'max length: 64'], { min: 3, max: 64 }, SECTION),
    'createCredentials.hetzner.displayName': cite(PAGE, [`${SECTION} "Create Hetzner credentials`, '• displayName string Required', 'max length: 64'], { max: 64 }, SECTION),
  },
  required: {
    createAccount: cite(PAGE, [`${SECTION} "Create a cloud account`, '• cloudProfile string Required', '• displayName string Required'], ['cloudProfile', 'displayName'], SECTION),
    'createCredentials.hetzner': cite(PAGE, [`${SECTION} "Create Hetzner credentials`, '• displayName string Required'], ['displayName'], SECTION),
  },
  fields: {
    createAccount: cite(PAGE, [`${SECTION} "Create a cloud account`, 'Request Body Parameters', '• cloudProfile string', '• displayName string', '• metadata object'], ['cloudProfile', 'displayName', 'metadata'], SECTION),
    updateAccount: cite(PAGE, [`${SECTION} "Update a cloud account`, 'Request Body Parameters', '• displayName string', '• enabled boolean', '• primaryCloudCredentials uuid'], ['displayName', 'enabled', 'primaryCloudCredentials'], SECTION),
    credentialsBody: cite(PAGE, [`${SECTION} "Create AWS credentials`, 'Request Body Parameters', '• credentials object', '• displayName string', '• metadata object'], ['credentials', 'displayName', 'metadata'], SECTION),
    'credentials.aws': credentialKeys('Create AWS credentials inside an AWS cloud account.', 'AWSAccessKey', ['accessKeyId', 'accessKeySecret']),
    'credentials.azure': credentialKeys('Create Azure credentials inside an Azure cloud account.', 'AzureCredentials', ['clientId', 'clientSecret', 'subscriptionId', 'tenantId']),
    'credentials.digitalocean': credentialKeys('Create Digital Ocean credentials inside an Digital Ocean cloud account.', 'DigitalOceanAPIKey', ['apiKey']),
    'credentials.hetzner': credentialKeys('Create Hetzner credentials inside an Hetzner cloud account.', 'HetznerCredentials', ['apiToken']),
    'credentials.openstack': credentialKeys('Create OpenStack credentials inside an OpenStack cloud account.', 'OpenStackCredentials', ['credentialId', 'credentialSecret']),
    'credentials.vsphere': credentialKeys('Create vSphere credentials inside an vSphere cloud account.', 'VSphereCredentials', ['password', 'provisionPassword', 'provisionUsername', 'username']),
    cloudAccount: cite(
      PAGE,
      [`${SECTION} "Get a cloud account`, { line: 'Response' }, '• cloudProfile object', '• displayName string', '• enabled boolean', '• identity uuid', '• metadata object', '• primaryCloudCredentialsIdentity uuid'],
      ['cloudProfile', 'displayName', 'enabled', 'identity', 'metadata', 'primaryCloudCredentialsIdentity'],
      SECTION,
    ),
    cloudCredentials: cite(
      PAGE,
      [`${SECTION} "Create AWS credentials`, { line: 'Response' }, '• cloudAccountIdentity uuid', '• cloudType string', '• createdAt date-time', '• displayName string', '• identity uuid', '• isPrimary boolean', '• metadata object'],
      ['cloudAccountIdentity', 'cloudType', 'createdAt', 'displayName', 'identity', 'isPrimary', 'metadata'],
      SECTION,
    ),
    page: cite('FACTS.md', '- Lists are Spring pages: `content[]`, `totalElements`, `totalPages`, `number`, `size`, `first`,', ['content', 'totalElements', 'totalPages', 'number', 'size', 'first', 'last']),
    pageQuery: cite('FACTS.md', 'They are paged with `?page=&size=`.', ['page', 'size']),
    listAccountsQuery: cite(PAGE, [{ line: 'Query Parameters:' }, '• display-name (Optional search parameter)', '• cloud-provider-slug (Optional search parameter)'], ['display-name', 'cloud-provider-slug']),
  },
} satisfies VendorOracle;
