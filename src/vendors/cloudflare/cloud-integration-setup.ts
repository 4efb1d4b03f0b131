/**
 * `cloudbridge_cloudflare_cloud_integration_setup` (data source): what the
 * customer's cloud account needs before Cloudflare can discover it, from
 * `GET .../providers/{id}/initial_setup`.
 */
import { attrs, str } from '../../framework/attributes';
import { matches } from '../../framework/validators';
import type { InitialSetup } from './client';
import { defineDataSource } from './define';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const schema = attrs({
  integration_id: str({
    required: true,
    description: 'Id of the `cloudbridge_cloudflare_cloud_integration`.',
    validators: [matches(UUID, 'must be a cloud integration id (a UUID)')],
  }),
  item_type: str({ computed: true, description: 'Which setup shape Cloudflare returned (it follows the integration\'s `cloud_type`).' }),
  aws_trust_policy: str({
    computed: true,
    nullable: true,
    description: 'AWS only: the IAM trust policy (JSON) to put on the role Cloudflare assumes, as `assume_role_policy`. It trusts Cloudflare\'s AWS account and requires this integration\'s `sts:ExternalId`.',
  }),
  aws_external_id: str({
    computed: true,
    nullable: true,
    description: 'AWS only: the `sts:ExternalId` the trust policy requires (read from `aws_trust_policy`).',
  }),
  azure_consent_url: str({ computed: true, nullable: true, description: 'Azure only: the admin-consent URL that grants Cloudflare\'s application access.' }),
  integration_identity_tag: str({
    computed: true,
    nullable: true,
    description: 'Azure and Google Cloud: the tag that marks resources as belonging to this integration.',
  }),
  tag_cli_command: str({ computed: true, nullable: true, description: 'Azure and Google Cloud: a CLI command that applies `integration_identity_tag`.' }),
});

/** The external id of the first statement that requires one. */
export function externalIdOfTrustPolicy(policyJson: string | null | undefined): string | null {
  if (!policyJson) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(policyJson);
  } catch {
    return null;
  }
  const statements = (doc as { Statement?: unknown }).Statement;
  for (const s of Array.isArray(statements) ? statements : [statements]) {
    const condition = (s as { Condition?: Record<string, Record<string, unknown>> } | undefined)?.Condition;
    const value = condition?.['StringEquals']?.['sts:ExternalId'];
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  }
  return null;
}

function toState(integrationId: string, setup: InitialSetup) {
  return {
    integration_id: integrationId,
    item_type: setup.item_type,
    aws_trust_policy: setup.aws_trust_policy ?? null,
    aws_external_id: externalIdOfTrustPolicy(setup.aws_trust_policy),
    azure_consent_url: setup.azure_consent_url ?? null,
    integration_identity_tag: setup.integration_identity_tag ?? null,
    tag_cli_command: setup.tag_cli_command ?? null,
  };
}

export const cloudIntegrationSetupDataSource = defineDataSource({
  typeName: 'cloudbridge_cloudflare_cloud_integration_setup',
  description: [
    'The initial setup Cloudflare asks for before it can discover a cloud account (`initial_setup`).',
    '',
    '- AWS: `aws_trust_policy`, the trust policy for the IAM role Cloudflare assumes (use it as the role\'s `assume_role_policy`).',
    '- Azure: `azure_consent_url`, `integration_identity_tag` and `tag_cli_command`.',
    '- Google Cloud: `integration_identity_tag` and `tag_cli_command`.',
    '',
    'Terraform reads a data source during apply instead of plan when a resource it refers to has a pending change. So a plan that changes the integration (a new `friendly_name`, say) also shows the role\'s `assume_role_policy` as known after apply; the setup does not change, and the apply leaves the role as it was.',
  ].join('\n'),
  schema,
  async read({ config }, ctx) {
    const setup = await ctx.client.initialSetup(config.integration_id, { signal: ctx.signal });
    return toState(config.integration_id, setup);
  },
  example: `data "cloudbridge_cloudflare_cloud_integration_setup" "aws" {
  integration_id = cloudbridge_cloudflare_cloud_integration.aws.id
}

resource "aws_iam_role" "cloudflare" {
  name               = "cloudflare-magic-cloud-networking"
  assume_role_policy = data.cloudbridge_cloudflare_cloud_integration_setup.aws.aws_trust_policy
}`,
  notes: 'Cloudflare integrations of `cloud_type = "CLOUDFLARE"` need no setup; reading this data source for one fails with Cloudflare\'s error.',
});
