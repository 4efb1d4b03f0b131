/**
 * `cloudbridge_cloudflare_cloud_integration`: a Magic Cloud Networking cloud
 * integration (the Cloudflare side; credentials are set by the
 * `..._authorization` resource once the customer's role exists).
 */
import { attrs, str } from '../../framework/attributes';
import { requiresReplace, useStateForUnknown } from '../../framework/plan-modifiers';
import { matches, oneOf } from '../../framework/validators';
import { OutcomeUnknownError } from '../../http/errors';
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

function toState(integration: CloudIntegration, accountId: string) {
  return {
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

/**
 * A create whose outcome is unknown (connection lost after the POST left) may
 * have created the integration: adopt it when exactly one fresh integration
 * with the same name and type exists, rather than creating a twin.
 */
async function findCreated(
  client: CloudflareClient,
  wanted: { cloud_type: CloudType; friendly_name: string },
  signal: AbortSignal,
): Promise<CloudIntegration | undefined> {
  const candidates = (await client.listIntegrations({}, { signal })).filter(
    (i) =>
      i.cloud_type === wanted.cloud_type &&
      i.friendly_name === wanted.friendly_name &&
      i.lifecycle_state === 'PENDING_SETUP' &&
      !i.aws_arn &&
      !i.azure_subscription_id &&
      !i.gcp_project_id,
  );
  return candidates.length === 1 ? candidates[0] : undefined;
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
    const wanted = { cloud_type: config.cloud_type as CloudType, friendly_name: config.friendly_name };
    let created: CloudIntegration;
    try {
      created = await ctx.client.createIntegration({ ...wanted, description: config.description ?? '' }, { signal: ctx.signal });
    } catch (err) {
      if (!(err instanceof OutcomeUnknownError)) throw err;
      ctx.logger.warn('cloudflare create outcome unknown; looking the integration up', { friendly_name: wanted.friendly_name });
      const found = await findCreated(ctx.client, wanted, ctx.signal);
      if (!found) throw err;
      created = found;
    }
    ctx.logger.info('cloudflare cloud integration created', { integration_id: created.id, cloud_type: created.cloud_type });
    return toState(created, ctx.client.accountId);
  },

  async read({ state }, ctx) {
    checkAccount(ctx.client, state.account_id);
    const found = await ctx.client.findIntegration(state.id, {}, { signal: ctx.signal });
    if (!found) return null;
    return toState(found, ctx.client.accountId);
  },

  async update({ config, state }, ctx) {
    // PATCH, not PUT: a PUT would clear the credentials the authorization resource set.
    const updated = await ctx.client.patchIntegration(
      state.id,
      { friendly_name: config.friendly_name, description: config.description ?? '' },
      { signal: ctx.signal },
    );
    return toState(updated, ctx.client.accountId);
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
  ].join('\n'),
});
