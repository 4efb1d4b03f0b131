/**
 * The vendor module: everything cloudbridge knows of one vendor, exported as
 * one value from `src/vendors/<vendor>/index.ts`:
 * - its provider block (settings, environment fallbacks, default base URL, docs title),
 * - its client factory,
 * - its resources and data sources, each loaded on first use,
 * - its emulator (routes, state, the tokens and ids it prints), loaded only by `cloudbridge emulate`.
 *
 * The provider (src/provider.ts) and the emulator (src/emulate.ts) take the
 * modules from one list, src/vendors/index.ts; nothing else names a vendor.
 */
import type { EmulatedApiModule } from '../emulator/types';
import type { Attrs } from '../framework/attributes';
import type { VendorBlock, VendorSettings } from '../framework/provider-config';
import type { DataSourceType, ResourceType } from '../framework/resource';
import type { ClientTools, LazyTypes, ProviderModule } from '../framework/vendor';

export { defineNeutralModule } from '../framework/vendor';

export interface VendorModule<C = never> extends ProviderModule<C> {
  readonly block: VendorBlock;
  /** The vendor's emulated API; required lazily so that the provider never loads it. */
  readonly emulator: () => EmulatedApiModule<unknown>;
}

export interface VendorModuleSpec<A extends Attrs, C> {
  readonly block: VendorBlock<A>;
  readonly client: (settings: VendorSettings<A>, tools: ClientTools<A>) => C;
  /** See ProviderModule.checkCredentials. */
  readonly checkCredentials?: (client: C, signal: AbortSignal) => Promise<void>;
  readonly resources: LazyTypes<ResourceType<C>>;
  readonly dataSources: LazyTypes<DataSourceType<C>>;
  readonly emulator: () => EmulatedApiModule<unknown>;
}

/** Declares a vendor module; the client factory is typed by the block's own settings. */
export function defineVendor<A extends Attrs, C>(spec: VendorModuleSpec<A, C>): VendorModule<C> {
  return {
    block: spec.block,
    client: (settings: VendorSettings<A>, tools: ClientTools<A>): C => spec.client(settings, tools),
    ...(spec.checkCredentials ? { checkCredentials: spec.checkCredentials } : {}),
    resources: spec.resources,
    dataSources: spec.dataSources,
    emulator: spec.emulator,
  };
}
