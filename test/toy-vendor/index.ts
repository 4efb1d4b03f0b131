/**
 * A toy vendor that exists only to prove the vendor module interface: adding a
 * vendor is this one folder plus one line in each composition root
 * (test/toy-vendor/roots.ts, the test-only roots that mirror src/vendors/index.ts
 * and src/emulate.ts). Nothing in src/ knows it.
 *
 * Its API keeps widgets, each with a caller-chosen name that is also its id.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- as every vendor module: types and the emulator load on first use */
import { apiModule } from '../../src/emulator/types';
import { attrs, str } from '../../src/framework/attributes';
import { defineVendor } from '../../src/vendors/module';
import type { ToyClient } from './client';

export default defineVendor({
  block: {
    name: 'toy',
    title: 'Toy Widgets',
    defaultBaseUrl: 'https://api.toy.invalid',
    attributes: attrs({ api_token: str({ optional: true, sensitive: true, description: 'Toy API token.' }) }),
    example: 'toy {} # api_token from CLOUDBRIDGE_TOY_API_TOKEN',
  },
  client: (_settings, { need, connection }): ToyClient => {
    const { ToyClient: Client } = require('./client') as typeof import('./client');
    return new Client({ ...connection, apiToken: need('api_token') });
  },
  checkCredentials: async (client, signal) => {
    await client.findWidget('credentials-check', signal);
  },
  resources: {
    cloudbridge_toy_widget: () => (require('./widget') as typeof import('./widget')).widgetResource,
  },
  dataSources: {},
  emulator: () => apiModule((require('./emulator') as typeof import('./emulator')).toyEmulator),
});
