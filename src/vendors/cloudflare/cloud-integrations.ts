/**
 * `cloudbridge_cloudflare_cloud_integrations` (data source): the account's
 * cloud integrations, each with its discovery status.
 */
import { attrs, bool, list, listNested, str } from '../../framework/attributes';
import { oneOf } from '../../framework/validators';
import type { CloudIntegration } from './client';
import { defineDataSource } from './define';
import { LIST_ORDER_BY_FIELDS, type ListOrderBy } from './model';

const nullableText = (description: string) => str({ computed: true, nullable: true, description });

const integrationAttrs = attrs({
  id: str({ computed: true, description: 'Integration id.' }),
  cloud_type: str({ computed: true, description: 'Cloud type.' }),
  friendly_name: str({ computed: true, description: 'Name.' }),
  description: nullableText('Description.'),
  lifecycle_state: str({ computed: true, description: 'Lifecycle state.' }),
  state: str({ computed: true, description: 'Discovery state.' }),
  last_updated: nullableText('When the integration last changed.'),
  aws_arn: nullableText('AWS role ARN, when set.'),
  azure_subscription_id: nullableText('Azure subscription id, when set.'),
  azure_tenant_id: nullableText('Azure tenant id, when set.'),
  gcp_project_id: nullableText('GCP project id, when set.'),
  gcp_service_account_email: nullableText('GCP service account e-mail, when set.'),
  discovery_message: nullableText('Message of the last discovery.'),
  last_discovery_status: nullableText('Status of the last discovery.'),
  last_discovery_started_at: nullableText('When the last discovery started.'),
  last_discovery_completed_at: nullableText('When the last discovery completed.'),
  credentials_good_since: nullableText('Since when Cloudflare has accepted the credentials.'),
  credentials_rejected_since: nullableText('Since when the cloud has rejected the credentials.'),
  credentials_missing_since: nullableText('Since when the credentials have been missing.'),
  regions: list('string', { computed: true, description: 'Regions the last discovery found.' }),
});

const schema = attrs({
  cloudflare: bool({
    optional: true,
    description: '`true`: only integrations of `cloud_type = "CLOUDFLARE"`; `false`: only the others. Unset: all.',
  }),
  order_by: str({
    optional: true,
    description: `Sort by one of ${LIST_ORDER_BY_FIELDS.map((f) => `\`${f}\``).join(', ')}. Unset: creation order.`,
    validators: [oneOf<string>(LIST_ORDER_BY_FIELDS)],
  }),
  desc: bool({ optional: true, description: 'Reverse the order.' }),
  integrations: listNested(integrationAttrs, { computed: true, description: 'The integrations, with their status.' }),
});

function toItem(i: CloudIntegration) {
  const s = i.status;
  return {
    id: i.id,
    cloud_type: i.cloud_type,
    friendly_name: i.friendly_name,
    description: i.description ?? null,
    lifecycle_state: i.lifecycle_state,
    state: i.state,
    last_updated: i.last_updated ?? null,
    aws_arn: i.aws_arn || null,
    azure_subscription_id: i.azure_subscription_id || null,
    azure_tenant_id: i.azure_tenant_id || null,
    gcp_project_id: i.gcp_project_id || null,
    gcp_service_account_email: i.gcp_service_account_email || null,
    discovery_message: s?.discovery_message ?? null,
    last_discovery_status: s?.last_discovery_status ?? null,
    last_discovery_started_at: s?.last_discovery_started_at ?? null,
    last_discovery_completed_at: s?.last_discovery_completed_at ?? null,
    credentials_good_since: s?.credentials_good_since ?? null,
    credentials_rejected_since: s?.credentials_rejected_since ?? null,
    credentials_missing_since: s?.credentials_missing_since ?? null,
    regions: [...(s?.regions ?? [])],
  };
}

export const cloudIntegrationsDataSource = defineDataSource({
  typeName: 'cloudbridge_cloudflare_cloud_integrations',
  description: "Lists the Cloudflare account's Magic Cloud Networking cloud integrations, each with its discovery status.",
  schema,
  async read({ config }, ctx) {
    const items = await ctx.client.listIntegrations(
      {
        status: true,
        cloudflare: config.cloudflare ?? undefined,
        orderBy: (config.order_by ?? undefined) as ListOrderBy | undefined,
        desc: config.desc ?? undefined,
      },
      { signal: ctx.signal },
    );
    return { cloudflare: config.cloudflare, order_by: config.order_by, desc: config.desc, integrations: items.map(toItem) };
  },
  example: `data "cloudbridge_cloudflare_cloud_integrations" "all" {
  order_by = "name"
}

output "failed_integrations" {
  value = [for i in data.cloudbridge_cloudflare_cloud_integrations.all.integrations : i.friendly_name if i.state == "FAILED"]
}`,
});
