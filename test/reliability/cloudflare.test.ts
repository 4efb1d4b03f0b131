/**
 * Cloudflare through the reliability scenarios (scenarios.ts): Magic Cloud
 * Networking integrations, whose names the API lets repeat (cloudbridge keeps
 * them unique unless `allow_duplicate_names = true`).
 */
import type { CloudflareEmulatorState } from '../../src/vendors/cloudflare/emulator';
import { reliabilitySuite } from './scenarios';
import type { VendorProfile } from './support';
import { duplicateNamesScenario } from './duplicates';

const TYPE = 'cloudbridge_cloudflare_cloud_integration';
const label = (name: string): string => name.toLowerCase().replace(/\s+/g, '_');
const BASE = '/accounts/:account_id/magic/cloud/providers';

const profile: VendorProfile = {
  vendor: 'cloudflare',
  title: 'Cloudflare',
  names: ['Rel Alpha', 'Rel Beta', 'Rel Gamma', 'Rel Delta'],
  hcl: (names, options = {}) =>
    names
      .map(
        (name) => `resource "${TYPE}" "${label(name)}" {
  cloud_type    = "AWS"
  friendly_name = "${name}"${options.label ? `\n  description   = "${options.label}"` : ''}${options.allowDuplicates ? '\n  allow_duplicate_names = true' : ''}
}
`,
      )
      .join('\n'),
  resources: (name) => [{ address: `${TYPE}.${label(name)}`, objectName: name }],
  create: { method: 'POST', path: BASE },
  read: { method: 'GET', path: BASE },
  // Reads are coalesced: a refresh lists the integrations (src/http/collection.ts).
  refresh: { method: 'GET', path: BASE },
  objects: (em) => em.state<CloudflareEmulatorState>('cloudflare').integrations.map((record) => ({ key: record.id, name: record.friendlyName, record })),
  describedAs: (o) => `"${o.name}" (AWS, id ${o.key})`,
  importId: (o) => `${(o.record as { accountId: string }).accountId}/${o.key}`,
  onLostAnswer: 'report',
};

reliabilitySuite(profile, duplicateNamesScenario);
