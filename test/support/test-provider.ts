/**
 * A test-only composition root: the real provider's modules plus the test
 * vendor (test/support/test-vendor.ts), bundled as the provider process's
 * `provider.js` by the acceptance harness (`testTypes: true`). The shipped
 * provider has no hook for extra modules.
 */
import * as framework from '../../src/framework';
import type { FrameworkProvider } from '../../src/framework/server';
import type { ProviderService } from '../../src/protocol/service';
import { createProvider as createRealProvider } from '../../src/provider';
import { PROVIDER_MODULES } from '../../src/vendors';
import testVendor from './test-vendor';

export function createProvider(env: NodeJS.ProcessEnv = process.env): ProviderService & FrameworkProvider {
  return createRealProvider(env, [...PROVIDER_MODULES, testVendor(framework, env)]);
}
