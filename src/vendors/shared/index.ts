/** Vendor-neutral helpers: no `cloudbridge_<vendor>_` prefix, no client, no provider block. */
/* eslint-disable @typescript-eslint/no-require-imports -- each type loads on first use, not at provider start-up */
import { defineNeutralModule } from '../../framework/vendor';

export const sharedModule = defineNeutralModule({
  resources: { cloudbridge_external_id: () => (require('./external-id') as typeof import('./external-id')).externalIdResource },
  dataSources: {},
});
