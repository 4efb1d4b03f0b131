/** The Avisi Cloud vendor module: its client factory, resources and data sources. */
import { defineVendor } from '../../framework/vendor';
import type { AvisiClient } from './client';
import { cloudAccountResource } from './cloud-account';
import { cloudCredentialsResource } from './cloud-credentials';
import { cloudAccountClustersDataSource, cloudAccountsDataSource, cloudCredentialsListDataSource } from './data-sources';
import { primaryCloudCredentialsResource } from './primary-cloud-credentials';

export default defineVendor({
  vendor: 'avisi',
  client: (settings, tools): AvisiClient => {
    // Lazy require: the client (zod schemas, undici) loads on first use, not at provider start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { AvisiClient: Client } = require('./client') as typeof import('./client');
    return new Client({
      baseUrl: settings.base_url,
      apiToken: tools.need('api_token'),
      organisation: tools.need('organisation'),
      userAgent: tools.userAgent,
      logger: tools.logger,
    });
  },
  resources: [cloudAccountResource, cloudCredentialsResource, primaryCloudCredentialsResource],
  dataSources: [cloudAccountsDataSource, cloudAccountClustersDataSource, cloudCredentialsListDataSource],
});
