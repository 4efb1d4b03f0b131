/**
 * Qtangl: the vendor module (provider block `qtangl { base_url, api_key }`).
 */
import { defineVendor } from '../../framework/vendor';
import type { QtanglClient } from './client';
import { qtanglCloudIntegrationResource } from './cloud-integration';
import { qtanglCloudIntegrationsDataSource } from './cloud-integrations';

export default defineVendor({
  vendor: 'qtangl',
  client: (settings, { need, userAgent, logger }): QtanglClient => {
    // Loaded on first use, not at provider start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { QtanglClient: Client } = require('./client') as typeof import('./client');
    return new Client({ baseUrl: settings.base_url, apiKey: need('api_key'), userAgent, logger });
  },
  resources: [qtanglCloudIntegrationResource],
  dataSources: [qtanglCloudIntegrationsDataSource],
});
