/**
 * Avisi Cloud data sources: cloud accounts (filtered), the clusters of an
 * account, and the credentials of an account. Each walks every Spring page.
 */
import { attrs, bool, listNested, map, str } from '../../framework/attributes';
import { lengthBetween, matches } from '../../framework/validators';
import { EXAMPLE_ACCOUNT_IDENTITY, defineDataSource } from './define';
import { UUID_PATTERN } from './model';

const accountIdentityArg = str({
  required: true,
  description: 'Identity of the cloud account.',
  validators: [matches(UUID_PATTERN, 'must be a UUID')],
});

export const cloudAccountsDataSource = defineDataSource({
  typeName: 'cloudbridge_avisi_cloud_accounts',
  description: 'The cloud accounts of the organisation, optionally filtered. Every page of the API\'s list is read.',
  schema: attrs({
    display_name: str({ optional: true, description: 'Only accounts whose display name contains this text (Avisi\'s `display-name` search).', validators: [lengthBetween(1, 64)] }),
    cloud_provider_slug: str({ optional: true, description: 'Only accounts of this cloud provider, e.g. `aws`.', validators: [lengthBetween(1, 64)] }),
    cloud_accounts: listNested(
      attrs({
        identity: str({ computed: true, description: 'Account identity.' }),
        display_name: str({ computed: true, description: 'Display name.' }),
        enabled: bool({ computed: true, description: 'Whether the account is enabled.' }),
        cloud_profile: str({ computed: true, description: 'Cloud profile identity.' }),
        cloud_provider: str({ computed: true, nullable: true, description: 'Cloud provider of the profile.' }),
        metadata: map('string', { computed: true, description: 'Metadata.' }),
        primary_cloud_credentials_identity: str({ computed: true, nullable: true, description: 'Primary credentials identity.' }),
      }),
      { computed: true, description: 'The matching accounts, in the API\'s order.' },
    ),
  }),
  async read({ config }, ctx) {
    const accounts = await ctx.client.listCloudAccounts(
      { displayName: config.display_name ?? undefined, cloudProviderSlug: config.cloud_provider_slug ?? undefined },
      { signal: ctx.signal },
    );
    return {
      display_name: config.display_name,
      cloud_provider_slug: config.cloud_provider_slug,
      cloud_accounts: accounts.map((a) => ({
        identity: a.identity,
        display_name: a.displayName,
        enabled: a.enabled,
        cloud_profile: a.cloudProfile.identity,
        cloud_provider: a.cloudProfile.cloudProvider ?? null,
        metadata: { ...(a.metadata ?? {}) },
        primary_cloud_credentials_identity: a.primaryCloudCredentialsIdentity ?? null,
      })),
    };
  },
  example: `data "cloudbridge_avisi_cloud_accounts" "aws" {
  cloud_provider_slug = "aws"
}`,
});

function slugText(slug: unknown): string | null {
  if (typeof slug === 'string') return slug;
  if (typeof slug === 'object' && slug !== null && typeof (slug as { value?: unknown }).value === 'string') return (slug as { value: string }).value;
  return null;
}

export const cloudAccountClustersDataSource = defineDataSource({
  typeName: 'cloudbridge_avisi_cloud_account_clusters',
  description: 'The clusters of the organisation provisioned with a cloud account. Every page of the API\'s list is read.',
  schema: attrs({
    cloud_account_identity: accountIdentityArg,
    clusters: listNested(
      attrs({
        identity: str({ computed: true, description: 'Cluster identity.' }),
        name: str({ computed: true, description: 'Cluster name.' }),
        slug: str({ computed: true, nullable: true, description: 'Cluster slug.' }),
        status: str({ computed: true, nullable: true, description: 'Cluster status, e.g. `started`.' }),
        region: str({ computed: true, nullable: true, description: 'Region.' }),
        cloud_provider: str({ computed: true, nullable: true, description: 'Cloud provider.' }),
        cloud_credentials_identity: str({ computed: true, nullable: true, description: 'Identity of the credentials the cluster uses.' }),
        created_at: str({ computed: true, nullable: true, description: 'Creation time (RFC 3339).' }),
      }),
      { computed: true, description: 'The clusters.' },
    ),
  }),
  async read({ config }, ctx) {
    const clusters = await ctx.client.listClusters(config.cloud_account_identity, { signal: ctx.signal });
    return {
      cloud_account_identity: config.cloud_account_identity,
      clusters: clusters.map((c) => ({
        identity: c.identity,
        name: c.name,
        slug: slugText(c.slug),
        status: c.status ?? null,
        region: c.region ?? null,
        cloud_provider: c.cloudProvider ?? null,
        cloud_credentials_identity: c.cloudCredentials?.identity ?? null,
        created_at: c.createdAt ?? null,
      })),
    };
  },
  example: `data "cloudbridge_avisi_cloud_account_clusters" "prod" {
  cloud_account_identity = "${EXAMPLE_ACCOUNT_IDENTITY}"
}`,
});

export const cloudCredentialsListDataSource = defineDataSource({
  typeName: 'cloudbridge_avisi_cloud_credentials_list',
  description: 'The credentials of a cloud account (never their secrets: the API does not return them). Every page of the API\'s list is read.',
  schema: attrs({
    cloud_account_identity: accountIdentityArg,
    credentials: listNested(
      attrs({
        identity: str({ computed: true, description: 'Credentials identity.' }),
        cloud_type: str({ computed: true, description: 'Credentials type, e.g. `aws`.' }),
        display_name: str({ computed: true, nullable: true, description: 'Display name.' }),
        is_primary: bool({ computed: true, description: 'Whether these are the account\'s primary credentials.' }),
        created_at: str({ computed: true, nullable: true, description: 'Creation time (RFC 3339).' }),
        metadata: map('string', { computed: true, description: 'Metadata.' }),
      }),
      { computed: true, description: 'The credentials, in the API\'s order.' },
    ),
  }),
  async read({ config }, ctx) {
    const list = await ctx.client.listCloudCredentials(config.cloud_account_identity, { signal: ctx.signal });
    return {
      cloud_account_identity: config.cloud_account_identity,
      credentials: list.map((c) => ({
        identity: c.identity,
        cloud_type: c.cloudType,
        display_name: c.displayName ?? null,
        is_primary: c.isPrimary,
        created_at: c.createdAt ?? null,
        metadata: { ...(c.metadata ?? {}) },
      })),
    };
  },
  example: `data "cloudbridge_avisi_cloud_credentials_list" "aws" {
  cloud_account_identity = "${EXAMPLE_ACCOUNT_IDENTITY}"
}`,
});
