/**
 * `cloudbridge_cloudflare_cloud_integration_authorization`: gives a cloud
 * integration its credentials (an AWS role ARN, an Azure subscription +
 * tenant, or a GCP project + service account), runs discovery and waits for
 * Cloudflare to accept them.
 */
import { attrs, list, map, str } from '../../framework/attributes';
import { requiresReplace, useStateForUnknown } from '../../framework/plan-modifiers';
import { matches, objectCustom } from '../../framework/validators';
import { childPath } from '../../framework/diagnostics';
import { isUnknown } from '../../protocol/values';
import type { CloudIntegration, CloudflareClient, UpdateCloudIntegrationRequest } from './client';
import type { StateObject } from '../../framework/attributes';
import type { Context } from '../../framework/resource';
import {
  EXAMPLE_ACCOUNT_ID,
  EXAMPLE_INTEGRATION_ID,
  checkAccount,
  defineResource,
  parseAccountScopedId,
} from './define';
import { DiscoveryFailedError, runDiscoveryUntilSucceeded } from './discovery';
import { CREDENTIAL_FIELDS, CREDENTIAL_FIELD_RULES, type CredentialField } from './model';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The credential groups, exactly one of which is configured. */
const CREDENTIAL_GROUPS: readonly (readonly CredentialField[])[] = [
  ['aws_arn'],
  ['azure_subscription_id', 'azure_tenant_id'],
  ['gcp_project_id', 'gcp_service_account_email'],
];
const GROUPS_IN_WORDS = '`aws_arn`, or `azure_subscription_id` + `azure_tenant_id`, or `gcp_project_id` + `gcp_service_account_email`';

function credentialAttr(field: CredentialField, description: string) {
  const rule = CREDENTIAL_FIELD_RULES[field];
  return str({ optional: true, description, validators: [matches(rule.pattern, rule.description)] });
}

const schema = attrs({
  id: str({ computed: true, description: 'The integration id (same as `integration_id`).', planModifiers: [useStateForUnknown()] }),
  account_id: str({ computed: true, description: 'The Cloudflare account of the integration.', planModifiers: [useStateForUnknown()] }),
  integration_id: str({
    required: true,
    description: 'Id of the `cloudbridge_cloudflare_cloud_integration` to authorise.',
    validators: [matches(UUID, 'must be a cloud integration id (a UUID)')],
    planModifiers: [requiresReplace()],
  }),
  aws_arn: credentialAttr('aws_arn', 'AWS: ARN of the IAM role Cloudflare assumes (its trust policy comes from `cloudbridge_cloudflare_cloud_integration_setup`).'),
  azure_subscription_id: credentialAttr('azure_subscription_id', 'Azure: the subscription id. Set together with `azure_tenant_id`.'),
  azure_tenant_id: credentialAttr('azure_tenant_id', 'Azure: the tenant id. Set together with `azure_subscription_id`.'),
  gcp_project_id: credentialAttr('gcp_project_id', 'Google Cloud: the project id. Set together with `gcp_service_account_email`.'),
  gcp_service_account_email: credentialAttr(
    'gcp_service_account_email',
    'Google Cloud: the service account Cloudflare impersonates. Set together with `gcp_project_id`.',
  ),
  rediscover_triggers: map('string', {
    optional: true,
    description: 'Arbitrary values; any change runs discovery again (for example after the role\'s policies change).',
  }),
  state: str({ computed: true, description: 'Discovery state after the last apply: `SUCCEEDED` once Cloudflare accepted the credentials.' }),
  regions: list('string', { computed: true, description: 'Regions the last discovery found.' }),
  last_discovery_status: str({ computed: true, nullable: true, description: 'Status of the last discovery run.' }),
  credentials_good_since: str({ computed: true, nullable: true, description: 'Since when Cloudflare has accepted the credentials (RFC 3339).' }),
  discovery_message: str({ computed: true, nullable: true, description: "Cloudflare's message about the last discovery." }),
});

const exactlyOneCredentialGroup = objectCustom<Record<CredentialField, string | null>>(
  `exactly one of ${GROUPS_IN_WORDS} must be set`,
  (value, { path, diags }) => {
    const v = value as Readonly<Record<string, unknown>>;
    if (CREDENTIAL_FIELDS.some((f) => isUnknown(v[f]))) return;
    const isSet = (f: CredentialField): boolean => v[f] !== null && v[f] !== undefined;
    const used = CREDENTIAL_GROUPS.filter((g) => g.some(isSet));
    if (used.length !== 1) {
      diags.error(
        'Invalid attribute combination',
        `Exactly one of ${GROUPS_IN_WORDS} must be set${used.length > 1 ? `; got ${used.map((g) => `\`${g.find(isSet)}\``).join(', ')}` : ''}.`,
        childPath(path, used[1]?.find(isSet) ?? 'aws_arn'),
      );
      return;
    }
    for (const f of used[0]!) {
      if (!isSet(f)) {
        const partner = used[0]!.find((p) => p !== f)!;
        diags.error('Missing required argument', `\`${f}\` must be set together with \`${partner}\`.`, childPath(path, f));
      }
    }
  },
);

type Credentials = Record<CredentialField, string | null>;

function credentialsOf(source: Readonly<Partial<Record<CredentialField, string | null | undefined>>>): Credentials {
  const out = {} as Credentials;
  for (const f of CREDENTIAL_FIELDS) out[f] = source[f] || null;
  return out;
}

/** Sets the configured fields and clears the other groups'. */
function patchBody(credentials: Credentials): UpdateCloudIntegrationRequest {
  const body: Record<string, string | null> = {};
  for (const f of CREDENTIAL_FIELDS) body[f] = credentials[f];
  return body;
}

function toState(
  integration: CloudIntegration,
  accountId: string,
  rediscoverTriggers: Record<string, string> | null,
): AuthorizationState {
  const s = integration.status;
  return {
    id: integration.id,
    account_id: accountId,
    integration_id: integration.id,
    ...credentialsOf(integration),
    rediscover_triggers: rediscoverTriggers,
    state: integration.state,
    regions: [...(s?.regions ?? [])],
    last_discovery_status: s?.last_discovery_status ?? null,
    credentials_good_since: s?.credentials_good_since ?? null,
    discovery_message: s?.discovery_message ?? null,
  };
}

function sameCredentials(a: Credentials, b: Credentials): boolean {
  return CREDENTIAL_FIELDS.every((f) => a[f] === b[f]);
}

function sameMap(a: Record<string, string> | null, b: Record<string, string> | null): boolean {
  const ka = Object.keys(a ?? {}).sort();
  const kb = Object.keys(b ?? {}).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a![k] === b![k]);
}

function attributeOfCredentials(credentials: Credentials): CredentialField {
  return CREDENTIAL_FIELDS.find((f) => credentials[f] !== null) ?? 'aws_arn';
}

export const cloudIntegrationAuthorizationResource = defineResource({
  typeName: 'cloudbridge_cloudflare_cloud_integration_authorization',
  description: [
    "Authorises a Cloudflare Magic Cloud Networking cloud integration: sets its credentials, runs discovery and waits until Cloudflare's `state` is `SUCCEEDED`.",
    '',
    `Configure exactly one of ${GROUPS_IN_WORDS}. A new AWS role's trust policy can take minutes to propagate, so a rejected discovery is retried until \`timeouts.create\` (or \`timeouts.update\`) runs out; the apply then fails with Cloudflare's last \`discovery_message\`. Progress is logged (\`TF_LOG=info\`).`,
  ].join('\n'),
  schema,
  timeouts: { create: '10m', update: '10m' },
  // Not stored in state: an import followed by a plan stays clean when the configuration sets timeouts.
  writeOnlyTimeouts: true,
  validators: [exactlyOneCredentialGroup],
  importer: {
    format: '<account_id>/<integration_id>',
    example: `${EXAMPLE_ACCOUNT_ID}/${EXAMPLE_INTEGRATION_ID}`,
    notes:
      'The id is the integration\'s: `<account_id>/<integration_id>`. The credential fields (`aws_arn`, or the Azure or GCP pair) and the discovery status are read ' +
      'from the integration, so the plan after an import is clean (`timeouts` is write-only: read from the configuration, never stored). ' +
      '`rediscover_triggers` is not stored by Cloudflare, so an import leaves it null: when the configuration sets it, the first plan after the import ' +
      'shows an update that runs discovery once.',
    parse: (id, diags) => {
      const parsed = parseAccountScopedId(id, diags);
      return parsed && { id: parsed.integration_id, integration_id: parsed.integration_id, account_id: parsed.account_id };
    },
  },

  async create({ config }, ctx) {
    const credentials = credentialsOf(config);
    await ctx.client.patchIntegration(config.integration_id, patchBody(credentials), { signal: ctx.signal });
    ctx.logger.info('cloudflare credentials set; running discovery', { integration_id: config.integration_id });
    return authorise(config.integration_id, credentials, config.rediscover_triggers, ctx);
  },

  async read({ state }, ctx) {
    checkAccount(ctx.client, state.account_id);
    const integration = await ctx.client.findIntegration(state.integration_id, { status: true }, { signal: ctx.signal });
    if (!integration) return null;
    // Credentials cleared elsewhere: the authorisation no longer exists.
    if (CREDENTIAL_FIELDS.every((f) => !integration[f])) return null;
    return toState(integration, ctx.client.accountId, state.rediscover_triggers);
  },

  async update({ config, state }, ctx) {
    const credentials = credentialsOf(config);
    const credentialsChanged = !sameCredentials(credentials, credentialsOf(state));
    const triggersChanged = !sameMap(config.rediscover_triggers, state.rediscover_triggers);
    if (!credentialsChanged && !triggersChanged) {
      const integration = await ctx.client.getIntegration(config.integration_id, { status: true }, { signal: ctx.signal });
      return toState(integration, ctx.client.accountId, config.rediscover_triggers);
    }
    if (credentialsChanged) {
      await ctx.client.patchIntegration(config.integration_id, patchBody(credentials), { signal: ctx.signal });
    }
    ctx.logger.info('cloudflare running discovery again', {
      integration_id: config.integration_id,
      reason: credentialsChanged ? 'credentials changed' : 'rediscover_triggers changed',
    });
    return authorise(config.integration_id, credentials, config.rediscover_triggers, ctx);
  },

  async delete({ state }, ctx) {
    // A 404 (the integration is gone, and its credentials with it) is a finished delete to the framework.
    await ctx.client.patchIntegration(state.integration_id, patchBody(credentialsOf({})), { signal: ctx.signal });
  },

  example: `resource "cloudbridge_cloudflare_cloud_integration_authorization" "aws" {
  integration_id = cloudbridge_cloudflare_cloud_integration.aws.id
  aws_arn        = aws_iam_role.cloudflare.arn

  timeouts = {
    create = "10m"
  }
}`,
  notes: [
    '**Delete** clears the credential fields on the integration; the integration itself stays.',
    '',
    '**Drift:** when the credential fields are cleared outside Terraform, the next plan creates the authorisation again.',
  ].join('\n'),
});

type AuthoriseContext = Context<CloudflareClient>;
type AuthorizationState = StateObject<typeof schema>;

/** Runs discovery until SUCCEEDED; a failure is an error diagnostic, and the state is still returned so it is tracked. */
async function authorise(
  integrationId: string,
  credentials: Credentials,
  rediscoverTriggers: Record<string, string> | null,
  ctx: AuthoriseContext,
): Promise<AuthorizationState> {
  try {
    const done = await runDiscoveryUntilSucceeded(ctx.client, integrationId, {
      timeoutMs: Math.max(0, ctx.deadline - Date.now()),
      logger: ctx.logger,
      signal: ctx.signal,
      sleep: (ms) => ctx.sleep(ms),
    });
    return toState(done, ctx.client.accountId, rediscoverTriggers);
  } catch (err) {
    if (!(err instanceof DiscoveryFailedError)) throw err;
    ctx.diags.error('Cloudflare rejected the cloud integration credentials', err.message, attributeOfCredentials(credentials));
    const integration = await ctx.client.getIntegration(integrationId, { status: true }, { signal: ctx.signal });
    return toState(integration, ctx.client.accountId, rediscoverTriggers);
  }
}
