/**
 * Qtangl's tenant cloud integrations, as the page
 * (qtangl-cloud-integration-upsert.txt) and FACTS.md say it. Transcribed from
 * those two files alone; the provider's model is held against it.
 */
import { cite, type VendorOracle } from './sources';

const PAGE = 'qtangl-cloud-integration-upsert.txt';

const BODY_FIELDS = ['region', 'vaultName', 'roleArn', 'externalId', 'projectId', 'credentialsJson', 'kubeconfigJson', 'namespace', 'context', 'tenantId', 'clientId', 'clientSecret'] as const;

export const qtanglOracle = {
  routes: {
    upsert: cite(
      PAGE,
      [{ line: 'POST /tenant/integrations/cloud/{provider}' }, '| 401 | Unauthorized |', '| 403 | Forbidden |', '| 404 | Not found |', '| 422 | Unprocessable entity |', '| 429 | Too many requests |', '| 500 | Internal server error |', '| 503 | Service unavailable |'],
      { method: 'POST', path: '/tenant/integrations/cloud/{provider}', errors: [401, 403, 404, 422, 429, 500, 503] },
    ),
    list: cite('FACTS.md', '`GET /tenant/integrations/cloud` lists the tenant\'s rows', { method: 'GET', path: '/tenant/integrations/cloud' }),
    test: cite('FACTS.md', '`POST /tenant/integrations/cloud/{provider}/test`', { method: 'POST', path: '/tenant/integrations/cloud/{provider}/test' }),
  },
  enums: {
    provider: cite('FACTS.md', '- Providers are `aws`, `azure`, `gcp` and `kubernetes`.', ['aws', 'azure', 'gcp', 'kubernetes']),
    role: cite('FACTS.md', ['Keys carry a', 'role: `viewer` (read only), `operator` or `admin`.'], ['viewer', 'operator', 'admin']),
    writeRole: cite(PAGE, 'PilotPOST /tenant/integrations/cloud/{provider}Auth: operator | admin', ['operator', 'admin']),
  },
  patterns: {},
  lengths: {},
  required: {
    upsertBody: cite(PAGE, ['Request body', '| region | string | No |', '| clientSecret | string | No |'], []),
    response: cite(PAGE, [{ line: 'Response' }, '| integration | object | Yes | Saved cloud integration row. |'], ['integration']),
  },
  fields: {
    upsertBody: cite(PAGE, ['Request body', ...BODY_FIELDS.map((field) => `| ${field} | string | No |`)], [...BODY_FIELDS]),
    response: cite(PAGE, [{ line: 'Response' }, '| integration | object | Yes |'], ['integration']),
    echoed: cite('FACTS.md', '`credentialsJson`, `kubeconfigJson` and `externalId`.', ['credentialsJson', 'kubeconfigJson', 'externalId']),
    authHeaders: cite(PAGE, 'Missing or invalid API key in Authorization, x-api-key, or query param.', ['authorization', 'x-api-key']),
  },
} satisfies VendorOracle;
