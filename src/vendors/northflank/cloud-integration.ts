/**
 * `cloudbridge_northflank_cloud_integration`: a Northflank cloud provider
 * integration. Northflank never returns secret credentials (and which other
 * credential fields it echoes is not published), so the state keeps what was
 * configured (write-only `_wo` fields never reach it) and a changed credential
 * or `_wo_version` re-sends the whole credential bag with an update.
 */
import { attrs, num, obj, set, str, type Attr, type MaybeUnknownFields } from '../../framework/attributes';
import { DiagnosticError, type Diagnostics } from '../../framework/diagnostics';
import { createOwned, inWindow, ownershipNotes, vendorTime, type OwnershipDoc } from '../../framework/ownership';
import { importId } from '../../framework/importers';
import { requiresReplace, requiresReplaceIf, useStateForUnknown } from '../../framework/plan-modifiers';
import { each, lengthAtMost, lengthBetween, matches, oneOf } from '../../framework/validators';
import { withClient } from '../../framework/resource';
import { isUnknown } from '../../protocol/values';
import { ApiError } from '../../http/errors';
import type { CreateIntegrationRequest, NorthflankClient, NorthflankCredentials, NorthflankIntegration } from './client';
import {
  AUTHENTICATION_MODES,
  CLOUDFLARE_CREDENTIAL_TYPES,
  CREDENTIAL_FIELDS,
  DEFAULT_AUTHENTICATION_MODE,
  DESCRIPTION_MAX,
  DESCRIPTION_PATTERN,
  IAM_ROLE_ARN_PATTERN,
  ID_PATTERN,
  NAME_MAX,
  NAME_MIN,
  NAME_PATTERN,
  NORTHFLANK_FEATURES,
  NORTHFLANK_PROVIDERS,
  credentialRule,
  isNorthflankProvider,
  slugOfName,
  type AuthenticationMode,
  type CloudflareCredentialType,
  type NorthflankProvider,
} from './model';

const { defineResource } = withClient<NorthflankClient>();

/** What a create does when the id is taken or its outcome is unknown (the resource's notes and docs/reliability.md). */
export const NORTHFLANK_INTEGRATION_OWNERSHIP: OwnershipDoc = {
  identity: 'The id, the slug of `name` (`"Production AWS"` → `production-aws`), unique in the team.',
  taken:
    'The create looks the id up first and fails, before writing anything, with the integration\'s import (`import {}` block and `terraform import` with `<id>`) when one has it. ' +
    'A 409 from Northflank (another state took the id between the look-up and the create) is reported the same way. Nothing is recorded, overwritten or deleted.',
  unknownOutcome:
    'After a reset, a timeout or a 502/504 on the create, the id is looked up again: an integration that was not there before, with this name and provider and created within this attempt\'s window by Northflank\'s clock (its `Date` headers), is this create\'s and is recorded. ' +
    'When none is there, the create is tried again (the id is unique, so a second create cannot make a duplicate), up to 3 tries. Anything else fails with the integration\'s import.',
};

// ---- schema --------------------------------------------------------------------

/** Checks of credential fields at validate, where their form is known (Northflank's 400 would point at the resource, not the attribute). */
const FIELD_RULES: Readonly<Record<string, ReturnType<typeof matches>>> = {
  role_arn: matches(IAM_ROLE_ARN_PATTERN, 'must be an IAM role ARN, such as arn:aws:iam::123456789012:role/northflank'),
};

function credentialAttributes(): Record<string, Attr> {
  const out: Record<string, Attr> = {};
  for (const f of CREDENTIAL_FIELDS) {
    if (!f.secret) {
      const rule = FIELD_RULES[f.attribute];
      out[f.attribute] = str({ optional: true, description: `\`${f.api}\` in Northflank's credentials.`, ...(rule ? { validators: [rule] } : {}) });
      continue;
    }
    out[f.attribute] = str({ optional: true, sensitive: true, description: `\`${f.api}\` in Northflank's credentials. Sensitive; prefer \`${f.attribute}_wo\`.` });
    out[`${f.attribute}_wo`] = str({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: `Write-only \`${f.attribute}\` (Terraform 1.11+): sent to Northflank, never stored in plan or state. Use with \`${f.attribute}_wo_version\`.`,
    });
    out[`${f.attribute}_wo_version`] = num({ optional: true, description: `Version of \`${f.attribute}_wo\`; change it to send a new value.` });
  }
  return out;
}

function providersDoc(): string {
  const lines: string[] = [];
  for (const p of NORTHFLANK_PROVIDERS) {
    const modes: (AuthenticationMode | undefined)[] = p === 'aws' || p === 'gcp' ? [...AUTHENTICATION_MODES] : [undefined];
    for (const mode of modes) {
      const rule = credentialRule(p, mode);
      const names = rule.required.map((api) => CREDENTIAL_FIELDS.find((f) => f.api === api)!).map((f) => `\`${f.attribute}\`${f.secret ? ` (or \`${f.attribute}_wo\`)` : ''}`);
      const optional = rule.allowed.filter((a) => !rule.required.includes(a)).map((api) => `\`${CREDENTIAL_FIELDS.find((f) => f.api === api)!.attribute}\``);
      lines.push(
        `- \`${p}\`${mode ? ` with \`authentication_mode = "${mode}"\`` : ''}: ${names.length ? names.join(', ') : 'none'}${optional.length ? `; optional ${optional.join(', ')}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

const credentialsSchema = credentialAttributes();

const schema = attrs({
  id: str({ computed: true, description: 'The integration id: the slug of `name` (`"Example Integration"` → `example-integration`).', planModifiers: [useStateForUnknown()] }),
  name: str({
    required: true,
    description: `Name, ${NAME_MIN}–${NAME_MAX} characters: a letter, then letters and digits with single spaces or hyphens between them. Changing it replaces the integration (the id is its slug).`,
    validators: [lengthBetween(NAME_MIN, NAME_MAX), matches(NAME_PATTERN, 'must start with a letter and use letters and digits separated by single spaces or hyphens')],
    planModifiers: [requiresReplace()],
  }),
  description: str({
    optional: true,
    description: `Description, at most ${DESCRIPTION_MAX} characters of letters, digits, spaces and \`.,?\\/'"()[];\`%^&*-_:!\`. Removing it replaces the integration (Northflank cannot clear it).`,
    validators: [lengthAtMost(DESCRIPTION_MAX), matches(DESCRIPTION_PATTERN, 'may only contain letters, digits, spaces and .,?\\/\'"()[];`%^&*-_:!')],
    planModifiers: [requiresReplaceIf((req) => (req.plan as unknown) === null, 'Northflank cannot clear a description: removing it replaces the integration.')],
  }),
  cloud_provider: str({
    required: true,
    description: `Northflank's \`provider\`: one of ${NORTHFLANK_PROVIDERS.map((p) => `\`${p}\``).join(', ')}. Changing it replaces the integration.`,
    validators: [oneOf<string>(NORTHFLANK_PROVIDERS)],
    planModifiers: [requiresReplace()],
  }),
  features: set('string', {
    optional: true,
    description: `What the integration is used for: ${NORTHFLANK_FEATURES.map((f) => `\`${f}\``).join(', ')}. Northflank's update takes no features, so changing them replaces the integration.`,
    validators: [each(oneOf<string>(NORTHFLANK_FEATURES))],
    planModifiers: [requiresReplace()],
  }),
  aws: obj(
    {
      authentication_mode: str({
        optional: true,
        default: DEFAULT_AUTHENTICATION_MODE,
        description: '`accessKey` (an IAM user key in `credentials`) or `crossAccountRole` (`role_arn` + `external_id`). Default `accessKey`.',
        validators: [oneOf<string>(AUTHENTICATION_MODES)],
      }),
    },
    { optional: true, description: 'AWS settings; required when `cloud_provider` is `aws`. Changing them replaces the integration.', planModifiers: [requiresReplace()] },
  ),
  gcp: obj(
    {
      project_id: str({ required: true, description: 'GCP project id.' }),
      authentication_mode: str({
        optional: true,
        default: DEFAULT_AUTHENTICATION_MODE,
        description: '`accessKey` (a key file in `credentials.key_file_json`) or `crossAccountRole` (needs `service_account_email`). Default `accessKey`.',
        validators: [oneOf<string>(AUTHENTICATION_MODES)],
      }),
      service_account_email: str({ optional: true, description: 'Service account used for cross-account access.' }),
    },
    { optional: true, description: 'GCP settings; required when `cloud_provider` is `gcp`. Changing them replaces the integration.', planModifiers: [requiresReplace()] },
  ),
  cloudflare: obj(
    {
      credential_type: str({
        optional: true,
        description: `The kind of Cloudflare key in \`credentials.api_key\`: ${CLOUDFLARE_CREDENTIAL_TYPES.map((t) => `\`${t}\``).join(', ')} (a \`globalApiKey\` also takes \`credentials.email\`).`,
        validators: [oneOf<string>(CLOUDFLARE_CREDENTIAL_TYPES)],
      }),
    },
    { optional: true, description: 'Cloudflare settings; only when `cloud_provider` is `cloudflare`. Changing them replaces the integration.', planModifiers: [requiresReplace()] },
  ),
  credentials: obj(credentialsSchema, {
    optional: true,
    description: 'Credentials; which fields are required depends on `cloud_provider` and `authentication_mode` (see the notes below; the others must stay unset). Northflank never returns the secrets, so the provider does not read credentials back: the state keeps what was configured, and a change (or a new `<name>_wo_version`) sends them again in place.',
  }),
  created_at: str({ computed: true, description: 'When the integration was created (RFC 3339).', planModifiers: [useStateForUnknown()] }),
});

// ---- validation ----------------------------------------------------------------

type ConfigValues = MaybeUnknownFields<Record<string, unknown>>;
const isSet = (v: unknown): boolean => v !== null && v !== undefined;

function modeOf(block: unknown): AuthenticationMode | undefined | 'unknown' {
  if (isUnknown(block)) return 'unknown';
  if (block === null || typeof block !== 'object') return undefined;
  const mode = (block as Record<string, unknown>)['authentication_mode'];
  if (isUnknown(mode)) return 'unknown';
  return typeof mode === 'string' && (AUTHENTICATION_MODES as readonly string[]).includes(mode) ? (mode as AuthenticationMode) : DEFAULT_AUTHENTICATION_MODE;
}

/**
 * The page's per-provider rules, at the attribute path, before any API call:
 * `aws`/`gcp` blocks only with their provider, each required credential set (a
 * secret as itself or as `_wo`), none of another provider's, never a secret and
 * its `_wo` together.
 */
export function validateNorthflankConfig(config: ConfigValues, diags: Diagnostics): void {
  const provider = config['cloud_provider'];
  if (typeof provider !== 'string' || !isNorthflankProvider(provider)) return;
  for (const block of ['aws', 'gcp', 'cloudflare'] as const) {
    const value = config[block];
    if (provider === block && value === null && block !== 'cloudflare') diags.error('Missing required argument', `\`${block}\` is required when \`cloud_provider\` is "${block}".`, block);
    if (provider !== block && isSet(value) && !isUnknown(value)) diags.error('Invalid attribute combination', `\`${block}\` does not apply when \`cloud_provider\` is "${provider}".`, block);
  }
  const mode = provider === 'aws' ? modeOf(config['aws']) : provider === 'gcp' ? modeOf(config['gcp']) : undefined;
  if (mode === 'unknown') return;
  if (provider === 'gcp' && mode === 'crossAccountRole') {
    const gcp = config['gcp'] as Record<string, unknown> | null;
    if (gcp && !isUnknown(gcp) && !isSet(gcp['service_account_email'])) {
      diags.error('Missing required argument', '`gcp.service_account_email` is required when `gcp.authentication_mode` is "crossAccountRole".', 'gcp.service_account_email');
    }
  }
  const creds = config['credentials'];
  if (isUnknown(creds)) return;
  const values = (creds ?? {}) as Readonly<Record<string, unknown>>;
  const rule = credentialRule(provider as NorthflankProvider, mode);
  const when = `when \`cloud_provider\` is "${provider}"${mode ? ` and \`authentication_mode\` is "${mode}"` : ''}`;
  for (const f of CREDENTIAL_FIELDS) {
    const names = f.secret ? [f.attribute, `${f.attribute}_wo`, `${f.attribute}_wo_version`] : [f.attribute];
    const direct = values[f.attribute];
    const wo = f.secret ? values[`${f.attribute}_wo`] : undefined;
    if (!rule.allowed.includes(f.api)) {
      for (const n of names) {
        if (isSet(values[n])) diags.error('Invalid attribute combination', `\`credentials.${n}\` does not apply ${when}.`, `credentials.${n}`);
      }
      continue;
    }
    if (f.secret && isSet(direct) && isSet(wo)) {
      diags.error('Invalid attribute combination', `Set only one of \`credentials.${f.attribute}\` and \`credentials.${f.attribute}_wo\`.`, `credentials.${f.attribute}_wo`);
    }
    if (f.secret && isSet(values[`${f.attribute}_wo_version`]) && !isSet(wo)) {
      diags.error('Missing required argument', `\`credentials.${f.attribute}_wo_version\` is set without \`credentials.${f.attribute}_wo\`.`, `credentials.${f.attribute}_wo`);
    }
    if (rule.required.includes(f.api) && !isSet(direct) && !isSet(wo)) {
      diags.error(
        'Missing required argument',
        `\`credentials.${f.attribute}\`${f.secret ? ` (or \`credentials.${f.attribute}_wo\`)` : ''} is required ${when}.`,
        `credentials.${f.attribute}`,
      );
    }
    if (direct === '' && rule.required.includes(f.api)) diags.error('Invalid attribute value', `\`credentials.${f.attribute}\` must not be empty.`, `credentials.${f.attribute}`);
  }
}

// ---- mapping -------------------------------------------------------------------

type CredentialsValue = Record<string, string | number | null>;

/** The configured credentials as kept in state: write-only values left out. */
function credentialsForState(config: Readonly<Record<string, unknown>> | null): CredentialsValue | null {
  if (config === null) return null;
  const out: CredentialsValue = {};
  for (const [name, value] of Object.entries(config)) {
    if (name.endsWith('_wo')) continue;
    out[name] = (value as string | number | null | undefined) ?? null;
  }
  return out;
}

/** The API's `credentials` (camelCase) from the configuration, write-only values included. */
function credentialsBody(config: Readonly<Record<string, unknown>> | null): NorthflankCredentials {
  const values = config ?? {};
  const out: Record<string, string> = {};
  for (const f of CREDENTIAL_FIELDS) {
    const value = values[f.attribute] ?? (f.secret ? values[`${f.attribute}_wo`] : undefined);
    if (typeof value === 'string') out[f.api] = value;
  }
  return out as NorthflankCredentials;
}

interface StateShape {
  id: string;
  name: string;
  description: string | null;
  cloud_provider: string;
  features: string[] | null;
  aws: { authentication_mode: string } | null;
  gcp: { project_id: string; authentication_mode: string; service_account_email: string | null } | null;
  cloudflare: { credential_type: string | null } | null;
  credentials: CredentialsValue | null;
  created_at: string;
}

function toState(
  found: NorthflankIntegration,
  prior: { features: readonly string[] | null; credentials: CredentialsValue | null; cloudflare: { credential_type: string | null } | null },
): StateShape {
  const features = found.features ?? [];
  return {
    id: found.id,
    name: found.name,
    description: found.description ?? null,
    cloud_provider: found.provider,
    // `[]` from the API is the user's "not set" when the configuration had no features.
    features: features.length === 0 && prior.features === null ? null : [...features],
    aws: found.aws ? { authentication_mode: found.aws.authenticationMode ?? DEFAULT_AUTHENTICATION_MODE } : null,
    gcp: found.gcp
      ? {
          project_id: found.gcp.projectId ?? '',
          authentication_mode: found.gcp.authenticationMode ?? DEFAULT_AUTHENTICATION_MODE,
          service_account_email: found.gcp.serviceAccountEmail ?? null,
        }
      : null,
    // An empty `cloudflare` object from the API is the user's "not set" when the configuration had none.
    cloudflare: found.cloudflare?.credentialType ? { credential_type: found.cloudflare.credentialType } : prior.cloudflare,
    credentials: prior.credentials,
    created_at: found.createdAt,
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export const northflankCloudIntegrationResource = defineResource({
  typeName: 'cloudbridge_northflank_cloud_integration',
  description: [
    'A Northflank cloud provider integration: the credentials Northflank uses to run clusters (BYOC) and other features in your AWS, Azure, Civo, GCP, OCI, Cloudflare, CoreWeave, Aiven, Backblaze or Akamai account.',
    '',
    'For AWS with `authentication_mode = "crossAccountRole"`, create the IAM role first: its trust policy must let Northflank\'s AWS account assume it with `sts:ExternalId` equal to `credentials.external_id` (or `external_id_wo`); Northflank checks this when the integration is created or its credentials change.',
    '',
    'Northflank never returns secret credentials. Pass secrets with the write-only `<name>_wo` fields (Terraform 1.11+) and bump `<name>_wo_version` to rotate them; they then never reach plan or state.',
  ].join('\n'),
  schema,
  validateConfig: (config, diags) => validateNorthflankConfig(config as ConfigValues, diags),
  importer: {
    ...importId('id', '<id>', 'example-integration', ID_PATTERN),
    notes:
      'The id is the slug of the integration\'s name, e.g. `production-aws` for "Production AWS". Northflank never returns the secrets of `credentials` ' +
      '(and the provider does not read back its other fields, such as `role_arn` or `access_key`), so an import leaves `credentials` null. When the configuration sets `credentials`, ' +
      'the first plan after an import therefore shows exactly one in-place update of this resource (`credentials` from null to the configured object; ' +
      'its non-secret fields and `<name>_wo_version` numbers are stored, the `_wo` values never are). It cannot be avoided, since the import could not ' +
      'read those values. Applying it sends the configured credentials to Northflank once, so that they are known to match; the plan after it is clean. ' +
      'An integration without `credentials` (e.g. `byok`) imports with a clean plan.',
  },

  async create({ config }, ctx) {
    const provider = config.cloud_provider as NorthflankProvider;
    const body: CreateIntegrationRequest = {
      name: config.name,
      ...(config.description !== null ? { description: config.description } : {}),
      provider,
      ...(config.features !== null ? { features: [...config.features] } : {}),
      credentials: credentialsBody(config.credentials as Readonly<Record<string, unknown>> | null),
      ...(config.aws ? { aws: { authenticationMode: (config.aws.authentication_mode ?? DEFAULT_AUTHENTICATION_MODE) as AuthenticationMode } } : {}),
      ...(config.gcp
        ? {
            gcp: {
              projectId: config.gcp.project_id,
              authenticationMode: (config.gcp.authentication_mode ?? DEFAULT_AUTHENTICATION_MODE) as AuthenticationMode,
              ...(config.gcp.service_account_email !== null ? { serviceAccountEmail: config.gcp.service_account_email } : {}),
            },
          }
        : {}),
      ...(config.cloudflare ? { cloudflare: config.cloudflare.credential_type !== null ? { credentialType: config.cloudflare.credential_type as CloudflareCredentialType } : {} } : {}),
    };
    const id = slugOfName(config.name);
    const created = await createOwned(ctx, {
      noun: 'Northflank cloud integration',
      describe: (i) => `"${i.name}" (id ${i.id})`,
      importId: (i) => i.id,
      key: (i) => i.id,
      // The id is the slug of the name: whoever holds it holds the name.
      holders: async () => {
        const found = await ctx.client.findIntegration(id, { signal: ctx.signal });
        return found ? [found] : [];
      },
      exclusive: true,
      uniqueIdentity: true,
      create: () => ctx.client.createIntegration(body, { signal: ctx.signal }),
      proves: (i, attempt) => i.name === body.name && i.provider === body.provider && inWindow(vendorTime(i.createdAt), attempt.window),
    });
    ctx.logger.info('northflank: cloud integration created', { id: created.id, provider: created.provider });
    return toState(created, {
      features: config.features,
      credentials: credentialsForState(config.credentials as Readonly<Record<string, unknown>> | null),
      cloudflare: config.cloudflare,
    }) as never;
  },

  async read({ state }, ctx) {
    const found = await ctx.client.findIntegration(state.id, { signal: ctx.signal });
    if (!found) {
      ctx.logger.info('northflank: cloud integration is gone; removing it from state', { id: state.id });
      return null;
    }
    return toState(found, { features: state.features, credentials: state.credentials as CredentialsValue | null, cloudflare: state.cloudflare }) as never;
  },

  async update({ config, plan, state }, ctx) {
    const planned = credentialsForState(config.credentials as Readonly<Record<string, unknown>> | null);
    const credentialsChanged = !sameJson(planned, state.credentials);
    const descriptionChanged = config.description !== state.description;
    let found: NorthflankIntegration | null = null;
    if (credentialsChanged || descriptionChanged) {
      found = await ctx.client.updateIntegration(
        state.id,
        {
          ...(config.description !== null ? { description: config.description } : {}),
          ...(credentialsChanged ? { credentials: credentialsBody(config.credentials as Readonly<Record<string, unknown>> | null) } : {}),
        },
        { signal: ctx.signal },
      );
      ctx.logger.info('northflank: cloud integration updated', { id: state.id, credentials_sent: credentialsChanged });
    } else {
      found = await ctx.client.getIntegration(state.id, { signal: ctx.signal });
    }
    return toState(found, { features: plan.features as string[] | null, credentials: planned, cloudflare: state.cloudflare }) as never;
  },

  async delete({ state }, ctx) {
    try {
      await ctx.client.deleteIntegration(state.id, { signal: ctx.signal });
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        throw new DiagnosticError(
          'Northflank refused to delete the cloud integration',
          `Northflank does not delete an integration that clusters still use. Delete those clusters (or move them to another integration), then run terraform destroy again; the integration stays in the Terraform state. Northflank said: ${err.message}`,
        );
      }
      throw err;
    }
  },

  example: `resource "cloudbridge_northflank_cloud_integration" "aws" {
  name           = "Production AWS"
  description    = "BYOC clusters in the production account"
  cloud_provider = "aws"
  features       = ["byoc", "route53"]

  aws = {
    authentication_mode = "crossAccountRole"
  }

  credentials = {
    role_arn                 = aws_iam_role.northflank.arn
    external_id_wo           = var.northflank_external_id
    external_id_wo_version   = 1
  }
}`,
  notes: [
    `Credentials per \`cloud_provider\` (\`terraform validate\` checks them):\n${providersDoc()}`,
    '',
    '`name`, `cloud_provider`, `features`, `aws`, `gcp` and `cloudflare` cannot change in place (the id is the slug of the name, and Northflank\'s update takes only `description` and `credentials`): changing them replaces the integration.',
    '',
    'Northflank refuses to delete an integration that clusters still use; the destroy then fails with an explanation and the integration stays in state.',
    '',
    ownershipNotes(NORTHFLANK_INTEGRATION_OWNERSHIP),
  ].join('\n'),
});
