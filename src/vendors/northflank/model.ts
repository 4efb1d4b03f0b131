/**
 * The vocabulary of Northflank's cloud provider integrations, shared by the
 * client, the emulator and the provider resource so that the page's rules
 * (patterns, lengths, enums, which credential keys each provider needs) are
 * written down once.
 */

/**
 * `provider`: the page's six, then the ones Northflank's official client
 * (`@northflank/js-client` 0.9.5, newer than the page) adds. The API accepts
 * the union (emulator-assumptions.ts, "where the sources differ").
 */
export const NORTHFLANK_PROVIDERS = ['aws', 'azure', 'civo', 'gcp', 'oci', 'byok', 'cloudflare', 'coreweave', 'aiven', 'backblaze', 'akamai'] as const;
export type NorthflankProvider = (typeof NORTHFLANK_PROVIDERS)[number];

/** `features`: the page's eight, then the ones the official client adds (the union, as for providers). */
export const NORTHFLANK_FEATURES = [
  'byoc',
  'byoc-static-egress',
  'byoc-custom-vpc',
  'cloudfront',
  'self-hosted-registry',
  'route53',
  'self-hosted-logs-metrics',
  'docker-registry-credential',
  'byoc-custom-launch-templates',
  'byoc-logs',
  'registry-pull',
  'registry-push',
  'opentofu',
  'workload-identity',
] as const;
export type NorthflankFeature = (typeof NORTHFLANK_FEATURES)[number];

export const AUTHENTICATION_MODES = ['accessKey', 'crossAccountRole'] as const;
export type AuthenticationMode = (typeof AUTHENTICATION_MODES)[number];

/** `cloudflare.credentialType` (official client only; the page has no cloudflare provider). */
export const CLOUDFLARE_CREDENTIAL_TYPES = ['apiToken', 'originCAKey', 'globalApiKey'] as const;
export type CloudflareCredentialType = (typeof CLOUDFLARE_CREDENTIAL_TYPES)[number];

/** The page's name rule. */
export const NAME_MIN = 3;
export const NAME_MAX = 39;
export const NAME_PATTERN = /^[a-zA-Z]((-|\s)?[a-zA-Z0-9]+((-|\s)[a-zA-Z0-9]+)*)?$/;
export const NAME_PATTERN_SOURCE = '^[a-zA-Z]((-|\\s)?[a-zA-Z0-9]+((-|\\s)[a-zA-Z0-9]+)*)?$';

/** The page's description rule. */
export const DESCRIPTION_MAX = 200;
export const DESCRIPTION_PATTERN = /^[a-zA-Z0-9.,?\s\\/'"()[\];`%^&*\-_:!]+$/;
export const DESCRIPTION_PATTERN_SOURCE = '^[a-zA-Z0-9.,?\\s\\\\/\'"()[\\];`%^&*\\-_:!]+$';

export const ID_PATTERN = /^[A-Za-z0-9-]+$/;

/** `"Example Integration"` → `example-integration` (FACTS.md). The name pattern allows only single separators. */
export function slugOfName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-');
}

export interface CredentialFieldSpec {
  /** The API's camelCase key inside `credentials`. */
  readonly api: string;
  /** The provider's snake_case attribute inside `credentials`. */
  readonly attribute: string;
  readonly secret: boolean;
}

function field(api: string, attribute: string, secret = false): CredentialFieldSpec {
  return { api, attribute, secret };
}

/** Every credential key on the page, in the page's order, then the ones the official client adds. */
export const CREDENTIAL_FIELDS: readonly CredentialFieldSpec[] = [
  field('accessKey', 'access_key'),
  field('secretKey', 'secret_key', true),
  field('roleArn', 'role_arn'),
  field('externalId', 'external_id', true),
  field('keyfileJson', 'key_file_json', true),
  field('apiKey', 'api_key', true),
  field('tenantId', 'tenant_id'),
  field('clientId', 'client_id'),
  field('objectId', 'object_id'),
  field('secret', 'secret', true),
  field('subscriptionId', 'subscription_id'),
  field('region', 'region'),
  field('tenancyId', 'tenancy_id'),
  field('userId', 'user_id'),
  field('fingerprint', 'fingerprint'),
  field('privateKey', 'private_key', true),
  field('passphrase', 'passphrase', true),
  field('compartmentId', 'compartment_id'),
  field('email', 'email'),
  field('kubeconfig', 'kubeconfig', true),
  field('applicationKeyId', 'application_key_id'),
  field('applicationKey', 'application_key', true),
  field('host', 'host'),
  field('accessToken', 'access_token', true),
  field('clientToken', 'client_token', true),
  field('clientSecret', 'client_secret', true),
];

export const SECRET_CREDENTIAL_FIELDS: readonly CredentialFieldSpec[] = CREDENTIAL_FIELDS.filter((f) => f.secret);

export function credentialFieldByApi(api: string): CredentialFieldSpec | undefined {
  return CREDENTIAL_FIELDS.find((f) => f.api === api);
}

/** What a provider (and its authentication mode) needs in `credentials`, and what else it accepts. */
export interface CredentialRule {
  /** API keys that must be present and non-empty. */
  readonly required: readonly string[];
  /** API keys that may be present; anything else is refused. */
  readonly allowed: readonly string[];
}

/**
 * FACTS.md's per-provider list. For gcp with `crossAccountRole` no key file is
 * needed (the service account email in `gcp` stands for it); that, and `objectId`
 * being optional for azure, are *assumptions* (emulator-assumptions.ts names them too).
 */
export function credentialRule(provider: NorthflankProvider, mode: AuthenticationMode | undefined): CredentialRule {
  switch (provider) {
    case 'aws':
      return mode === 'crossAccountRole'
        ? { required: ['roleArn', 'externalId'], allowed: ['roleArn', 'externalId'] }
        : { required: ['accessKey', 'secretKey'], allowed: ['accessKey', 'secretKey'] };
    case 'gcp':
      return mode === 'crossAccountRole' ? { required: [], allowed: [] } : { required: ['keyfileJson'], allowed: ['keyfileJson'] };
    case 'azure':
      return { required: ['tenantId', 'clientId', 'secret', 'subscriptionId'], allowed: ['tenantId', 'clientId', 'secret', 'subscriptionId', 'objectId'] };
    case 'civo':
      return { required: ['apiKey'], allowed: ['apiKey'] };
    case 'oci':
      return {
        required: ['tenancyId', 'userId', 'fingerprint', 'privateKey', 'passphrase', 'compartmentId', 'region'],
        allowed: ['tenancyId', 'userId', 'fingerprint', 'privateKey', 'passphrase', 'compartmentId', 'region'],
      };
    case 'byok':
      return { required: [], allowed: [] };
    // The providers below come from the official client only; which keys each needs is read from the
    // client's descriptions of the keys (*assumptions*, emulator-assumptions.ts).
    case 'cloudflare':
      return { required: ['apiKey'], allowed: ['apiKey', 'email'] };
    case 'coreweave':
      return { required: ['kubeconfig'], allowed: ['kubeconfig'] };
    case 'aiven':
      return { required: ['apiKey'], allowed: ['apiKey'] };
    case 'backblaze':
      return { required: ['applicationKeyId', 'applicationKey'], allowed: ['applicationKeyId', 'applicationKey'] };
    case 'akamai':
      return { required: ['host', 'accessToken', 'clientToken', 'clientSecret'], allowed: ['host', 'accessToken', 'clientToken', 'clientSecret'] };
  }
}

/** The mode that applies when `aws.authenticationMode` / `gcp.authenticationMode` is omitted (*assumption*). */
export const DEFAULT_AUTHENTICATION_MODE: AuthenticationMode = 'accessKey';

export function isNorthflankProvider(value: unknown): value is NorthflankProvider {
  return typeof value === 'string' && (NORTHFLANK_PROVIDERS as readonly string[]).includes(value);
}

/** An IAM role ARN in any AWS partition: what \`credentials.roleArn\` names for a cross-account role. */
export const IAM_ROLE_ARN_PATTERN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
