/**
 * The P0 Security vendor module: the AWS integration root, a staged and an
 * installed resource per component (generated from the component table),
 * and the config and base data sources.
 */
import { defineVendor } from '../../framework/vendor';
import type { P0Client } from './client';
import { awsBaseDataSource } from './base-data-source';
import { COMPONENT_ROWS } from './components';
import { awsConfigDataSource } from './config-data-source';
import { installedResource } from './installed';
import { awsIntegration } from './integration';
import { stagedResource } from './staged';

export const p0Vendor = defineVendor({
  vendor: 'p0',
  client: (settings, tools): P0Client => {
    // Lazy require: the client's zod schemas and undici load on first use, not at provider start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { P0Client: Client } = require('./client') as typeof import('./client');
    return new Client({
      baseUrl: settings.base_url,
      apiToken: tools.need('api_token'),
      orgId: tools.need('org_id'),
      userAgent: tools.userAgent,
      logger: tools.logger,
    });
  },
  resources: [awsIntegration, ...COMPONENT_ROWS.flatMap((row) => [stagedResource(row), installedResource(row)])],
  dataSources: [awsConfigDataSource, awsBaseDataSource],
});

export default p0Vendor;
