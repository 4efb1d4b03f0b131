/**
 * The test-only composition roots with the toy vendor: the shipped lists plus
 * one line each. The provider built from provider-root.ts and the emulator
 * from `toyEmulatedApis()` are what the toy vendor test drives.
 */
import { emulatedApis } from '../../src/emulate';
import type { EmulatedApiModule } from '../../src/emulator/types';
import type { ProviderModule } from '../../src/framework/vendor';
import { PROVIDER_MODULES } from '../../src/vendors';
import toy from '.';

export const TOY_PROVIDER_MODULES: readonly ProviderModule[] = [...PROVIDER_MODULES, toy];

export function toyEmulatedApis(): EmulatedApiModule<unknown>[] {
  return [...emulatedApis(), toy.emulator()];
}
