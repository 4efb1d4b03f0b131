/**
 * `cloudbridge_p0_aws_config`: every item of every component in one GET
 * (`GET /o/{orgId}/integrations/aws/config`), as maps keyed by item id.
 */
import { attrs, mapNested, str, type Attrs } from '../../framework/attributes';
import { DiagnosticError } from '../../framework/diagnostics';
import type { P0Item } from './client';
import { COMPONENT_ROWS } from './components';
import { defineDataSource } from './define';

const itemAttributes = (extra: Attrs): Attrs =>
  attrs({
    label: str({ computed: true, nullable: true, description: 'The item\'s label.' }),
    state: str({ computed: true, description: 'The item\'s state: `stage`, `configure` or `installed`.' }),
    partition: str({ computed: true, description: 'The AWS partition (`aws` unless set otherwise).' }),
    ...extra,
  });

const componentMaps: Attrs = Object.fromEntries(
  COMPONENT_ROWS.map((row) => [
    row.tfName,
    mapNested(itemAttributes(row.dataSourceAttributes), {
      computed: true,
      description: `The ${row.title} items (\`${row.component}\`), keyed by ${row.idAttribute === 'account_id' ? 'AWS account id' : 'Lambda ARN'}.`,
    }),
  ]),
);

const schema: Attrs = attrs({
  id: str({ computed: true, description: 'The P0 organization id.' }),
  base: mapNested(
    attrs({
      label: str({ computed: true, nullable: true, description: 'The item\'s label.' }),
      state: str({ computed: true, description: 'The item\'s state.' }),
      service_account_email: str({ computed: true, description: 'Email of P0\'s service account for the account.' }),
      service_account_id: str({ computed: true, description: 'Unique id of that service account.' }),
    }),
    { computed: true, description: 'The `base` items, keyed by AWS account id.' },
  ),
  ...componentMaps,
});

export const awsConfigDataSource = defineDataSource({
  typeName: 'cloudbridge_p0_aws_config',
  description:
    'Every item of every component of P0\'s AWS integration in one call (`GET /o/{orgId}/integrations/aws/config`): ' +
    'maps keyed by item id, with label, state and each component\'s fields.',
  schema,
  async read(_req, ctx) {
    const config = await ctx.client.findConfig({ signal: ctx.signal });
    if (!config) {
      throw new DiagnosticError('The P0 AWS integration does not exist', 'Create it with cloudbridge_p0_aws_integration first.');
    }
    const out: Record<string, unknown> = {
      id: ctx.client.orgId,
      base: Object.fromEntries(
        Object.entries(config.base ?? {}).map(([id, b]) => [
          id,
          { label: b.label ?? null, state: b.state, service_account_email: b.serviceAccountEmail, service_account_id: b.serviceAccountId },
        ]),
      ),
    };
    for (const row of COMPONENT_ROWS) {
      const items = (config[row.component] ?? {}) as Record<string, P0Item>;
      out[row.tfName] = Object.fromEntries(
        Object.entries(items).map(([id, item]) => [
          id,
          { label: item.label ?? null, state: item.state, partition: item.awsPartition ?? 'aws', ...row.fromApi(item) },
        ]),
      );
    }
    return out;
  },
  example: `data "cloudbridge_p0_aws_config" "all" {
  depends_on = [cloudbridge_p0_aws_iam_write.prod]
}

output "installed_iam_write_accounts" {
  value = [for id, item in data.cloudbridge_p0_aws_config.all.iam_write : id if item.state == "installed"]
}
`,
});
