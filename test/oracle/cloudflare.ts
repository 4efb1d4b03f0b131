/**
 * Cloudflare Magic Cloud Networking, Cloud Integrations, as the page
 * (cloudflare-magic-cloud-integrations.md) and FACTS.md say it. Transcribed
 * from those two files alone; the provider's model is held against it.
 */
import { cite, type Cited, type RouteFact, type VendorOracle } from './sources';

const PAGE = 'cloudflare-magic-cloud-integrations.md';

const STATUS_HEADINGS: Readonly<Record<number, string>> = {
  200: '#### 200 OK.',
  201: '#### 201 Created.',
  202: '#### 202 Accepted.',
  400: '#### 400 Bad Request.',
  401: '#### 401 Invalid Credentials.',
  403: '#### 403 Forbidden.',
  404: '#### 404 Not Found.',
  409: '#### 409 Conflict.',
  422: '#### 422 Unprocessable Entity.',
  500: '#### 500 Internal Server Error.',
};

/** One `## ` section of the page: its heading, its `**METHOD** \`path\`` line and its response headings in order. */
function route(heading: string, method: RouteFact['method'], path: string, status: number, errors: readonly number[]): Cited<RouteFact> {
  const quotes = [{ line: `## ${heading}` }, `**${method}** \`${path}\``, ...[status, ...errors].map((code) => ({ line: STATUS_HEADINGS[code]! }))];
  return cite(PAGE, quotes, { method, path, status, errors }, '## ');
}

const ACCOUNT = '/accounts/{account_id}/magic/cloud/providers';

export const cloudflareOracle = {
  routes: {
    create: route('Create Cloud Integration', 'POST', ACCOUNT, 201, [400, 401, 403, 409, 422, 500]),
    list: route('List Cloud Integrations', 'GET', ACCOUNT, 200, [400, 401, 403, 500]),
    discoverAll: route('Run Discovery for All Integrations', 'POST', `${ACCOUNT}/discover`, 202, [400, 401, 403, 409, 500]),
    update: route('Update Cloud Integration', 'PUT', `${ACCOUNT}/{provider_id}`, 200, [400, 401, 403, 404, 409, 422, 500]),
    edit: route('Patch Cloud Integration', 'PATCH', `${ACCOUNT}/{provider_id}`, 200, [400, 401, 403, 404, 409, 422, 500]),
    get: route('Read Cloud Integration', 'GET', `${ACCOUNT}/{provider_id}`, 200, [400, 401, 403, 404, 500]),
    delete: route('Delete Cloud Integration', 'DELETE', `${ACCOUNT}/{provider_id}`, 200, [400, 401, 403, 404, 500]),
    discover: route('Run Discovery', 'POST', `${ACCOUNT}/{provider_id}/discover`, 202, [400, 401, 403, 404, 409, 500]),
    initialSetup: route('Get Cloud Integration Setup Config', 'GET', `${ACCOUNT}/{provider_id}/initial_setup`, 200, [400, 401, 403, 404, 500]),
  },
  enums: {
    cloud_type: cite('FACTS.md', '`cloud_type` (required, one of `AWS`, `AZURE`, `GOOGLE`, `CLOUDFLARE`),', ['AWS', 'AZURE', 'GOOGLE', 'CLOUDFLARE']),
    lifecycle_state: cite('FACTS.md', '`lifecycle_state` (`ACTIVE`, `PENDING_SETUP`, `RETIRED`)', ['ACTIVE', 'PENDING_SETUP', 'RETIRED']),
    state: cite('FACTS.md', ['`state` / `state_v2` (`UNSPECIFIED`,', '`PENDING`, `DISCOVERING`, `FAILED`, `SUCCEEDED`)'], ['UNSPECIFIED', 'PENDING', 'DISCOVERING', 'FAILED', 'SUCCEEDED']),
    state_v2: cite('FACTS.md', ['`state` / `state_v2` (`UNSPECIFIED`,', '`PENDING`, `DISCOVERING`, `FAILED`, `SUCCEEDED`)'], ['UNSPECIFIED', 'PENDING', 'DISCOVERING', 'FAILED', 'SUCCEEDED']),
    order_by: cite('FACTS.md', '`order_by` is one of `updated_at`, `id`, `cloud_type`, `name`', ['updated_at', 'id', 'cloud_type', 'name']),
  },
  patterns: {},
  lengths: {},
  required: {
    createBody: cite('FACTS.md', ['`cloud_type` (required,', '`friendly_name` (required)'], ['cloud_type', 'friendly_name']),
  },
  fields: {
    createBody: cite('FACTS.md', ['Create (POST) body: `cloud_type`', '`friendly_name` (required), `description` (optional)'], ['cloud_type', 'friendly_name', 'description']),
    updateBody: cite(
      'FACTS.md',
      ['PUT (replace) and PATCH (edit) bodies take, all optional: `aws_arn`, `azure_subscription_id`,', '`azure_tenant_id`, `gcp_project_id`, `gcp_service_account_email`, `friendly_name`, `description`.'],
      ['aws_arn', 'azure_subscription_id', 'azure_tenant_id', 'gcp_project_id', 'gcp_service_account_email', 'friendly_name', 'description'],
    ),
    listQuery: cite('FACTS.md', 'List accepts `?cloudflare=`, `?desc=`, `?order_by=`, `?status=`.', ['cloudflare', 'desc', 'order_by', 'status']),
    discoverQuery: cite('FACTS.md', 'Discover accepts `?v2=true`.', ['v2']),
    deleteResult: cite(PAGE, [{ line: '## Delete Cloud Integration' }, { line: '#### 200 OK.' }, '"id": "*string*"'], ['id'], '## '),
    integration: cite(
      PAGE,
      [
        { line: '## Read Cloud Integration' },
        '"aws_arn": "*string*",',
        '"azure_subscription_id": "*string*",',
        '"azure_tenant_id": "*string*",',
        '"cloud_type": "*string*",',
        '"description": "*string*",',
        '"friendly_name": "*string*",',
        '"gcp_project_id": "*string*",',
        '"gcp_service_account_email": "*string*",',
        '"id": "*string*",',
        '"last_updated": "*string*",',
        '"lifecycle_state": "*string*",',
        '"state": "*string*",',
        '"state_v2": "*string*",',
        '"status": {',
      ],
      [
        'aws_arn',
        'azure_subscription_id',
        'azure_tenant_id',
        'cloud_type',
        'description',
        'friendly_name',
        'gcp_project_id',
        'gcp_service_account_email',
        'id',
        'last_updated',
        'lifecycle_state',
        'state',
        'state_v2',
        'status',
      ],
      '## ',
    ),
    status: cite(
      PAGE,
      [
        { line: '## Read Cloud Integration' },
        '"credentials_good_since": "*string*",',
        '"credentials_missing_since": "*string*",',
        '"credentials_rejected_since": "*string*",',
        '"discovery_message": "*string*",',
        '"discovery_message_v2": "*string*",',
        '"discovery_progress": {',
        '"discovery_progress_v2": {',
        '"in_use_by": [',
        '"last_discovery_completed_at": "*string*",',
        '"last_discovery_completed_at_v2": "*string*",',
        '"last_discovery_started_at": "*string*",',
        '"last_discovery_started_at_v2": "*string*",',
        '"last_discovery_status": "*string*",',
        '"last_discovery_status_v2": "*string*",',
        '"last_updated": "*string*",',
        '"regions": [',
      ],
      [
        'credentials_good_since',
        'credentials_missing_since',
        'credentials_rejected_since',
        'discovery_message',
        'discovery_message_v2',
        'discovery_progress',
        'discovery_progress_v2',
        'in_use_by',
        'last_discovery_completed_at',
        'last_discovery_completed_at_v2',
        'last_discovery_started_at',
        'last_discovery_started_at_v2',
        'last_discovery_status',
        'last_discovery_status_v2',
        'last_updated',
        'regions',
      ],
      '## ',
    ),
    awsInitialSetup: cite('FACTS.md', '- AWS: `{item_type, aws_trust_policy}`', ['item_type', 'aws_trust_policy']),
    azureInitialSetup: cite('FACTS.md', '- Azure: `{item_type, azure_consent_url, integration_identity_tag, tag_cli_command}`.', ['item_type', 'azure_consent_url', 'integration_identity_tag', 'tag_cli_command']),
    gcpInitialSetup: cite('FACTS.md', '- GCP: `{item_type, integration_identity_tag, tag_cli_command}`.', ['item_type', 'integration_identity_tag', 'tag_cli_command']),
    envelope: cite('FACTS.md', 'uses the envelope `{success, errors[], messages[], result}`', ['success', 'errors', 'messages', 'result']),
  },
} satisfies VendorOracle;
