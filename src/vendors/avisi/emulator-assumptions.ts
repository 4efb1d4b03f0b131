/**
 * Every behaviour of the emulated Avisi Cloud API that neither the page nor
 * FACTS.md settles. They live here, in one place, so that each is easy to find
 * and change once the real behaviour is known. The emulator reads them.
 */
import type { CredentialType } from './model';

/** Spring's default page size; the clusters route documents 50. */
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_CLUSTER_PAGE_SIZE = 50;
/** Larger sizes are clamped to this, as Spring's `max-page-size` does (its value at Avisi is not published). */
export const MAX_PAGE_SIZE = 100;

/** The seeded cloud profiles; identities are their type names, as issue 3 asks. */
export interface SeedProfile {
  readonly identity: string;
  readonly type: string;
  readonly cloudProvider: string;
  readonly displayName: string;
  readonly regions: readonly string[];
}
export const SEEDED_CLOUD_PROFILES: readonly SeedProfile[] = [
  { identity: 'aws', type: 'aws', cloudProvider: 'aws', displayName: 'Amazon Web Services', regions: ['eu-west-1', 'eu-central-1'] },
  { identity: 'azure', type: 'azure', cloudProvider: 'azure', displayName: 'Microsoft Azure', regions: ['westeurope', 'northeurope'] },
  { identity: 'digitalocean', type: 'digitalocean', cloudProvider: 'digitalocean', displayName: 'DigitalOcean', regions: ['ams3', 'fra1'] },
  // "dummy" is not in the page's CloudProfile.type enum, yet it has a credentials route; the emulator seeds it as its own type.
  { identity: 'dummy', type: 'dummy', cloudProvider: 'dummy', displayName: 'Dummy', regions: ['dummy-1'] },
  { identity: 'hetzner', type: 'hetzner', cloudProvider: 'hetzner', displayName: 'Hetzner Cloud', regions: ['fsn1', 'nbg1'] },
  { identity: 'openstack', type: 'openstack', cloudProvider: 'openstack', displayName: 'OpenStack', regions: ['regionOne'] },
  { identity: 'vsphere', type: 'vsphere', cloudProvider: 'vsphere', displayName: 'VMware vSphere', regions: ['datacenter-1'] },
];

/** A new account is enabled (the create body has no `enabled`). */
export const NEW_ACCOUNT_ENABLED = true;

/** The first credentials of an account become its primary ones when it has none. */
export const FIRST_CREDENTIALS_BECOME_PRIMARY = true;

/** `display-name` filter: case-insensitive substring match ("search parameter" on the page). */
export function displayNameMatches(displayName: string, search: string): boolean {
  return displayName.toLowerCase().includes(search.toLowerCase());
}

/** How long a cluster's use blocks deleting its account or credentials (the page: "the last 24 hours"). */
export const RECENT_USE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The 400 message of the 24-hour rule (wording assumed; the rule is on the page). */
export function recentlyUsedMessage(what: 'cloud account' | 'cloud credentials', identity: string): string {
  return `The ${what} ${identity} cannot be deleted: it was used by a cluster in the last 24 hours`;
}

export function typeMismatchMessage(requested: CredentialType, accountType: string): string {
  return `cloud provider type ${requested} does not match cloud account type ${accountType}`;
}

/**
 * Error body: Spring Boot's `{timestamp, status, error, message, path}` plus
 * `errors[{field, message}]` for validation; the request id is the
 * `x-request-id` header and `requestId` in the body.
 */
export const REQUEST_ID_HEADER = 'x-request-id';

export const REASON_PHRASES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Unknown JSON fields are refused (Spring would ignore them); stricter, so the provider cannot rely on fields the API drops. */
export const REJECT_UNKNOWN_FIELDS = true;

// ---- where the page and FACTS.md leave gaps or disagree (found by test/oracle/avisi.test.ts) ----

/**
 * No route of the page lists 401 (only 400, 403, 404 and 500), yet every route needs a personal access
 * token (FACTS.md). The emulator answers a missing or unknown token with 401, as Spring Security does
 * by default, and keeps 403 for a known token without access.
 */
export const MISSING_OR_INVALID_TOKEN_STATUS = 401;

/**
 * `displayName`: create gives at most 64 and no minimum, update gives 3 to 64. The emulator applies
 * each route's own rule; the provider's `cloudbridge_avisi_cloud_account.display_name` takes 3 to 64,
 * the rule under which the name can still be changed later (model.ts DISPLAY_NAME_MIN/MAX).
 */
export const CREATE_DISPLAY_NAME_HAS_NO_MINIMUM = true;

/**
 * The list's `display-name` and `cloud-provider-slug` search parameters have no documented length; the
 * provider's data source holds them to 1 to 64 characters, the longest display name the page allows.
 */
export const SEARCH_PARAMETER_MAX = 64;
