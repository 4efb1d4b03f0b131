/**
 * The provider's configuration: one optional block per vendor module, each
 * setting falling back to an environment variable, then to the module's default.
 * The framework adds the settings every vendor shares (`base_url`); the
 * module declares the rest. No vendor is named here.
 *
 * Environment variables follow one scheme: `CLOUDBRIDGE_<BLOCK>_<ATTRIBUTE>`
 * in upper case, e.g. `CLOUDBRIDGE_P0_API_TOKEN`, `CLOUDBRIDGE_QTANGL_API_KEY`.
 */
import { attrs, str, type Attrs, type StateObject } from './attributes';
import { matches } from './validators';

/** A vendor's provider block, as its module declares it. */
export interface VendorBlock<A extends Attrs = Attrs> {
  /** The block's name, also the environment prefix: `p0` → `p0 { … }`, `CLOUDBRIDGE_P0_*`. */
  readonly name: string;
  /** For docs and messages: `P0 Security`. */
  readonly title: string;
  /** The vendor's public API. */
  readonly defaultBaseUrl: string;
  /** The vendor's own settings; the shared ones (`base_url`) are added by the framework. */
  readonly attributes: A;
  /** HCL of this block for the provider docs' example, e.g. `p0 {\n  org_id = "my-org"\n}`. */
  readonly example: string;
}

const BLOCK_NAME = /^[a-z][a-z0-9]*$/;

/** The shared settings of every vendor block. */
function sharedAttributes(block: VendorBlock) {
  return attrs({
    base_url: str({
      optional: true,
      description: `Base URL of the ${block.title} API. Default \`${block.defaultBaseUrl}\`; set it to point at a proxy or at \`cloudbridge emulate\`.`,
      validators: [matches(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL')],
    }),
  });
}

/** Every attribute of the block: the shared ones, then the vendor's own. */
export function blockAttributes(block: VendorBlock): Attrs {
  if (!BLOCK_NAME.test(block.name)) throw new Error(`vendor block name ${JSON.stringify(block.name)} must match ${BLOCK_NAME}`);
  return { ...sharedAttributes(block), ...block.attributes };
}

/**
 * A vendor's resolved settings: configuration, else environment, else default.
 * `base_url` is always set; the others are null when set nowhere.
 */
export type VendorSettings<A extends Attrs = Attrs> = StateObject<A> & { readonly base_url: string };

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
export function resolveVendorSettings(block: VendorBlock, configured: unknown, env: NodeJS.ProcessEnv): Readonly<Record<string, string | null>> & { readonly base_url: string } {
  const values = typeof configured === 'object' && configured !== null ? Object.entries(configured) : [];
  const given = new Map(values);
  const out: Record<string, string | null> = {};
  for (const name of Object.keys(blockAttributes(block))) {
    const v = given.get(name);
    const fromEnv = env[envVarName(block.name, name)];
    out[name] = typeof v === 'string' && v !== '' ? v : fromEnv !== undefined && fromEnv !== '' ? fromEnv : null;
  }
  return { ...out, base_url: (out['base_url'] ?? block.defaultBaseUrl).replace(/\/+$/, '') };
}
