/**
 * Behaviour of the emulated Northflank API that neither the page nor FACTS.md
 * settles. It lives here, in one place, so that it is easy to find and change:
 * - Northflank's AWS principal (the account a `crossAccountRole` role must trust);
 * - the trust check itself (principal + `sts:ExternalId`);
 * - status codes and messages for refusals the page does not show;
 * - list pagination (`per_page`, `cursor`);
 * - gcp `crossAccountRole` needing `gcp.serviceAccountEmail` instead of a key file.
 */
import type { EmulatorWorld } from '../../emulator/types';
import { vendorCanAssume } from '../../emulator/aws/trust';

/**
 * The AWS account Northflank assumes customer roles from (*assumption*: not
 * published). Users of the emulator find it in `GET /_emulator/state/northflank`
 * (`awsPrincipal`) and in `NORTHFLANK_AWS_PRINCIPAL_ARN`; constructs take it as a prop.
 */
export const NORTHFLANK_AWS_ACCOUNT_ID = '466203627421';
export const NORTHFLANK_AWS_PRINCIPAL_ARN = `arn:aws:iam::${NORTHFLANK_AWS_ACCOUNT_ID}:root`;

/** Delete refused while clusters use the integration. */
export const IN_USE_STATUS = 409;
export function inUseMessage(id: string, clusters: readonly string[]): string {
  return `Cloud provider integration ${id} is in use by ${clusters.length} cluster(s) (${clusters.join(', ')}); delete them first`;
}

/** A crossAccountRole whose role Northflank cannot assume. */
export const ROLE_NOT_TRUSTED_STATUS = 400;
export function roleNotTrustedMessage(roleArn: string): string {
  return (
    `Unable to assume role ${roleArn}: the role must exist and trust Northflank's AWS account ` +
    `${NORTHFLANK_AWS_ACCOUNT_ID} with the condition sts:ExternalId equal to credentials.externalId`
  );
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** Can Northflank's principal assume the role with this external id (as the real check would)? */
export function northflankCanAssume(world: EmulatorWorld, roleArn: string, externalId: string): boolean {
  return vendorCanAssume(world, roleArn, NORTHFLANK_AWS_PRINCIPAL_ARN, externalId).allowed;
}
