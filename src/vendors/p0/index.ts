/**
 * The P0 Security vendor module: the AWS integration root, a staged and an
 * installed resource per component (declared in staged.ts and installed.ts from
 * the components of components.ts), and the config and base data sources.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- each type loads on first use, not at provider start-up */
import { attrs, str } from '../../framework/attributes';
import type { ResourceType } from '../../framework/resource';
import { apiModule } from '../../emulator/types';
import { defineVendor } from '../module';
import type { P0Client } from './client';

/**
 * The components' Terraform names, as in components.ts. staged.ts and installed.ts declare a type for
 * each (their tables are keyed by this type), and the registry checks that each loader's type has the name it is registered under.
 */
export const P0_COMPONENT_NAMES = ['iam_assessment', 'iam_write', 'function_caller', 'access_logs', 'inventory'] as const;
export type P0ComponentName = (typeof P0_COMPONENT_NAMES)[number];

const componentTypes: Record<string, () => ResourceType<P0Client>> = {};
for (const name of P0_COMPONENT_NAMES) {
  componentTypes[`cloudbridge_p0_aws_${name}_staged`] = () => (require('./staged') as typeof import('./staged')).stagedTypes[name]();
  componentTypes[`cloudbridge_p0_aws_${name}`] = () => (require('./installed') as typeof import('./installed')).installedTypes[name]();
}

export const p0Vendor = defineVendor({
  block: {
    name: 'p0',
    title: 'P0 Security',
    defaultBaseUrl: 'https://api.p0.app',
    attributes: attrs({
      api_token: str({ optional: true, sensitive: true, description: 'P0 API token (Bearer).' }),
      org_id: str({ optional: true, description: 'P0 organization id (the `{orgId}` in API paths).' }),
    }),
    example: 'p0 {\n  org_id = "my-org" # api_token from CLOUDBRIDGE_P0_API_TOKEN\n}',
  },
  client: (_settings, { need, connection }): P0Client => {
    const { P0Client: Client } = require('./client') as typeof import('./client');
    return new Client({ ...connection, apiToken: need('api_token'), orgId: need('org_id') });
  },
  // The root's read: 404 (no root yet) is a fine answer; a refused token is a 401/403.
  checkCredentials: async (client, signal) => {
    await client.findConfig({ signal });
  },
  resources: {
    cloudbridge_p0_aws_integration: () => (require('./integration') as typeof import('./integration')).awsIntegration,
    ...componentTypes,
  },
  dataSources: {
    cloudbridge_p0_aws_config: () => (require('./config-data-source') as typeof import('./config-data-source')).awsConfigDataSource,
    cloudbridge_p0_aws_base: () => (require('./base-data-source') as typeof import('./base-data-source')).awsBaseDataSource,
  },
  emulator: () => apiModule((require('./emulator') as typeof import('./emulator')).p0Emulator),
});

export default p0Vendor;
