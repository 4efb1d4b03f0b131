/**
 * Behaviour of the emulated Qtangl API that neither the page nor FACTS.md
 * settles, in one place so that it is easy to find and change:
 * - response shapes of the list (`{integrations: [...]}`) and test (`{ok, message, integration}`) routes;
 * - the query parameter that carries a key (`api_key`);
 * - a fixed one-minute window for the per-key rate limit;
 * - an upsert replaces the row's settings (fields left out are cleared) and sets it `active`;
 * - which fields each provider needs (model.ts, QTANGL_PROVIDER_RULES);
 * - what the test route checks: for aws, that the role exists in the emulated AWS
 *   and trusts Qtangl's AWS account (with `sts:ExternalId` when the row has an
 *   external id); a failing test turns the row `disabled`;
 * - messages of the 403 and 429 answers.
 */
import type { EmulatorWorld } from '../../emulator/types';
import { vendorCanAssume } from '../../emulator/aws/trust';

export const API_KEY_QUERY_PARAM = 'api_key';

export const RATE_LIMIT_PER_MINUTE = 300;
export const RATE_LIMIT_WINDOW_MS = 60_000;

/** The AWS account Qtangl assumes customer roles from (*assumption*). Also in the state as `awsPrincipal`. */
export const QTANGL_AWS_ACCOUNT_ID = '739275461027';
export const QTANGL_AWS_PRINCIPAL_ARN = `arn:aws:iam::${QTANGL_AWS_ACCOUNT_ID}:root`;

export function forbiddenMessage(role: string): string {
  return `Forbidden: this action requires the operator or admin role; the API key has the ${role} role`;
}

export function rateLimitedMessage(retryAfterSeconds: number): string {
  return `Rate limit exceeded: ${RATE_LIMIT_PER_MINUTE} requests per minute per API key; retry after ${retryAfterSeconds} s`;
}

export function roleNotAssumableMessage(roleArn: string): string {
  return `AWS connection test failed: Qtangl (account ${QTANGL_AWS_ACCOUNT_ID}) could not assume ${roleArn}; check the role's trust policy and external id`;
}

export const TEST_PASSED_MESSAGE = 'Connection test succeeded';

/** Can Qtangl's principal assume the role, sending the external id when the integration has one? */
export function qtanglCanAssume(world: EmulatorWorld, roleArn: string, externalId: string | undefined): boolean {
  return vendorCanAssume(world, roleArn, QTANGL_AWS_PRINCIPAL_ARN, externalId).allowed;
}

// ---- where the page and FACTS.md leave gaps (found by test/oracle/qtangl.test.ts) ----

/** The page gives no success status for the upsert, the list or the test route: the emulator answers 200. */
export const SUCCESS_STATUS = 200;
