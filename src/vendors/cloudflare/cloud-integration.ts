/**
 * `cloudbridge_cloudflare_cloud_integration`: a Magic Cloud Networking cloud
 * integration (the Cloudflare side; credentials are set by the
 * `..._authorization` resource once the customer's role exists).
 */
import { attrs, bool, str } from '../../framework/attributes';
import { DiagnosticError } from '../../framework/diagnostics';
import { createOwned, inWindow, ownershipNotes, vendorTime, type OwnedCreate, type OwnershipDoc } from '../../framework/ownership';
import type { Context } from '../../framework/resource';
import { requiresReplace, useStateForUnknown } from '../../framework/plan-modifiers';
import { matches, oneOf } from '../../framework/validators';
import type { CloudIntegration, CloudflareClient } from './client';
import {
  EXAMPLE_ACCOUNT_ID,
  EXAMPLE_INTEGRATION_ID,
  checkAccount,
  defineResource,
  parseAccountScopedId,
} from './define';
import { CLOUD_TYPES, DISCOVERY_STATES, FRIENDLY_NAME_RULE, LIFECYCLE_STATES, type CloudType } from './model';

const schema = attrs({
  id: str({ computed: true, description: 'The integration id (a UUID).', planModifiers: [useStateForUnknown()] }),
  account_id: str({
    computed: true,
    description: 'The Cloudflare account the integration belongs to (from the provider configuration).',
    planModifiers: [useStateForUnknown()],
  }),
  cloud_type: str({
    required: true,
    description: `The cloud this integration connects: one of ${CLOUD_TYPES.map((t) => `\`${t}\``).join(', ')}.`,
    validators: [oneOf<string>(CLOUD_TYPES)],
    planModifiers: [requiresReplace()],
  }),
  friendly_name: str({
    required: true,
    description: 'Name shown in the Cloudflare dashboard.',
    validators: [matches(FRIENDLY_NAME_RULE.pattern, FRIENDLY_NAME_RULE.description)],
  }),
  description: str({ optional: true, default: '', description: 'Free-form description. Default `""`.' }),
  allow_duplicate_names: bool({
    optional: true,
    default: false,
    description:
      'Cloudflare allows several integrations with one `friendly_name`; cloudbridge does not, unless this is `true`: a create (or rename) ' +
      'to a name another integration of the account has fails with that integration\'s import, so a crash and a re-apply can never leave two. Default `false`.',
  }),
  lifecycle_state: str({
    computed: true,
    description: `${LIFECYCLE_STATES.map((s) => `\`${s}\``).join(', ')}. A new integration is \`PENDING_SETUP\` until its credentials are authorised.`,
  }),
  state: str({
    computed: true,
    description: `Discovery state: ${DISCOVERY_STATES.map((s) => `\`${s}\``).join(', ')}.`,
  }),
  last_updated: str({ computed: true, nullable: true, description: 'When the integration last changed (RFC 3339).' }),
});

function toState(integration: CloudIntegration, accountId: string, allowDuplicateNames: boolean) {
  return {
    allow_duplicate_names: allowDuplicateNames,
    id: integration.id,
    account_id: accountId,
    cloud_type: integration.cloud_type,
    friendly_name: integration.friendly_name,
    description: integration.description ?? '',
    lifecycle_state: integration.lifecycle_state,
    state: integration.state,
    last_updated: integration.last_updated ?? null,
  };
}

const NOUN = 'Cloudflare cloud integration';

/** What a create does when the name is taken or its outcome is unknown (the resource's notes and docs/reliability.md). */
export const CLOUDFLARE_INTEGRATION_OWNERSHIP: OwnershipDoc = {
  identity:
    '`friendly_name` within the account. Cloudflare allows several integrations with one name; cloudbridge keeps names unique unless `allow_duplicate_names = true`.',
  taken:
    'The create (or a rename) lists the account\'s integrations first and fails, before writing anything, with the import (`<account_id>/<integration_id>`) of the integration that has the name. ' +
    'With `allow_duplicate_names = true` it creates another integration of that name.',
  unknownOutcome:
    'Cloudflare\'s create takes no idempotency key, so after a reset, a timeout or a 502/504 the integrations with the name are listed again: one that was not there before the create, ' +
    'still `PENDING_SETUP` with no credentials, of this `cloud_type`, and last updated within this attempt\'s window by Cloudflare\'s clock (its `Date` headers) is this create\'s and is recorded. ' +
    'With none found, nothing is recorded and the error says to apply again (the create most likely did not happen; the next one looks again first). ' +
    'Anything else found is named in the error with its import, never recorded.',
};

function describe(i: CloudIntegration): string {
  return `"${i.friendly_name}" (${i.cloud_type}, id ${i.id})`;
}

/**
 * The create, through the ownership mechanism: the name is the identity
 * another state could hold. After an unknown outcome a new integration is
 * ours only if it is fresh (\`PENDING_SETUP\`, no credentials) with our name and
 * type, and changed within this attempt's window by Cloudflare's clock.
 */
function ownedCreate(ctx: Context<CloudflareClient>, wanted: { cloud_type: CloudType; friendly_name: string; description: string }, exclusive: boolean): OwnedCreate<CloudIntegration> {
  return {
    noun: NOUN,
    describe,
    importId: (i) => `${ctx.client.accountId}/${i.id}`,
    key: (i) => i.id,
    holders: async () => (await ctx.client.listIntegrations({}, { signal: ctx.signal })).filter((i) => i.friendly_name === wanted.friendly_name),
    exclusive,
    uniqueIdentity: false,
    create: () => ctx.client.createIntegration(wanted, { signal: ctx.signal }),
    proves: (i, attempt) =>
      i.cloud_type === wanted.cloud_type &&
      i.lifecycle_state === 'PENDING_SETUP' &&
      !i.aws_arn &&
      !i.azure_subscription_id &&
      !i.gcp_project_id &&
      inWindow(vendorTime(i.last_updated), attempt.window),
    takenHint: 'Cloudflare allows duplicate names, cloudbridge does not by default: set `allow_duplicate_names = true` to create another integration with this name.',
  };
}

export const cloudIntegrationResource = defineResource({
  typeName: 'cloudbridge_cloudflare_cloud_integration',
  description: [
    'A Cloudflare Magic Cloud Networking cloud integration: the Cloudflare side of a connection to an AWS, Azure or Google Cloud account.',
    '',
    'A new integration is `PENDING_SETUP`. Read what the cloud account needs from the `cloudbridge_cloudflare_cloud_integration_setup` data source (for AWS: the IAM trust policy), create that, then authorise it with `cloudbridge_cloudflare_cloud_integration_authorization`, which runs discovery.',
  ].join('\n'),
  schema,
  importer: {
    format: '<account_id>/<integration_id>',
    example: `${EXAMPLE_ACCOUNT_ID}/${EXAMPLE_INTEGRATION_ID}`,
    parse: (id, diags) => {
      const parsed = parseAccountScopedId(id, diags);
      return parsed && { id: parsed.integration_id, account_id: parsed.account_id };
    },
  },

  async create({ config }, ctx) {
    const wanted = { cloud_type: config.cloud_type as CloudType, friendly_name: config.friendly_name, description: config.description ?? '' };
    const allowDuplicates = config.allow_duplicate_names === true;
    const created = await createOwned(ctx, ownedCreate(ctx, wanted, !allowDuplicates));
    ctx.logger.info('cloudflare cloud integration created', { integration_id: created.id, cloud_type: created.cloud_type });
    return toState(created, ctx.client.accountId, allowDuplicates);
  },

  async read({ state }, ctx) {
    checkAccount(ctx.client, state.account_id);
    const found = await ctx.client.findIntegration(state.id, {}, { signal: ctx.signal });
    if (!found) return null;
    // Not Cloudflare's: kept as configured (false after an import).
    return toState(found, ctx.client.accountId, state.allow_duplicate_names === true);
  },

  async update({ config, state }, ctx) {
    const allowDuplicates = config.allow_duplicate_names === true;
    if (config.friendly_name !== state.friendly_name && !allowDuplicates) {
      const holder = (await ctx.client.listIntegrations({}, { signal: ctx.signal })).find((i) => i.friendly_name === config.friendly_name && i.id !== state.id);
      if (holder) {
        throw new DiagnosticError(
          `The name ${JSON.stringify(config.friendly_name)} is taken`,
          `The ${NOUN} ${describe(holder)} already has it, and cloudbridge keeps names unique unless \`allow_duplicate_names = true\`. Choose another name, or set it.`,
          'friendly_name',
        );
      }
    }
    // PATCH, not PUT: a PUT would clear the credentials the authorization resource set.
    const updated = await ctx.client.patchIntegration(
      state.id,
      { friendly_name: config.friendly_name, description: config.description ?? '' },
      { signal: ctx.signal },
    );
    return toState(updated, ctx.client.accountId, allowDuplicates);
  },

  async delete({ state }, ctx) {
    await ctx.client.deleteIntegration(state.id, { signal: ctx.signal });
  },

  example: `resource "cloudbridge_cloudflare_cloud_integration" "aws" {
  cloud_type    = "AWS"
  friendly_name = "production-aws"
  description   = "Managed by Terraform"
}`,
  notes: [
    '`cloud_type` cannot change in place: changing it replaces the integration.',
    '',
    '`state` and `lifecycle_state` are Cloudflare\'s and change as discovery runs (for example after `cloudbridge_cloudflare_cloud_integration_authorization` is applied); they never cause a plan diff.',
    '',
    ownershipNotes(CLOUDFLARE_INTEGRATION_OWNERSHIP),
  ].join('\n'),
});
