/**
 * `cloudbridge_avisi_cloud_account`: an organisation's cloud account on a
 * cloud profile. Unlike the community provider, a read of a vanished account
 * drops it from state so Terraform plans to create it again.
 */
import { attrs, bool, map, str } from '../../framework/attributes';
import { requiresReplace, useStateForUnknown } from '../../framework/plan-modifiers';
import { lengthBetween } from '../../framework/validators';
import { OutcomeUnknownError } from '../../http/errors';
import type { AvisiClient, CloudAccount } from './client';
import { EXAMPLE_ACCOUNT_IDENTITY, defineResource, explainDeleteError, mapOrNull, parseUuid } from './define';
import { CLOUD_PROFILE_MAX, DISPLAY_NAME_MAX, DISPLAY_NAME_MIN } from './model';

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

function toState(account: CloudAccount, priorMetadata: Readonly<Record<string, string>> | null) {
  return {
    identity: account.identity,
    cloud_profile: account.cloudProfile.identity,
    display_name: account.displayName,
    enabled: account.enabled,
    metadata: mapOrNull(account.metadata, priorMetadata),
    primary_cloud_credentials_identity: account.primaryCloudCredentialsIdentity ?? null,
    cloud_provider: account.cloudProfile.cloudProvider ?? null,
  };
}

function sameMap(a: Readonly<Record<string, string>> | null | undefined, b: Readonly<Record<string, string>> | null | undefined): boolean {
  const x = a ?? {};
  const y = b ?? {};
  return Object.keys(x).length === Object.keys(y).length && Object.entries(x).every(([k, v]) => y[k] === v);
}

/**
 * A create whose outcome is unknown may have created the account: adopt it when
 * exactly one account with the same name, profile and metadata exists.
 */
async function findCreated(
  client: AvisiClient,
  wanted: { cloudProfile: string; displayName: string; metadata: Readonly<Record<string, string>> | null },
  signal: AbortSignal,
): Promise<CloudAccount | undefined> {
  const candidates = (await client.listCloudAccounts({ displayName: wanted.displayName }, { signal })).filter(
    (a) => a.displayName === wanted.displayName && a.cloudProfile.identity === wanted.cloudProfile && sameMap(a.metadata, wanted.metadata),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
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
    const body = {
      cloudProfile: config.cloud_profile,
      displayName: config.display_name,
      ...(config.metadata ? { metadata: config.metadata } : {}),
    };
    let account: CloudAccount;
    try {
      account = await ctx.client.createCloudAccount(body, { signal: ctx.signal });
    } catch (err) {
      if (!(err instanceof OutcomeUnknownError)) throw err;
      ctx.logger.warn('avisi: cloud account create outcome unknown; looking it up', { display_name: config.display_name });
      const found = await findCreated(ctx.client, { ...body, metadata: config.metadata }, ctx.signal);
      if (!found) throw err;
      account = found;
    }
    // The create body has no `enabled`; a new account is enabled.
    const enabled = config.enabled ?? true;
    if (account.enabled !== enabled) {
      try {
        account = await ctx.client.updateCloudAccount(account.identity, { enabled }, { signal: ctx.signal });
      } catch (err) {
        ctx.diags.error('Avisi cloud account created but not updated', `Setting enabled = ${String(enabled)} failed: ${err instanceof Error ? err.message : String(err)}`);
        return toState(account, config.metadata);
      }
    }
    return toState(account, config.metadata);
  },
  async read({ state }, ctx) {
    const account = await ctx.client.findCloudAccount(state.identity, { signal: ctx.signal });
    if (account === null) {
      ctx.logger.info('avisi: cloud account is gone; removing it from state', { identity: state.identity });
      return null;
    }
    return toState(account, state.metadata);
  },
  async update({ config, state }, ctx) {
    const patch: { displayName?: string; enabled?: boolean } = {};
    if (config.display_name !== state.display_name) patch.displayName = config.display_name;
    const enabled = config.enabled ?? true;
    if (enabled !== state.enabled) patch.enabled = enabled;
    const account =
      Object.keys(patch).length > 0
        ? await ctx.client.updateCloudAccount(state.identity, patch, { signal: ctx.signal })
        : await ctx.client.getCloudAccount(state.identity, { signal: ctx.signal });
    return toState(account, config.metadata);
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
  ].join('\n'),
});
