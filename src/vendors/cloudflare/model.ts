/**
 * Cloudflare Magic Cloud Networking: the enums and field rules shared by the
 * client, the emulator and the provider's validators, so that each rule is
 * written once.
 */

export const CLOUD_TYPES = ['AWS', 'AZURE', 'GOOGLE', 'CLOUDFLARE'] as const;
export type CloudType = (typeof CLOUD_TYPES)[number];

export const LIFECYCLE_STATES = ['ACTIVE', 'PENDING_SETUP', 'RETIRED'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export const DISCOVERY_STATES = ['UNSPECIFIED', 'PENDING', 'DISCOVERING', 'FAILED', 'SUCCEEDED'] as const;
export type DiscoveryState = (typeof DISCOVERY_STATES)[number];

/** The credential fields of PUT/PATCH, grouped by the cloud type they belong to. */
export const CREDENTIAL_FIELDS_BY_CLOUD = {
  AWS: ['aws_arn'],
  AZURE: ['azure_subscription_id', 'azure_tenant_id'],
  GOOGLE: ['gcp_project_id', 'gcp_service_account_email'],
  CLOUDFLARE: [],
} as const satisfies Record<CloudType, readonly string[]>;

export const CREDENTIAL_FIELDS = [
  'aws_arn',
  'azure_subscription_id',
  'azure_tenant_id',
  'gcp_project_id',
  'gcp_service_account_email',
] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];

export function cloudTypeOfCredentialField(field: CredentialField): CloudType {
  if (field === 'aws_arn') return 'AWS';
  if (field.startsWith('azure_')) return 'AZURE';
  return 'GOOGLE';
}

export interface FieldRule {
  readonly pattern: RegExp;
  /** The rule in words, used in the emulator's error and the provider's diagnostic. */
  readonly description: string;
}

/**
 * The formats of the credential fields. These are the clouds' own identifier
 * formats (IAM role ARN, Azure GUIDs, GCP project id and service-account
 * e-mail); the API checks them before it accepts a value.
 */
export const CREDENTIAL_FIELD_RULES: Readonly<Record<CredentialField, FieldRule>> = {
  aws_arn: {
    pattern: /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
    description: 'must be an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)',
  },
  azure_subscription_id: {
    pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    description: 'must be an Azure subscription id (a GUID)',
  },
  azure_tenant_id: {
    pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    description: 'must be an Azure tenant id (a GUID)',
  },
  gcp_project_id: {
    pattern: /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
    description:
      'must be a GCP project id: 6 to 30 lowercase letters, digits or hyphens, starting with a letter and not ending with a hyphen',
  },
  gcp_service_account_email: {
    pattern: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
    description: 'must be a service account e-mail address',
  },
};

/** `friendly_name` is required on create and may not be blank. */
export const FRIENDLY_NAME_RULE: FieldRule = {
  pattern: /\S/,
  description: 'must not be empty',
};

/**
 * The list's `order_by` values, as Cloudflare's API reference and its official
 * TypeScript SDK document them (FACTS.md; `cloudflare` 7.3.0:
 * `One of ["updated_at", "id", "cloud_type", "name"]`). They are sort keys, not
 * response field names: `updated_at` sorts by `last_updated`, `name` by
 * `friendly_name` (emulator-assumptions.ts).
 */
export const LIST_ORDER_BY_FIELDS = ['updated_at', 'id', 'cloud_type', 'name'] as const;
export type ListOrderBy = (typeof LIST_ORDER_BY_FIELDS)[number];
