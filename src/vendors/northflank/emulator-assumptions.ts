/**
 * Behaviour of the emulated Northflank API that neither the page nor FACTS.md
 * settles. It lives here, in one place, so that it is easy to find and change:
 * - Northflank's AWS principal (the account a `crossAccountRole` role must trust);
 * - the trust check itself (principal + `sts:ExternalId`);
 * - status codes and messages for refusals the page does not show;
 * - list pagination (`per_page`, `cursor`);
 * - gcp `crossAccountRole` needing `gcp.serviceAccountEmail` instead of a key file.
 */
import type { EmulatorWorld } from '../../emulator/types';
import { vendorCanAssume } from '../../emulator/aws/trust';

/**
 * The AWS account Northflank assumes customer roles from (*assumption*: not
 * published). Users of the emulator find it in `GET /_emulator/state/northflank`
 * (`awsPrincipal`) and in `NORTHFLANK_AWS_PRINCIPAL_ARN`; constructs take it as a prop.
 */
export const NORTHFLANK_AWS_ACCOUNT_ID = '466203627421';
export const NORTHFLANK_AWS_PRINCIPAL_ARN = `arn:aws:iam::${NORTHFLANK_AWS_ACCOUNT_ID}:root`;

/** Delete refused while clusters use the integration. */
export const IN_USE_STATUS = 409;
export function inUseMessage(id: string, clusters: readonly string[]): string {
  return `Cloud provider integration ${id} is in use by ${clusters.length} cluster(s) (${clusters.join(', ')}); delete them first`;
}

/** A crossAccountRole whose role Northflank cannot assume. */
export const ROLE_NOT_TRUSTED_STATUS = 400;
export function roleNotTrustedMessage(roleArn: string): string {
  return (
    `Unable to assume role ${roleArn}: the role must exist and trust Northflank's AWS account ` +
    `${NORTHFLANK_AWS_ACCOUNT_ID} with the condition sts:ExternalId equal to credentials.externalId`
  );
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** Can Northflank's principal assume the role with this external id (as the real check would)? */
export function northflankCanAssume(world: EmulatorWorld, roleArn: string, externalId: string): boolean {
  return vendorCanAssume(world, roleArn, NORTHFLANK_AWS_PRINCIPAL_ARN, externalId).allowed;
}

// ---- where the page, FACTS.md and Northflank's official client (`@northflank/js-client` 0.9.5) differ ----
//
// The client is newer than the page. Where it allows more, the provider and the emulator accept the
// union (model.ts holds the lists):
// - `provider`: the page's aws, azure, civo, gcp, oci, byok, plus cloudflare, coreweave, aiven, backblaze
//   and akamai from the client;
// - `features`: the page's eight (self-hosted-registry, self-hosted-logs-metrics and
//   docker-registry-credential are not in the client) plus byoc-custom-launch-templates, byoc-logs,
//   registry-pull, registry-push, opentofu and workload-identity from the client;
// - `credentials` keys: the page's eighteen plus email, kubeconfig, applicationKeyId, applicationKey,
//   host, accessToken, clientToken and clientSecret from the client;
// - `cloudflare.credentialType` (apiToken, originCAKey, globalApiKey) and `restrictions {enabled,
//   teams[{teamId}]}` from the client.
// Which credential keys the client-only providers need is not published: model.ts's credentialRule reads
// it from the client's descriptions of the keys (cloudflare: apiKey, with email for a global API key;
// coreweave: kubeconfig; aiven: apiKey; backblaze: applicationKeyId + applicationKey; akamai: host,
// accessToken, clientToken, clientSecret).
//
// Routes the client calls that the page does not show, emulated as the client describes them:
// - `PATCH /v1/cloud-providers/integrations/{id}` ("Updates a integration"): description, features,
//   restrictions and credentials, each optional;
// - `PUT /v1/cloud-providers/integrations` ("Creates or updates a integration"): a full create body; the
//   name's slug picks the integration; an update keeps `createdAt` and the clusters using it;
// - list paging by `page` (from 1) as well as by `cursor`, both with `per_page`. The client's `.all()`
//   stops when a page has no `cursor`, so the last page leaves `cursor` out (never `null`).
// The page's `POST /v1/cloud-providers/integrations/{id}` update stays as the page has it.

/** PUT on an existing integration with another `provider` (the id is the name's slug, the provider cannot change). */
export const PUT_PROVIDER_CHANGE_STATUS = 409;
export function putProviderChangeMessage(id: string, from: string, to: string): string {
  return `Cloud provider integration ${id} uses provider ${from}; it cannot change to ${to}. Delete it and create a new one`;
}

/**
 * The client's types mark `credentials` required in every single-integration answer (create, get, put,
 * patch), but the real API's content there is not published. The emulator answers the non-secret keys
 * that were last given (for example `roleArn`, `accessKey`), never a secret.
 */
export function echoedCredentials(publicValues: Readonly<Record<string, string>>): Record<string, string> {
  return { ...publicValues };
}

/**
 * The page marks `credentials` required in the update body, yet its own example update sends only
 * `description`. The emulator takes both (the union): an update without `credentials` keeps them.
 */
export const UPDATE_REQUIRES_CREDENTIALS = false;
