/** The Avisi Cloud vendor module: cloud accounts, their credentials and the primary credentials. */
/* eslint-disable @typescript-eslint/no-require-imports -- each type loads on first use, not at provider start-up */
import { apiModule } from '../../emulator/types';
import { attrs, str } from '../../framework/attributes';
import { defineVendor } from '../module';
import type { AvisiClient } from './client';

export default defineVendor({
  block: {
    name: 'avisi',
    title: 'Avisi Cloud',
    defaultBaseUrl: 'https://api.avisi.cloud',
    attributes: attrs({
      api_token: str({ optional: true, sensitive: true, description: 'Avisi Cloud personal access token.' }),
      organisation: str({ optional: true, description: 'Avisi Cloud organisation slug.' }),
    }),
    example: 'avisi {\n  organisation = "acme" # api_token from CLOUDBRIDGE_AVISI_API_TOKEN\n}',
  },
  client: (_settings, { need, connection }): AvisiClient => {
    const { AvisiClient: Client } = require('./client') as typeof import('./client');
    return new Client({ ...connection, apiToken: need('api_token'), organisation: need('organisation') });
  },
  // A read of an account that does not exist: 404 means the token (and organisation) are good.
  checkCredentials: async (client, signal) => {
    await client.findCloudAccount('00000000-0000-0000-0000-000000000000', { signal });
  },
  resources: {
    cloudbridge_avisi_cloud_account: () => (require('./cloud-account') as typeof import('./cloud-account')).cloudAccountResource,
    cloudbridge_avisi_cloud_credentials: () => (require('./cloud-credentials') as typeof import('./cloud-credentials')).cloudCredentialsResource,
    cloudbridge_avisi_primary_cloud_credentials: () => (require('./primary-cloud-credentials') as typeof import('./primary-cloud-credentials')).primaryCloudCredentialsResource,
  },
  dataSources: {
    cloudbridge_avisi_cloud_accounts: () => (require('./data-sources') as typeof import('./data-sources')).cloudAccountsDataSource,
    cloudbridge_avisi_cloud_account_clusters: () => (require('./data-sources') as typeof import('./data-sources')).cloudAccountClustersDataSource,
    cloudbridge_avisi_cloud_credentials_list: () => (require('./data-sources') as typeof import('./data-sources')).cloudCredentialsListDataSource,
  },
  emulator: () => apiModule((require('./emulator') as typeof import('./emulator')).avisiEmulator),
});
