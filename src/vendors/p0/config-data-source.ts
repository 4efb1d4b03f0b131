/**
 * `cloudbridge_p0_aws_config`: every item of every component in one GET
 * (`GET /o/{orgId}/integrations/aws/config`), as maps keyed by item id.
 */
import { attrs, mapNested, str, type StateObject } from '../../framework/attributes';
import { DiagnosticError } from '../../framework/diagnostics';
import type { P0Item } from './client';
import { ACCESS_LOGS, FUNCTION_CALLER, IAM_ASSESSMENT, IAM_WRITE, INVENTORY, type ComponentInfo } from './components';
import { defineDataSource } from './define';

/** The fields of every component's items. */
function itemFields() {
  return attrs({
    label: str({ computed: true, nullable: true, description: 'The item\'s label.' }),
    state: str({ computed: true, description: 'The item\'s state: `stage`, `configure` or `installed`.' }),
    partition: str({ computed: true, description: 'The AWS partition (`aws` unless set otherwise).' }),
  });
}

function itemsDescription(c: ComponentInfo): string {
  return `The ${c.title} items (\`${c.component}\`), keyed by ${c.idAttribute === 'account_id' ? 'AWS account id' : 'Lambda ARN'}.`;
}

const schema = attrs({
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
  iam_assessment: mapNested(attrs({ ...itemFields(), ...IAM_ASSESSMENT.dataSourceAttributes }), { computed: true, description: itemsDescription(IAM_ASSESSMENT) }),
  iam_write: mapNested(attrs({ ...itemFields(), ...IAM_WRITE.dataSourceAttributes }), { computed: true, description: itemsDescription(IAM_WRITE) }),
  function_caller: mapNested(attrs({ ...itemFields(), ...FUNCTION_CALLER.dataSourceAttributes }), { computed: true, description: itemsDescription(FUNCTION_CALLER) }),
  access_logs: mapNested(attrs({ ...itemFields(), ...ACCESS_LOGS.dataSourceAttributes }), { computed: true, description: itemsDescription(ACCESS_LOGS) }),
  inventory: mapNested(attrs({ ...itemFields(), ...INVENTORY.dataSourceAttributes }), { computed: true, description: itemsDescription(INVENTORY) }),
});

/** One component's items as the data source shows them: the common fields and the component's own. */
function items<F>(byId: Readonly<Record<string, P0Item>> | undefined, fields: (item: P0Item) => F): Record<string, StateObject<ReturnType<typeof itemFields>> & F> {
  return Object.fromEntries(
    Object.entries(byId ?? {}).map(([id, item]) => [id, { label: item.label ?? null, state: item.state, partition: item.awsPartition ?? 'aws', ...fields(item) }]),
  );
}

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
    return {
      id: ctx.client.orgId,
      base: Object.fromEntries(
        Object.entries(config.base ?? {}).map(([id, b]) => [
          id,
          { label: b.label ?? null, state: b.state, service_account_email: b.serviceAccountEmail, service_account_id: b.serviceAccountId },
        ]),
      ),
      iam_assessment: items(config['iam-assessment'], IAM_ASSESSMENT.dataSourceFromApi),
      iam_write: items(config['iam-write'], IAM_WRITE.dataSourceFromApi),
      function_caller: items(config['function-caller'], FUNCTION_CALLER.dataSourceFromApi),
      access_logs: items(config['access-logs'], ACCESS_LOGS.dataSourceFromApi),
      inventory: items(config.inventory, INVENTORY.dataSourceFromApi),
    };
  },
  example: `data "cloudbridge_p0_aws_config" "all" {
  depends_on = [cloudbridge_p0_aws_iam_write.prod]
}

output "installed_iam_write_accounts" {
  value = [for id, item in data.cloudbridge_p0_aws_config.all.iam_write : id if item.state == "installed"]
}
`,
});
