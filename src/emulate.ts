/**
 * The emulator's composition root: every vendor's emulated API (from
 * src/vendors/index.ts) and the emulated AWS IAM/STS, for `cloudbridge emulate`
 * and the tests.
 */
import { awsEmulator } from './emulator/aws';
import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from './emulator/server';
import { apiModule, type EmulatedApiModule } from './emulator/types';
import { VENDOR_MODULES } from './vendors';

/** Every emulated API cloudbridge ships. */
export function emulatedApis(): EmulatedApiModule<unknown>[] {
  return [...VENDOR_MODULES.map((m) => m.emulator()), apiModule(awsEmulator)];
}

/** Starts the emulator with every emulated API (unless `modules` says otherwise). */
export function startDefaultEmulator(options: Omit<StartEmulatorOptions, 'modules'> & { readonly modules?: StartEmulatorOptions['modules'] } = {}): Promise<RunningEmulator> {
  return startEmulator({ ...options, modules: options.modules ?? emulatedApis() });
}
