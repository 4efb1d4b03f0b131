/**
 * `cloudbridge_qtangl_cloud_integrations`: the tenant's Qtangl cloud integrations
 * (one per provider), from the list route. Secret fields are left out.
 */
import { attrs, listNested, str } from '../../framework/attributes';
import { withClient } from '../../framework/resource';
import { oneOf } from '../../framework/validators';
import type { QtanglClient } from './client';
import { QTANGL_PROVIDERS } from './model';

const { defineDataSource } = withClient<QtanglClient>();

const computed = (description: string) => str({ computed: true, nullable: true, description });

export const qtanglCloudIntegrationsDataSource = defineDataSource({
  typeName: 'cloudbridge_qtangl_cloud_integrations',
  description: 'The tenant\'s Qtangl cloud integrations, one per provider, with their status. Secret fields (`external_id`, `credentials_json`, `kubeconfig_json`, `client_secret`) are not exposed.',
  schema: attrs({
    cloud_provider: str({
      optional: true,
      description: `Only the integration of this provider: ${QTANGL_PROVIDERS.map((p) => `\`${p}\``).join(', ')}.`,
      validators: [oneOf<string>(QTANGL_PROVIDERS)],
    }),
    integrations: listNested(
      {
        id: computed('Qtangl\'s row id.'),
        cloud_provider: str({ computed: true, description: 'The provider.' }),
        status: str({ computed: true, description: '`active`, or `disabled` once its credentials failed.' }),
        status_message: computed('Why the row is `disabled`, when Qtangl says.'),
        region: computed('Cloud region.'),
        role_arn: computed('AWS IAM role ARN.'),
        vault_name: computed('Azure Key Vault name.'),
        tenant_id: computed('Azure tenant id.'),
        client_id: computed('Azure client id.'),
        project_id: computed('GCP project id.'),
        namespace: computed('Kubernetes namespace filter.'),
        context: computed('Kubernetes context.'),
        updated_at: computed('When the row last changed (RFC 3339).'),
      },
      { computed: true, description: 'The integrations, in provider order.' },
    ),
  }),
  async read({ config }, ctx) {
    const rows = await ctx.client.listIntegrations({ signal: ctx.signal });
    return {
      cloud_provider: config.cloud_provider,
      integrations: rows
        .filter((r) => config.cloud_provider === null || r.provider === config.cloud_provider)
        .map((r) => ({
          id: r.id ?? null,
          cloud_provider: r.provider,
          status: r.status,
          status_message: r.statusMessage ?? null,
          region: r.region ?? null,
          role_arn: r.roleArn ?? null,
          vault_name: r.vaultName ?? null,
          tenant_id: r.tenantId ?? null,
          client_id: r.clientId ?? null,
          project_id: r.projectId ?? null,
          namespace: r.namespace ?? null,
          context: r.context ?? null,
          updated_at: r.updatedAt ?? null,
        })),
    };
  },
  example: `data "cloudbridge_qtangl_cloud_integrations" "all" {}

output "disabled_providers" {
  value = [for i in data.cloudbridge_qtangl_cloud_integrations.all.integrations : i.cloud_provider if i.status == "disabled"]
}`,
});
