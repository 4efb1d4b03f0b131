/**
 * The vocabulary of Avisi Cloud's cloud accounts and credentials, shared by
 * the client, the emulator and the provider resources so that the list of
 * credential types and their fields is written down once.
 */

/** The credential types with a create route (`POST .../credentials/{type}`). */
export const CREDENTIAL_TYPES = ['aws', 'azure', 'digitalocean', 'dummy', 'hetzner', 'openstack', 'vsphere'] as const;
export type CredentialType = (typeof CREDENTIAL_TYPES)[number];

/** `CloudProfile.type` as the page lists it. */
export const CLOUD_PROFILE_TYPES = [
  'aws',
  'azure',
  'byon',
  'digitalocean',
  'empty',
  'hetzner',
  'multipass',
  'none',
  'openstack',
  'vsphere',
] as const;

export interface CredentialFieldSpec {
  /** The API's camelCase key inside `credentials`. */
  readonly api: string;
  /** The provider's snake_case attribute inside `credentials`. */
  readonly attribute: string;
  readonly secret: boolean;
  /** Whether a create without it is refused. */
  readonly required: boolean;
}

function field(api: string, attribute: string, secret: boolean, required = true): CredentialFieldSpec {
  return { api, attribute, secret, required };
}

/**
 * Each type's `credentials` body, from the page. Which fields are required is
 * not marked there; every listed field is treated as required except the
 * optional vSphere provisioning account (see emulator-assumptions.ts).
 */
export const CREDENTIAL_FIELDS: Readonly<Record<CredentialType, readonly CredentialFieldSpec[]>> = {
  aws: [field('accessKeyId', 'access_key_id', false), field('accessKeySecret', 'access_key_secret', true)],
  azure: [
    field('clientId', 'client_id', false),
    field('clientSecret', 'client_secret', true),
    field('subscriptionId', 'subscription_id', false),
    field('tenantId', 'tenant_id', false),
  ],
  digitalocean: [field('apiKey', 'api_key', true)],
  dummy: [],
  hetzner: [field('apiToken', 'api_token', true)],
  openstack: [field('credentialId', 'credential_id', false), field('credentialSecret', 'credential_secret', true)],
  vsphere: [
    field('username', 'username', false),
    field('password', 'password', true),
    field('provisionUsername', 'provision_username', false, false),
    field('provisionPassword', 'provision_password', true, false),
  ],
};

/** Every credential attribute of every type, in a stable order and without duplicates. */
export const ALL_CREDENTIAL_FIELDS: readonly CredentialFieldSpec[] = CREDENTIAL_TYPES.flatMap((t) => CREDENTIAL_FIELDS[t]);

export function isCredentialType(value: string): value is CredentialType {
  return (CREDENTIAL_TYPES as readonly string[]).includes(value);
}

/** Display name limits: the page gives max 64 on create and 3–64 on update. */
export const DISPLAY_NAME_MIN = 3;
export const DISPLAY_NAME_MAX = 64;
export const CLOUD_PROFILE_MAX = 64;

export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
