/**
 * Plan-time validation of `cloudbridge_avisi_cloud_credentials`: the fields in
 * `credentials` must be those of `cloud_type`, reported at their attribute path.
 */
import { Diagnostics, formatPath } from '../../src/framework/diagnostics';
import { UNKNOWN } from '../../src/protocol/values';
import { CREDENTIAL_ATTRIBUTE_NAMES, validateCredentials } from '../../src/vendors/avisi/cloud-credentials';
import { ALL_CREDENTIAL_FIELDS } from '../../src/vendors/avisi/model';
import { generateExternalId } from '../../src/vendors/shared/external-id';

type Config = Parameters<typeof validateCredentials>[0];

function check(cloudType: string, credentials: Record<string, unknown> | null | typeof UNKNOWN): string[] {
  const diags = new Diagnostics();
  const config = { cloud_account_identity: null, cloud_type: cloudType, display_name: 'x', metadata: null, credentials } as unknown as Config;
  validateCredentials(config, diags);
  return diags.list().map((d) => `${d.attribute ? formatPath(d.attribute) : '-'}: ${d.detail ?? d.summary}`);
}

it('declares a plain, a _wo and a _wo_version attribute for every credential field of the model', () => {
  const expected = ALL_CREDENTIAL_FIELDS.flatMap((f) => (f.secret ? [f.attribute, `${f.attribute}_wo`, `${f.attribute}_wo_version`] : [f.attribute]));
  expect([...CREDENTIAL_ATTRIBUTE_NAMES].sort()).toEqual([...expected].sort());
});

it('accepts each type with its own fields, secrets given directly or write-only', () => {
  expect(check('aws', { access_key_id: 'AKIA', access_key_secret_wo: 's', access_key_secret_wo_version: 1 })).toEqual([]);
  expect(check('azure', { client_id: 'c', client_secret: 's', subscription_id: 'sub', tenant_id: 't' })).toEqual([]);
  expect(check('hetzner', { api_token_wo: 't' })).toEqual([]);
  expect(check('vsphere', { username: 'u', password_wo: 'p' })).toEqual([]);
  expect(check('dummy', null)).toEqual([]);
});

it('rejects fields of another type at their path', () => {
  expect(check('aws', { access_key_id: 'AKIA', access_key_secret: 's', client_secret: 'x' })).toEqual([
    'credentials.client_secret: `credentials.client_secret` does not apply when `cloud_type` is "aws"; it takes `access_key_id`, `access_key_secret`.',
  ]);
  expect(check('dummy', { api_key: 'k' })).toEqual(['credentials.api_key: `credentials.api_key` does not apply: dummy credentials take no fields.']);
});

it('requires every required field, and forbids a secret together with its _wo', () => {
  expect(check('azure', { client_id: 'c', client_secret: 's', tenant_id: 't' })).toEqual([
    'credentials.subscription_id: `credentials.subscription_id` is required when `cloud_type` is "azure".',
  ]);
  expect(check('digitalocean', { api_key: 'a', api_key_wo: 'b' })).toEqual(['credentials.api_key_wo: Set only one of `credentials.api_key` and `credentials.api_key_wo`.']);
  expect(check('openstack', null)).toEqual(['credentials: `credentials` is required when `cloud_type` is "openstack": set `credential_id`, `credential_secret`.']);
});

it('waits while values are unknown', () => {
  expect(check('aws', UNKNOWN)).toEqual([]);
});

it('generates external ids of the asked length from lower-case letters and digits, never the same twice', () => {
  const ids = new Set(Array.from({ length: 200 }, () => generateExternalId(32)));
  expect(ids.size).toBe(200);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]{32}$/);
  expect(generateExternalId(16)).toHaveLength(16);
});
