/**
 * What the framework needs of a vendor module: its provider block, its client
 * factory, and its resource and data source types, each loaded on first use
 * (a plan loads only the types it touches). The whole vendor module, with its
 * emulator, is `VendorModule` in src/vendors/module.ts.
 */
import type { VendorConnection } from '../http/types';
import type { Logger } from '../protocol/log';
import type { Attrs, StateObject } from './attributes';
import type { VendorBlock, VendorSettings } from './provider-config';
import type { DataSourceType, ResourceType } from './resource';

export interface ClientTools<A extends Attrs = Attrs> {
  /** The setting's value, or throws MissingSettingError (→ a diagnostic naming the env var). */
  need(attribute: keyof StateObject<A> & string): string;
  /** `cloudbridge/<version> (terraform/<version>)`. */
  readonly userAgent: string;
  /** The provider's logger; HTTP clients log through it (each operation's own, while it runs). */
  readonly logger: Logger;
  /** Where and how patiently to reach the vendor: base URL, user agent, logger, retries and pacing from the block. */
  readonly connection: VendorConnection;
}

/** Types by name, each loaded (and then kept) on first use. */
export type LazyTypes<T> = Readonly<Record<string, () => T>>;

/** A module's types: loaded on first use (by name), or at hand already (small and test modules). */
export type TypeList<T> = LazyTypes<T> | readonly T[];

/** `ProviderModule` (C = never) is any module. */
export interface ProviderModule<C = never> {
  /** Null for vendor-neutral types (no client, no provider block). */
  readonly block: VendorBlock | null;
  /**
   * Builds the client from the block's resolved settings, at most once per
   * configured provider, on the first handler that reads `ctx.client`. A method
   * (checked bivariantly), so that a module typed by its own settings fits here.
   */
  client?(settings: VendorSettings, tools: ClientTools): unknown;
  /**
   * One cheap authenticated call that fails (an ApiError 401/403) when the vendor
   * refuses the credentials: run once per configured provider at plan time, before
   * the first create, so a wrong token fails the plan rather than the apply.
   */
  checkCredentials?(client: unknown, signal: AbortSignal): Promise<void>;
  readonly resources: TypeList<ResourceType<C>>;
  readonly dataSources: TypeList<DataSourceType<C>>;
}

/** Types that need no vendor: no client, no provider block (e.g. `cloudbridge_external_id`). */
export function defineNeutralModule(spec: { readonly resources: TypeList<ResourceType<undefined>>; readonly dataSources: TypeList<DataSourceType<undefined>> }): ProviderModule<undefined> {
  return { block: null, resources: spec.resources, dataSources: spec.dataSources };
}
