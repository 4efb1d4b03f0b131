/** The provider process's entry with the toy vendor (bundled as provider.js by the acceptance harness). */
import type { FrameworkProvider } from '../../src/framework/server';
import type { ProviderService } from '../../src/protocol/service';
import { createProvider as createRealProvider } from '../../src/provider';
import { TOY_PROVIDER_MODULES } from './roots';

export function createProvider(env: NodeJS.ProcessEnv = process.env): ProviderService & FrameworkProvider {
  return createRealProvider(env, TOY_PROVIDER_MODULES);
}
