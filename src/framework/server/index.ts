/**
 * The framework's ProviderService: dispatches each tfplugin6 call to the
 * declared resources and data sources, one file per RPC, and applies
 * Terraform's plan and apply rules so that handlers only deal in typed values.
 */
import type { ProviderSchemas, ProviderService } from '../../protocol/service';
import type { DataSourceType, ResourceType } from '../resource';
import { isObject } from '../values';
import type { ProviderModule } from '../vendor';
import { applyResourceChange } from './apply';
import { readDataSource } from './data-source';
import { importResourceState } from './import';
import { planResourceChange } from './plan';
import { readResource } from './read';
import { Registry } from './registry';
import { providerSchemas } from './schema';
import { upgradeResourceState } from './upgrade';
import { validateDataSourceConfig, validateProviderConfig, validateResourceConfig } from './validate';

export { providerSchema } from './schema';
export { planMismatches } from './apply';

export interface FrameworkProviderOptions {
  /** The provider's version, for the user agent. */
  readonly version: string;
  readonly modules: readonly ProviderModule[];
  /** Defaults to process.env; tests pass their own. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface FrameworkProvider extends ProviderService {
  /** Every resource type, by name (reading it loads them all). */
  readonly resources: ReadonlyMap<string, ResourceType>;
  readonly dataSources: ReadonlyMap<string, DataSourceType>;
}

export function createFrameworkProvider(options: FrameworkProviderOptions): FrameworkProvider {
  const registry = new Registry(options.modules, options.version, options.env ?? process.env);
  let schemas: ProviderSchemas | undefined;
  return {
    get resources() {
      return new Map(registry.resourceNames().map((n) => [n, registry.resource(n)!.type]));
    },
    get dataSources() {
      return new Map(registry.dataSourceNames().map((n) => [n, registry.dataSource(n)!.type]));
    },
    getProviderSchema: () => (schemas ??= providerSchemas(registry)),
    validateProviderConfig: async ({ config }) => validateProviderConfig(registry, config),
    configureProvider: async ({ config, terraformVersion }, ctx) => {
      registry.configure(isObject(config) ? config : {}, terraformVersion, ctx.logger);
      return { diagnostics: [] };
    },
    validateResourceConfig: async ({ typeName, config, clientCapabilities }) => validateResourceConfig(registry, typeName, config, clientCapabilities),
    validateDataResourceConfig: async ({ typeName, config }) => validateDataSourceConfig(registry, typeName, config),
    upgradeResourceState: async ({ typeName, version, rawState }) => upgradeResourceState(registry, typeName, version, rawState),
    readResource: (req, call) => readResource(registry, req, call),
    planResourceChange: (req, call) => planResourceChange(registry, req, call),
    applyResourceChange: (req, call) => applyResourceChange(registry, req, call),
    importResourceState: async ({ typeName, id }) => importResourceState(registry, typeName, id),
    readDataSource: ({ typeName, config }, call) => readDataSource(registry, typeName, config, call),
  };
}
