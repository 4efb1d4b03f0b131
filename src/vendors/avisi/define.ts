/**
 * The framework's declaration helpers bound to the Avisi client, plus what the
 * Avisi types share: import ids, the 24-hour delete rule, error handling.
 */
import { withClient } from '../../framework/resource';
import { DiagnosticError, type Diagnostics } from '../../framework/diagnostics';
import { ApiError } from '../../http/errors';
import type { AvisiClient } from './client';
import { UUID_PATTERN } from './model';

export const { defineResource, defineDataSource } = withClient<AvisiClient>();

export const EXAMPLE_ACCOUNT_IDENTITY = '3f2b8c1e-7a4d-4e9b-a1c6-5d0e9f8b7a21';
export const EXAMPLE_CREDENTIALS_IDENTITY = '9c4e1a7b-2d3f-4b8a-b5e6-0f1a2b3c4d5e';

export function parseUuid(id: string, what: string, example: string, diags: Diagnostics): string | undefined {
  const trimmed = id.trim();
  if (!UUID_PATTERN.test(trimmed)) {
    diags.error('Invalid import id', `Expected ${what}, a UUID such as "${example}"; got "${id}".`);
    return undefined;
  }
  return trimmed.toLowerCase();
}

/** `<account_identity>/<credentials_identity>`. */
export function parseCredentialsImportId(id: string, diags: Diagnostics): { account: string; credentials: string } | undefined {
  const parts = id.trim().split('/');
  if (parts.length !== 2 || !UUID_PATTERN.test(parts[0]!) || !UUID_PATTERN.test(parts[1]!)) {
    diags.error(
      'Invalid import id',
      `Expected "<cloud_account_identity>/<credentials_identity>" (two UUIDs), e.g. "${EXAMPLE_ACCOUNT_IDENTITY}/${EXAMPLE_CREDENTIALS_IDENTITY}"; got "${id}".`,
    );
    return undefined;
  }
  return { account: parts[0]!.toLowerCase(), credentials: parts[1]!.toLowerCase() };
}

/** Whether an error is Avisi's refusal to delete something a cluster used in the last 24 hours. */
export function isRecentlyUsedRefusal(err: unknown): err is ApiError {
  return err instanceof ApiError && err.status === 400 && /last 24 hours/i.test(err.vendorMessage);
}



/**
 * A delete refused by Avisi's 24-hour rule becomes an error that says what the
 * rule is and what to do; the resource stays in state, so a later destroy retries.
 */
export function explainDeleteError(err: unknown, what: 'cloud account' | 'cloud credentials'): never {
  if (isRecentlyUsedRefusal(err)) {
    throw new DiagnosticError(
      `Avisi Cloud refused to delete the ${what}`,
      `Avisi Cloud only deletes a ${what} that no cluster has used in the last 24 hours. Delete or move the clusters that use it, ` +
        `wait until 24 hours have passed since their last use, then run terraform destroy (or apply) again. ` +
        `The ${what} is kept in the Terraform state. Avisi said: ${err.message}`,
    );
  }
  throw err;
}

/** An API map answered as `{}` is the user's "not set" when the configuration had none. */
/**
 * The metadata key of a create token: cloudbridge sends a random token with every
 * create and finds it again when the answer was lost (proof that the object is
 * this create's). It stays on the object; it is never shown in the plan or state.
 */
export const CREATE_TOKEN_KEY = 'cloudbridge-create-token';

/** The metadata as the configuration sees it: without cloudbridge's create token. */
export function userMetadata(api: Readonly<Record<string, string>> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(api ?? {}).filter(([k]) => k !== CREATE_TOKEN_KEY));
}

export function mapOrNull(api: Readonly<Record<string, string>> | null | undefined, prior: Readonly<Record<string, string>> | null): Record<string, string> | null {
  const value = userMetadata(api);
  if (Object.keys(value).length === 0 && prior === null) return null;
  return { ...value };
}
