/**
 * `cloudbridge_p0_aws_<component>_staged`, declared for every component of
 * components.ts: stages the item in P0 (PUT) and exposes the IAM role P0 asks
 * for (name, trust policy, inline policy) so that `aws_iam_role` and
 * `aws_iam_role_policy` can be built from it.
 */
import { attrs, obj, str, type Attrs, type ConfigObject, type StateObject } from '../../framework/attributes';
import { useStateForUnknown, requiresReplace } from '../../framework/plan-modifiers';
import { oneOf } from '../../framework/validators';
import type { ResourceSpec, ResourceType } from '../../framework/resource';
import type { Unknown } from '../../protocol/values';
import type { P0Client, P0ItemEnvelope } from './client';
import {
  ACCESS_LOGS,
  FUNCTION_CALLER,
  IAM_ASSESSMENT,
  IAM_WRITE,
  INVENTORY,
  byAccountId,
  byFunctionArn,
  itemIdAttribute,
  type ComponentInfo,
  type ItemArgs,
} from './components';
import { createOwned, ownershipNotes, type OwnershipDoc } from '../../framework/ownership';
import { defineResource } from './define';
import type { P0ComponentName } from './index';
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
 * `partition`, or P0 would look for the function in the wrong partition. Declared on the function-caller resources.
 */
export function validateFunctionArnPartition(
  config: { readonly function_arn: string | Unknown; readonly partition: string | null | Unknown },
  diags: Diagnostics,
): void {
  const arn = config.function_arn;
  const partition = config.partition ?? 'aws';
  if (typeof arn !== 'string' || typeof partition !== 'string') return; // unknown or unset: checked once known
  const m = LAMBDA_ARN_PATTERN.exec(arn);
  if (m && m[1] !== partition) {
    diags.error('Partition mismatch', `\`function_arn\` is in partition "${m[1]}" but \`partition\` is "${partition}".`, 'partition');
  }
}

/** The staged schema's `id`, before the id argument. */
function stagedId(c: ComponentInfo) {
  return str({
    computed: true,
    description: `The item id in P0 (the ${c.idAttribute === 'account_id' ? 'account id' : 'Lambda ARN'}).`,
    planModifiers: [useStateForUnknown()],
  });
}

/** The staged schema's attributes after the id argument. */
function stagedFields(c: ComponentInfo) {
  return attrs({
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
        description: c.hasRole ? 'The IAM role P0 asks for in this account.' : 'Always null: P0 names no role for this component.',
        planModifiers: [useStateForUnknown()],
      },
    ),
  });
}

/** A staged resource's state without its id argument. */
type StagedState = { readonly id: string } & StateObject<ReturnType<typeof stagedFields>>;

/**
 * One staged resource: its concrete schema (`id`, the id argument, then
 * `stagedFields`) and the typed access to its id argument (`byAccountId` or
 * `byFunctionArn`), which the handlers below go through.
 */
interface StagedDeclaration<A extends Attrs> {
  readonly schema: A;
  readonly args: (values: ConfigObject<A> | StateObject<A>) => ItemArgs;
  readonly priorRole: (state: StateObject<A>) => PriorRole;
  readonly withItemId: (fields: StagedState) => StateObject<A>;
  readonly imported: (id: string) => Partial<StateObject<A>>;
  readonly validateConfig?: ResourceSpec<A, P0Client>['validateConfig'];
}

async function stagedState(client: P0Client, c: ComponentInfo, id: string, envelope: P0ItemEnvelope, signal: AbortSignal): Promise<StagedState> {
  let serviceAccountId = envelope.role?.serviceAccountId ?? null;
  if (serviceAccountId === null) {
    // Components without role metadata: the account's base item holds the service account.
    serviceAccountId = (await client.findBase(accountOfItemId(c.component, id), { signal }))?.serviceAccountId ?? null;
  }
  return {
    id,
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

interface RoleFields {
  readonly name: string;
  readonly trust_policy: string;
  readonly inline_policy: string;
  readonly inline_policy_name: string;
}

/** The role a staged state holds, and the service account it trusts. */
interface PriorRole {
  readonly role: RoleFields | null;
  readonly serviceAccountId: string | null;
}

/** Generic over the state it is given, so that each staged declaration checks it against its own schema. */
const priorRole = <V extends { readonly role: RoleFields | null; readonly service_account_id: string | null }>(v: V): PriorRole => ({
  role: v.role,
  serviceAccountId: v.service_account_id,
});

/**
 * What a refresh reads: the item from P0's config listing (one call for every item a plan
 * reads) and its role from the state. The config holds no role metadata, and P0 makes it when
 * it stages the item; the item's own GET gives it again when the state has none (after an
 * import) or the account's service account is no longer the one the state's role trusts.
 */
async function refreshed(client: P0Client, c: ComponentInfo, id: string, prior: PriorRole, signal: AbortSignal): Promise<P0ItemEnvelope | null> {
  const item = await client.findConfigItem(c.component, id, { signal });
  if (!item) return null;
  if (!c.hasRole) return { item, role: null };
  const base = await client.findBase(accountOfItemId(c.component, id), { signal });
  const { role, serviceAccountId } = prior;
  if (!role || serviceAccountId === null || base?.serviceAccountId !== serviceAccountId) return client.findItem(c.component, id, { signal });
  return {
    item,
    role: { roleName: role.name, trustPolicy: role.trust_policy, inlinePolicy: role.inline_policy, inlinePolicyName: role.inline_policy_name, serviceAccountId },
  };
}

function stageBody(args: ItemArgs): { label?: string; awsPartition?: 'aws' | 'aws-us-gov' } {
  const partition = args.partition;
  return {
    ...(typeof args.label === 'string' ? { label: args.label } : {}),
    ...(partition === 'aws' || partition === 'aws-us-gov' ? { awsPartition: partition } : {}),
  };
}

function exampleHcl(c: ComponentInfo): string {
  const idValue = `"${c.exampleId}"`;
  const roleBlock = c.hasRole
    ? `
resource "aws_iam_role" "p0_${c.tfName}" {
  name               = cloudbridge_p0_aws_${c.tfName}_staged.this.role.name
  assume_role_policy = cloudbridge_p0_aws_${c.tfName}_staged.this.role.trust_policy
}

resource "aws_iam_role_policy" "p0_${c.tfName}" {
  role   = aws_iam_role.p0_${c.tfName}.name
  name   = cloudbridge_p0_aws_${c.tfName}_staged.this.role.inline_policy_name
  policy = cloudbridge_p0_aws_${c.tfName}_staged.this.role.inline_policy
}
`
    : '';
  return `resource "cloudbridge_p0_aws_${c.tfName}_staged" "this" {
  ${c.idAttribute} = ${idValue}
  label${' '.repeat(c.idAttribute.length - 4)}= "production"
}
${roleBlock}`;
}

function stagedResource<A extends Attrs>(c: ComponentInfo, d: StagedDeclaration<A>): ResourceType<P0Client, A> {
  const typeName = `cloudbridge_p0_aws_${c.tfName}_staged`;
  const state = async (id: string, envelope: P0ItemEnvelope, client: P0Client, signal: AbortSignal) =>
    d.withItemId(await stagedState(client, c, id, envelope, signal));
  return defineResource({
    typeName,
    description: `Stages P0's **${c.title}** component (which ${c.purpose}) for ${c.idAttribute === 'account_id' ? 'an AWS account' : 'a Lambda function'} ` +
      `(\`PUT /o/{orgId}/integrations/aws/config/${c.component}/{id}\`).\n\n` +
      (c.hasRole
        ? 'P0 answers with the IAM role it needs: create it from `role.trust_policy` and `role.inline_policy`, then install the component with ' +
          `\`cloudbridge_p0_aws_${c.tfName}\`.`
        : `P0 names no IAM role for this component (\`role\` is null). Install it with \`cloudbridge_p0_aws_${c.tfName}\`.`) +
      '\n\nCreating it also creates the AWS integration root in P0 when it does not exist yet.',
    schema: d.schema,
    validateConfig: d.validateConfig,
    importer: {
      format: `<${c.idAttribute}>`,
      example: c.exampleId,
      parse(id, diags) {
        if (!c.idPattern.test(id)) {
          diags.error('Invalid import id', `Expected <${c.idAttribute}>, for example ${c.exampleId}; got ${JSON.stringify(id)}.`);
          return undefined;
        }
        return d.imported(id);
      },
    },
    async create({ config }, ctx) {
      const args = d.args(config);
      const id = args.id;
      await ctx.client.ensureConfig({ signal: ctx.signal });
      // An item is its component and id: whoever staged it owns it. Never PUT over it (that would re-stage another state's item).
      const staged = await createOwned(ctx, {
        noun: `P0 ${c.component} item`,
        describe: (item) => `${id} (state ${item.item.state})`,
        importId: () => id,
        key: () => id,
        holders: async () => {
          const found = await ctx.client.findItem(c.component, id, { signal: ctx.signal });
          return found ? [found] : [];
        },
        exclusive: true,
        uniqueIdentity: true,
        create: () => ctx.client.stageItem(c.component, id, stageBody(args), { signal: ctx.signal }),
        takenHint: `Another configuration staged it (or installed it with \`cloudbridge_p0_aws_${c.tfName}\`).`,
      });
      ctx.logger.info('staged P0 item', { component: c.component, item: id });
      return state(id, staged, ctx.client, ctx.signal);
    },
    async read(req, ctx) {
      const id = d.args(req.state).id;
      const found = await refreshed(ctx.client, c, id, d.priorRole(req.state), ctx.signal);
      return found ? state(id, found, ctx.client, ctx.signal) : null;
    },
    async update({ config }, ctx) {
      // Only `label` changes in place. A staged item is staged again with it;
      // a verified or installed one keeps its state: its label is set through configure with its current fields.
      const args = d.args(config);
      const id = args.id;
      const current = await ctx.client.getItem(c.component, id, { signal: ctx.signal });
      let updated: P0ItemEnvelope;
      if (current.item.state === 'stage') {
        updated = await ctx.client.stageItem(c.component, id, stageBody(args), { signal: ctx.signal });
      } else {
        updated = await ctx.client.configureItem(
          c.component,
          id,
          { ...c.currentFields(current.item), ...(typeof args.label === 'string' ? { label: args.label } : {}) },
          { signal: ctx.signal },
        );
      }
      return state(id, updated, ctx.client, ctx.signal);
    },
    async delete(req, ctx) {
      const id = d.args(req.state).id;
      // A 404 (deleted out of band, or with the whole integration) is a finished delete to the framework.
      await ctx.client.deleteItem(c.component, id, { signal: ctx.signal });
    },
    example: exampleHcl(c),
    notes:
      '## Destroy\n\nDestroying this resource deletes the item from P0 (`DELETE`). Destroy the matching ' +
      `\`cloudbridge_p0_aws_${c.tfName}\` first (it depends on this one, so Terraform does): it puts the item back to \`stage\`, ` +
      'then this resource removes it. Destroying `cloudbridge_p0_aws_integration` removes every item of every component at once.\n\n' +
      ownershipNotes(P0_STAGED_OWNERSHIP) +
      '\n\n## Refresh\n\nA refresh reads the item from P0\'s `GET …/config`, one call for every item of a plan. ' +
      (c.hasRole
        ? 'That call holds no role metadata: `role` is kept from the state while the account\'s service account is still the one it trusts, and read again from the item itself otherwise (and after an import).'
        : 'The service account comes from the same call (the account\'s base item).'),
  });
}

// ---- the five staged resources ------------------------------------------------------

/** The staged resource of each component, by Terraform name (built on first use, as index.ts asks). */
export const stagedTypes: { readonly [N in P0ComponentName]: () => ResourceType<P0Client> } = {
  iam_assessment: () =>
    stagedResource(IAM_ASSESSMENT, {
      schema: attrs({ id: stagedId(IAM_ASSESSMENT), account_id: itemIdAttribute(IAM_ASSESSMENT), ...stagedFields(IAM_ASSESSMENT) }),
      ...byAccountId,
      priorRole,
    }),
  iam_write: () =>
    stagedResource(IAM_WRITE, {
      schema: attrs({ id: stagedId(IAM_WRITE), account_id: itemIdAttribute(IAM_WRITE), ...stagedFields(IAM_WRITE) }),
      ...byAccountId,
      priorRole,
    }),
  function_caller: () =>
    stagedResource(FUNCTION_CALLER, {
      schema: attrs({ id: stagedId(FUNCTION_CALLER), function_arn: itemIdAttribute(FUNCTION_CALLER), ...stagedFields(FUNCTION_CALLER) }),
      ...byFunctionArn,
      priorRole,
      validateConfig: validateFunctionArnPartition,
    }),
  access_logs: () =>
    stagedResource(ACCESS_LOGS, {
      schema: attrs({ id: stagedId(ACCESS_LOGS), account_id: itemIdAttribute(ACCESS_LOGS), ...stagedFields(ACCESS_LOGS) }),
      ...byAccountId,
      priorRole,
    }),
  inventory: () =>
    stagedResource(INVENTORY, {
      schema: attrs({ id: stagedId(INVENTORY), account_id: itemIdAttribute(INVENTORY), ...stagedFields(INVENTORY) }),
      ...byAccountId,
      priorRole,
    }),
};
