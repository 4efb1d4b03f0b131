/**
 * Qtangl through real terraform: the example (external id + IAM role in the
 * emulated AWS via hashicorp/aws 5.100.0 + the aws integration tested on apply),
 * update, replace, import, drift (disabled / gone), destroy (state only, with a
 * warning), write-only secrets, validation and a viewer key.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, Workspace, expectOk, applySaved, plannedActions, stateAttributes } from './harness';
import { emulatorEnv, withEmulator } from '../support/emulator';
import { QtanglClient } from '../../src/vendors/qtangl/client';
import type { QtanglEmulatorState } from '../../src/vendors/qtangl/emulator';

const em = withEmulator();
/** The resources wired by hand (examples/hcl/qtangl calls modules/ instead, tested in test/modules). */
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'test', 'acceptance', 'fixtures', 'qtangl.tf'), 'utf8');
const ADDRESS = 'cloudbridge_qtangl_cloud_integration.aws';

function env(extra: Record<string, string> = {}, role: 'viewer' | 'operator' | 'admin' = 'operator'): Record<string, string> {
  return { ...emulatorEnv(em, { qtanglRole: role }), TF_VAR_aws_endpoint: em.endpoints.aws, ...extra };
}

function client(): QtanglClient {
  return new QtanglClient({ baseUrl: em.endpoints.qtangl, apiKey: em.tokens.qtangl.admin, userAgent: 'cloudbridge-acceptance' });
}

function qtanglCount(): number {
  return Object.values(em.requestCounts()['qtangl'] ?? {}).reduce((a, b) => a + b, 0);
}

/** Points the shared workspace at a new configuration with a fresh state (the providers, and so the init, stay the same). */
function reconfigure(ws: Workspace, hcl: string): void {
  ws.write('main.tf', hcl);
  for (const f of ['terraform.tfstate', 'terraform.tfstate.backup', 'tfplan']) fs.rmSync(path.join(ws.dir, f), { force: true });
}

describe('fixtures/qtangl.tf', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({ files: { 'main.tf': EXAMPLE }, env: env() });
    await ws.init();
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  it('applies, the connection test passes, and a second plan is clean', async () => {
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']));
    const outputs = JSON.parse((await ws.tf(['output', '-json'])).stdout) as Record<string, { value: unknown }>;
    expect(outputs['status']!.value).toBe('active');
    expect(outputs['providers']!.value).toEqual(['aws']);
    const row = await client().findIntegration('aws');
    expect(row).toMatchObject({ provider: 'aws', status: 'active', region: 'us-east-1', roleArn: 'arn:aws:iam::123456789012:role/QtanglReadOnly' });
    expect(row!.lastTestedAt).toEqual(expect.any(String));
    expect((await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode'])).code).toBe(0);
  });

  it('updates region in place (an upsert)', async () => {
    expect(await plannedActions(ws, ['-var', 'region=eu-west-1'])).toEqual({ [ADDRESS]: 'update' });
    await applySaved(ws);
    expect((await client().findIntegration('aws'))!.region).toBe('eu-west-1');
  });

  it('imports by provider name; the first plan upserts once (the write-only version is not readable), then it is clean', async () => {
    expectOk(await ws.tf(['state', 'rm', ADDRESS]));
    ws.write('imports.tf', `import {\n  to = ${ADDRESS}\n  id = "aws"\n}\n`);
    // Import and plan in one run.
    expect(await plannedActions(ws, ['-var', 'region=eu-west-1'])).toEqual({ [ADDRESS]: 'import+update' });
    // Qtangl echoes the external id, but the import does not record it: the configuration passes it write-only.
    const shown = await ws.tf(['show', '-json', 'tfplan']);
    expectOk(shown);
    const plan = JSON.parse(shown.stdout) as { resource_changes: { address: string; change: { before: Record<string, unknown> } }[] };
    expect(plan.resource_changes.find((c) => c.address === ADDRESS)!.change.before).toMatchObject({ cloud_provider: 'aws', external_id: null, external_id_wo: null });
    await applySaved(ws);
    fs.rmSync(path.join(ws.dir, 'imports.tf'));
    // The configuration passes the external id write-only: after the update it is not in state.
    expect(stateAttributes(ws, ADDRESS)).toMatchObject({ cloud_provider: 'aws', region: 'eu-west-1', status: 'active', external_id: null, external_id_wo_version: 1 });
    expect((await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode', '-var', 'region=eu-west-1'])).code).toBe(0);
  });

  it('shows a row turned disabled in status, and a row gone as drift', async () => {
    em.state<QtanglEmulatorState>('qtangl').rows.aws!.status = 'disabled';
    expectOk(await ws.tf(['apply', '-refresh-only', '-auto-approve', '-input=false', '-no-color', '-var', 'region=eu-west-1']));
    expect(stateAttributes(ws, ADDRESS)).toMatchObject({ status: 'disabled' });

    delete em.state<QtanglEmulatorState>('qtangl').rows.aws;
    expect(await plannedActions(ws, ['-var', 'region=eu-west-1'])).toEqual({ [ADDRESS]: 'create' });
    await applySaved(ws);
    expect((await client().findIntegration('aws'))!.status).toBe('active');
  });

  it('destroy removes everything but the Qtangl row, with a warning that says why', async () => {
    const destroyed = await ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color', '-var', 'region=eu-west-1']);
    expectOk(destroyed);
    expect(destroyed.stdout).toContain('Qtangl cloud integration not deleted');
    expect(destroyed.stdout.replace(/\s+/g, ' ')).toContain("Qtangl's API has no delete");
    expect(ws.stateFile()).not.toContain('cloudbridge_qtangl_cloud_integration');
    expect(em.world.aws.getRoleByArn('arn:aws:iam::123456789012:role/QtanglReadOnly')).toBeUndefined();
    expect((await client().findIntegration('aws'))!.provider).toBe('aws');
  });
});

const AZURE_CONFIG = (withTenant: boolean): string => `
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
variable "secret" {
  type      = string
  sensitive = true
  default   = "unused"
}
provider "cloudbridge" {
  qtangl {}
}
resource "cloudbridge_qtangl_cloud_integration" "azure" {
  cloud_provider           = "azure"
  ${withTenant ? 'tenant_id                = "tenant-1"' : ''}
  client_id                = "client-1"
  client_secret_wo         = var.secret
  client_secret_wo_version = 1
}
`;

describe('qtangl replace, write-only secrets, validation and roles', () => {
  // One workspace and one init for every configuration below: they all use only the cloudbridge provider.
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({ env: env() });
    ws.write('main.tf', AZURE_CONFIG(true));
    await ws.init();
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  it('replaces on a new cloud_provider (the "delete" half only forgets the old row, and says so)', async () => {
    const k8s = (provider: string): string => `
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
provider "cloudbridge" {
  qtangl {}
}
resource "cloudbridge_qtangl_cloud_integration" "cluster" {
  cloud_provider     = "${provider}"
  ${provider === 'kubernetes' ? 'kubeconfig_json = "{\\"apiVersion\\":\\"v1\\"}"' : 'project_id = "proj-1"\n  credentials_json = "{\\"type\\":\\"service_account\\"}"'}
}
`;
    reconfigure(ws, k8s('kubernetes'));
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']));
    ws.write('main.tf', k8s('gcp'));
    expect(await plannedActions(ws)).toEqual({ 'cloudbridge_qtangl_cloud_integration.cluster': 'replace' });
    const applied = await applySaved(ws);
    expect(applied.stdout).toContain('Qtangl cloud integration not deleted');
    expect((await client().findIntegration('gcp'))!.projectId).toBe('proj-1');
    expect(await client().findIntegration('kubernetes')).not.toBeNull();
  });

  it('keeps client_secret_wo and credentials_json_wo out of state, show -json and TF_LOG=trace output', async () => {
    // The rows of the test above outlive it (Qtangl has no delete), and a create refuses a provider that has a row.
    await em.reset();
    const azureMarker = 'qt-wo-marker-azure-91b4';
    const gcpMarker = 'qt-wo-marker-gcp-3c7e';
    const config = `${AZURE_CONFIG(true)}
variable "gcp_secret" {
  type      = string
  sensitive = true
}
resource "cloudbridge_qtangl_cloud_integration" "gcp" {
  cloud_provider              = "gcp"
  project_id                  = "proj-9"
  credentials_json_wo         = var.gcp_secret
  credentials_json_wo_version = 1
}
`;
    reconfigure(ws, config);
    const secrets = { TF_VAR_secret: azureMarker, TF_VAR_gcp_secret: gcpMarker };
    const applied = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color'], { TF_LOG: 'trace', ...secrets });
    expectOk(applied);
    const shown = JSON.stringify(await ws.show());
    for (const marker of [azureMarker, gcpMarker]) {
      expect(applied.stdout + applied.stderr).not.toContain(marker);
      expect(ws.stateFile()).not.toContain(marker);
      expect(shown).not.toContain(marker);
    }
    // Qtangl got them: the emulator keeps the settings it was sent.
    expect(em.state<QtanglEmulatorState>('qtangl').rows.azure!.settings['clientSecret']).toBe(azureMarker);
    expect((await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode'], secrets)).code).toBe(0);
  });

  it('fails an azure integration without tenant_id at validate and plan, with the attribute path and no API call', async () => {
    reconfigure(ws, AZURE_CONFIG(false));
    const before = qtanglCount();
    const validated = await ws.tf(['validate', '-json', '-no-color']);
    expect(validated.code).toBe(1);
    expect(validated.diagnostics.map((x) => ({ severity: x.severity, summary: x.summary, detail: x.detail }))).toEqual([
      { severity: 'error', summary: 'Missing required argument', detail: '`tenant_id` is required when `cloud_provider` is "azure".' },
    ]);
    const planned = await ws.tf(['plan', '-input=false', '-no-color']);
    expect(planned.code).toBe(1);
    expect(planned.stderr.replace(/\s+/g, ' ')).toContain('`tenant_id` is required when `cloud_provider` is "azure".');
    expect(qtanglCount()).toBe(before);
  });

  it('a viewer key fails the apply with a diagnostic naming the role needed', async () => {
    await em.reset();
    reconfigure(ws, AZURE_CONFIG(true));
    const applied = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color'], { CLOUDBRIDGE_QTANGL_API_KEY: em.tokens.qtangl.viewer });
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain('the API key needs the operator or admin role');
    expect(applied.stderr.replace(/\s+/g, ' ')).toContain('Forbidden: this action requires the operator or admin role; the API key has the viewer role');
    expect(ws.stateFile()).not.toContain('cloudbridge_qtangl_cloud_integration');
  });

  it('test_on_apply fails the apply with Qtangl\'s message when the test fails, and the row it made is kept in state (tainted)', async () => {
    // A create refuses a provider that has a row: start with none, and let the test fail on its own (Qtangl cannot assume a role that does not exist).
    await em.reset();
    const roleArn = 'arn:aws:iam::123456789012:role/QtanglMissing';
    reconfigure(
      ws,
      `
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
provider "cloudbridge" {
  qtangl {}
}
resource "cloudbridge_qtangl_cloud_integration" "aws" {
  cloud_provider = "aws"
  role_arn       = "${roleArn}"
  test_on_apply  = true
}
`,
    );
    const applied = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']);
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain('Qtangl cloud integration test failed');
    expect(applied.stderr.replace(/\s+/g, ' ')).toContain(`could not assume ${roleArn}`);
    expect((await client().findIntegration('aws'))!.status).toBe('disabled');
    const state = JSON.parse(ws.stateFile()) as { resources: { instances: { status?: string; attributes: Record<string, unknown> }[] }[] };
    expect(state.resources[0]!.instances[0]).toMatchObject({ status: 'tainted', attributes: { cloud_provider: 'aws', status: 'disabled' } });
  });
});
