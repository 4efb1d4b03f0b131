/** The Northflank vendor module: cloud provider integrations. */
/* eslint-disable @typescript-eslint/no-require-imports -- each type loads on first use, not at provider start-up */
import { apiModule } from '../../emulator/types';
import { attrs, str } from '../../framework/attributes';
import { defineVendor } from '../module';
import type { NorthflankClient } from './client';

export default defineVendor({
  block: {
    name: 'northflank',
    title: 'Northflank',
    defaultBaseUrl: 'https://api.northflank.com',
    attributes: attrs({ api_token: str({ optional: true, sensitive: true, description: 'Northflank API token.' }) }),
    example: 'northflank {} # api_token from CLOUDBRIDGE_NORTHFLANK_API_TOKEN',
  },
  client: (_settings, { need, connection }): NorthflankClient => {
    const { NorthflankClient: Client } = require('./client') as typeof import('./client');
    return new Client({ ...connection, apiToken: need('api_token') });
  },
  // A read of an integration that does not exist: 404 means the token is good.
  checkCredentials: async (client, signal) => {
    await client.findIntegration('cloudbridge-credentials-check', { signal });
  },
  resources: {
    cloudbridge_northflank_cloud_integration: () => (require('./cloud-integration') as typeof import('./cloud-integration')).northflankCloudIntegrationResource,
  },
  dataSources: {},
  emulator: () => apiModule((require('./emulator') as typeof import('./emulator')).northflankEmulator),
});
