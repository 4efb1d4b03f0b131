/**
 * The names and attributes that issues 4 (P0) and 5 (Cloudflare, Northflank,
 * Qtangl, Avisi, `cloudbridge_external_id`) call a contract, checked against the
 * declarations the provider serves: every type, argument and computed
 * attribute with its mode and type, sensitive values and their write-only
 * companions, allowed values, defaults, requires-replace, import id formats
 * and timeout defaults. A rename or a dropped flag fails here first.
 */
import type { Attr, Attrs } from '../../src/framework/attributes';
import { Diagnostics } from '../../src/framework/diagnostics';
import { resourceAttributes } from '../../src/framework/schema';
import { createProvider } from '../../src/provider';

const provider = createProvider({});

type Mode = 'required' | 'optional' | 'computed' | 'optional+computed';
interface Shape {
  mode: Mode;
  type: string;
  sensitive: boolean;
  writeOnly: boolean;
  replaces: boolean;
  default?: unknown;
}

function modeOf(a: Attr): Mode {
  const o = a.options;
  if (o.required) return 'required';
  if (o.optional && o.computed) return 'optional+computed';
  return o.optional ? 'optional' : 'computed';
}

function typeOf(a: Attr): string {
  const k = a.kind;
  if (k.type === 'primitive') return k.primitive;
  if (k.type === 'nested') return `nested-${k.nesting}`;
  return `${k.type}(${k.element})`;
}

function shape(a: Attr): Shape {
  const o = a.options;
  return {
    mode: modeOf(a),
    type: typeOf(a),
    sensitive: o.sensitive === true,
    writeOnly: o.writeOnly === true,
    replaces: (o.planModifiers ?? []).some((m) => m.replaces !== undefined),
    ...(o.default !== undefined ? { default: o.default } : {}),
  };
}

function attrsOf(typeName: string): Attrs {
  const r = provider.resources.get(typeName);
  if (r) return resourceAttributes(r.spec);
  const d = provider.dataSources.get(typeName);
  if (!d) throw new Error(`${typeName} is not declared`);
  return d.schema;
}

/** The attribute at a dotted path (`login.identity.type`). */
function attrAt(typeName: string, path: string): Attr {
  let current: Attrs = attrsOf(typeName);
  let found: Attr | undefined;
  for (const step of path.split('.')) {
    found = current[step];
    if (!found) throw new Error(`${typeName} has no attribute ${path}`);
    if (found.kind.type === 'nested') current = found.kind.attributes;
  }
  return found!;
}

/** Whether the attribute's own validators accept the value. */
function accepts(typeName: string, path: string, value: unknown): boolean {
  const diags = new Diagnostics();
  for (const v of attrAt(typeName, path).options.validators ?? []) {
    if (v.kind === 'value') v.validate(value as never, { path: [{ attribute: path }], diags });
  }
  return diags.list().length === 0;
}

const REQ = { mode: 'required' } as const;
const OPT = { mode: 'optional' } as const;
const COMP = { mode: 'computed' } as const;
const REPLACE = { replaces: true } as const;
const SECRET = { mode: 'optional', type: 'string', sensitive: true, writeOnly: false } as const;

/** `name` is sensitive, with `name_wo` (sensitive, write-only) and `name_wo_version` (number) beside it. */
function expectSecretWithCompanions(typeName: string, prefix: string, name: string): void {
  expect(shape(attrAt(typeName, `${prefix}${name}`))).toMatchObject(SECRET);
  expect(shape(attrAt(typeName, `${prefix}${name}_wo`))).toMatchObject({ mode: 'optional', type: 'string', sensitive: true, writeOnly: true });
  expect(shape(attrAt(typeName, `${prefix}${name}_wo_version`))).toMatchObject({ mode: 'optional', type: 'number', writeOnly: false });
}

function importFormat(typeName: string): string {
  return provider.resources.get(typeName)!.spec.importer.format;
}

function timeoutDefaults(typeName: string): unknown {
  return provider.resources.get(typeName)!.spec.timeouts;
}

const P0_COMPONENTS = ['iam_assessment', 'iam_write', 'function_caller', 'access_logs', 'inventory'] as const;

describe('issue 4: P0 Security', () => {
  it('declares the root, a staged and an installed resource per component, and both data sources', () => {
    const resources = ['cloudbridge_p0_aws_integration', ...P0_COMPONENTS.flatMap((c) => [`cloudbridge_p0_aws_${c}_staged`, `cloudbridge_p0_aws_${c}`])];
    for (const r of resources) expect(provider.resources.has(r)).toBe(true);
    expect(provider.dataSources.has('cloudbridge_p0_aws_config')).toBe(true);
    expect(provider.dataSources.has('cloudbridge_p0_aws_base')).toBe(true);
    expect(importFormat('cloudbridge_p0_aws_integration')).toBe('<org_id>');
  });

  it.each(P0_COMPONENTS)('%s: staged and installed arguments, computed attributes, import and timeouts', (c) => {
    const idAttr = c === 'function_caller' ? 'function_arn' : 'account_id';
    const staged = `cloudbridge_p0_aws_${c}_staged`;
    const installed = `cloudbridge_p0_aws_${c}`;
    for (const t of [staged, installed]) {
      expect(shape(attrAt(t, idAttr))).toMatchObject({ ...REQ, ...REPLACE, type: 'string' });
      expect(shape(attrAt(t, 'partition'))).toMatchObject({ mode: 'optional+computed', default: 'aws', ...REPLACE });
      expect(accepts(t, 'partition', 'aws-us-gov')).toBe(true);
      expect(accepts(t, 'partition', 'aws-cn')).toBe(false);
      expect(importFormat(t)).toBe(`<${idAttr}>`);
      expect(shape(attrAt(t, 'state'))).toMatchObject(COMP);
    }
    if (idAttr === 'account_id') {
      expect(accepts(staged, 'account_id', '123456789012')).toBe(true);
      expect(accepts(staged, 'account_id', '12345678901')).toBe(false);
    } else {
      expect(accepts(staged, 'function_arn', 'arn:aws:lambda:us-east-1:123456789012:function:f')).toBe(true);
      expect(accepts(staged, 'function_arn', 'arn:aws:s3:::bucket')).toBe(false);
    }
    expect(shape(attrAt(staged, 'label'))).toMatchObject(OPT);
    for (const computed of ['id', 'service_account_id', 'role', 'role.name', 'role.trust_policy', 'role.inline_policy', 'role.inline_policy_name']) {
      expect(shape(attrAt(staged, computed))).toMatchObject(COMP);
    }
    expect(shape(attrAt(staged, 'role'))).toMatchObject({ type: 'nested-single' });
    expect(shape(attrAt(installed, 'label'))).toMatchObject(COMP);
    expect(timeoutDefaults(installed)).toMatchObject({ create: '5m' });
  });

  it('installed configuration: login for iam_write, access_analyzer_arn, cloud_lake_arn', () => {
    const t = 'cloudbridge_p0_aws_iam_write';
    expect(shape(attrAt(t, 'login'))).toMatchObject({ type: 'nested-single' });
    expect(shape(attrAt(t, 'login.type'))).toMatchObject(REQ);
    for (const v of ['iam', 'idc', 'merged-idc', 'federated']) expect(accepts(t, 'login.type', v)).toBe(true);
    expect(accepts(t, 'login.type', 'saml')).toBe(false);
    expect(shape(attrAt(t, 'login.identity'))).toMatchObject({ ...OPT, type: 'nested-single' });
    for (const v of ['email', 'tag', 'user']) expect(accepts(t, 'login.identity.type', v)).toBe(true);
    expect(accepts(t, 'login.identity.type', 'group')).toBe(false);
    expect(shape(attrAt(t, 'login.identity.tag_name'))).toMatchObject(OPT);
    expect(shape(attrAt(t, 'login.parent'))).toMatchObject(OPT);
    expect(shape(attrAt('cloudbridge_p0_aws_iam_assessment', 'access_analyzer_arn'))).toMatchObject(OPT);
    expect(shape(attrAt('cloudbridge_p0_aws_access_logs', 'cloud_lake_arn'))).toMatchObject(OPT);
  });

  it('data sources: config maps keyed by item id per component; base of one account', () => {
    const config = 'cloudbridge_p0_aws_config';
    for (const c of P0_COMPONENTS) {
      expect(shape(attrAt(config, c))).toMatchObject({ ...COMP, type: 'nested-map' });
      expect(shape(attrAt(config, `${c}.label`))).toMatchObject(COMP);
      expect(shape(attrAt(config, `${c}.state`))).toMatchObject(COMP);
    }
    expect(shape(attrAt(config, 'iam_write.login.identity.type'))).toMatchObject(COMP);
    expect(shape(attrAt(config, 'iam_assessment.access_analyzer_arn'))).toMatchObject(COMP);
    expect(shape(attrAt(config, 'access_logs.cloud_lake_arn'))).toMatchObject(COMP);
    const base = 'cloudbridge_p0_aws_base';
    expect(shape(attrAt(base, 'account_id'))).toMatchObject(REQ);
    expect(shape(attrAt(base, 'service_account_email'))).toMatchObject(COMP);
    expect(shape(attrAt(base, 'service_account_id'))).toMatchObject(COMP);
  });
});

describe('issue 5: Cloudflare Magic Cloud Networking', () => {
  it('cloudbridge_cloudflare_cloud_integration', () => {
    const t = 'cloudbridge_cloudflare_cloud_integration';
    expect(shape(attrAt(t, 'cloud_type'))).toMatchObject({ ...REQ, ...REPLACE });
    for (const v of ['AWS', 'AZURE', 'GOOGLE', 'CLOUDFLARE']) expect(accepts(t, 'cloud_type', v)).toBe(true);
    expect(accepts(t, 'cloud_type', 'aws')).toBe(false);
    expect(shape(attrAt(t, 'friendly_name'))).toMatchObject({ replaces: false });
    expect(shape(attrAt(t, 'description'))).toMatchObject({ replaces: false });
    for (const c of ['id', 'lifecycle_state', 'state', 'last_updated']) expect(shape(attrAt(t, c))).toMatchObject(COMP);
    expect(importFormat(t)).toBe('<account_id>/<integration_id>');
  });

  it('cloudbridge_cloudflare_cloud_integration_setup', () => {
    const t = 'cloudbridge_cloudflare_cloud_integration_setup';
    expect(shape(attrAt(t, 'integration_id'))).toMatchObject(REQ);
    for (const c of ['item_type', 'aws_trust_policy', 'azure_consent_url', 'integration_identity_tag', 'tag_cli_command']) {
      expect(shape(attrAt(t, c))).toMatchObject(COMP);
    }
  });

  it('cloudbridge_cloudflare_cloud_integration_authorization', () => {
    const t = 'cloudbridge_cloudflare_cloud_integration_authorization';
    expect(shape(attrAt(t, 'integration_id'))).toMatchObject(REQ);
    for (const a of ['aws_arn', 'azure_subscription_id', 'azure_tenant_id', 'gcp_project_id', 'gcp_service_account_email']) {
      expect(shape(attrAt(t, a))).toMatchObject({ ...OPT, type: 'string' });
    }
    expect(shape(attrAt(t, 'rediscover_triggers'))).toMatchObject({ ...OPT, type: 'map(string)', replaces: false });
    for (const c of ['state', 'regions', 'last_discovery_status', 'credentials_good_since']) expect(shape(attrAt(t, c))).toMatchObject(COMP);
    expect(timeoutDefaults(t)).toMatchObject({ create: '10m' });
    expect(provider.resources.get(t)!.spec.update).toBeDefined();
  });

  it('cloudbridge_cloudflare_cloud_integrations lists the integrations with their status', () => {
    const t = 'cloudbridge_cloudflare_cloud_integrations';
    expect(shape(attrAt(t, 'integrations'))).toMatchObject({ ...COMP, type: 'nested-list' });
    expect(shape(attrAt(t, 'integrations.state'))).toMatchObject(COMP);
  });
});

describe('issue 5: Northflank', () => {
  const t = 'cloudbridge_northflank_cloud_integration';

  it('arguments, allowed values and requires-replace', () => {
    expect(shape(attrAt(t, 'name'))).toMatchObject({ ...REQ, ...REPLACE });
    expect(accepts(t, 'name', 'ab')).toBe(false);
    expect(accepts(t, 'name', 'Example Integration')).toBe(true);
    expect(accepts(t, 'name', 'a'.repeat(40))).toBe(false);
    expect(shape(attrAt(t, 'description'))).toMatchObject({ mode: 'optional' });
    expect(accepts(t, 'description', 'x'.repeat(201))).toBe(false);
    expect(accepts(t, 'description', 'emoji ✓')).toBe(false);
    expect(shape(attrAt(t, 'cloud_provider'))).toMatchObject({ ...REQ, ...REPLACE });
    for (const v of ['aws', 'azure', 'civo', 'gcp', 'oci', 'byok']) expect(accepts(t, 'cloud_provider', v)).toBe(true);
    expect(accepts(t, 'cloud_provider', 'do')).toBe(false);
    expect(shape(attrAt(t, 'features'))).toMatchObject({ ...OPT, type: 'set(string)' });
    expect(accepts(t, 'features', ['byoc', 'route53'])).toBe(true);
    expect(accepts(t, 'features', ['byoc', 'nope'])).toBe(false);
    expect(shape(attrAt(t, 'aws.authentication_mode'))).toMatchObject({ writeOnly: false });
    for (const a of ['project_id', 'authentication_mode', 'service_account_email']) attrAt(t, `gcp.${a}`);
    expect(shape(attrAt(t, 'id'))).toMatchObject(COMP);
    expect(shape(attrAt(t, 'created_at'))).toMatchObject(COMP);
    expect(importFormat(t)).toBe('<id>');
  });

  it('credentials: the page\'s fields in snake_case; secrets sensitive with write-only companions in the same object', () => {
    const plain = ['access_key', 'role_arn', 'tenant_id', 'client_id', 'object_id', 'subscription_id', 'region', 'tenancy_id', 'user_id', 'fingerprint', 'compartment_id'];
    const secrets = ['secret_key', 'external_id', 'key_file_json', 'api_key', 'secret', 'private_key', 'passphrase'];
    for (const p of plain) expect(shape(attrAt(t, `credentials.${p}`))).toMatchObject({ ...OPT, sensitive: false });
    for (const s of secrets) expectSecretWithCompanions(t, 'credentials.', s);
  });
});

describe('issue 5: Qtangl', () => {
  const t = 'cloudbridge_qtangl_cloud_integration';

  it('arguments, secrets with write-only companions, status, import by provider name', () => {
    expect(shape(attrAt(t, 'cloud_provider'))).toMatchObject({ ...REQ, ...REPLACE });
    for (const v of ['aws', 'azure', 'gcp', 'kubernetes']) expect(accepts(t, 'cloud_provider', v)).toBe(true);
    expect(accepts(t, 'cloud_provider', 'oci')).toBe(false);
    for (const p of ['region', 'role_arn', 'vault_name', 'tenant_id', 'client_id', 'project_id', 'namespace', 'context']) {
      expect(shape(attrAt(t, p))).toMatchObject({ ...OPT, sensitive: false });
    }
    for (const s of ['external_id', 'client_secret', 'credentials_json', 'kubeconfig_json']) expectSecretWithCompanions(t, '', s);
    expect(shape(attrAt(t, 'test_on_apply'))).toMatchObject({ type: 'bool', replaces: false });
    expect(shape(attrAt(t, 'status'))).toMatchObject(COMP);
    expect(importFormat(t)).toBe('<cloud_provider>');
    expect(provider.dataSources.has('cloudbridge_qtangl_cloud_integrations')).toBe(true);
  });
});

describe('issue 5: Avisi Cloud', () => {
  it('cloudbridge_avisi_cloud_account', () => {
    const t = 'cloudbridge_avisi_cloud_account';
    expect(shape(attrAt(t, 'cloud_profile'))).toMatchObject({ ...REQ, ...REPLACE });
    expect(shape(attrAt(t, 'display_name'))).toMatchObject({ ...REQ, replaces: false });
    expect(accepts(t, 'display_name', 'ab')).toBe(false);
    expect(accepts(t, 'display_name', 'abc')).toBe(true);
    expect(accepts(t, 'display_name', 'a'.repeat(65))).toBe(false);
    expect(shape(attrAt(t, 'enabled'))).toMatchObject({ type: 'bool', replaces: false });
    expect(shape(attrAt(t, 'metadata'))).toMatchObject({ type: 'map(string)' });
    for (const c of ['identity', 'primary_cloud_credentials_identity', 'cloud_provider']) expect(shape(attrAt(t, c))).toMatchObject(COMP);
  });

  it('cloudbridge_avisi_cloud_credentials', () => {
    const t = 'cloudbridge_avisi_cloud_credentials';
    expect(shape(attrAt(t, 'cloud_account_identity'))).toMatchObject({ ...REQ, ...REPLACE });
    expect(shape(attrAt(t, 'cloud_type'))).toMatchObject({ ...REQ, ...REPLACE });
    for (const v of ['aws', 'azure', 'digitalocean', 'dummy', 'hetzner', 'openstack', 'vsphere']) expect(accepts(t, 'cloud_type', v)).toBe(true);
    expect(accepts(t, 'cloud_type', 'gcp')).toBe(false);
    attrAt(t, 'display_name');
    expect(shape(attrAt(t, 'metadata'))).toMatchObject({ type: 'map(string)' });
    // No update in the API: a credential change replaces the resource.
    expect(shape(attrAt(t, 'credentials'))).toMatchObject({ ...OPT, type: 'nested-single', ...REPLACE });
    for (const p of ['access_key_id', 'client_id', 'subscription_id', 'tenant_id', 'credential_id', 'username', 'provision_username']) {
      expect(shape(attrAt(t, `credentials.${p}`))).toMatchObject({ ...OPT, sensitive: false });
    }
    for (const s of ['access_key_secret', 'client_secret', 'api_key', 'api_token', 'credential_secret', 'password', 'provision_password']) {
      expectSecretWithCompanions(t, 'credentials.', s);
    }
    for (const c of ['identity', 'is_primary', 'created_at']) expect(shape(attrAt(t, c))).toMatchObject(COMP);
  });

  it('cloudbridge_avisi_primary_cloud_credentials and the data sources', () => {
    const t = 'cloudbridge_avisi_primary_cloud_credentials';
    expect(shape(attrAt(t, 'cloud_account_identity'))).toMatchObject(REQ);
    expect(shape(attrAt(t, 'credentials_identity'))).toMatchObject({ ...REQ, replaces: false });
    expect(shape(attrAt('cloudbridge_avisi_cloud_accounts', 'display_name'))).toMatchObject(OPT);
    expect(shape(attrAt('cloudbridge_avisi_cloud_accounts', 'cloud_provider_slug'))).toMatchObject(OPT);
    expect(provider.dataSources.has('cloudbridge_avisi_cloud_account_clusters')).toBe(true);
    expect(provider.dataSources.has('cloudbridge_avisi_cloud_credentials_list')).toBe(true);
  });
});

describe('shared and DESIGN.md rules', () => {
  it('cloudbridge_external_id has keepers and a stable result', () => {
    const t = 'cloudbridge_external_id';
    expect(shape(attrAt(t, 'keepers'))).toMatchObject({ ...OPT, type: 'map(string)', ...REPLACE });
    expect(shape(attrAt(t, 'result'))).toMatchObject(COMP);
  });

  it('every type is cloudbridge_<vendor>_… (or the neutral helper) and every resource documents an import id', () => {
    for (const name of [...provider.resources.keys(), ...provider.dataSources.keys()]) {
      expect(name).toMatch(/^cloudbridge_((p0|cloudflare|northflank|avisi|qtangl)_[a-z0-9_]+|external_id)$/);
    }
    for (const r of provider.resources.values()) expect(r.spec.importer.format).toMatch(/^<.+>$/);
  });

  it('no attribute is called provider; every sensitive argument has its write-only companion pair', () => {
    const walk = (typeName: string, attrs: Attrs, prefix: string): void => {
      for (const [name, a] of Object.entries(attrs)) {
        expect(name).not.toBe('provider');
        const o = a.options;
        if (o.sensitive && !o.writeOnly && (o.optional || o.required)) {
          expect([typeName, `${prefix}${name}_wo`, attrs[`${name}_wo`]?.options.writeOnly]).toEqual([typeName, `${prefix}${name}_wo`, true]);
          expect(attrs[`${name}_wo_version`]).toBeDefined();
        }
        if (a.kind.type === 'nested') walk(typeName, a.kind.attributes, `${prefix}${name}.`);
      }
    };
    for (const [name, r] of provider.resources) walk(name, resourceAttributes(r.spec), '');
  });

  it('the provider block has one optional block per vendor with sensitive tokens', () => {
    const blocks = Object.fromEntries((provider.getProviderSchema().provider.block.blockTypes ?? []).map((b) => [b.typeName, b.block.attributes ?? []]));
    // Every block also has the shared retry and pacing settings (the data-safety issue).
    const shared = ['base_url', 'max_retries', 'requests_per_minute'];
    const expected: Record<string, string[]> = {
      p0: [...shared, 'api_token', 'org_id'],
      cloudflare: [...shared, 'api_token', 'account_id'],
      northflank: [...shared, 'api_token'],
      avisi: [...shared, 'api_token', 'organisation'],
      qtangl: [...shared, 'api_key'],
    };
    expect(Object.keys(blocks).sort()).toEqual(Object.keys(expected).sort());
    for (const [vendor, names] of Object.entries(expected)) {
      const attrs = blocks[vendor]!;
      expect(attrs.map((a) => a.name).sort()).toEqual([...names].sort());
      for (const a of attrs) expect([vendor, a.name, a.sensitive === true]).toEqual([vendor, a.name, a.name === 'api_token' || a.name === 'api_key']);
    }
  });
});
