/**
 * `cloudbridge_avisi_cloud_account`: an organisation's cloud account on a
 * cloud profile. Unlike the community provider, a read of a vanished account
 * drops it from state so Terraform plans to create it again.
 */
import { attrs, bool, map, str } from '../../framework/attributes';
import { requiresReplace, useStateForUnknown } from '../../framework/plan-modifiers';
import { lengthBetween } from '../../framework/validators';
import { DiagnosticError } from '../../framework/diagnostics';
import { createOwned, ownershipNotes, type OwnershipDoc } from '../../framework/ownership';
import type { CloudAccount } from './client';
import { CREATE_TOKEN_KEY, EXAMPLE_ACCOUNT_IDENTITY, defineResource, explainDeleteError, mapOrNull, parseUuid } from './define';
import { CLOUD_PROFILE_MAX, DISPLAY_NAME_MAX, DISPLAY_NAME_MIN } from './model';

/** What a create does when the name is taken or its outcome is unknown (the resource's notes and docs/reliability.md). */
export const AVISI_ACCOUNT_OWNERSHIP: OwnershipDoc = {
  identity:
    '`display_name` within the organisation. Avisi allows several accounts with one name; cloudbridge keeps names unique unless `allow_duplicate_names = true`.',
  taken:
    'The create (or a rename) lists the organisation\'s accounts with the name first and fails, before writing anything, with the import (`<cloud_account_identity>`) of the account that has it. ' +
    'With `allow_duplicate_names = true` it creates another account of that name.',
  unknownOutcome:
    'Every create sends a random token in the metadata key `cloudbridge-create-token` (Avisi keeps metadata; the provider hides the key from plan and state). ' +
    'After a reset, a timeout or a 502/504 the accounts with the name are listed again: the one carrying this attempt\'s token is this create\'s and is recorded. ' +
    'With none found, nothing is recorded and the error says to apply again; anything else found is named in the error with its import, never recorded.',
};

const schema = attrs({
  identity: str({ computed: true, description: 'The cloud account identity (a UUID).', planModifiers: [useStateForUnknown()] }),
  cloud_profile: str({
    required: true,
    description: 'Identity of the cloud profile the account is for, such as `aws`, `azure` or `hetzner`. Changing it creates a new account.',
    validators: [lengthBetween(1, CLOUD_PROFILE_MAX)],
    planModifiers: [requiresReplace()],
  }),
  display_name: str({
    required: true,
    description: `Name of the account, ${DISPLAY_NAME_MIN}–${DISPLAY_NAME_MAX} characters.`,
    validators: [lengthBetween(DISPLAY_NAME_MIN, DISPLAY_NAME_MAX)],
  }),
  enabled: bool({ default: true, description: 'Whether the account can be used. Default `true`.' }),
  allow_duplicate_names: bool({
    optional: true,
    default: false,
    description:
      'Avisi allows several accounts with one `display_name`; cloudbridge does not, unless this is `true`: a create (or rename) to a name another ' +
      'account of the organisation has fails with that account\'s import, so a crash and a re-apply can never leave two. Default `false`.',
  }),
  metadata: map('string', {
    optional: true,
    description: 'String metadata. The API cannot change it after create, so changing it creates a new account.',
    planModifiers: [requiresReplace()],
  }),
  primary_cloud_credentials_identity: str({
    computed: true,
    nullable: true,
    description: 'Identity of the account\'s primary credentials (null until it has credentials).',
  }),
  cloud_provider: str({ computed: true, nullable: true, description: 'The cloud provider of the profile, e.g. `aws`.', planModifiers: [useStateForUnknown()] }),
});

function toState(account: CloudAccount, priorMetadata: Readonly<Record<string, string>> | null, allowDuplicateNames: boolean) {
  return {
    allow_duplicate_names: allowDuplicateNames,
    identity: account.identity,
    cloud_profile: account.cloudProfile.identity,
    display_name: account.displayName,
    enabled: account.enabled,
    metadata: mapOrNull(account.metadata, priorMetadata),
    primary_cloud_credentials_identity: account.primaryCloudCredentialsIdentity ?? null,
    cloud_provider: account.cloudProfile.cloudProvider ?? null,
  };
}

export const cloudAccountResource = defineResource({
  typeName: 'cloudbridge_avisi_cloud_account',
  description: [
    'An Avisi Cloud cloud account: an organisation\'s configuration for one cloud profile (AWS, Azure, Hetzner, ...). Clusters are provisioned with its credentials (`cloudbridge_avisi_cloud_credentials`).',
    '',
    'Avisi refuses to delete an account that a cluster used in the last 24 hours; the destroy then fails with a diagnostic and the account stays in state.',
  ].join('\n'),
  schema,
  importer: {
    format: '<cloud_account_identity>',
    example: EXAMPLE_ACCOUNT_IDENTITY,
    parse(id, diags) {
      const identity = parseUuid(id, 'the cloud account identity', EXAMPLE_ACCOUNT_IDENTITY, diags);
      return identity === undefined ? undefined : { identity };
    },
  },
  async create({ config }, ctx) {
    const allowDuplicates = config.allow_duplicate_names === true;
    let account = await createOwned(ctx, {
      noun: 'Avisi cloud account',
      describe: (a) => `"${a.displayName}" (${a.identity})`,
      importId: (a) => a.identity,
      key: (a) => a.identity,
      holders: async () => (await ctx.client.listCloudAccounts({ displayName: config.display_name }, { signal: ctx.signal })).filter((a) => a.displayName === config.display_name),
      exclusive: !allowDuplicates,
      uniqueIdentity: false,
      // The token rides in metadata, which Avisi keeps: finding it again proves the account is this create's.
      create: (attempt) =>
        ctx.client.createCloudAccount(
          { cloudProfile: config.cloud_profile, displayName: config.display_name, metadata: { ...(config.metadata ?? {}), [CREATE_TOKEN_KEY]: attempt.token } },
          { signal: ctx.signal },
        ),
      proves: (a, attempt) => a.metadata?.[CREATE_TOKEN_KEY] === attempt.token,
      takenHint: 'Avisi allows duplicate names, cloudbridge does not by default: set `allow_duplicate_names = true` to create another account with this name.',
    });
    // The create body has no `enabled`; a new account is enabled.
    const enabled = config.enabled ?? true;
    if (account.enabled !== enabled) {
      try {
        account = await ctx.client.updateCloudAccount(account.identity, { enabled }, { signal: ctx.signal });
      } catch (err) {
        ctx.diags.error('Avisi cloud account created but not updated', `Setting enabled = ${String(enabled)} failed: ${err instanceof Error ? err.message : String(err)}`);
        return toState(account, config.metadata, allowDuplicates);
      }
    }
    return toState(account, config.metadata, allowDuplicates);
  },
  async read({ state }, ctx) {
    const account = await ctx.client.findCloudAccount(state.identity, { signal: ctx.signal });
    if (account === null) {
      ctx.logger.info('avisi: cloud account is gone; removing it from state', { identity: state.identity });
      return null;
    }
    // Not Avisi's: kept as configured (false after an import).
    return toState(account, state.metadata, state.allow_duplicate_names === true);
  },
  async update({ config, state }, ctx) {
    const allowDuplicates = config.allow_duplicate_names === true;
    if (config.display_name !== state.display_name && !allowDuplicates) {
      const holder = (await ctx.client.listCloudAccounts({ displayName: config.display_name }, { signal: ctx.signal })).find(
        (a) => a.displayName === config.display_name && a.identity !== state.identity,
      );
      if (holder) {
        throw new DiagnosticError(
          `The name ${JSON.stringify(config.display_name)} is taken`,
          `The Avisi cloud account "${holder.displayName}" (${holder.identity}) already has it, and cloudbridge keeps names unique unless \`allow_duplicate_names = true\`. Choose another name, or set it.`,
          'display_name',
        );
      }
    }
    const patch: { displayName?: string; enabled?: boolean } = {};
    if (config.display_name !== state.display_name) patch.displayName = config.display_name;
    const enabled = config.enabled ?? true;
    if (enabled !== state.enabled) patch.enabled = enabled;
    const account =
      Object.keys(patch).length > 0
        ? await ctx.client.updateCloudAccount(state.identity, patch, { signal: ctx.signal })
        : await ctx.client.getCloudAccount(state.identity, { signal: ctx.signal });
    return toState(account, config.metadata, allowDuplicates);
  },
  async delete({ state }, ctx) {
    try {
      await ctx.client.deleteCloudAccount(state.identity, { signal: ctx.signal });
    } catch (err) {
      explainDeleteError(err, 'cloud account');
    }
  },
  example: `resource "cloudbridge_avisi_cloud_account" "aws" {
  cloud_profile = "aws"
  display_name  = "Production AWS"
  metadata = {
    team = "platform"
  }
}`,
  notes: [
    '`metadata` cannot be changed by the API after create, so a change replaces the account.',
    '',
    'Deleting credentials or an account that a cluster used in the last 24 hours is refused by Avisi Cloud; the destroy fails with an explanation and the resource stays in state, so a later destroy can retry.',
    '',
    ownershipNotes(AVISI_ACCOUNT_OWNERSHIP),
  ].join('\n'),
});
