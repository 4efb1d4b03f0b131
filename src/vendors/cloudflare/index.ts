/** The Cloudflare Magic Cloud Networking vendor module: cloud integrations and their AWS authorization. */
/* eslint-disable @typescript-eslint/no-require-imports -- each type loads on first use, not at provider start-up */
import { apiModule } from '../../emulator/types';
import { attrs, str } from '../../framework/attributes';
import { defineVendor } from '../module';
import type { CloudflareClient } from './client';

const CREDENTIALS_PROBE_ID = '00000000-0000-0000-0000-000000000000';

export default defineVendor({
  block: {
    name: 'cloudflare',
    title: 'Cloudflare',
    defaultBaseUrl: 'https://api.cloudflare.com/client/v4',
    requestsPerMinute: 240,
    rateLimitSource: 'Cloudflare: 1,200 requests per five minutes per user',
    attributes: attrs({
      api_token: str({ optional: true, sensitive: true, description: 'Cloudflare API token with Magic Cloud Networking permissions.' }),
      account_id: str({ optional: true, description: 'Cloudflare account id.' }),
    }),
    example: 'cloudflare {\n  account_id = "023e105f4ecef8ad9ca31a8372d0c353"\n}',
  },
  client: (_settings, { need, connection }): CloudflareClient => {
    const { CloudflareClient: Client } = require('./client') as typeof import('./client');
    return new Client({ ...connection, apiToken: need('api_token'), accountId: need('account_id') });
  },
  // A read of an integration that does not exist: 404 means the token (and account) are good.
  checkCredentials: async (client, signal) => {
    await client.findIntegration(CREDENTIALS_PROBE_ID, {}, { signal });
  },
  resources: {
    cloudbridge_cloudflare_cloud_integration: () => (require('./cloud-integration') as typeof import('./cloud-integration')).cloudIntegrationResource,
    cloudbridge_cloudflare_cloud_integration_authorization: () =>
      (require('./cloud-integration-authorization') as typeof import('./cloud-integration-authorization')).cloudIntegrationAuthorizationResource,
  },
  dataSources: {
    cloudbridge_cloudflare_cloud_integration_setup: () => (require('./cloud-integration-setup') as typeof import('./cloud-integration-setup')).cloudIntegrationSetupDataSource,
    cloudbridge_cloudflare_cloud_integrations: () => (require('./cloud-integrations') as typeof import('./cloud-integrations')).cloudIntegrationsDataSource,
  },
  emulator: () => apiModule((require('./emulator') as typeof import('./emulator')).cloudflareEmulator),
});
