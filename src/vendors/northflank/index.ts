/**
 * Northflank: the vendor module (provider block `northflank { base_url, api_token }`).
 */
import { defineVendor } from '../../framework/vendor';
import type { NorthflankClient } from './client';
import { northflankCloudIntegrationResource } from './cloud-integration';

export default defineVendor({
  vendor: 'northflank',
  client: (settings, { need, userAgent, logger }): NorthflankClient => {
    // Loaded on first use, not at provider start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { NorthflankClient: Client } = require('./client') as typeof import('./client');
    return new Client({ baseUrl: settings.base_url, apiToken: need('api_token'), userAgent, logger });
  },
  resources: [northflankCloudIntegrationResource],
  dataSources: [],
});
