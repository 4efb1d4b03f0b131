/**
 * Cloudflare Magic Cloud Networking: the vendor module (provider block
 * `cloudflare { base_url, api_token, account_id }`).
 */
import { defineVendor } from '../../framework/vendor';
import type { CloudflareClient } from './client';
import { cloudIntegrationResource } from './cloud-integration';
import { cloudIntegrationAuthorizationResource } from './cloud-integration-authorization';
import { cloudIntegrationSetupDataSource } from './cloud-integration-setup';
import { cloudIntegrationsDataSource } from './cloud-integrations';

export default defineVendor({
  vendor: 'cloudflare',
  client: (settings, { need, userAgent, logger }): CloudflareClient => {
    // Loaded on first use, not at provider start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { CloudflareClient: Client } = require('./client') as typeof import('./client');
    return new Client({ baseUrl: settings.base_url, apiToken: need('api_token'), accountId: need('account_id'), userAgent, logger });
  },
  resources: [cloudIntegrationResource, cloudIntegrationAuthorizationResource],
  dataSources: [cloudIntegrationSetupDataSource, cloudIntegrationsDataSource],
});
