/**
 * The emulated Cloudflare discovery's view of the customer's AWS account:
 * can Cloudflare's principal assume the role at `roleArn` with the
 * integration's external id?
 */
import type { EmulatorWorld } from '../../emulator/types';

export function evaluateCloudflareAwsTrust(
  world: EmulatorWorld,
  roleArn: string,
  principalArn: string,
  externalId: string,
): boolean {
  const role = world.aws.getRoleByArn(roleArn);
  if (!role) return false;
  return interimRoleTrusts(role.trustPolicy, principalArn, externalId);
}

type Json = unknown;

function asArray(value: Json): Json[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function interimRoleTrusts(policy: Json, principalArn: string, externalId: string): boolean {
  if (typeof policy !== 'object' || policy === null) return false;
  const accountId = principalArn.split(':')[4] ?? '';
  const statements = asArray((policy as Record<string, Json>)['Statement']);
  return statements.some((s) => {
    if (typeof s !== 'object' || s === null) return false;
    const st = s as Record<string, Json>;
    if (st['Effect'] !== 'Allow') return false;
    const actions = asArray(st['Action']);
    if (!actions.some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*')) return false;
    const principal = st['Principal'];
    const awsPrincipals = typeof principal === 'object' && principal !== null ? asArray((principal as Record<string, Json>)['AWS']) : [];
    if (!awsPrincipals.some((p) => p === principalArn || p === accountId)) return false;
    const condition = st['Condition'];
    if (typeof condition !== 'object' || condition === null) return false;
    const eq = (condition as Record<string, Json>)['StringEquals'];
    if (typeof eq !== 'object' || eq === null) return false;
    return asArray((eq as Record<string, Json>)['sts:ExternalId']).includes(externalId);
  });
}
