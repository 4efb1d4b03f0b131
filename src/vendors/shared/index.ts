/** Vendor-neutral helpers: no `cloudbridge_<vendor>_` prefix, no client, no provider block. */
import { defineNeutralModule } from '../../framework/vendor';
import { externalIdResource } from './external-id';

export const sharedResources = [externalIdResource];
export const sharedDataSources = [];

export const sharedModule = defineNeutralModule({ resources: sharedResources, dataSources: sharedDataSources });
