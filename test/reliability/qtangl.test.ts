/**
 * Qtangl through the reliability scenarios (scenarios.ts): the tenant's rows,
 * one per provider, written by an upsert and never deleted (Qtangl has no
 * delete), so a row outlives the destroy of the state that made it.
 */
import type { QtanglEmulatorState } from '../../src/vendors/qtangl/emulator';
import { reliabilitySuite } from './scenarios';
import type { RemoteObject, VendorProfile } from './support';

const TYPE = 'cloudbridge_qtangl_cloud_integration';

function settings(provider: string, label: string | undefined): string {
  switch (provider) {
    case 'kubernetes':
      return `kubeconfig_json = "{}"${label ? `\n  namespace       = "${label}"` : ''}`;
    case 'gcp':
      return 'project_id       = "reliability-1"\n  credentials_json = "{}"';
    case 'aws':
      return 'role_arn = "arn:aws:iam::123456789012:role/qtangl-reliability"';
    case 'azure':
      return 'tenant_id     = "tenant-1"\n  client_id     = "client-1"\n  client_secret = "reliability-secret"';
    default:
      throw new Error(`no settings for ${provider}`);
  }
}

const profile: VendorProfile = {
  vendor: 'qtangl',
  title: 'Qtangl',
  names: ['kubernetes', 'gcp', 'aws', 'azure'],
  hcl: (providers, options = {}) =>
    providers
      .map(
        (provider) => `resource "${TYPE}" "${provider}" {
  cloud_provider  = "${provider}"
  ${settings(provider, options.label)}
}
`,
      )
      .join('\n'),
  resources: (provider) => [{ address: `${TYPE}.${provider}`, objectName: provider }],
  create: { method: 'POST', path: '/tenant/integrations/cloud/:provider' },
  read: { method: 'GET', path: '/tenant/integrations/cloud' },
  refresh: { method: 'GET', path: '/tenant/integrations/cloud' },
  objects: (em) =>
    Object.entries(em.state<QtanglEmulatorState>('qtangl').rows)
      .filter((entry): entry is [string, NonNullable<(typeof entry)[1]>] => entry[1] !== undefined)
      .map(([provider, record]): RemoteObject => ({ key: provider, name: provider, record })),
  describedAs: (o) => `for ${o.key}`,
  importId: (o) => o.key,
  keepsDestroyed: true,
  onLostAnswer: 'repeat',
};

reliabilitySuite(profile);
