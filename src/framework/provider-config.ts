/**
 * The provider's configuration: one optional block per vendor module, each
 * setting falling back to an environment variable, then to the module's default.
 * The framework adds the settings every vendor shares (`base_url`); the
 * module declares the rest. No vendor is named here.
 *
 * Environment variables follow one scheme: `CLOUDBRIDGE_<BLOCK>_<ATTRIBUTE>`
 * in upper case, e.g. `CLOUDBRIDGE_P0_API_TOKEN`, `CLOUDBRIDGE_QTANGL_API_KEY`.
 */
import { attrs, num, str, type Attrs, type StateObject } from './attributes';
import { between, matches } from './validators';

/** Retries of a failed call when the block does not set `max_retries`: enough that a documented rate limit never fails an apply. */
export const DEFAULT_MAX_RETRIES = 15;

/** A vendor's provider block, as its module declares it. */
export interface VendorBlock<A extends Attrs = Attrs> {
  /** The block's name, also the environment prefix: `p0` → `p0 { … }`, `CLOUDBRIDGE_P0_*`. */
  readonly name: string;
  /** For docs and messages: `P0 Security`. */
  readonly title: string;
  /** The vendor's public API. */
  readonly defaultBaseUrl: string;
  /** The vendor's own settings; the shared ones (`base_url`, `max_retries`, `requests_per_minute`) are added by the framework. */
  readonly attributes: A;
  /** The vendor's documented rate limit, as requests per minute per credential: the default of `requests_per_minute`. Omit it when none is documented (no pacing). */
  readonly requestsPerMinute?: number;
  /** Where the documented limit is written, for the docs. */
  readonly rateLimitSource?: string;
  /** HCL of this block for the provider docs' example, e.g. `p0 {\n  org_id = "my-org"\n}`. */
  readonly example: string;
}

const BLOCK_NAME = /^[a-z][a-z0-9]*$/;

/** The shared settings of every vendor block. */
function sharedAttributes(block: VendorBlock) {
  const rpm = block.requestsPerMinute;
  return attrs({
    base_url: str({
      optional: true,
      description: `Base URL of the ${block.title} API. Default \`${block.defaultBaseUrl}\`; set it to point at a proxy or at \`cloudbridge emulate\`.`,
      validators: [matches(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL')],
    }),
    max_retries: num({
      optional: true,
      description: `How many times a failed call is retried (429, 502, 503, 504, broken connections; a \`Retry-After\` is honoured while it fits in the operation's timeout). Default ${DEFAULT_MAX_RETRIES}.`,
      validators: [between(0, 100)],
    }),
    requests_per_minute: num({
      optional: true,
      description:
        rpm !== undefined
          ? `Pace calls to ${block.title} to this many per minute, shared by every resource in the provider process. Default ${rpm}, the documented limit${block.rateLimitSource ? ` (${block.rateLimitSource})` : ''}; 0 turns pacing off.`
          : `Pace calls to ${block.title} to this many per minute, shared by every resource in the provider process. ${block.title} documents no limit, so the default is 0: no pacing.`,
      validators: [between(0, 100_000)],
    }),
  });
}

/** Every attribute of the block: the shared ones, then the vendor's own. */
export function blockAttributes(block: VendorBlock): Attrs {
  if (!BLOCK_NAME.test(block.name)) throw new Error(`vendor block name ${JSON.stringify(block.name)} must match ${BLOCK_NAME}`);
  return { ...sharedAttributes(block), ...block.attributes };
}

/** The shared settings, resolved: always set. */
export interface SharedSettings {
  readonly base_url: string;
  readonly max_retries: number;
  /** 0: no pacing. */
  readonly requests_per_minute: number;
}

/**
 * A vendor's resolved settings: configuration, else environment, else default.
 * The shared ones are always set; the vendor's own are null when set nowhere.
 */
export type VendorSettings<A extends Attrs = Attrs> = StateObject<A> & SharedSettings;

/** A setting in the environment that is not what its attribute takes. */
export class InvalidSettingError extends Error {
  constructor(block: Pick<VendorBlock, 'name' | 'title'>, attribute: string, why: string) {
    super(`The environment variable ${envVarName(block.name, attribute)} ${why}.`);
    this.name = 'InvalidSettingError';
  }
}

export function envVarName(blockName: string, attribute: string): string {
  return `CLOUDBRIDGE_${blockName.toUpperCase()}_${attribute.toUpperCase()}`;
}

/** Raised by `need()` in a client factory; becomes a diagnostic naming the setting and its env var. */
export class MissingSettingError extends Error {
  constructor(
    readonly block: Pick<VendorBlock, 'name' | 'title'>,
    readonly attribute: string,
  ) {
    super(
      `The ${block.title} setting "${attribute}" is not set. Set it in the provider configuration ` +
        `(provider "cloudbridge" { ${block.name} { ${attribute} = ... } }) or in the environment variable ${envVarName(block.name, attribute)}.`,
    );
    this.name = 'MissingSettingError';
  }
}

/** Resolves one vendor's block (a configured object or null) against the environment and defaults. */
export function resolveVendorSettings(block: VendorBlock, configured: unknown, env: NodeJS.ProcessEnv): Readonly<Record<string, string | number | null>> & SharedSettings {
  const given = new Map(typeof configured === 'object' && configured !== null ? Object.entries(configured) : []);
  const fromEnv = (name: string): string | undefined => {
    const v = env[envVarName(block.name, name)];
    return v === undefined || v === '' ? undefined : v;
  };
  const out: Record<string, string | null> = {};
  for (const name of Object.keys(block.attributes)) {
    const v = given.get(name);
    out[name] = typeof v === 'string' && v !== '' ? v : (fromEnv(name) ?? null);
  }
  const number = (name: string, fallback: number, max: number): number => {
    const v = given.get(name);
    if (typeof v === 'number') return v;
    const text = fromEnv(name);
    if (text === undefined) return fallback;
    if (!/^\d+$/.test(text) || Number(text) > max) throw new InvalidSettingError(block, name, `must be a whole number from 0 to ${max}, got ${JSON.stringify(text)}`);
    return Number(text);
  };
  const url = given.get('base_url');
  return {
    ...out,
    base_url: (typeof url === 'string' && url !== '' ? url : (fromEnv('base_url') ?? block.defaultBaseUrl)).replace(/\/+$/, ''),
    max_retries: number('max_retries', DEFAULT_MAX_RETRIES, 100),
    requests_per_minute: number('requests_per_minute', block.requestsPerMinute ?? 0, 100_000),
  };
}
