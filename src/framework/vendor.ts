/**
 * A vendor module: its resources, data sources and client factory. The
 * provider (src/provider.ts) lists vendor modules; adding one is one line.
 */
import type { Logger } from '../protocol/log';
import type { DataSourceType, ResourceType } from './resource';
import type { VendorName, VendorSettings } from './provider-config';

export interface ClientTools<V extends VendorName> {
  /** The setting's value, or throws MissingSettingError (→ a diagnostic naming the env var). */
  need(attribute: Exclude<keyof VendorSettings<V>, 'base_url'> & string): string;
  /** `cloudbridge/<version> (terraform/<version>)`. */
  readonly userAgent: string;
  /** The provider's logger; HTTP clients log through it. */
  readonly logger: Logger;
}

/** `VendorModule` (C = never) is any vendor module. */
export interface VendorModule<C = never> {
  /** Null for vendor-neutral types (no client, no provider block). */
  readonly vendor: VendorName | null;
  readonly client?: (settings: never, tools: never) => unknown;
  readonly resources: readonly ResourceType<C>[];
  readonly dataSources: readonly DataSourceType<C>[];
}

/**
 * Declares a vendor module. `client` runs at most once per provider process,
 * on the first handler that reads `ctx.client`; keep heavy imports inside it.
 */
export function defineVendor<V extends VendorName, C>(module: {
  readonly vendor: V;
  readonly client: (settings: VendorSettings<V>, tools: ClientTools<V>) => C;
  readonly resources: readonly ResourceType<C>[];
  readonly dataSources: readonly DataSourceType<C>[];
}): VendorModule<C> {
  return module as VendorModule<C>;
}

/** Types that need no client, such as `cloudbridge_external_id`. */
export function defineNeutralModule(module: {
  readonly resources: readonly ResourceType<undefined>[];
  readonly dataSources: readonly DataSourceType<undefined>[];
}): VendorModule<undefined> {
  return { vendor: null, ...module };
}
