/**
 * `cloudbridge_p0_aws_<component>`, generated for every row of the component
 * table: installs a staged item (verify, then configure), waiting through
 * AWS IAM propagation while P0 says the role is not ready.
 */
import { attrs, str, type Attrs } from '../../framework/attributes';
import { DiagnosticError } from '../../framework/diagnostics';
import { useStateForUnknown } from '../../framework/plan-modifiers';
import type { Context, ResourceType } from '../../framework/resource';
import { isUnknown } from '../../protocol/values';
import { isAwsNotReadyError, type P0Client, type P0ItemEnvelope } from './client';
import type { ComponentRow, Fields } from './components';
import { defineResource } from './define';
import { ownershipNotes, takenError, type OwnershipDoc } from '../../framework/ownership';
import { itemIdAttribute, partitionAttribute, validateFunctionArnPartition } from './staged';

/** Verify retries: first wait, growth and cap while P0 says the role is not ready. */
export const VERIFY_BACKOFF = { firstDelayMs: 1_000, factor: 2, maxDelayMs: 15_000 } as const;

function installedSchema(row: ComponentRow): Attrs {
  return attrs({
    id: str({ computed: true, description: 'The item id in P0 (same as the id argument).', planModifiers: [useStateForUnknown()] }),
    [row.idAttribute]: itemIdAttribute(row),
    partition: partitionAttribute(
      'The AWS partition the item lives in: the same as on the staged resource (a different one fails before verify, with nothing installed).',
    ),
    ...row.configAttributes,
    state: str({
      computed: true,
      description:
        'The item\'s install state in P0. Always `installed` after apply; when the item fell back to `stage` or `configure` ' +
        'outside Terraform, the next plan shows an update that installs it again.',
    }),
    label: str({ computed: true, nullable: true, description: 'The item\'s label in P0 (set on the staged resource).' }),
  });
}

function installedState(row: ComponentRow, id: string, envelope: P0ItemEnvelope): Record<string, unknown> {
  return {
    id,
    [row.idAttribute]: id,
    partition: envelope.item.awsPartition ?? 'aws',
    ...row.fromApi(envelope.item),
    state: envelope.item.state,
    label: envelope.item.label ?? null,
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
async function install(row: ComponentRow, config: Fields, ctx: Context<P0Client>, creating: boolean): Promise<Record<string, unknown>> {
  const id = config[row.idAttribute] as string;
  const opts = { signal: ctx.signal };
  const current = await ctx.client.findItem(row.component, id, opts);
  if (!current) {
    throw new DiagnosticError(
      `The P0 ${row.component} item ${id} is not staged`,
      `Create \`cloudbridge_p0_aws_${row.tfName}_staged\` for ${id} first (reference it or use depends_on).`,
    );
  }
  if (creating && current.item.state === 'installed') {
    throw takenError(
      ctx,
      {
        noun: `P0 ${row.component} item`,
        describe: () => `${id} (state installed)`,
        importId: () => id,
        takenHint: `Another configuration installed it (or this one lost track of its \`cloudbridge_p0_aws_${row.tfName}\`).`,
      },
      current,
    );
  }
  // The installed resource names the same partition as the staged one; P0 keeps the staged item's.
  // Checked before verify, so a mismatch never installs an item that Terraform then reports inconsistent.
  const wanted = typeof config['partition'] === 'string' ? config['partition'] : 'aws';
  const stagedPartition = current.item.awsPartition ?? 'aws';
  if (wanted !== stagedPartition) {
    throw new DiagnosticError(
      `The P0 ${row.component} item ${id} is staged in another partition`,
      `It is staged with partition "${stagedPartition}", but this resource sets partition "${wanted}". ` +
        `Set \`partition = "${stagedPartition}"\` here, or change it on \`cloudbridge_p0_aws_${row.tfName}_staged\` (which stages the item again).`,
      'partition',
    );
  }
  const log = ctx.logger.with({ component: row.component, item: id });
  if (current.item.state === 'stage') {
    log.info('verifying P0 item (P0 checks the IAM role in AWS)');
    await whileAwsNotReady(`verify the ${row.component} item ${id}`, ctx, () => ctx.client.verifyItem(row.component, id, opts));
  }
  log.info('configuring P0 item');
  const configured = await whileAwsNotReady(`configure the ${row.component} item ${id}`, ctx, () =>
    ctx.client.configureItem(row.component, id, row.toApi(config), opts),
  );
  return installedState(row, id, configured);
}

function exampleHcl(row: ComponentRow): string {
  const staged = `cloudbridge_p0_aws_${row.tfName}_staged.this`;
  const dependsOn = row.hasRole ? `\n  # P0 verifies the role: create it (and its inline policy) first.\n  depends_on = [aws_iam_role_policy.p0_${row.tfName}]\n` : '';
  return `resource "cloudbridge_p0_aws_${row.tfName}" "this" {
  ${row.idAttribute} = ${staged}.${row.idAttribute}
${row.exampleConfig}${dependsOn}
  timeouts = {
    create = "10m"
  }
}
`;
}

export function installedResource(row: ComponentRow): ResourceType<P0Client> {
  const typeName = `cloudbridge_p0_aws_${row.tfName}`;
  return defineResource({
    typeName,
    description:
      `Installs P0's **${row.title}** component (which ${row.purpose}) for a staged item: verify, then configure ` +
      `(\`POST .../${row.component}/{id}/verify\` and \`.../configure\`).\n\n` +
      (row.hasRole
        ? 'P0 verifies that the IAM role named by the staged resource exists, trusts P0 and has the inline policy. While it does not ' +
          '(AWS IAM takes a while to propagate), verify is retried with backoff within `timeouts.create` (default 5 minutes).'
        : 'P0 names no IAM role for this component, so verify needs nothing in AWS.'),
    schema: installedSchema(row),
    validateConfig: (config, diags) => validateFunctionArnPartition(row, config as Readonly<Record<string, unknown>>, diags),
    timeouts: { create: '5m', update: '5m' },
    // Not stored in state: an import followed by a plan stays clean when the configuration sets timeouts.
    writeOnlyTimeouts: true,
    importer: {
      format: `<${row.idAttribute}>`,
      example: row.exampleId,
      notes:
        `The id is the item's ${row.idAttribute === 'account_id' ? '12-digit AWS account id' : 'Lambda function ARN'}, as for the staged resource. ` +
        'The import reads the item\'s partition, configuration, state and label from P0, so the plan after it is clean. ' +
        '`timeouts` is write-only (read from the configuration at create and update, never stored), so setting it does not change that.',
      parse(id, diags) {
        if (!row.idPattern.test(id)) {
          diags.error('Invalid import id', `Expected <${row.idAttribute}>, for example ${row.exampleId}; got ${JSON.stringify(id)}.`);
          return undefined;
        }
        return { [row.idAttribute]: id };
      },
    },
    modifyPlan({ plan, state }) {
      // An item that fell back to `stage`/`configure` outside Terraform: plan an update that installs it again.
      if (state === null) return;
      const planned = plan['state'];
      if (!isUnknown(planned) && planned !== 'installed') return { ...plan, state: 'installed' };
    },
    async create({ config }, ctx) {
      return install(row, config, ctx, true);
    },
    async read({ state }, ctx) {
      const id = state[row.idAttribute] as string;
      const found = await ctx.client.findItem(row.component, id, { signal: ctx.signal });
      return found ? installedState(row, id, found) : null;
    },
    async update({ config }, ctx) {
      return install(row, config, ctx, false);
    },
    async delete({ state }, ctx) {
      // Back to `stage`, not removed: the staged resource owns the item and removes it when it is destroyed.
      const id = state[row.idAttribute] as string;
      const current = await ctx.client.findItem(row.component, id, { signal: ctx.signal });
      if (!current) return;
      await ctx.client.stageItem(
        row.component,
        id,
        {
          ...(current.item.label ? { label: current.item.label } : {}),
          ...(current.item.awsPartition ? { awsPartition: current.item.awsPartition } : {}),
        },
        { signal: ctx.signal },
      );
      ctx.logger.info('P0 item put back to stage', { component: row.component, item: id });
    },
    example: exampleHcl(row),
    notes:
      '## Destroy\n\nDestroying this resource does **not** delete the item: it puts it back to `stage` ' +
      `(as P0's own provider does). Destroying \`cloudbridge_p0_aws_${row.tfName}_staged\` afterwards removes it; Terraform destroys ` +
      'this resource first because it refers to the staged one.\n\n' +
      '## Drift\n\nAn item deleted in P0 is removed from state (the next plan creates it again, after the staged resource). ' +
      'An item that fell back to `stage` or `configure` shows as an update of `state` to `installed`.\n\n' +
      ownershipNotes(P0_INSTALLED_OWNERSHIP),
  });
}
