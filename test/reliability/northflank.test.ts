/**
 * Northflank through the reliability scenarios (scenarios.ts): accessKey
 * integrations, whose id is the slug of the name (a unique identity).
 */
import type { NorthflankEmulatorState } from '../../src/vendors/northflank/emulator';
import { reliabilitySuite } from './scenarios';
import type { VendorProfile } from './support';

const TYPE = 'cloudbridge_northflank_cloud_integration';
const slug = (name: string): string => name.toLowerCase().replace(/\s+/g, '-');
const label = (name: string): string => slug(name).replace(/-/g, '_');

const profile: VendorProfile = {
  vendor: 'northflank',
  title: 'Northflank',
  names: ['Rel Alpha', 'Rel Beta', 'Rel Gamma', 'Rel Delta'],
  hcl: (names, options = {}) =>
    names
      .map(
        (name) => `resource "${TYPE}" "${label(name)}" {
  name           = "${name}"${options.label ? `\n  description    = "${options.label}"` : ''}
  cloud_provider = "aws"
  aws            = { authentication_mode = "accessKey" }
  credentials = {
    access_key            = "AKIAEXAMPLEKEY"
    secret_key_wo         = "reliability-secret"
    secret_key_wo_version = 1
  }
}
`,
      )
      .join('\n'),
  resources: (name) => [{ address: `${TYPE}.${label(name)}`, objectName: name }],
  create: { method: 'POST', path: '/v1/cloud-providers/integrations' },
  read: { method: 'GET', path: '/v1/cloud-providers/integrations/:integrationId' },
  // Reads are coalesced: a refresh lists the integrations (src/http/collection.ts).
  refresh: { method: 'GET', path: '/v1/cloud-providers/integrations' },
  objects: (em) => Object.entries(em.state<NorthflankEmulatorState>('northflank').integrations).map(([id, record]) => ({ key: id, name: record.name, record })),
  describedAs: (o) => `"${o.name}" (id ${o.key})`,
  importId: (o) => o.key,
  onLostAnswer: 'retry',
};

reliabilitySuite(profile);
