/**
 * The framework's declaration helpers bound to the Cloudflare client, plus the
 * pieces the Cloudflare types share (import ids, error handling).
 */
import { withClient } from '../../framework/resource';
import { DiagnosticError, type Diagnostics } from '../../framework/diagnostics';
import type { CloudflareClient } from './client';

export const { defineResource, defineDataSource } = withClient<CloudflareClient>();

/** An example id for the docs: a Cloudflare account id and an integration UUID. */
export const EXAMPLE_ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';
export const EXAMPLE_INTEGRATION_ID = '8d1f5c3e-2b7a-4c1e-9f3d-6a0b2c4d5e6f';

const IMPORT_ID = /^([0-9a-f]{32})\/([0-9a-fA-F-]{36})$/;

/**
 * `<account_id>/<integration_id>`: the account part is kept so that a read can
 * refuse an integration from another account than the provider's.
 */
export function parseAccountScopedId(
  id: string,
  diags: Diagnostics,
): { account_id: string; integration_id: string } | undefined {
  const m = IMPORT_ID.exec(id.trim());
  if (!m) {
    diags.error(
      'Invalid import id',
      `Expected "<account_id>/<integration_id>": a 32-character hexadecimal Cloudflare account id, a slash and the integration's UUID, e.g. "${EXAMPLE_ACCOUNT_ID}/${EXAMPLE_INTEGRATION_ID}".`,
    );
    return undefined;
  }
  return { account_id: m[1]!, integration_id: m[2]!.toLowerCase() };
}

/** An imported id's account must be the one the provider is configured for. */
export function checkAccount(client: CloudflareClient, accountId: string | null): void {
  if (accountId !== null && accountId !== client.accountId) {
    throw new DiagnosticError(
      'Cloudflare account mismatch',
      `The id names account ${accountId}, but the provider's cloudflare block (or CLOUDBRIDGE_CLOUDFLARE_ACCOUNT_ID) is account ${client.accountId}.`,
    );
  }
}


