/**
 * The provider's configuration: one optional block per vendor, each setting
 * falling back to an environment variable, then to the vendor's default.
 *
 * Environment variables follow one scheme: `CLOUDBRIDGE_<VENDOR>_<ATTRIBUTE>`
 * in upper case, e.g. `CLOUDBRIDGE_P0_API_TOKEN`, `CLOUDBRIDGE_QTANGL_API_KEY`.
 */
import { attrs, str, type Attrs, type StateObject } from './attributes';
import { matches } from './validators';

const baseUrl = (vendor: string, fallback: string) =>
  str({
    optional: true,
    description: `Base URL of the ${vendor} API. Default \`${fallback}\`; set it to point at a proxy or at \`cloudbridge emulate\`.`,
    validators: [matches(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL')],
  });
const secret = (what: string) => str({ optional: true, sensitive: true, description: what });

export const vendorBlocks = {
  p0: {
    title: 'P0 Security',
    defaultBaseUrl: 'https://api.p0.app',
    attributes: attrs({
      base_url: baseUrl('P0 Security', 'https://api.p0.app'),
      api_token: secret('P0 API token (Bearer).'),
      org_id: str({ optional: true, description: 'P0 organization id (the `{orgId}` in API paths).' }),
    }),
  },
  cloudflare: {
    title: 'Cloudflare',
    defaultBaseUrl: 'https://api.cloudflare.com/client/v4',
    attributes: attrs({
      base_url: baseUrl('Cloudflare', 'https://api.cloudflare.com/client/v4'),
      api_token: secret('Cloudflare API token with Magic Cloud Networking permissions.'),
      account_id: str({ optional: true, description: 'Cloudflare account id.' }),
    }),
  },
  northflank: {
    title: 'Northflank',
    defaultBaseUrl: 'https://api.northflank.com',
    attributes: attrs({
      base_url: baseUrl('Northflank', 'https://api.northflank.com'),
      api_token: secret('Northflank API token.'),
    }),
  },
  avisi: {
    title: 'Avisi Cloud',
    defaultBaseUrl: 'https://api.avisi.cloud',
    attributes: attrs({
      base_url: baseUrl('Avisi Cloud', 'https://api.avisi.cloud'),
      api_token: secret('Avisi Cloud personal access token.'),
      organisation: str({ optional: true, description: 'Avisi Cloud organisation slug.' }),
    }),
  },
  qtangl: {
    title: 'Qtangl',
    defaultBaseUrl: 'https://sparkling-vibrancy-production-1a7a.up.railway.app',
    attributes: attrs({
      base_url: baseUrl('Qtangl', 'https://sparkling-vibrancy-production-1a7a.up.railway.app'),
      api_key: secret('Qtangl API key; writes need the `operator` or `admin` role.'),
    }),
  },
} as const satisfies Record<string, { title: string; defaultBaseUrl: string; attributes: Attrs }>;

export type VendorName = keyof typeof vendorBlocks;
export const VENDOR_NAMES = Object.keys(vendorBlocks) as VendorName[];

/**
 * A vendor's resolved settings: configuration, else environment, else default.
 * `base_url` is always set; the others are null when set nowhere.
 */
export type VendorSettings<V extends VendorName> = StateObject<(typeof vendorBlocks)[V]['attributes']> & { readonly base_url: string };

export function envVarName(vendor: VendorName, attribute: string): string {
  return `CLOUDBRIDGE_${vendor.toUpperCase()}_${attribute.toUpperCase()}`;
}

/** Raised by `need()` in a client factory; becomes a diagnostic naming the setting and its env var. */
export class MissingSettingError extends Error {
  constructor(
    readonly vendor: VendorName,
    readonly attribute: string,
  ) {
    super(
      `The ${vendorBlocks[vendor].title} setting "${attribute}" is not set. Set it in the provider configuration ` +
        `(provider "cloudbridge" { ${vendor} { ${attribute} = ... } }) or in the environment variable ${envVarName(vendor, attribute)}.`,
    );
    this.name = 'MissingSettingError';
  }
}

/** Resolves one vendor's block (a CtyValue object or null) against the environment and defaults. */
export function resolveVendorSettings<V extends VendorName>(vendor: V, block: unknown, env: NodeJS.ProcessEnv): VendorSettings<V> {
  const def = vendorBlocks[vendor];
  const configured = typeof block === 'object' && block !== null ? (block as Record<string, unknown>) : {};
  const out: Record<string, string | null> = {};
  for (const name of Object.keys(def.attributes)) {
    const v = configured[name];
    const fromEnv = env[envVarName(vendor, name)];
    out[name] = typeof v === 'string' && v !== '' ? v : fromEnv !== undefined && fromEnv !== '' ? fromEnv : null;
  }
  out.base_url = (out.base_url ?? def.defaultBaseUrl).replace(/\/+$/, '');
  return out as unknown as VendorSettings<V>;
}
