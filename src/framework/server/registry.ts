/**
 * The provider's types and vendors: which module declares each type (loaded
 * on first use), the provider configuration, and one client per vendor,
 * built from it on the first handler that needs one.
 */
import type { Logger } from '../../protocol/log';
import type { CtyValue } from '../../protocol/values';
import { MissingSettingError, resolveVendorSettings, type VendorBlock } from '../provider-config';
import type { DataSourceType, ResourceType } from '../resource';
import type { ClientTools, ProviderModule, TypeList } from '../vendor';

export interface Registered<T> {
  readonly type: T;
  readonly module: ProviderModule;
}

type Obj = { readonly [k: string]: CtyValue };

interface Entry<T> {
  readonly module: ProviderModule;
  readonly load: () => T;
  loaded?: T;
}

function loaders<T extends { readonly typeName: string }>(list: TypeList<T>): [string, () => T][] {
  if (isTypeArray(list)) return list.map((t): [string, () => T] => [t.typeName, () => t]);
  return Object.entries(list);
}

function isTypeArray<T>(list: TypeList<T>): list is readonly T[] {
  return Array.isArray(list);
}

function index<T extends { readonly typeName: string }>(modules: readonly ProviderModule[], pick: (m: ProviderModule) => TypeList<T>, what: string): Map<string, Entry<T>> {
  const out = new Map<string, Entry<T>>();
  for (const module of modules) {
    for (const [name, load] of loaders(pick(module))) {
      if (out.has(name)) throw new Error(`${what} type ${name} is registered twice`);
      out.set(name, { module, load });
    }
  }
  return out;
}

function loadEntry<T extends { readonly typeName: string }>(name: string, entry: Entry<T>): Registered<T> {
  if (!entry.loaded) {
    const type = entry.load();
    if (type.typeName !== name) throw new Error(`the type registered as ${name} declares itself as ${type.typeName}`);
    entry.loaded = type;
  }
  return { type: entry.loaded, module: entry.module };
}

export class Registry {
  private readonly resourceEntries: Map<string, Entry<ResourceType>>;
  private readonly dataSourceEntries: Map<string, Entry<DataSourceType>>;
  readonly blocks: readonly VendorBlock[];
  private providerConfig: Obj = {};
  private terraformVersion = 'unknown';
  private providerLogger: Logger | undefined;
  private readonly clients = new Map<ProviderModule, unknown>();
  private readonly credentialChecks = new Map<ProviderModule, Promise<void>>();

  constructor(
    readonly modules: readonly ProviderModule[],
    private readonly version: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.resourceEntries = index(modules, (m) => m.resources, 'resource');
    this.dataSourceEntries = index(modules, (m) => m.dataSources, 'data source');
    this.blocks = modules.flatMap((m) => (m.block ? [m.block] : []));
    const names = new Set<string>();
    for (const b of this.blocks) {
      if (names.has(b.name)) throw new Error(`vendor block ${b.name} is declared twice`);
      names.add(b.name);
    }
  }

  resourceNames(): string[] {
    return [...this.resourceEntries.keys()];
  }

  dataSourceNames(): string[] {
    return [...this.dataSourceEntries.keys()];
  }

  resource(typeName: string): Registered<ResourceType> | undefined {
    const entry = this.resourceEntries.get(typeName);
    return entry && loadEntry(typeName, entry);
  }

  dataSource(typeName: string): Registered<DataSourceType> | undefined {
    const entry = this.dataSourceEntries.get(typeName);
    return entry && loadEntry(typeName, entry);
  }

  /** ConfigureProvider: new settings, so every client is built again. */
  configure(config: Obj, terraformVersion: string, logger: Logger): void {
    this.providerConfig = config;
    this.terraformVersion = terraformVersion || 'unknown';
    this.providerLogger = logger;
    this.clients.clear();
    this.credentialChecks.clear();
  }

  /**
   * Fails (MissingSettingError, or the vendor's ApiError) when the module's
   * client cannot be built or the vendor refuses its credentials. The check runs
   * once per configured provider; every plan that needs it waits for that one.
   */
  async checkCredentials(module: ProviderModule, logger: Logger, signal: AbortSignal): Promise<void> {
    const client = this.clientFor(module, logger);
    const check = module.checkCredentials;
    if (client === undefined || !check) return;
    let pending = this.credentialChecks.get(module);
    if (!pending) {
      pending = check.call(module, client, signal);
      this.credentialChecks.set(module, pending);
      // A check cut short by a cancelled plan is not an answer: the next plan asks again.
      pending.catch(() => {
        if (signal.aborted) this.credentialChecks.delete(module);
      });
    }
    return pending;
  }

  /** The module's client; undefined for vendor-neutral modules. Throws MissingSettingError through `need`. */
  clientFor(module: ProviderModule, logger: Logger): unknown {
    const block = module.block;
    if (block === null || !module.client) return undefined;
    if (this.clients.has(module)) return this.clients.get(module);
    const settings = resolveVendorSettings(block, this.providerConfig[block.name], this.env);
    const userAgent = `cloudbridge/${this.version} (terraform/${this.terraformVersion})`;
    const clientLogger = this.providerLogger ?? logger;
    const tools: ClientTools = {
      need: (attribute) => {
        const v = settings[attribute];
        if (typeof v !== 'string') throw new MissingSettingError(block, attribute);
        return v;
      },
      userAgent,
      logger: clientLogger,
      connection: {
        baseUrl: settings.base_url,
        userAgent,
        logger: clientLogger,
        retry: { maxAttempts: settings.max_retries + 1 },
        requestsPerMinute: settings.requests_per_minute,
      },
    };
    const client = module.client(settings, tools);
    this.clients.set(module, client);
    return client;
  }
}
