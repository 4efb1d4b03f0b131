/**
 * The cloudbridge provider: every vendor module put together. The protocol
 * entry (src/plugin-main.ts) calls createProvider() once per process.
 *
 * To add a vendor, add one line to VENDORS. Modules are required inside
 * createProvider, not at load, so `require('./provider')` stays cheap.
 */
import * as path from 'node:path';
import type { ProviderService } from './protocol/service';
import * as framework from './framework';
import { createFrameworkProvider, type FrameworkProvider } from './framework/server';
import type { VendorModule } from './framework/vendor';
import { version } from '../package.json';

export const PROVIDER_VERSION: string = version;
export const PROVIDER_ADDRESS = 'registry.terraform.io/cloudbridge/cloudbridge';

/* eslint-disable @typescript-eslint/no-require-imports */
const VENDORS: readonly (() => VendorModule)[] = [
  () => {
    const shared = require('./vendors/shared') as typeof import('./vendors/shared');
    return framework.defineNeutralModule({ resources: shared.sharedResources, dataSources: shared.sharedDataSources });
  },
  () => (require('./vendors/avisi') as typeof import('./vendors/avisi')).default as VendorModule,
  () => (require('./vendors/cloudflare') as typeof import('./vendors/cloudflare')).default as VendorModule,
  () => (require('./vendors/p0') as typeof import('./vendors/p0')).default as VendorModule,
  () => (require('./vendors/northflank') as typeof import('./vendors/northflank')).default as VendorModule,
  () => (require('./vendors/qtangl') as typeof import('./vendors/qtangl')).default as VendorModule,
];
/* eslint-enable @typescript-eslint/no-require-imports */

/** What a module named in CLOUDBRIDGE_TEST_EXTRA_MODULES exports: it gets this process's framework. */
export type ExtraModuleFactory = (fw: typeof framework) => VendorModule | readonly VendorModule[];

/**
 * Test-only: extra vendor modules from files listed (path-delimited) in
 * CLOUDBRIDGE_TEST_EXTRA_MODULES. They receive the framework instance rather
 * than importing their own copy, so values such as UNKNOWN stay identical.
 */
function extraModules(env: NodeJS.ProcessEnv): VendorModule[] {
  const list = env.CLOUDBRIDGE_TEST_EXTRA_MODULES;
  if (!list) return [];
  return list
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loaded = require(path.resolve(file)) as { default?: ExtraModuleFactory } | ExtraModuleFactory;
      const factory = typeof loaded === 'function' ? loaded : loaded.default;
      if (typeof factory !== 'function') throw new Error(`${file} must export a function (framework) => VendorModule`);
      const out = factory(framework);
      return Array.isArray(out) ? out : [out as VendorModule];
    });
}

/** The real provider (vendor modules only, plus test modules when the env var names any). */
export function createProvider(env: NodeJS.ProcessEnv = process.env): ProviderService & FrameworkProvider {
  return createFrameworkProvider({
    version: PROVIDER_VERSION,
    modules: [...VENDORS.map((load) => load()), ...extraModules(env)],
    env,
  });
}

/** The modules without test extras: for docs and `cloudbridge schema`. */
export function vendorModules(): VendorModule[] {
  return VENDORS.map((load) => load());
}
