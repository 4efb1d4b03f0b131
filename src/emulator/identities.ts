/**
 * The emulator's identities: each API draws its own token(s) and ids
 * (`EmulatedApiModule.identity`); the core only puts them together, keeps
 * them across resets and restores them from `--data`.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatedApiModule, EmulatorIdentities, EmulatorToken } from './types';

/** A random url-safe token of `bytes` random bytes. */
export function randomToken(bytes = 30): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Identities for `modules`: kept from `known` (a data file's, or a test's)
 * where they are there, drawn fresh for any API they lack.
 */
export function completeIdentities(modules: readonly EmulatedApiModule<unknown>[], known?: EmulatorIdentities): EmulatorIdentities {
  const tokens: Record<string, EmulatorToken> = { ...(known?.tokens ?? {}) };
  const ids: Record<string, string> = { ...(known?.ids ?? {}) };
  for (const module of modules) {
    if (!module.identity) continue;
    const fresh = module.identity();
    if (fresh.token !== undefined && tokens[module.api] === undefined) tokens[module.api] = fresh.token;
    for (const [key, value] of Object.entries(fresh.ids ?? {})) {
      if (ids[key] !== undefined && known?.ids[key] === undefined) throw new Error(`emulated apis declare the id "${key}" twice`);
      ids[key] ??= value;
    }
  }
  return { tokens, ids };
}
