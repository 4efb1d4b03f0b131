/** The Avisi Cloud vendor module: its client factory, resources and data sources. */
import { defineVendor } from '../../framework/vendor';
import { AvisiClient } from './client';
import { cloudAccountResource } from './cloud-account';
import { cloudCredentialsResource } from './cloud-credentials';
import { cloudAccountClustersDataSource, cloudAccountsDataSource, cloudCredentialsListDataSource } from './data-sources';
import { primaryCloudCredentialsResource } from './primary-cloud-credentials';

export const avisiVendor = defineVendor({
  vendor: 'avisi',
  client: (settings, tools) =>
    new AvisiClient({
      baseUrl: settings.base_url,
      apiToken: tools.need('api_token'),
      organisation: tools.need('organisation'),
      userAgent: tools.userAgent,
      logger: tools.logger,
    }),
  resources: [cloudAccountResource, cloudCredentialsResource, primaryCloudCredentialsResource],
  dataSources: [cloudAccountsDataSource, cloudAccountClustersDataSource, cloudCredentialsListDataSource],
});
