/** The Qtangl vendor module: cloud integrations, one per (tenant, provider). */
/* eslint-disable @typescript-eslint/no-require-imports -- each type loads on first use, not at provider start-up */
import { apiModule } from '../../emulator/types';
import { attrs, str } from '../../framework/attributes';
import { defineVendor } from '../module';
import type { QtanglClient } from './client';

export default defineVendor({
  block: {
    name: 'qtangl',
    title: 'Qtangl',
    defaultBaseUrl: 'https://sparkling-vibrancy-production-1a7a.up.railway.app',
    requestsPerMinute: 300,
    rateLimitSource: 'Qtangl: 300 requests per minute per key',
    attributes: attrs({ api_key: str({ optional: true, sensitive: true, description: 'Qtangl API key; writes need the `operator` or `admin` role.' }) }),
    example: 'qtangl {} # api_key from CLOUDBRIDGE_QTANGL_API_KEY',
  },
  client: (_settings, { need, connection }): QtanglClient => {
    const { QtanglClient: Client } = require('./client') as typeof import('./client');
    return new Client({ ...connection, apiKey: need('api_key') });
  },
  // The tenant's rows: any key may read them, so a refused key is a 401.
  checkCredentials: async (client, signal) => {
    await client.listIntegrations({ signal });
  },
  resources: {
    cloudbridge_qtangl_cloud_integration: () => (require('./cloud-integration') as typeof import('./cloud-integration')).qtanglCloudIntegrationResource,
  },
  dataSources: {
    cloudbridge_qtangl_cloud_integrations: () => (require('./cloud-integrations') as typeof import('./cloud-integrations')).qtanglCloudIntegrationsDataSource,
  },
  emulator: () => apiModule((require('./emulator') as typeof import('./emulator')).qtanglEmulator),
});
