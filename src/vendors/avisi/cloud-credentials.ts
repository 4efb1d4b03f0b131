/**
 * `cloudbridge_avisi_cloud_credentials`: credentials of one cloud type inside a
 * cloud account. The API has no update and never returns the secret fields, so
 * every change replaces the credentials and the state keeps what was configured
 * (write-only `_wo` fields never reach state).
 */
import { attrs, bool, map, num, obj, str, type ConfigObject, type MaybeUnknownFields, type StateObject } from '../../framework/attributes';
import type { Diagnostics } from '../../framework/diagnostics';
import { requiresReplace, requiresReplaceIf, useStateForUnknown } from '../../framework/plan-modifiers';
import { lengthBetween, matches, oneOf } from '../../framework/validators';
import { isUnknown } from '../../protocol/values';
import { createOwned, ownershipNotes, type OwnershipDoc } from '../../framework/ownership';
import type { CloudCredentials, CreateCloudCredentialsRequest } from './client';
import {
  CREATE_TOKEN_KEY,
  EXAMPLE_ACCOUNT_IDENTITY,
  EXAMPLE_CREDENTIALS_IDENTITY,
  defineResource,
  explainDeleteError,
  mapOrNull,
  parseCredentialsImportId,
} from './define';
import { CREDENTIAL_FIELDS, CREDENTIAL_TYPES, DISPLAY_NAME_MAX, UUID_PATTERN, isCredentialType, type CredentialType } from './model';

const plain = (description: string) => str({ optional: true, description });
const secret = (description: string) => str({ optional: true, sensitive: true, description: `${description} Sensitive; prefer the write-only variant.` });
const secretWo = (name: string) =>
  str({
    optional: true,
    sensitive: true,
    writeOnly: true,
    description: `Write-only \`${name}\` (Terraform 1.11+): sent to Avisi, never stored in plan or state. Use with \`${name}_wo_version\`.`,
  });
const woVersion = (name: string) =>
  num({ optional: true, description: `Version of \`${name}_wo\`; change it to send a new value (this replaces the credentials).` });

/** The attribute names here are the `attribute` names in model.ts's CREDENTIAL_FIELDS (a test checks that they agree). */
const credentialAttributes = attrs({
  access_key_id: plain('AWS: the IAM user\'s access key id.'),
  access_key_secret: secret('AWS: the IAM user\'s secret access key.'),
  access_key_secret_wo: secretWo('access_key_secret'),
  access_key_secret_wo_version: woVersion('access_key_secret'),
  client_id: plain('Azure: the service principal\'s client id.'),
  client_secret: secret('Azure: the service principal\'s client secret.'),
  client_secret_wo: secretWo('client_secret'),
  client_secret_wo_version: woVersion('client_secret'),
  subscription_id: plain('Azure: the subscription id.'),
  tenant_id: plain('Azure: the tenant id.'),
  api_key: secret('DigitalOcean: the API key.'),
  api_key_wo: secretWo('api_key'),
  api_key_wo_version: woVersion('api_key'),
  api_token: secret('Hetzner: the API token.'),
  api_token_wo: secretWo('api_token'),
  api_token_wo_version: woVersion('api_token'),
  credential_id: plain('OpenStack: the application credential id.'),
  credential_secret: secret('OpenStack: the application credential secret.'),
  credential_secret_wo: secretWo('credential_secret'),
  credential_secret_wo_version: woVersion('credential_secret'),
  username: plain('vSphere: the user name.'),
  password: secret('vSphere: the password.'),
  password_wo: secretWo('password'),
  password_wo_version: woVersion('password'),
  provision_username: plain('vSphere (optional): the user name used for provisioning.'),
  provision_password: secret('vSphere (optional): the provisioning password.'),
  provision_password_wo: secretWo('provision_password'),
  provision_password_wo_version: woVersion('provision_password'),
});
export const CREDENTIAL_ATTRIBUTE_NAMES = Object.keys(credentialAttributes);

type CredentialsConfig = ConfigObject<typeof credentialAttributes>;

/** What a create does when the name is taken or its outcome is unknown (the resource's notes and docs/reliability.md). */
export const AVISI_CREDENTIALS_OWNERSHIP: OwnershipDoc = {
  identity:
    '`display_name` within the cloud account. Avisi allows several credentials with one name; cloudbridge keeps names unique in an account unless `allow_duplicate_names = true`.',
  taken:
    'The create lists the account\'s credentials first and fails, before writing anything, with the import (`<cloud_account_identity>/<credentials_identity>`) of the credentials that have the name. ' +
    'With `allow_duplicate_names = true` it creates others of that name.',
  unknownOutcome:
    'Every create sends a random token in the metadata key `cloudbridge-create-token` (hidden from plan and state). After a reset, a timeout or a 502/504 the account\'s credentials are listed again: ' +
    'those of this `cloud_type` carrying this attempt\'s token are this create\'s and are recorded. With none found, nothing is recorded and the error says to apply again; anything else found is named in the error with its import.',
};

function typesDoc(): string {
  return CREDENTIAL_TYPES.map((t) => {
    const fields = CREDENTIAL_FIELDS[t];
    if (fields.length === 0) return `- \`${t}\`: no \`credentials\``;
    return `- \`${t}\`: ${fields.map((f) => `\`${f.attribute}\`${f.secret ? ` (or \`${f.attribute}_wo\`)` : ''}${f.required ? '' : ' (optional)'}`).join(', ')}`;
  }).join('\n');
}

const schema = attrs({
  identity: str({ computed: true, description: 'The credentials identity (a UUID).', planModifiers: [useStateForUnknown()] }),
  cloud_account_identity: str({
    required: true,
    description: 'Identity of the cloud account the credentials belong to.',
    validators: [matches(UUID_PATTERN, 'must be a UUID')],
    planModifiers: [requiresReplace()],
  }),
  cloud_type: str({
    required: true,
    description: `The credentials' type; must match the account's cloud profile: ${CREDENTIAL_TYPES.map((t) => `\`${t}\``).join(', ')}.`,
    validators: [oneOf<string>(CREDENTIAL_TYPES)],
    planModifiers: [requiresReplace()],
  }),
  display_name: str({
    required: true,
    description: `Name of the credentials, 1–${DISPLAY_NAME_MAX} characters.`,
    validators: [lengthBetween(1, DISPLAY_NAME_MAX)],
    planModifiers: [requiresReplace()],
  }),
  metadata: map('string', { optional: true, description: 'String metadata.', planModifiers: [requiresReplace()] }),
  allow_duplicate_names: bool({
    optional: true,
    default: false,
    description:
      'Avisi allows several credentials with one `display_name` in an account; cloudbridge does not, unless this is `true`: a create with a name ' +
      'other credentials of the account have fails with their import, so a crash and a re-apply can never leave two. Default `false`.',
  }),
  credentials: obj(credentialAttributes, {
    optional: true,
    description: `The secret material, with the fields of \`cloud_type\` (the others must stay unset):\n${typesDoc()}\n\nAny change replaces the credentials, since the API has no update.`,
    planModifiers: [
      // After an import the state has no credentials (the API never returns them): the first apply only records them.
      requiresReplaceIf((req) => req.state !== null, 'Changing any credential field forces new credentials (the API has no update).'),
    ],
  }),
  is_primary: bool({ computed: true, description: 'Whether these are the account\'s primary credentials (see `cloudbridge_avisi_primary_cloud_credentials`).' }),
  created_at: str({ computed: true, nullable: true, description: 'When the credentials were created (RFC 3339).', planModifiers: [useStateForUnknown()] }),
});

// ---- validation ----------------------------------------------------------------

function isSet(v: unknown): boolean {
  return v !== null && v !== undefined;
}

/**
 * The fields inside `credentials` must be those of `cloud_type`: each required
 * one set (a secret as itself or as `_wo`), none of another type, never a secret
 * and its `_wo` together. Reported at the attribute path, before any API call.
 */
export function validateCredentials(config: MaybeUnknownFields<ConfigObject<typeof schema>>, diags: Diagnostics): void {
  const type = config.cloud_type;
  if (typeof type !== 'string' || !isCredentialType(type)) return;
  const creds = config.credentials;
  if (isUnknown(creds)) return;
  const values: Readonly<Record<string, unknown>> = creds === null ? {} : (creds as Readonly<Record<string, unknown>>);
  const own = CREDENTIAL_FIELDS[type];
  const ownNames = new Set(own.flatMap((f) => (f.secret ? [f.attribute, `${f.attribute}_wo`, `${f.attribute}_wo_version`] : [f.attribute])));
  if (type !== 'dummy' && creds === null) {
    diags.error('Missing required argument', `\`credentials\` is required when \`cloud_type\` is "${type}": set ${own.filter((f) => f.required).map((f) => `\`${f.attribute}\``).join(', ')}.`, 'credentials');
    return;
  }
  for (const name of CREDENTIAL_ATTRIBUTE_NAMES) {
    if (!ownNames.has(name) && isSet(values[name])) {
      diags.error(
        'Invalid attribute combination',
        type === 'dummy'
          ? `\`credentials.${name}\` does not apply: dummy credentials take no fields.`
          : `\`credentials.${name}\` does not apply when \`cloud_type\` is "${type}"; it takes ${own.map((f) => `\`${f.attribute}\``).join(', ')}.`,
        `credentials.${name}`,
      );
    }
  }
  for (const f of own) {
    const direct = values[f.attribute];
    const wo = f.secret ? values[`${f.attribute}_wo`] : undefined;
    if (f.secret && isSet(direct) && isSet(wo)) {
      diags.error('Invalid attribute combination', `Set only one of \`credentials.${f.attribute}\` and \`credentials.${f.attribute}_wo\`.`, `credentials.${f.attribute}_wo`);
    }
    if (f.secret && isSet(values[`${f.attribute}_wo_version`]) && !isSet(wo)) {
      diags.error('Missing required argument', `\`credentials.${f.attribute}_wo_version\` is set without \`credentials.${f.attribute}_wo\`.`, `credentials.${f.attribute}_wo`);
    }
    if (f.required && !isSet(direct) && !isSet(wo)) {
      diags.error(
        'Missing required argument',
        `\`credentials.${f.attribute}\`${f.secret ? ` (or \`credentials.${f.attribute}_wo\`)` : ''} is required when \`cloud_type\` is "${type}".`,
        `credentials.${f.attribute}`,
      );
    }
    if (typeof direct === 'string' && direct === '' && f.required) {
      diags.error('Invalid attribute value', `\`credentials.${f.attribute}\` must not be empty.`, `credentials.${f.attribute}`);
    }
  }
}

// ---- state ---------------------------------------------------------------------

type State = StateObject<typeof schema>;
type StateCredentials = State['credentials'];

/** The configured credentials as kept in state: write-only fields left out. */
function credentialsForState(config: CredentialsConfig | null): StateCredentials {
  if (config === null) return null;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(config)) {
    if (name.endsWith('_wo')) continue;
    out[name] = value ?? null;
  }
  return out as StateCredentials;
}

function toState(found: CloudCredentials, accountIdentity: string, prior: Pick<State, 'display_name' | 'metadata' | 'credentials' | 'allow_duplicate_names'>): State {
  return {
    allow_duplicate_names: prior.allow_duplicate_names,
    identity: found.identity,
    cloud_account_identity: accountIdentity,
    cloud_type: found.cloudType,
    display_name: found.displayName ?? prior.display_name,
    metadata: mapOrNull(found.metadata, prior.metadata),
    credentials: prior.credentials,
    is_primary: found.isPrimary,
    created_at: found.createdAt ?? null,
  };
}

/** The API body's `credentials` (camelCase) from the configuration, write-only values included. */
function credentialsBody(type: CredentialType, config: CredentialsConfig | null): Record<string, string> | undefined {
  if (type === 'dummy') return undefined;
  const values = (config ?? {}) as Readonly<Record<string, unknown>>;
  const out: Record<string, string> = {};
  for (const f of CREDENTIAL_FIELDS[type]) {
    const value = values[f.attribute] ?? (f.secret ? values[`${f.attribute}_wo`] : undefined);
    if (typeof value === 'string') out[f.api] = value;
  }
  return out;
}

export const cloudCredentialsResource = defineResource({
  typeName: 'cloudbridge_avisi_cloud_credentials',
  description: [
    'Credentials inside an Avisi Cloud cloud account, of the type its cloud profile needs. For AWS they are an IAM **user** access key (not a role).',
    '',
    'The API has no update and never returns the secret fields: every change replaces the credentials, and the state keeps what was configured. Pass secrets with the write-only `<name>_wo` fields (Terraform 1.11+) and bump `<name>_wo_version` to rotate them; they are then never stored in plan or state.',
  ].join('\n'),
  schema,
  validateConfig: validateCredentials,
  importer: {
    format: '<cloud_account_identity>/<credentials_identity>',
    example: `${EXAMPLE_ACCOUNT_IDENTITY}/${EXAMPLE_CREDENTIALS_IDENTITY}`,
    notes: [
      'Avisi Cloud never returns any field of `credentials` (neither the secrets nor ids such as `access_key_id`), so an import fills in everything else ' +
        '(`cloud_type`, `display_name`, `metadata`, `is_primary`, `created_at`) and leaves `credentials` null. The first plan after an import therefore shows ' +
        'exactly one in-place update of this resource, `credentials` from null to the configured object: it cannot be avoided, because Terraform plans the ' +
        'configured value of `credentials` (its non-secret fields and `<name>_wo_version` numbers are stored) and the import could not read it. Applying it makes ' +
        'no API call: it only records the configuration (write-only `_wo` values are still never stored), and the plan after it is clean. ' +
        'It cannot check that the imported credentials hold those values; to be sure they do, bump a `<name>_wo_version` afterwards, which replaces them.',
    ].join('\n'),
    parse(id, diags) {
      const parsed = parseCredentialsImportId(id, diags);
      return parsed === undefined ? undefined : { cloud_account_identity: parsed.account, identity: parsed.credentials };
    },
  },
  async create({ config }, ctx) {
    const type = config.cloud_type;
    if (!isCredentialType(type)) throw new Error(`unknown cloud_type ${type}`);
    const body = {
      displayName: config.display_name,
      ...(config.metadata ? { metadata: config.metadata } : {}),
      credentials: credentialsBody(type, config.credentials),
    } as CreateCloudCredentialsRequest<CredentialType>;
    const allowDuplicates = config.allow_duplicate_names === true;
    const account = config.cloud_account_identity;
    const created = await createOwned(ctx, {
      noun: `Avisi ${type} credentials`,
      plural: true,
      describe: (c) => `"${c.displayName ?? ''}" (${c.identity}) in cloud account ${account}`,
      importId: (c) => `${account}/${c.identity}`,
      key: (c) => c.identity,
      holders: async () => (await ctx.client.listCloudCredentials(account, { signal: ctx.signal })).filter((c) => c.displayName === config.display_name),
      exclusive: !allowDuplicates,
      uniqueIdentity: false,
      // The token rides in metadata, which Avisi keeps: finding it again proves the credentials are this create's.
      create: (attempt) =>
        ctx.client.createCloudCredentials(account, type, { ...body, metadata: { ...(config.metadata ?? {}), [CREATE_TOKEN_KEY]: attempt.token } }, { signal: ctx.signal }),
      proves: (c, attempt) => c.cloudType === type && c.metadata?.[CREATE_TOKEN_KEY] === attempt.token,
      takenHint: 'Avisi allows duplicate names, cloudbridge does not by default: set `allow_duplicate_names = true` to create other credentials with this name.',
    });
    return toState(created, config.cloud_account_identity, {
      display_name: config.display_name,
      metadata: config.metadata,
      credentials: credentialsForState(config.credentials),
      allow_duplicate_names: allowDuplicates,
    });
  },
  async read({ state }, ctx) {
    const found = await ctx.client.findCloudCredentials(state.cloud_account_identity, state.identity, { signal: ctx.signal });
    if (found === null) {
      ctx.logger.info('avisi: cloud credentials are gone; removing them from state', { identity: state.identity });
      return null;
    }
    return toState(found, state.cloud_account_identity, { ...state, allow_duplicate_names: state.allow_duplicate_names === true });
  },
  async update({ config, state }) {
    // Reached only after an import (credentials unknown to the state), or for allow_duplicate_names: record them, no API call.
    return { ...state, credentials: credentialsForState(config.credentials), allow_duplicate_names: config.allow_duplicate_names === true };
  },
  async delete({ state }, ctx) {
    try {
      await ctx.client.deleteCloudCredentials(state.cloud_account_identity, state.identity, { signal: ctx.signal });
    } catch (err) {
      explainDeleteError(err, 'cloud credentials');
    }
  },
  example: `resource "cloudbridge_avisi_cloud_credentials" "aws" {
  cloud_account_identity = cloudbridge_avisi_cloud_account.aws.identity
  cloud_type             = "aws"
  display_name           = "terraform-managed key"
  credentials = {
    access_key_id                = aws_iam_access_key.avisi.id
    access_key_secret_wo         = aws_iam_access_key.avisi.secret
    access_key_secret_wo_version = 1
  }
}`,
  notes: [
    'Avisi Cloud refuses to delete credentials that a cluster used in the last 24 hours; the destroy then fails with an explanation and the credentials stay in state.',
    '',
    ownershipNotes(AVISI_CREDENTIALS_OWNERSHIP),
  ].join('\n'),
});
