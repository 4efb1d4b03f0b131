/**
 * `cloudbridge_p0_aws_<component>_staged`, generated for every row of the
 * component table: stages the item in P0 (PUT) and exposes the IAM role P0
 * asks for (name, trust policy, inline policy) so that `aws_iam_role` and
 * `aws_iam_role_policy` can be built from it.
 */
import { attrs, obj, str, type Attrs } from '../../framework/attributes';
import { requiresReplace, useStateForUnknown } from '../../framework/plan-modifiers';
import { oneOf } from '../../framework/validators';
import type { ResourceType } from '../../framework/resource';
import type { P0Client, P0ItemEnvelope } from './client';
import type { ComponentRow, Fields } from './components';
import { createOwned, ownershipNotes, type OwnershipDoc } from '../../framework/ownership';
import { defineResource } from './define';
import { AWS_PARTITIONS, LAMBDA_ARN_PATTERN, accountOfItemId } from './model';
import type { Diagnostics } from '../../framework/diagnostics';

/** What a create does when the item is taken or its outcome is unknown (the resources' notes and docs/reliability.md). */
export const P0_STAGED_OWNERSHIP: OwnershipDoc = {
  identity: 'The item: its component and its account id (or Lambda ARN).',
  taken:
    'The create reads the item first and fails, before writing anything, with the import (`<account_id>` or `<function_arn>`) when it exists in any state (staged, verified or installed by another configuration). ' +
    'cloudbridge never PUTs over an existing item: that would stage another state\'s item again.',
  unknownOutcome:
    'The stage is a PUT keyed by the item\'s id and repeating it has the same effect, so after a reset, a timeout or a 502/504 the HTTP client sends it again; the preflight found no item, so the item it writes is this create\'s.',
};

export function partitionAttribute(description = 'The AWS partition the item lives in.') {
  return str({
    optional: true,
    default: 'aws',
    description,
    validators: [oneOf<string>(AWS_PARTITIONS)],
    planModifiers: [requiresReplace()],
  });
}

/**
 * A Lambda ARN names its partition (`arn:aws-us-gov:lambda:...`): it must be the item's
 * `partition`, or P0 would look for the function in the wrong partition.
 */
export function validateFunctionArnPartition(row: ComponentRow, config: Readonly<Record<string, unknown>>, diags: Diagnostics): void {
  if (row.idAttribute !== 'function_arn') return;
  const arn = config['function_arn'];
  const partition = config['partition'] ?? 'aws';
  if (typeof arn !== 'string' || typeof partition !== 'string') return; // unknown or unset: checked once known
  const m = LAMBDA_ARN_PATTERN.exec(arn);
  if (m && m[1] !== partition) {
    diags.error('Partition mismatch', `\`function_arn\` is in partition "${m[1]}" but \`partition\` is "${partition}".`, 'partition');
  }
}

export function itemIdAttribute(row: ComponentRow) {
  return str({ required: true, description: row.idDescription, validators: [row.idValidator], planModifiers: [requiresReplace()] });
}

function stagedSchema(row: ComponentRow): Attrs {
  return attrs({
    id: str({ computed: true, description: `The item id in P0 (the ${row.idAttribute === 'account_id' ? 'account id' : 'Lambda ARN'}).`, planModifiers: [useStateForUnknown()] }),
    [row.idAttribute]: itemIdAttribute(row),
    label: str({ optional: true, description: 'A label for the item in P0 (for example the account alias).' }),
    partition: partitionAttribute(),
    state: str({
      computed: true,
      description: 'The item\'s install state in P0: `stage`, `configure` (verified) or `installed`.',
      planModifiers: [useStateForUnknown()],
    }),
    service_account_id: str({
      computed: true,
      nullable: true,
      description: 'The id of the Google Cloud service account P0 uses for this account (the audience of the role\'s trust policy).',
      planModifiers: [useStateForUnknown()],
    }),
    role: obj(
      attrs({
        name: str({ computed: true, description: 'The IAM role name P0 expects.' }),
        trust_policy: str({ computed: true, description: 'The role\'s trust policy (JSON): use it as `assume_role_policy`.' }),
        inline_policy: str({ computed: true, description: 'The inline policy (JSON) to put on the role.' }),
        inline_policy_name: str({ computed: true, description: 'The name of that inline policy.' }),
      }),
      {
        computed: true,
        nullable: true,
        description: row.hasRole
          ? 'The IAM role P0 asks for in this account.'
          : 'Always null: P0 names no role for this component.',
        planModifiers: [useStateForUnknown()],
      },
    ),
  });
}

async function stagedState(client: P0Client, row: ComponentRow, id: string, envelope: P0ItemEnvelope, signal: AbortSignal): Promise<Record<string, unknown>> {
  let serviceAccountId = envelope.role?.serviceAccountId ?? null;
  if (serviceAccountId === null) {
    // Components without role metadata: the account's base item holds the service account.
    serviceAccountId = (await client.findBase(accountOfItemId(row.component, id), { signal }))?.serviceAccountId ?? null;
  }
  return {
    id,
    [row.idAttribute]: id,
    label: envelope.item.label ?? null,
    partition: envelope.item.awsPartition ?? 'aws',
    state: envelope.item.state,
    service_account_id: serviceAccountId,
    role: envelope.role
      ? {
          name: envelope.role.roleName,
          trust_policy: envelope.role.trustPolicy,
          inline_policy: envelope.role.inlinePolicy,
          inline_policy_name: envelope.role.inlinePolicyName,
        }
      : null,
  };
}

function stageBody(config: Fields): { label?: string; awsPartition?: 'aws' | 'aws-us-gov' } {
  const partition = config['partition'];
  return {
    ...(typeof config['label'] === 'string' ? { label: config['label'] } : {}),
    ...(partition === 'aws' || partition === 'aws-us-gov' ? { awsPartition: partition } : {}),
  };
}

function exampleHcl(row: ComponentRow): string {
  const idValue = `"${row.exampleId}"`;
  const roleBlock = row.hasRole
    ? `
resource "aws_iam_role" "p0_${row.tfName}" {
  name               = cloudbridge_p0_aws_${row.tfName}_staged.this.role.name
  assume_role_policy = cloudbridge_p0_aws_${row.tfName}_staged.this.role.trust_policy
}

resource "aws_iam_role_policy" "p0_${row.tfName}" {
  role   = aws_iam_role.p0_${row.tfName}.name
  name   = cloudbridge_p0_aws_${row.tfName}_staged.this.role.inline_policy_name
  policy = cloudbridge_p0_aws_${row.tfName}_staged.this.role.inline_policy
}
`
    : '';
  return `resource "cloudbridge_p0_aws_${row.tfName}_staged" "this" {
  ${row.idAttribute} = ${idValue}
  label${' '.repeat(row.idAttribute.length - 4)}= "production"
}
${roleBlock}`;
}

export function stagedResource(row: ComponentRow): ResourceType<P0Client> {
  const typeName = `cloudbridge_p0_aws_${row.tfName}_staged`;
  return defineResource({
    typeName,
    description: `Stages P0's **${row.title}** component (which ${row.purpose}) for ${row.idAttribute === 'account_id' ? 'an AWS account' : 'a Lambda function'} ` +
      `(\`PUT /o/{orgId}/integrations/aws/config/${row.component}/{id}\`).\n\n` +
      (row.hasRole
        ? 'P0 answers with the IAM role it needs: create it from `role.trust_policy` and `role.inline_policy`, then install the component with ' +
          `\`cloudbridge_p0_aws_${row.tfName}\`.`
        : `P0 names no IAM role for this component (\`role\` is null). Install it with \`cloudbridge_p0_aws_${row.tfName}\`.`) +
      '\n\nCreating it also creates the AWS integration root in P0 when it does not exist yet.',
    schema: stagedSchema(row),
    validateConfig: (config, diags) => validateFunctionArnPartition(row, config as Readonly<Record<string, unknown>>, diags),
    importer: {
      format: `<${row.idAttribute}>`,
      example: row.exampleId,
      parse(id, diags) {
        if (!row.idPattern.test(id)) {
          diags.error('Invalid import id', `Expected <${row.idAttribute}>, for example ${row.exampleId}; got ${JSON.stringify(id)}.`);
          return undefined;
        }
        return { [row.idAttribute]: id };
      },
    },
    async create(req, ctx) {
      const config: Fields = req.config;
      const id = config[row.idAttribute] as string;
      await ctx.client.ensureConfig({ signal: ctx.signal });
      // An item is its component and id: whoever staged it owns it. Never PUT over it (that would re-stage another state's item).
      const staged = await createOwned(ctx, {
        noun: `P0 ${row.component} item`,
        describe: (item) => `${id} (state ${item.item.state})`,
        importId: () => id,
        key: () => id,
        holders: async () => {
          const found = await ctx.client.findItem(row.component, id, { signal: ctx.signal });
          return found ? [found] : [];
        },
        exclusive: true,
        uniqueIdentity: true,
        create: () => ctx.client.stageItem(row.component, id, stageBody(config), { signal: ctx.signal }),
        takenHint: `Another configuration staged it (or installed it with \`cloudbridge_p0_aws_${row.tfName}\`).`,
      });
      ctx.logger.info('staged P0 item', { component: row.component, item: id });
      return stagedState(ctx.client, row, id, staged, ctx.signal);
    },
    async read({ state }, ctx) {
      const id = state[row.idAttribute] as string;
      const found = await ctx.client.findItem(row.component, id, { signal: ctx.signal });
      return found ? stagedState(ctx.client, row, id, found, ctx.signal) : null;
    },
    async update(req, ctx) {
      const config: Fields = req.config;
      // Only `label` changes in place. A staged item is staged again with it;
      // a verified or installed one keeps its state: its label is set through configure with its current fields.
      const id = config[row.idAttribute] as string;
      const current = await ctx.client.getItem(row.component, id, { signal: ctx.signal });
      let updated: P0ItemEnvelope;
      if (current.item.state === 'stage') {
        updated = await ctx.client.stageItem(row.component, id, stageBody(config), { signal: ctx.signal });
      } else {
        const fields = row.toApi(row.fromApi(current.item));
        updated = await ctx.client.configureItem(
          row.component,
          id,
          { ...fields, ...(typeof config['label'] === 'string' ? { label: config['label'] } : {}) },
          { signal: ctx.signal },
        );
      }
      return stagedState(ctx.client, row, id, updated, ctx.signal);
    },
    async delete({ state }, ctx) {
      const id = state[row.idAttribute] as string;
      // A 404 (deleted out of band, or with the whole integration) is a finished delete to the framework.
      await ctx.client.deleteItem(row.component, id, { signal: ctx.signal });
    },
    example: exampleHcl(row),
    notes:
      '## Destroy\n\nDestroying this resource deletes the item from P0 (`DELETE`). Destroy the matching ' +
      `\`cloudbridge_p0_aws_${row.tfName}\` first (it depends on this one, so Terraform does): it puts the item back to \`stage\`, ` +
      'then this resource removes it. Destroying `cloudbridge_p0_aws_integration` removes every item of every component at once.\n\n' +
      ownershipNotes(P0_STAGED_OWNERSHIP),
  });
}
