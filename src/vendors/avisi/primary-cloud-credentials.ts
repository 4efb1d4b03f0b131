/**
 * `cloudbridge_avisi_primary_cloud_credentials`: which credentials of a cloud
 * account are its primary ones (set-primary). A read reports the account's
 * actual primary, so another credential made primary shows as drift.
 */
import { attrs, str } from '../../framework/attributes';
import { requiresReplace } from '../../framework/plan-modifiers';
import { matches } from '../../framework/validators';
import { EXAMPLE_ACCOUNT_IDENTITY, EXAMPLE_CREDENTIALS_IDENTITY, defineResource, parseCredentialsImportId, parseUuid } from './define';
import { UUID_PATTERN } from './model';

const schema = attrs({
  cloud_account_identity: str({
    required: true,
    description: 'Identity of the cloud account.',
    validators: [matches(UUID_PATTERN, 'must be a UUID')],
    planModifiers: [requiresReplace()],
  }),
  credentials_identity: str({
    required: true,
    description: 'Identity of the credentials (of that account) to make primary.',
    validators: [matches(UUID_PATTERN, 'must be a UUID')],
  }),
});

export const primaryCloudCredentialsResource = defineResource({
  typeName: 'cloudbridge_avisi_primary_cloud_credentials',
  description: [
    'Makes credentials the primary ones of their Avisi Cloud cloud account (`POST .../credentials/{id}/set-primary`); new clusters use the primary credentials.',
    '',
    'A read compares with the account\'s `primaryCloudCredentialsIdentity`: when other credentials became primary, the plan sets them back.',
  ].join('\n'),
  schema,
  importer: {
    format: '<cloud_account_identity>',
    example: EXAMPLE_ACCOUNT_IDENTITY,
    notes:
      'The id is the cloud account identity: an account has one primary. ' +
      `\`<cloud_account_identity>/<credentials_identity>\` (the credentials' import id, e.g. \`${EXAMPLE_ACCOUNT_IDENTITY}/${EXAMPLE_CREDENTIALS_IDENTITY}\`) is accepted too; ` +
      'either way the read records the account\'s current primary credentials.',
    parse(id, diags) {
      // The credentials' own import id names the account as well: accept it, so both resources import alike.
      if (id.includes('/')) {
        const parsed = parseCredentialsImportId(id, diags);
        return parsed === undefined ? undefined : { cloud_account_identity: parsed.account, credentials_identity: parsed.credentials };
      }
      const identity = parseUuid(id, 'the cloud account identity', EXAMPLE_ACCOUNT_IDENTITY, diags);
      return identity === undefined ? undefined : { cloud_account_identity: identity };
    },
  },
  async create({ config }, ctx) {
    const account = await ctx.client.setPrimaryCloudCredentials(config.cloud_account_identity, config.credentials_identity, { signal: ctx.signal });
    return { cloud_account_identity: account.identity, credentials_identity: account.primaryCloudCredentialsIdentity ?? config.credentials_identity };
  },
  async read({ state }, ctx) {
    const account = await ctx.client.findCloudAccount(state.cloud_account_identity, { signal: ctx.signal });
    const primary = account?.primaryCloudCredentialsIdentity ?? null;
    if (account === null || primary === null) {
      // The account is gone, or has no primary credentials any more: nothing to keep.
      return null;
    }
    if (state.credentials_identity !== null && primary !== state.credentials_identity) {
      ctx.logger.info('avisi: another credential became primary', { expected: state.credentials_identity, actual: primary });
    }
    return { cloud_account_identity: account.identity, credentials_identity: primary };
  },
  async update({ config }, ctx) {
    const account = await ctx.client.setPrimaryCloudCredentials(config.cloud_account_identity, config.credentials_identity, { signal: ctx.signal });
    return { cloud_account_identity: account.identity, credentials_identity: account.primaryCloudCredentialsIdentity ?? config.credentials_identity };
  },
  async delete() {
    // Avisi has no "unset primary": removing this resource leaves the account's primary as it is.
  },
  example: `resource "cloudbridge_avisi_primary_cloud_credentials" "aws" {
  cloud_account_identity = cloudbridge_avisi_cloud_account.aws.identity
  credentials_identity   = cloudbridge_avisi_cloud_credentials.aws.identity
}`,
  notes: 'Destroying this resource changes nothing at Avisi: the API cannot unset a primary.',
});
