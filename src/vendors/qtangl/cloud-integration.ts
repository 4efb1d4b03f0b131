/**
 * `cloudbridge_qtangl_cloud_integration`: the tenant's Qtangl integration for
 * one cloud provider (Qtangl keeps one row per provider and upserts it). Qtangl
 * has no delete: destroying only forgets the row, with a warning.
 */
import { attrs, bool, num, str, type Attr, type MaybeUnknownFields } from '../../framework/attributes';
import { DiagnosticError, type Diagnostics } from '../../framework/diagnostics';
import { importId } from '../../framework/importers';
import { createOwned, ownershipNotes, type OwnershipDoc } from '../../framework/ownership';
import { requiresReplace } from '../../framework/plan-modifiers';
import { withClient } from '../../framework/resource';
import { oneOf } from '../../framework/validators';
import { ApiError } from '../../http/errors';
import { isUnknown } from '../../protocol/values';
import type { QtanglClient, QtanglRow, QtanglUpsertRequest } from './client';
import { QTANGL_FIELDS, QTANGL_PROVIDERS, QTANGL_PROVIDER_RULES, isQtanglProvider, type QtanglProvider } from './model';

const { defineResource } = withClient<QtanglClient>();

const FIELD_DOCS: Readonly<Record<string, string>> = {
  region: 'Cloud region (aws, azure, gcp).',
  vault_name: 'Azure Key Vault name (azure).',
  role_arn: 'AWS IAM role ARN Qtangl assumes (aws, required).',
  external_id: 'External id for the role assumption (aws). Qtangl echoes it back.',
  project_id: 'GCP project id (gcp, required).',
  credentials_json: 'GCP credentials JSON (gcp, required).',
  kubeconfig_json: 'Kubernetes kubeconfig content (kubernetes, required).',
  namespace: 'Kubernetes namespace filter (kubernetes).',
  context: 'Kubernetes context (kubernetes).',
  tenant_id: 'Azure tenant id (azure, required).',
  client_id: 'Azure client id (azure, required).',
  client_secret: 'Azure client secret (azure, required). Qtangl never returns it.',
};

function fieldAttributes(): Record<string, Attr> {
  const out: Record<string, Attr> = {};
  for (const f of QTANGL_FIELDS) {
    const doc = FIELD_DOCS[f.attribute] ?? '';
    if (!f.secret) {
      out[f.attribute] = str({ optional: true, description: doc });
      continue;
    }
    out[f.attribute] = str({ optional: true, sensitive: true, description: `${doc} Sensitive; prefer \`${f.attribute}_wo\`.` });
    out[`${f.attribute}_wo`] = str({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: `Write-only \`${f.attribute}\` (Terraform 1.11+): sent to Qtangl, never stored in plan or state. Use with \`${f.attribute}_wo_version\`.`,
    });
    out[`${f.attribute}_wo_version`] = num({ optional: true, description: `Version of \`${f.attribute}_wo\`; change it to send a new value.` });
  }
  return out;
}

function attributeOf(api: string): string {
  return QTANGL_FIELDS.find((f) => f.api === api)!.attribute;
}

function providersDoc(): string {
  return QTANGL_PROVIDERS.map((p) => {
    const rule = QTANGL_PROVIDER_RULES[p];
    const required = rule.required.map((api) => {
      const f = QTANGL_FIELDS.find((x) => x.api === api)!;
      return `\`${f.attribute}\`${f.secret ? ` (or \`${f.attribute}_wo\`)` : ''}`;
    });
    const optional = rule.allowed.filter((a) => !rule.required.includes(a)).map((api) => `\`${attributeOf(api)}\``);
    return `- \`${p}\`: requires ${required.join(', ')}${optional.length ? `; optional ${optional.join(', ')}` : ''}`;
  }).join('\n');
}

const schema = attrs({
  id: str({ computed: true, description: 'The provider name (Qtangl keeps one integration per provider and tenant).' }),
  cloud_provider: str({
    required: true,
    description: `One of ${QTANGL_PROVIDERS.map((p) => `\`${p}\``).join(', ')}. Changing it replaces the resource. Which other arguments apply is listed in the notes below.`,
    validators: [oneOf<string>(QTANGL_PROVIDERS)],
    planModifiers: [requiresReplace()],
  }),
  ...fieldAttributes(),
  test_on_apply: bool({
    optional: true,
    default: false,
    description: 'Call Qtangl\'s test route after each create or update; a failed test fails the apply with Qtangl\'s message (the row is then `disabled`). Default `false`.',
  }),
  status: str({ computed: true, description: 'Qtangl\'s status of the row: `active`, or `disabled` once its credentials failed.' }),
  status_message: str({ computed: true, nullable: true, description: 'Why the row is `disabled`, when Qtangl says.' }),
});

// ---- validation ----------------------------------------------------------------

const isSet = (v: unknown): boolean => v !== null && v !== undefined;

/** Which fields apply to the chosen provider, at the attribute path, before any API call. */
export function validateQtanglConfig(config: MaybeUnknownFields<Record<string, unknown>>, diags: Diagnostics): void {
  const provider = config['cloud_provider'];
  if (typeof provider !== 'string' || !isQtanglProvider(provider)) return;
  const rule = QTANGL_PROVIDER_RULES[provider];
  for (const f of QTANGL_FIELDS) {
    const names = f.secret ? [f.attribute, `${f.attribute}_wo`, `${f.attribute}_wo_version`] : [f.attribute];
    const direct = config[f.attribute];
    const wo = f.secret ? config[`${f.attribute}_wo`] : undefined;
    if (!rule.allowed.includes(f.api)) {
      for (const n of names) {
        if (isSet(config[n]) && !isUnknown(config[n])) diags.error('Invalid attribute combination', `\`${n}\` does not apply when \`cloud_provider\` is "${provider}".`, n);
      }
      continue;
    }
    if (f.secret && isSet(direct) && isSet(wo)) diags.error('Invalid attribute combination', `Set only one of \`${f.attribute}\` and \`${f.attribute}_wo\`.`, `${f.attribute}_wo`);
    if (f.secret && isSet(config[`${f.attribute}_wo_version`]) && !isSet(wo)) {
      diags.error('Missing required argument', `\`${f.attribute}_wo_version\` is set without \`${f.attribute}_wo\`.`, `${f.attribute}_wo`);
    }
    if (rule.required.includes(f.api) && !isSet(direct) && !isSet(wo)) {
      diags.error(
        'Missing required argument',
        `\`${f.attribute}\`${f.secret ? ` (or \`${f.attribute}_wo\`)` : ''} is required when \`cloud_provider\` is "${provider}".`,
        f.attribute,
      );
    }
  }
  const roleArn = config['role_arn'];
  if (typeof roleArn === 'string' && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn)) {
    diags.error('Invalid attribute value', '`role_arn` must be an IAM role ARN such as `arn:aws:iam::123456789012:role/QtanglReadOnly`.', 'role_arn');
  }
}

// ---- mapping -------------------------------------------------------------------

type Values = Record<string, unknown>;

/** The upsert body (camelCase) from the configuration, write-only values included. */
function upsertBody(config: Readonly<Values>): QtanglUpsertRequest {
  const out: Record<string, string> = {};
  for (const f of QTANGL_FIELDS) {
    const value = config[f.attribute] ?? (f.secret ? config[`${f.attribute}_wo`] : undefined);
    if (typeof value === 'string') out[f.api] = value;
  }
  return out as QtanglUpsertRequest;
}

/**
 * State from Qtangl's row. Secrets come from `prior` (the configuration, or the
 * state): an echoed secret replaces it only when the state already held that
 * secret (drift). Never on import: the provider cannot tell then whether the
 * configuration passes it write-only, and a `_wo` secret must never reach state.
 */
function toState(row: QtanglRow, prior: Readonly<Values>): Values {
  const out: Values = { id: row.provider, cloud_provider: row.provider };
  const echoed = row as unknown as Readonly<Record<string, unknown>>;
  for (const f of QTANGL_FIELDS) {
    const api = echoed[f.api];
    const apiValue = typeof api === 'string' ? api : null;
    if (!f.secret) {
      out[f.attribute] = apiValue;
      continue;
    }
    const priorValue = (prior[f.attribute] as string | null | undefined) ?? null;
    const takeEcho = apiValue !== null && priorValue !== null && priorValue !== apiValue;
    out[f.attribute] = takeEcho ? apiValue : priorValue;
    out[`${f.attribute}_wo_version`] = (prior[`${f.attribute}_wo_version`] as number | null | undefined) ?? null;
  }
  out['test_on_apply'] = (prior['test_on_apply'] as boolean | null | undefined) ?? false;
  out['status'] = row.status;
  out['status_message'] = row.statusMessage ?? null;
  return out;
}

/** A viewer key gets 403: say which role is needed, with Qtangl's own message. */
function explainWriteError(err: unknown): never {
  if (err instanceof ApiError && err.status === 403) {
    throw new DiagnosticError(
      'Qtangl refused the write: the API key needs the operator or admin role',
      `Creating or updating a Qtangl cloud integration (and testing it) needs an API key with the operator or admin role; a viewer key can only read. Set \`qtangl.api_key\` (or CLOUDBRIDGE_QTANGL_API_KEY) to an operator or admin key. Qtangl said: ${err.message}`,
    );
  }
  throw err;
}

/** The secret values of an upsert body, to keep out of messages (a role ARN or project id stays: the user needs it to act on the message). */
function secretValues(body: QtanglUpsertRequest): string[] {
  const values = body as Readonly<Record<string, unknown>>;
  return QTANGL_FIELDS.filter((f) => f.secret)
    .map((f) => values[f.api])
    .filter((v): v is string => typeof v === 'string' && v !== '');
}

type UpsertContext = { client: QtanglClient; signal: AbortSignal; diags: Diagnostics; logger: { info(m: string, f?: Record<string, unknown>): void } };

/** Saves the row (`save`, default a plain upsert), tests it when asked, and returns the state. */
async function upsertAndTest(config: Readonly<Values>, ctx: UpsertContext, save?: (body: QtanglUpsertRequest) => Promise<QtanglRow>): Promise<Values> {
  const provider = config['cloud_provider'] as QtanglProvider;
  let row: QtanglRow;
  try {
    row = await (save ?? ((body) => ctx.client.upsertIntegration(provider, body, { signal: ctx.signal })))(upsertBody(config));
  } catch (err) {
    explainWriteError(err);
  }
  ctx.logger.info('qtangl: cloud integration saved', { provider, status: row.status });
  if (config['test_on_apply'] === true) {
    // The row exists from here on: a failing test is reported with the state, so Terraform keeps track of the row (tainted).
    try {
      const result = await ctx.client.testIntegration(provider, { signal: ctx.signal });
      ctx.logger.info('qtangl: cloud integration tested', { provider, ok: result.ok });
      if (result.integration) row = result.integration;
      if (!result.ok) {
        ctx.diags.error(
          'Qtangl cloud integration test failed',
          `Qtangl saved the ${provider} integration but its connection test failed (the row is now "${row.status}"): ${ctx.client.redact(result.message, secretValues(upsertBody(config)))}`,
          'test_on_apply',
        );
      }
    } catch (err) {
      ctx.diags.error('Qtangl cloud integration test could not run', `Qtangl saved the ${provider} integration, but its connection test failed to run: ${err instanceof Error ? err.message : String(err)}`, 'test_on_apply');
    }
  }
  const prior: Values = { ...config };
  for (const f of QTANGL_FIELDS) if (f.secret) prior[f.attribute] = config[f.attribute] ?? null;
  const state = toState(row, prior);
  // The configuration is what was sent; the row may omit what Qtangl drops.
  for (const f of QTANGL_FIELDS) if (!f.secret) state[f.attribute] = (config[f.attribute] as string | null | undefined) ?? null;
  return state;
}

/** What a create does when the row is taken or its outcome is unknown (the resource's notes and docs/reliability.md). */
export const QTANGL_INTEGRATION_OWNERSHIP: OwnershipDoc = {
  identity: 'The provider: Qtangl keeps one row per tenant and provider.',
  taken:
    'The create reads the tenant\'s rows first and fails, before writing anything, with the import (`<cloud_provider>`) when the tenant has a row for the provider (the upsert would overwrite it). ' +
    'Qtangl has no delete, so a row outlives the destroy of the configuration that made it: importing is how a configuration takes a row back.',
  unknownOutcome:
    'The upsert is keyed by the provider and repeating it has the same effect, so after a reset, a timeout or a 502/504 the HTTP client sends it again; the preflight found no row, so the row it writes is this create\'s.',
};

/** How a Qtangl row is named in ownership errors (src/framework/ownership.ts). */
const QTANGL_OWNERSHIP = {
  noun: 'Qtangl cloud integration',
  describe: (row: QtanglRow) => `for ${row.provider} (status ${row.status})`,
  importId: (row: QtanglRow) => row.provider,
  takenHint:
    'Qtangl keeps one row per provider and has no delete, so a row outlives the destroy of the configuration that made it: importing is how a configuration takes a row back.',
};

export const qtanglCloudIntegrationResource = defineResource({
  typeName: 'cloudbridge_qtangl_cloud_integration',
  description: [
    'The tenant\'s Qtangl cloud integration for one provider (`aws`, `azure`, `gcp` or `kubernetes`). Qtangl keeps one integration per provider and tenant: create and update both upsert that row.',
    '',
    'Writing needs an API key with the operator or admin role; a viewer key fails the apply with a diagnostic that says so.',
    '',
    'Creating it fails, with the import to use, when the tenant already has a row for the provider (Qtangl would overwrite it): import it to manage it.',
    '',
    '**Destroy does not delete anything at Qtangl**: its API has no delete. Destroying removes the resource from the Terraform state with a warning, and the row stays in Qtangl until you disable or overwrite it there.',
  ].join('\n'),
  schema,
  validateConfig: (config, diags) => validateQtanglConfig(config as MaybeUnknownFields<Record<string, unknown>>, diags),
  importer: {
    ...importId('cloud_provider', '<cloud_provider>', 'aws', /^(aws|azure|gcp|kubernetes)$/),
    notes:
      'The id is the provider name (`aws`, `azure`, `gcp` or `kubernetes`): Qtangl keeps one row per provider. Qtangl echoes `external_id`, ' +
      '`credentials_json` and `kubeconfig_json`, but an import never records a secret: the provider cannot tell whether your configuration ' +
      'passes it write-only, and a write-only secret must never reach state. So after an import whose configuration sets any secret (directly or ' +
      'through a `_wo` field), the first plan shows one in-place update (an upsert that sends the configured values once), and the plan after it is clean.',
  },

  async create({ config }, ctx) {
    const provider = config.cloud_provider as QtanglProvider;
    // One row per (tenant, provider): whoever holds the row holds the provider. The upsert would overwrite it, so it looks first.
    const save = (body: QtanglUpsertRequest): Promise<QtanglRow> =>
      createOwned(ctx, {
        ...QTANGL_OWNERSHIP,
        key: (row) => row.provider,
        holders: async () => {
          const found = await ctx.client.findIntegration(provider, { signal: ctx.signal });
          return found ? [found] : [];
        },
        exclusive: true,
        uniqueIdentity: true,
        create: () => ctx.client.upsertIntegration(provider, body, { signal: ctx.signal }),
      });
    return (await upsertAndTest(config as unknown as Values, ctx, save)) as never;
  },

  async read({ state }, ctx) {
    const provider = state.cloud_provider as QtanglProvider;
    const row = await ctx.client.findIntegration(provider, { signal: ctx.signal });
    if (!row) {
      ctx.logger.info('qtangl: cloud integration row is gone; removing it from state', { provider });
      return null;
    }
    return toState(row, state as unknown as Values) as never;
  },

  async update({ config }, ctx) {
    return (await upsertAndTest(config as unknown as Values, ctx)) as never;
  },

  async delete({ state }, ctx) {
    ctx.diags.warning(
      'Qtangl cloud integration not deleted',
      `Qtangl's API has no delete: the ${state.cloud_provider} integration was removed from the Terraform state only and stays configured in Qtangl. Disable or overwrite it in Qtangl if it should no longer be used.`,
    );
  },

  example: `resource "cloudbridge_qtangl_cloud_integration" "aws" {
  cloud_provider         = "aws"
  region                 = "us-east-1"
  role_arn               = aws_iam_role.qtangl.arn
  external_id_wo         = var.qtangl_external_id
  external_id_wo_version = 1
  test_on_apply          = true
}`,
  notes: [
    `Arguments per \`cloud_provider\` (the others must stay unset; \`terraform validate\` checks it):\n${providersDoc()}`,
    '',
    'A row that Qtangl turned `disabled` (its credentials failed) shows in `status` after a refresh. Applying the configuration again (any change, or `terraform apply -replace`) upserts it, which makes it `active` again.',
    '',
    '**Delete:** Qtangl has no delete API. `terraform destroy` removes the resource from state with a warning and leaves the row in Qtangl. A row deleted at Qtangl\'s side shows as drift and is created again.',
    '',
    ownershipNotes(QTANGL_INTEGRATION_OWNERSHIP),
  ].join('\n'),
});
