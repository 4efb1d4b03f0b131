/**
 * The cloudbridge provider: the framework serving every module of the
 * composition root (src/vendors/index.ts). The protocol entry
 * (src/plugin-main.ts) calls createProvider() once per process; types load
 * on first use, so `require('./provider')` stays cheap.
 */
import type { ProviderService } from './protocol/service';
import { createFrameworkProvider, type FrameworkProvider } from './framework/server';
import type { ProviderModule } from './framework/vendor';
import { PROVIDER_MODULES } from './vendors';
import { version } from '../package.json';

export const PROVIDER_VERSION: string = version;
export const PROVIDER_ADDRESS = 'registry.terraform.io/cloudbridge/cloudbridge';

/** The provider over `modules` (default: every module cloudbridge ships; tests compose their own). */
export function createProvider(env: NodeJS.ProcessEnv = process.env, modules: readonly ProviderModule[] = PROVIDER_MODULES): ProviderService & FrameworkProvider {
  return createFrameworkProvider({ version: PROVIDER_VERSION, modules, env });
}
