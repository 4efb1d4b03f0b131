/**
 * Avisi Cloud through real terraform (issue 5): the example (cloud account, an
 * IAM user + access key in the emulated AWS via hashicorp/aws 5.100.0, that key
 * handed over write-only, made primary), an in-place update, a replace, import,
 * drift, destroy; write-only secrets kept out of state, show -json and
 * TF_LOG=trace; credentials that do not match cloud_type refused before any API call.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, Workspace, type TfResult, expectOk, plannedActions, applySaved } from './harness';
import { emulatorEnv, withEmulator } from '../support/emulator';
import { AvisiClient } from '../../src/vendors/avisi/client';
import type { AvisiEmulatorState } from '../../src/vendors/avisi/emulator';
import type { AwsEmulatorState } from '../../src/emulator/aws/state';

const em = withEmulator();
/** The resources wired by hand (examples/hcl/avisi calls modules/ instead, tested in test/modules). */
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'test', 'acceptance', 'fixtures', 'avisi.tf'), 'utf8');
const ACCOUNT = 'cloudbridge_avisi_cloud_account.aws';
const CREDENTIALS = 'cloudbridge_avisi_cloud_credentials.aws';
const PRIMARY = 'cloudbridge_avisi_primary_cloud_credentials.aws';

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { ...emulatorEnv(em), ...extra };
}

function client(): AvisiClient {
  return new AvisiClient({ baseUrl: em.endpoints.avisi, apiToken: em.tokens.avisi, organisation: em.ids.avisi_organisation, userAgent: 'cloudbridge-acceptance' });
}

/** The emulator's Avisi state, through the admin route. */
async function avisiState(): Promise<AvisiEmulatorState> {
  const res = await fetch(`${em.url}/_emulator/state/avisi`);
  expect(res.status).toBe(200);
  return (await res.json()) as AvisiEmulatorState;
}

/** Avisi requests per `METHOD /route`, through the admin route. */
async function avisiRequests(): Promise<Record<string, number>> {
  const res = await fetch(`${em.url}/_emulator/requests`);
  return ((await res.json()) as Record<string, Record<string, number>>)['avisi'] ?? {};
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
/** Requests that change something at Avisi (anything but GET). */
const writes = (counts: Record<string, number>) => total(Object.fromEntries(Object.entries(counts).filter(([route]) => !route.startsWith('GET '))));

const cleanPlan = async (ws: Workspace, extraArgs: string[] = []) => (await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode', ...extraArgs])).code;

describe('fixtures/avisi.tf', () => {
  let ws: Workspace;
  /** The IAM access key id hashicorp/aws created (what Avisi must have received). */
  let accessKeyId: string;

  beforeAll(async () => {
    await em.reset();
    ws = await Workspace.create({ files: { 'main.tf': EXAMPLE }, env: env() });
    await ws.init();
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  it('applies (IAM user and key in the emulated AWS, key handed to Avisi, made primary) and a second plan is clean', async () => {
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']));
    const state = await avisiState();
    expect(state.accounts).toHaveLength(1);
    const account = state.accounts[0]!;
    expect(account).toMatchObject({ cloudProfile: 'aws', displayName: 'Production AWS', enabled: true, metadata: { 'managed-by': 'terraform' } });
    expect(state.credentials).toHaveLength(1);
    const credentials = state.credentials[0]!;
    expect(credentials).toMatchObject({ cloudAccountIdentity: account.identity, cloudType: 'aws', displayName: 'terraform-managed access key' });
    accessKeyId = credentials.publicFields['accessKeyId']!;
    expect(accessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
    expect(account.primaryCloudCredentialsIdentity).toBe(credentials.identity);
    expect(Object.keys(em.state<AwsEmulatorState>('aws').accounts['123456789012']!.users)).toHaveLength(1);

    // Straight from terraform.tfstate (no terraform run needed).
    const tfstate = JSON.parse(ws.stateFile()) as { resources: { mode: string; type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[] };
    const attributes = (address: string) => tfstate.resources.find((r) => r.mode === 'managed' && `${r.type}.${r.name}` === address)!.instances[0]!.attributes;
    expect(attributes('aws_iam_access_key.avisi')['id']).toBe(accessKeyId);
    expect(attributes(CREDENTIALS)).toMatchObject({
      identity: credentials.identity,
      is_primary: true,
      credentials: { access_key_id: accessKeyId, access_key_secret: null, access_key_secret_wo: null, access_key_secret_wo_version: 1 },
    });
    const outputs = JSON.parse((await ws.tf(['output', '-json'])).stdout) as Record<string, { value: unknown }>;
    expect(outputs['cloud_account_identity']!.value).toBe(account.identity);
    expect(outputs['primary_credentials_identity']!.value).toBe(credentials.identity);
    expect(await cleanPlan(ws)).toBe(0);
  });

  it('renames the account in place and, in the same plan, a new key version replaces the credentials', async () => {
    const before = await avisiState();
    const vars = ['-var', 'display_name=Production AWS (EU)', '-var', 'key_version=2'];
    expect(await plannedActions(ws, vars)).toEqual({
      [ACCOUNT]: 'update',
      [CREDENTIALS]: 'replace',
      // The new credentials' identity is known only after apply.
      [PRIMARY]: 'update',
    });
    await applySaved(ws);
    const state = await avisiState();
    // The account was updated, not replaced.
    expect(state.accounts.map((a) => [a.identity, a.displayName])).toEqual([[before.accounts[0]!.identity, 'Production AWS (EU)']]);
    expect(state.credentials).toHaveLength(1);
    const replaced = state.credentials[0]!;
    expect(replaced.identity).not.toBe(before.credentials[0]!.identity);
    expect(replaced.publicFields).toEqual({ accessKeyId });
    expect(state.accounts[0]!.primaryCloudCredentialsIdentity).toBe(replaced.identity);
    expect(await cleanPlan(ws, vars)).toBe(0);
  });

  it('imports the account, the credentials and the primary; the only change after is recording the credentials, with no API write', async () => {
    const vars = ['-var', 'display_name=Production AWS (EU)', '-var', 'key_version=2'];
    const state = await avisiState();
    const account = state.accounts[0]!.identity;
    const credentials = state.credentials[0]!.identity;
    expectOk(await ws.tf(['state', 'rm', '-no-color', ACCOUNT, CREDENTIALS, PRIMARY]));
    ws.write(
      'imports.tf',
      [
        [ACCOUNT, account],
        [CREDENTIALS, `${account}/${credentials}`],
        [PRIMARY, account],
      ]
        .map(([to, id]) => `import {\n  to = ${to}\n  id = "${id}"\n}\n`)
        .join('\n'),
    );
    // Avisi never returns credential fields, so the imported state has no `credentials`: the
    // configured ones are recorded by one in-place update (documented in the resource's Import section).
    expect(await plannedActions(ws, vars)).toEqual({
      [ACCOUNT]: 'import',
      [CREDENTIALS]: 'import+update',
      [PRIMARY]: 'import',
    });
    const writesBefore = writes(await avisiRequests());
    await applySaved(ws);
    expect(writes(await avisiRequests())).toBe(writesBefore);
    expect(await avisiState()).toEqual(state);
    fs.rmSync(path.join(ws.dir, 'imports.tf'));
    expect(await cleanPlan(ws, vars)).toBe(0);
  });

  it('shows credentials deleted out of band as drift: they are created again and made primary', async () => {
    const vars = ['-var', 'display_name=Production AWS (EU)', '-var', 'key_version=2'];
    const before = await avisiState();
    await client().deleteCloudCredentials(before.accounts[0]!.identity, before.credentials[0]!.identity);
    expect(await plannedActions(ws, vars)).toEqual({
      [CREDENTIALS]: 'create',
      // The account has no primary credentials any more: the primary resource is gone too.
      [PRIMARY]: 'create',
    });
    await applySaved(ws);
    const state = await avisiState();
    expect(state.credentials).toHaveLength(1);
    expect(state.credentials[0]!.publicFields).toEqual({ accessKeyId });
    expect(state.accounts[0]!.primaryCloudCredentialsIdentity).toBe(state.credentials[0]!.identity);
  });

  it('shows other credentials made primary out of band as drift, and sets ours back', async () => {
    const vars = ['-var', 'display_name=Production AWS (EU)', '-var', 'key_version=2'];
    const before = await avisiState();
    const account = before.accounts[0]!.identity;
    const ours = before.credentials[0]!.identity;
    const other = await client().createCloudCredentials(account, 'aws', {
      displayName: 'made primary by hand',
      credentials: { accessKeyId: 'AKIAOUTOFBAND0000000', accessKeySecret: 'out-of-band-secret' },
    });
    await client().setPrimaryCloudCredentials(account, other.identity);
    expect(await plannedActions(ws, vars)).toEqual({ [PRIMARY]: 'update' });
    await applySaved(ws);
    expect((await avisiState()).accounts[0]!.primaryCloudCredentialsIdentity).toBe(ours);
    // Not Terraform's: remove it, so that the destroy below is judged on what Terraform made.
    await client().deleteCloudCredentials(account, other.identity);
  });

  it('destroy leaves nothing behind', async () => {
    const vars = ['-var', 'display_name=Production AWS (EU)', '-var', 'key_version=2'];
    expectOk(await ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color', ...vars]));
    const state = await avisiState();
    expect(state.accounts).toEqual([]);
    expect(state.credentials).toEqual([]);
    expect(await client().listCloudAccounts()).toEqual([]);
    const aws = em.state<AwsEmulatorState>('aws');
    expect(Object.keys(aws.accounts['123456789012']?.users ?? {})).toEqual([]);
  });
});

const TERRAFORM_BLOCK = `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
provider "cloudbridge" {}
`;

/** Three write-only secrets, each fed from its own variable. */
const WRITE_ONLY_CONFIG = `${TERRAFORM_BLOCK}
variable "hetzner_token" {
  type      = string
  sensitive = true
}
variable "vsphere_password" {
  type      = string
  sensitive = true
}
variable "vsphere_provision_password" {
  type      = string
  sensitive = true
}
variable "secret_version" {
  type    = number
  default = 1
}

resource "cloudbridge_avisi_cloud_account" "hetzner" {
  cloud_profile = "hetzner"
  display_name  = "Write-only Hetzner"
}
resource "cloudbridge_avisi_cloud_credentials" "hetzner" {
  cloud_account_identity = cloudbridge_avisi_cloud_account.hetzner.identity
  cloud_type             = "hetzner"
  display_name           = "hetzner token"
  credentials = {
    api_token_wo         = var.hetzner_token
    api_token_wo_version = var.secret_version
  }
}

resource "cloudbridge_avisi_cloud_account" "vsphere" {
  cloud_profile = "vsphere"
  display_name  = "Write-only vSphere"
}
resource "cloudbridge_avisi_cloud_credentials" "vsphere" {
  cloud_account_identity = cloudbridge_avisi_cloud_account.vsphere.identity
  cloud_type             = "vsphere"
  display_name           = "vsphere users"
  credentials = {
    username                      = "administrator@vsphere.local"
    password_wo                   = var.vsphere_password
    password_wo_version           = var.secret_version
    provision_username            = "provisioner@vsphere.local"
    provision_password_wo         = var.vsphere_provision_password
    provision_password_wo_version = var.secret_version
  }
}
`;

function markers(round: string): Record<string, string> {
  return {
    TF_VAR_hetzner_token: `avisi-wo-hetzner-${round}-3f9d71`,
    TF_VAR_vsphere_password: `avisi-wo-vsphere-${round}-a0c4e2`,
    TF_VAR_vsphere_provision_password: `avisi-wo-provision-${round}-77b1d8`,
  };
}

describe('avisi write-only secrets and credentials validation', () => {
  let ws: Workspace;
  beforeAll(async () => {
    await em.reset();
    ws = await Workspace.create({ files: { 'main.tf': WRITE_ONLY_CONFIG }, env: env() });
    await ws.init();
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  async function expectNoMarker(values: readonly string[], output: TfResult): Promise<void> {
    const state = ws.stateFile();
    const shown = JSON.stringify(await ws.show());
    expect(state).toContain('cloudbridge_avisi_cloud_credentials');
    for (const marker of values) {
      expect(output.stdout + output.stderr).not.toContain(marker);
      expect(state).not.toContain(marker);
      expect(shown).not.toContain(marker);
    }
  }

  it('keeps the _wo secrets out of terraform.tfstate, show -json and TF_LOG=trace output; a new version sends new ones', async () => {
    const first = markers('first');
    const applied = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color'], { TF_LOG: 'trace', ...first });
    expectOk(applied);
    // The trace really is a trace of this apply, and Avisi received both credentials (it refuses them without their secrets).
    expect(applied.stderr).toContain('[TRACE]');
    let state = await avisiState();
    // Created in parallel: compare in a fixed order.
    expect(state.credentials.map((c) => [c.cloudType, c.publicFields]).sort(([a], [b]) => String(a).localeCompare(String(b)))).toEqual([
      ['hetzner', {}],
      ['vsphere', { username: 'administrator@vsphere.local', provisionUsername: 'provisioner@vsphere.local' }],
    ]);
    await expectNoMarker(Object.values(first), applied);
    expect((await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode'], first)).code).toBe(0);

    const second = markers('second');
    const before = state.credentials.map((c) => c.identity);
    const rotated = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color', '-var', 'secret_version=2'], { TF_LOG: 'trace', ...second });
    expectOk(rotated);
    expect(rotated.stdout).toContain('Apply complete! Resources: 2 added, 0 changed, 2 destroyed.');
    state = await avisiState();
    expect(state.credentials).toHaveLength(2);
    for (const c of state.credentials) expect(before).not.toContain(c.identity);
    await expectNoMarker([...Object.values(first), ...Object.values(second)], rotated);

    expectOk(await ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color', '-var', 'secret_version=2'], second));
    state = await avisiState();
    expect([state.accounts, state.credentials]).toEqual([[], []]);
  });

  it('refuses credentials whose fields do not match cloud_type at validate and plan, with the attribute path, before any API call', async () => {
    ws.write(
      'main.tf',
      `${TERRAFORM_BLOCK}
resource "cloudbridge_avisi_cloud_credentials" "aws_with_hetzner_token" {
  cloud_account_identity = "3f2b8c1e-7a4d-4e9b-a1c6-5d0e9f8b7a21"
  cloud_type             = "aws"
  display_name           = "mismatched"
  credentials = {
    access_key_id = "AKIAEXAMPLEEXAMPLE12"
    api_token     = "hetzner-token"
  }
}
`,
    );
    const before = total(await avisiRequests());
    const validated = await ws.tf(['validate', '-json', '-no-color']);
    expect(validated.code).toBe(1);
    const found = validated.diagnostics.map((d) => ({ severity: d.severity, summary: d.summary, detail: d.detail, line: d.range?.start.line, code: d.snippet?.code?.trim() }));
    // The detail names the full attribute path; Terraform 1.11 can only locate the top-level
    // nested attribute (`credentials = { ... }` is an attribute, not a block), so that is the range.
    const block = 'credentials = {\n    access_key_id = "AKIAEXAMPLEEXAMPLE12"\n    api_token     = "hetzner-token"\n  }';
    expect(found).toEqual([
      {
        severity: 'error',
        summary: 'Invalid attribute combination',
        detail: '`credentials.api_token` does not apply when `cloud_type` is "aws"; it takes `access_key_id`, `access_key_secret`.',
        line: 12,
        code: block,
      },
      {
        severity: 'error',
        summary: 'Missing required argument',
        detail: '`credentials.access_key_secret` (or `credentials.access_key_secret_wo`) is required when `cloud_type` is "aws".',
        line: 12,
        code: block,
      },
    ]);
    const planned = await ws.tf(['plan', '-input=false', '-no-color']);
    expect(planned.code).toBe(1);
    const text = planned.stderr.replace(/\s+/g, ' ');
    expect(text).toContain('`credentials.api_token` does not apply when `cloud_type` is "aws"');
    expect(text).toContain('`credentials.access_key_secret` (or `credentials.access_key_secret_wo`) is required');
    expect(total(await avisiRequests())).toBe(before);
  });
});
