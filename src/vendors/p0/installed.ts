/**
 * `cloudbridge_p0_aws_<component>`, declared for every component of
 * components.ts: installs a staged item (verify, then configure), waiting
 * through AWS IAM propagation while P0 says the role is not ready.
 */
import { attrs, str, type Attrs, type ConfigObject, type PlanObject, type StateObject, type MaybeUnknownFields } from '../../framework/attributes';
import { DiagnosticError } from '../../framework/diagnostics';
import { useStateForUnknown } from '../../framework/plan-modifiers';
import type { Context, ResourceSpec, ResourceType } from '../../framework/resource';
import { isUnknown } from '../../protocol/values';
import { isAwsNotReadyError, type ConfigureItemRequest, type P0Client, type P0Item, type P0ItemEnvelope } from './client';
import {
  ACCESS_LOGS,
  FUNCTION_CALLER,
  IAM_ASSESSMENT,
  IAM_WRITE,
  INVENTORY,
  byAccountId,
  byFunctionArn,
  itemIdAttribute,
  type Component,
  type ComponentInfo,
  type ItemArgs,
  type ItemValues,
} from './components';
import { defineResource } from './define';
import { ownershipNotes, takenError, type OwnershipDoc } from '../../framework/ownership';
import type { P0ComponentName } from './index';
import { partitionAttribute, validateFunctionArnPartition } from './staged';

/** Verify retries: first wait, growth and cap while P0 says the role is not ready. */
export const VERIFY_BACKOFF = { firstDelayMs: 1_000, factor: 2, maxDelayMs: 15_000 } as const;

/** The installed schema's `id`, before the id argument. */
function installedId(idAttribute: 'account_id' | 'function_arn') {
  return str({ computed: true, description: `The item id in P0 (the same as \`${idAttribute}\`).`, planModifiers: [useStateForUnknown()] });
}

/** The installed schema's `partition`, after the id argument. */
function installedPartition() {
  return partitionAttribute(
    'The AWS partition the item lives in: the same as on the staged resource (a different one fails before verify, with nothing installed).',
  );
}

/** The installed schema's attributes after the component's arguments. */
function installedFields() {
  return attrs({
    state: str({
      computed: true,
      description:
        'The item\'s install state in P0. Always `installed` after apply; when the item fell back to `stage` or `configure` ' +
        'outside Terraform, the next plan shows an update that installs it again.',
    }),
    label: str({ computed: true, nullable: true, description: 'The item\'s label in P0 (set on the staged resource).' }),
  });
}

/** An installed resource's state without its id argument: `id`, `partition`, the component's arguments, `state` and `label`. */
type InstalledState<C extends Attrs> = { readonly id: string; readonly partition: string } & ItemValues<C> & StateObject<ReturnType<typeof installedFields>>;

/**
 * One installed resource: its concrete schema (`id`, the id argument,
 * `partition`, the component's arguments, then `installedFields`), the
 * component's `toApi` (it reads the component's arguments of this schema), and
 * the typed access to its id argument (`byAccountId` or `byFunctionArn`).
 */
interface InstalledDeclaration<A extends Attrs, C extends Attrs> {
  readonly schema: A;
  readonly toApi: (config: ConfigObject<A>) => ConfigureItemRequest;
  readonly args: (values: ConfigObject<A> | StateObject<A>) => ItemArgs;
  readonly withItemId: (fields: InstalledState<C>) => StateObject<A>;
  readonly imported: (id: string) => Partial<StateObject<A>>;
  /** The plan that installs an item again: `reinstall`, checked against this schema. */
  readonly reinstall: (plan: MaybeUnknownFields<PlanObject<A>>) => MaybeUnknownFields<PlanObject<A>> | undefined;
  readonly validateConfig?: ResourceSpec<A, P0Client>['validateConfig'];
}

/** An item that fell back to `stage`/`configure` outside Terraform: the plan with `state` back to `installed`, or undefined. */
function reinstall<P extends { readonly state: unknown }>(plan: P): P | undefined {
  const planned = plan.state;
  return !isUnknown(planned) && planned !== 'installed' ? { ...plan, state: 'installed' } : undefined;
}

function installedState<C extends Attrs, D extends Attrs>(c: Component<C, D>, id: string, item: P0Item): InstalledState<C> {
  return {
    id,
    partition: item.awsPartition ?? 'aws',
    ...c.fromApi(item),
    state: item.state,
    label: item.label ?? null,
  };
}

/**
 * Calls `step` until it succeeds, retrying with capped exponential backoff
 * while P0 reports that AWS is not set up as staged (IAM propagation), until
 * the operation's deadline; then fails with P0's last message.
 */
async function whileAwsNotReady<T>(what: string, ctx: Context<P0Client>, step: () => Promise<T>): Promise<T> {
  const started = Date.now();
  let delay: number = VERIFY_BACKOFF.firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      if (!isAwsNotReadyError(err)) throw err;
      const remaining = ctx.deadline - Date.now();
      if (remaining <= 0) {
        throw new DiagnosticError(
          `P0 could not ${what} within the timeout`,
          `After ${attempt} attempt(s) over ${Math.round((Date.now() - started) / 1000)}s (timeout ${Math.round(ctx.timeout / 1000)}s), ` +
            `P0 still reports: ${err.message}. Create the IAM role from the staged resource's \`role\` (trust policy and inline policy) ` +
            'before this resource (use depends_on), or raise `timeouts`.',
        );
      }
      const wait = Math.min(delay, remaining);
      ctx.logger.info(`waiting for AWS IAM: P0 could not ${what} yet`, {
        attempt,
        retry_in_ms: wait,
        remaining_ms: remaining,
        p0_message: err.vendorMessage,
      });
      await ctx.sleep(wait);
      delay = Math.min(delay * VERIFY_BACKOFF.factor, VERIFY_BACKOFF.maxDelayMs);
    }
  }
}

/** What a create does when the item is installed already or its outcome is unknown (the resources' notes and docs/reliability.md). */
export const P0_INSTALLED_OWNERSHIP: OwnershipDoc = {
  identity: 'The staged item of the same component and id, which this resource moves to `installed`; it makes no object of its own.',
  taken:
    'The create reads the item first and fails, before writing anything, with the import (`<account_id>` or `<function_arn>`) when the item is `installed` already: ' +
    'another configuration installed it (configuring it again would overwrite that configuration\'s settings, and destroying it would put the item back to `stage`). ' +
    'A `stage` or `configure` item is installed.',
  unknownOutcome: 'Verify and configure have the same effect when repeated, so after a reset, a timeout or a 502/504 the HTTP client sends them again.',
};

/**
 * Brings the item to `installed` from whatever state it is in (verify if staged, then configure).
 * A create (`creating`) refuses an item that is installed already: another configuration owns that install.
 */
async function install(c: ComponentInfo, args: ItemArgs, fields: ConfigureItemRequest, ctx: Context<P0Client>, creating: boolean): Promise<P0ItemEnvelope> {
  const id = args.id;
  const opts = { signal: ctx.signal };
  const current = await ctx.client.findItem(c.component, id, opts);
  if (!current) {
    throw new DiagnosticError(
      `The P0 ${c.component} item ${id} is not staged`,
      `Create \`cloudbridge_p0_aws_${c.tfName}_staged\` for ${id} first (reference it or use depends_on).`,
    );
  }
  if (creating && current.item.state === 'installed') {
    throw takenError(
      ctx,
      {
        noun: `P0 ${c.component} item`,
        describe: () => `${id} (state installed)`,
        importId: () => id,
        takenHint: `Another configuration installed it (or this one lost track of its \`cloudbridge_p0_aws_${c.tfName}\`).`,
      },
      current,
    );
  }
  // The installed resource names the same partition as the staged one; P0 keeps the staged item's.
  // Checked before verify, so a mismatch never installs an item that Terraform then reports inconsistent.
  const wanted = typeof args.partition === 'string' ? args.partition : 'aws';
  const stagedPartition = current.item.awsPartition ?? 'aws';
  if (wanted !== stagedPartition) {
    throw new DiagnosticError(
      `The P0 ${c.component} item ${id} is staged in another partition`,
      `It is staged with partition "${stagedPartition}", but this resource sets partition "${wanted}". ` +
        `Set \`partition = "${stagedPartition}"\` here, or change it on \`cloudbridge_p0_aws_${c.tfName}_staged\` (which stages the item again).`,
      'partition',
    );
  }
  const log = ctx.logger.with({ component: c.component, item: id });
  if (current.item.state === 'stage') {
    log.info('verifying P0 item (P0 checks the IAM role in AWS)');
    await whileAwsNotReady(`verify the ${c.component} item ${id}`, ctx, () => ctx.client.verifyItem(c.component, id, opts));
  }
  log.info('configuring P0 item');
  return whileAwsNotReady(`configure the ${c.component} item ${id}`, ctx, () => ctx.client.configureItem(c.component, id, fields, opts));
}

function exampleHcl(c: ComponentInfo): string {
  const staged = `cloudbridge_p0_aws_${c.tfName}_staged.this`;
  const dependsOn = c.hasRole ? `\n  # P0 verifies the role: create it (and its inline policy) first.\n  depends_on = [aws_iam_role_policy.p0_${c.tfName}]\n` : '';
  return `resource "cloudbridge_p0_aws_${c.tfName}" "this" {
  ${c.idAttribute} = ${staged}.${c.idAttribute}
${c.exampleConfig}${dependsOn}
  timeouts = {
    create = "10m"
  }
}
`;
}

function installedResource<A extends Attrs, C extends Attrs, D extends Attrs>(
  c: Component<C, D>,
  d: InstalledDeclaration<A, C>,
): ResourceType<P0Client, A> {
  const typeName = `cloudbridge_p0_aws_${c.tfName}`;
  const installed = async (config: ConfigObject<A>, ctx: Context<P0Client>, creating: boolean) => {
    const args = d.args(config);
    const configured = await install(c, args, d.toApi(config), ctx, creating);
    return d.withItemId(installedState(c, args.id, configured.item));
  };
  return defineResource({
    typeName,
    description:
      `Installs P0's **${c.title}** component (which ${c.purpose}) for a staged item: verify, then configure ` +
      `(\`POST .../${c.component}/{id}/verify\` and \`.../configure\`).\n\n` +
      (c.hasRole
        ? 'P0 verifies that the IAM role named by the staged resource exists, trusts P0 and has the inline policy. While it does not ' +
          '(AWS IAM takes a while to propagate), verify is retried with backoff within `timeouts.create` (default 5 minutes).'
        : 'P0 names no IAM role for this component, so verify needs nothing in AWS.'),
    schema: d.schema,
    validateConfig: d.validateConfig,
    timeouts: { create: '5m', update: '5m' },
    // Not stored in state: an import followed by a plan stays clean when the configuration sets timeouts.
    writeOnlyTimeouts: true,
    importer: {
      format: `<${c.idAttribute}>`,
      example: c.exampleId,
      notes:
        `The id is the item's ${c.idAttribute === 'account_id' ? '12-digit AWS account id' : 'Lambda function ARN'}, as for the staged resource. ` +
        'The import reads the item\'s partition, configuration, state and label from P0, so the plan after it is clean. ' +
        '`timeouts` is write-only (read from the configuration at create and update, never stored), so setting it does not change that.',
      parse(id, diags) {
        if (!c.idPattern.test(id)) {
          diags.error('Invalid import id', `Expected <${c.idAttribute}>, for example ${c.exampleId}; got ${JSON.stringify(id)}.`);
          return undefined;
        }
        return d.imported(id);
      },
    },
    modifyPlan({ plan, state }) {
      // An item that fell back to `stage`/`configure` outside Terraform: plan an update that installs it again.
      if (state === null) return;
      return d.reinstall(plan);
    },
    async create({ config }, ctx) {
      return installed(config, ctx, true);
    },
    async read({ state }, ctx) {
      const id = d.args(state).id;
      // From P0's config listing: one call for every item a plan reads.
      const item = await ctx.client.findConfigItem(c.component, id, { signal: ctx.signal });
      return item ? d.withItemId(installedState(c, id, item)) : null;
    },
    async update({ config }, ctx) {
      return installed(config, ctx, false);
    },
    async delete({ state }, ctx) {
      // Back to `stage`, not removed: the staged resource owns the item and removes it when it is destroyed.
      const id = d.args(state).id;
      const current = await ctx.client.findItem(c.component, id, { signal: ctx.signal });
      if (!current) return;
      await ctx.client.stageItem(
        c.component,
        id,
        {
          ...(current.item.label ? { label: current.item.label } : {}),
          ...(current.item.awsPartition ? { awsPartition: current.item.awsPartition } : {}),
        },
        { signal: ctx.signal },
      );
      ctx.logger.info('P0 item put back to stage', { component: c.component, item: id });
    },
    example: exampleHcl(c),
    notes:
      '## Destroy\n\nDestroying this resource does **not** delete the item: it puts it back to `stage` ' +
      `(as P0's own provider does). Destroying \`cloudbridge_p0_aws_${c.tfName}_staged\` afterwards removes it; Terraform destroys ` +
      'this resource first because it refers to the staged one.\n\n' +
      '## Drift\n\nAn item deleted in P0 is removed from state (the next plan creates it again, after the staged resource). ' +
      'An item that fell back to `stage` or `configure` shows as an update of `state` to `installed`.\n\n' +
      ownershipNotes(P0_INSTALLED_OWNERSHIP),
  });
}

// ---- the five installed resources -----------------------------------------------------

/** The installed resource of each component, by Terraform name (built on first use, as index.ts asks). */
export const installedTypes: { readonly [N in P0ComponentName]: () => ResourceType<P0Client> } = {
  iam_assessment: () =>
    installedResource(IAM_ASSESSMENT, {
      schema: attrs({
        id: installedId('account_id'),
        account_id: itemIdAttribute(IAM_ASSESSMENT),
        partition: installedPartition(),
        ...IAM_ASSESSMENT.configAttributes,
        ...installedFields(),
      }),
      toApi: IAM_ASSESSMENT.toApi,
      reinstall,
      ...byAccountId,
    }),
  iam_write: () =>
    installedResource(IAM_WRITE, {
      schema: attrs({ id: installedId('account_id'), account_id: itemIdAttribute(IAM_WRITE), partition: installedPartition(), ...IAM_WRITE.configAttributes, ...installedFields() }),
      toApi: IAM_WRITE.toApi,
      reinstall,
      ...byAccountId,
    }),
  function_caller: () =>
    installedResource(FUNCTION_CALLER, {
      schema: attrs({
        id: installedId('function_arn'),
        function_arn: itemIdAttribute(FUNCTION_CALLER),
        partition: installedPartition(),
        ...FUNCTION_CALLER.configAttributes,
        ...installedFields(),
      }),
      toApi: FUNCTION_CALLER.toApi,
      reinstall,
      ...byFunctionArn,
      validateConfig: validateFunctionArnPartition,
    }),
  access_logs: () =>
    installedResource(ACCESS_LOGS, {
      schema: attrs({ id: installedId('account_id'), account_id: itemIdAttribute(ACCESS_LOGS), partition: installedPartition(), ...ACCESS_LOGS.configAttributes, ...installedFields() }),
      toApi: ACCESS_LOGS.toApi,
      reinstall,
      ...byAccountId,
    }),
  inventory: () =>
    installedResource(INVENTORY, {
      schema: attrs({ id: installedId('account_id'), account_id: itemIdAttribute(INVENTORY), partition: installedPartition(), ...INVENTORY.configAttributes, ...installedFields() }),
      toApi: INVENTORY.toApi,
      reinstall,
      ...byAccountId,
    }),
};
