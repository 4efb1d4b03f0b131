/**
 * The vocabulary of Qtangl's cloud integrations, shared by the client, the
 * emulator and the provider resources: the providers, the upsert body's fields,
 * which of them are secrets, and which apply to (or are needed by) each provider.
 */

export const QTANGL_PROVIDERS = ['aws', 'azure', 'gcp', 'kubernetes'] as const;
export type QtanglProvider = (typeof QTANGL_PROVIDERS)[number];

export const QTANGL_ROLES = ['viewer', 'operator', 'admin'] as const;
export type QtanglRole = (typeof QTANGL_ROLES)[number];

export const QTANGL_STATUSES = ['active', 'disabled'] as const;

export interface QtanglFieldSpec {
  /** The API's camelCase key in the upsert body. */
  readonly api: string;
  /** The provider attribute's snake_case name. */
  readonly attribute: string;
  readonly secret: boolean;
}

function field(api: string, attribute: string, secret = false): QtanglFieldSpec {
  return { api, attribute, secret };
}

/** The upsert body's fields, in the page's order. */
export const QTANGL_FIELDS: readonly QtanglFieldSpec[] = [
  field('region', 'region'),
  field('vaultName', 'vault_name'),
  field('roleArn', 'role_arn'),
  field('externalId', 'external_id', true),
  field('projectId', 'project_id'),
  field('credentialsJson', 'credentials_json', true),
  field('kubeconfigJson', 'kubeconfig_json', true),
  field('namespace', 'namespace'),
  field('context', 'context'),
  field('tenantId', 'tenant_id'),
  field('clientId', 'client_id'),
  field('clientSecret', 'client_secret', true),
];
export type QtanglFieldName = (typeof QTANGL_FIELDS)[number]['api'];

export interface QtanglProviderRule {
  /** API fields an upsert for this provider must carry. */
  readonly required: readonly string[];
  /** API fields that apply to this provider; others are refused. */
  readonly allowed: readonly string[];
}

/**
 * Which fields apply to each provider, read from the page's descriptions
 * ("AWS IAM role ARN", "Azure tenant id", "Kubernetes namespace filter", ...).
 * The page marks every field optional; that a provider cannot connect without
 * its identifying fields (and so an upsert without them is a 422) is an
 * *assumption*, also named in emulator-assumptions.ts.
 */
export const QTANGL_PROVIDER_RULES: Readonly<Record<QtanglProvider, QtanglProviderRule>> = {
  aws: { required: ['roleArn'], allowed: ['region', 'roleArn', 'externalId'] },
  azure: { required: ['tenantId', 'clientId', 'clientSecret'], allowed: ['region', 'vaultName', 'tenantId', 'clientId', 'clientSecret'] },
  gcp: { required: ['projectId', 'credentialsJson'], allowed: ['region', 'projectId', 'credentialsJson'] },
  kubernetes: { required: ['kubeconfigJson'], allowed: ['kubeconfigJson', 'namespace', 'context'] },
};

export function isQtanglProvider(value: unknown): value is QtanglProvider {
  return typeof value === 'string' && (QTANGL_PROVIDERS as readonly string[]).includes(value);
}

/** Qtangl drops keys whose name contains `secret` or `password` from every response (FACTS.md). */
export function isDroppedFromResponses(key: string): boolean {
  return /secret|password/i.test(key);
}
