/**
 * Every behaviour of the emulated Cloudflare Magic Cloud Networking API that
 * no public source settles (FACTS.md marks these as *assumptions*). They live
 * here, in one place, so that each is easy to find and change once the real
 * behaviour is known. The emulator reads them; nothing else depends on them.
 */
import type { RateLimit } from '../../emulator/types';
import type { CloudType } from './model';

/**
 * FACTS: Cloudflare's API-wide limit is 1,200 requests per five minutes per user.
 * Assumption: one API token stands for one user, and the window opens at the
 * token's first request (Cloudflare does not say how its window is aligned).
 */
export const CLOUDFLARE_RATE_LIMIT: RateLimit = { requests: 1200, windowMs: 5 * 60_000 };

/**
 * FACTS assumption: the AWS trust policy from `initial_setup` names a
 * Cloudflare-owned AWS account as principal. This is the emulated account
 * (not Cloudflare's real one).
 */
export const EMULATED_CLOUDFLARE_AWS_ACCOUNT_ID = '700000000700';
export const EMULATED_CLOUDFLARE_AWS_PRINCIPAL = `arn:aws:iam::${EMULATED_CLOUDFLARE_AWS_ACCOUNT_ID}:root`;
/** The session Cloudflare's discovery assumes the customer's role from (named in STS-style errors). */
export const EMULATED_CLOUDFLARE_DISCOVERY_SESSION = `arn:aws:sts::${EMULATED_CLOUDFLARE_AWS_ACCOUNT_ID}:assumed-role/magic-cloud-networking/discovery`;

/**
 * FACTS assumption: the trust policy requires an `sts:ExternalId` unique to
 * the integration. The emulator draws it at create time and keeps it.
 */
export function awsTrustPolicyDocument(externalId: string): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: EMULATED_CLOUDFLARE_AWS_PRINCIPAL },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  };
}

/** `item_type` of each `initial_setup` shape (the value itself is not documented). */
export const INITIAL_SETUP_ITEM_TYPES = {
  AWS: 'AwsInitialSetup',
  AZURE: 'AzureInitialSetup',
  GOOGLE: 'GcpInitialSetup',
} as const;

/** Azure consent URL: Azure's admin-consent endpoint for an emulated Cloudflare application id. */
export const EMULATED_CLOUDFLARE_AZURE_APP_ID = '00000000-cf00-4c0d-9000-00000000c10d';
export function azureConsentUrl(integrationId: string): string {
  return `https://login.microsoftonline.com/common/adminconsent?client_id=${EMULATED_CLOUDFLARE_AZURE_APP_ID}&state=${integrationId}`;
}
/** The tag customers put on the resources Cloudflare may manage. */
export function integrationIdentityTag(integrationId: string): string {
  return `cf-mcn-integration-${integrationId}`;
}
export function azureTagCliCommand(integrationId: string): string {
  return `az tag update --resource-id /subscriptions/<subscription_id> --operation Merge --tags ${integrationIdentityTag(integrationId)}=true`;
}
export function gcpTagCliCommand(integrationId: string): string {
  return `gcloud projects add-labels <project_id> --labels=${integrationIdentityTag(integrationId)}=true`;
}

/**
 * `CLOUDFLARE` integrations need no customer credentials: initial_setup
 * answers 400 for them and discovery always succeeds.
 */
export const CLOUDFLARE_TYPE_NEEDS_NO_SETUP = true;

/** How long one emulated discovery run lasts (state `DISCOVERING`), in ms. */
export const DISCOVERY_DURATION_MS = 2_000;

/** The regions a successful discovery reports per cloud type. */
export const DISCOVERED_REGIONS: Readonly<Record<CloudType, readonly string[]>> = {
  AWS: ['us-east-1', 'us-west-2', 'eu-west-1'],
  AZURE: ['eastus', 'westeurope'],
  GOOGLE: ['us-central1', 'europe-west1'],
  CLOUDFLARE: ['global'],
};

export function discoverySucceededMessage(regionCount: number): string {
  return `Discovery completed: ${regionCount} regions discovered`;
}

/**
 * Failed AWS discovery: the message is what STS itself answers to Cloudflare
 * (it does not say whether the role is missing or distrusts the caller).
 */
export function awsAssumeRoleRejectedMessage(roleArn: string): string {
  return (
    `Cloudflare could not assume the role ${roleArn}: AccessDenied: User: ${EMULATED_CLOUDFLARE_DISCOVERY_SESSION} ` +
    `is not authorized to perform: sts:AssumeRole on resource: ${roleArn}. ` +
    `Check that the role exists and that its trust policy is the one returned by initial_setup.`
  );
}

export function credentialsMissingMessage(cloudType: CloudType): string {
  const fields = cloudType === 'AWS' ? 'aws_arn' : cloudType === 'AZURE' ? 'azure_subscription_id and azure_tenant_id' : 'gcp_project_id and gcp_service_account_email';
  return `Discovery cannot run: the integration has no credentials; set ${fields} first`;
}

/**
 * A new integration's `state` before any discovery, and after its
 * credential fields change (awaiting discovery).
 */
export const STATE_AWAITING_DISCOVERY = 'PENDING' as const;

/**
 * List filter `?cloudflare=`: absent lists every integration, `true` only
 * the `CLOUDFLARE`-type ones, `false` every other type.
 */
export function matchesCloudflareFilter(cloudType: CloudType, filter: boolean | undefined): boolean {
  if (filter === undefined) return true;
  return filter === (cloudType === 'CLOUDFLARE');
}

/**
 * PUT replaces the integration's editable fields: credential fields and
 * `description` omitted from the body are cleared; `friendly_name`, being
 * required, is kept when omitted.
 */
export const PUT_CLEARS_OMITTED_FIELDS = true;

/** Error codes in `errors[].code` (Cloudflare's numbering for auth/routing; the rest are the emulator's). */
export const ERROR_CODES = {
  missingAuth: 9106,
  authentication: 10000,
  unauthorizedAccount: 9109,
  invalidObjectIdentifier: 7003,
  noRoute: 7000,
  malformedBody: 1001,
  validation: 1002,
  notFound: 1003,
  conflict: 1004,
  internal: 1000,
} as const;

// ---- where the page, FACTS.md and Cloudflare's official SDK (`cloudflare` 7.3.0) differ, or none settles it ----

/**
 * `status.last_discovery_status(_v2)` before any discovery has run. The SDK's
 * types mark both required and their enum's "not yet" value is `UNSPECIFIED`
 * (the page shows the fields without values), so the emulator sends it rather
 * than leaving the fields out.
 */
export const DISCOVERY_STATUS_NEVER_RUN = 'UNSPECIFIED' as const;

/**
 * `order_by` takes `updated_at`, `id`, `cloud_type` or `name` (FACTS.md, and the
 * SDK's `CloudIntegrationListParams.order_by`: `One of ["updated_at", "id",
 * "cloud_type", "name"]`); the page lists no values. Which field each sorts by
 * is not documented: the emulator reads `updated_at` as `last_updated` and
 * `name` as `friendly_name`, ascending, ties in creation order; `desc=true`
 * reverses. Values outside the four are refused with 400, as before.
 */
export const ORDER_BY_SORT_FIELDS = { updated_at: 'last_updated', id: 'id', cloud_type: 'cloud_type', name: 'friendly_name' } as const;

/**
 * Formats Cloudflare does not document (neither the page, FACTS.md nor the SDK, which types them as
 * plain strings), checked by the provider and the emulator as the clouds' own identifier formats
 * (model.ts CREDENTIAL_FIELD_RULES): `aws_arn` an IAM role ARN, the Azure ids GUIDs, `gcp_project_id`
 * a GCP project id, `gcp_service_account_email` an e-mail address. The integration id (`provider_id`)
 * is a UUID, as the emulator issues them.
 */
export const UNDOCUMENTED_FORMATS = ['aws_arn', 'azure_subscription_id', 'azure_tenant_id', 'gcp_project_id', 'gcp_service_account_email', 'provider_id'] as const;
