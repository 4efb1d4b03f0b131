/**
 * Every emulated API that `cloudbridge emulate` serves.
 *
 * To register yours: add a static import at the top and ONE entry to the list,
 *   import { p0Emulator } from '../vendors/p0/emulator';
 *   ...
 *   apiModule(p0Emulator),
 * An API that is not registered is not served: its endpoint answers a plain 404.
 */
import type { EmulatedApiModule } from './types';
import { cloudflareEmulator } from '../vendors/cloudflare/emulator';
import { p0Emulator } from '../vendors/p0/emulator';
import { northflankEmulator } from '../vendors/northflank/emulator';
import { qtanglEmulator } from '../vendors/qtangl/emulator';
import { avisiEmulator } from '../vendors/avisi/emulator';
import { awsEmulator } from './aws';

/**
 * Erases a module's state type for the list. Safe: the core only ever hands
 * a module the state that module's own `initialState` produced.
 */
export function apiModule<S>(module: EmulatedApiModule<S>): EmulatedApiModule<unknown> {
  return module as unknown as EmulatedApiModule<unknown>;
}

export const EMULATED_API_MODULES: readonly EmulatedApiModule<unknown>[] = [
  apiModule(cloudflareEmulator),
  apiModule(p0Emulator),
  apiModule(northflankEmulator),
  apiModule(qtanglEmulator),
  apiModule(avisiEmulator),
  apiModule(awsEmulator),
];
