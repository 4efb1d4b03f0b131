/**
 * Northflank through real terraform: the example (external id + IAM role in the
 * emulated AWS via hashicorp/aws 5.100.0 + a crossAccountRole integration),
 * updates, replace, import, drift, destroy, write-only secrets and validation.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, Workspace, expectOk, applySaved, plannedActions, stateAttributes } from './harness';
import { emulatorEnv, withEmulator } from '../support/emulator';
import { NorthflankClient } from '../../src/vendors/northflank/client';
import type { NorthflankEmulatorState } from '../../src/vendors/northflank/emulator';

const em = withEmulator();
/** The resources wired by hand (examples/hcl/northflank calls modules/ instead, tested in test/modules). */
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'test', 'acceptance', 'fixtures', 'northflank.tf'), 'utf8');
const ADDRESS = 'cloudbridge_northflank_cloud_integration.aws';

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { ...emulatorEnv(em), TF_VAR_aws_endpoint: em.endpoints.aws, ...extra };
}

function client(): NorthflankClient {
  return new NorthflankClient({ baseUrl: em.endpoints.northflank, apiToken: em.tokens.northflank, userAgent: 'cloudbridge-acceptance' });
}

function northflankCount(): number {
  return Object.values(em.requestCounts()['northflank'] ?? {}).reduce((a, b) => a + b, 0);
}

describe('fixtures/northflank.tf', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({ files: { 'main.tf': EXAMPLE }, env: env() });
    await ws.init();
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  it('applies (role trusted by Northflank) and a second plan is clean', async () => {
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']));
    const found = await client().getIntegration('production-aws');
    expect(found).toMatchObject({ name: 'Production AWS', provider: 'aws', aws: { authenticationMode: 'crossAccountRole' } });
    expect([...(found.features ?? [])].sort()).toEqual(['byoc', 'route53']);
    const record = em.state<NorthflankEmulatorState>('northflank').integrations['production-aws']!;
    expect(record.publicCredentials).toEqual({ roleArn: 'arn:aws:iam::123456789012:role/northflank-byoc' });
    expect(record.credentialKeys.sort()).toEqual(['externalId', 'roleArn']);
    expect((await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode'])).code).toBe(0);
  });

  it('updates description in place and replaces on a new name', async () => {
    // The state was refreshed by the previous plan; these two plans test planning, not refresh.
    expect(await plannedActions(ws, ['-refresh=false', '-var', 'description=Moved to a new team'])).toEqual({ [ADDRESS]: 'update' });
    await applySaved(ws);
    expect((await client().getIntegration('production-aws')).description).toBe('Moved to a new team');

    const vars = ['-var', 'description=Moved to a new team', '-var', 'name=Production Main'];
    expect(await plannedActions(ws, ['-refresh=false', ...vars])).toEqual({ [ADDRESS]: 'replace' });
    await applySaved(ws);
    expect((await client().listIntegrations()).map((i) => i.id)).toEqual(['production-main']);
    expect((await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode', ...vars])).code).toBe(0);
  });

  it('imports by id: the first plan re-sends only the credentials, then it is clean', async () => {
    const vars = ['-var', 'description=Moved to a new team', '-var', 'name=Production Main'];
    expectOk(await ws.tf(['state', 'rm', ADDRESS]));
    ws.write('imports.tf', `import {\n  to = ${ADDRESS}\n  id = "production-main"\n}\n`);
    // Import and plan in one run: Northflank never returns credentials, so the only change is sending them once.
    expect(await plannedActions(ws, vars)).toEqual({ [ADDRESS]: 'import+update' });
    const route = 'POST /v1/cloud-providers/integrations/:integrationId';
    const updatesBefore = em.requestCounts()['northflank']?.[route] ?? 0;
    await applySaved(ws);
    fs.rmSync(path.join(ws.dir, 'imports.tf'));
    expect(em.requestCounts()['northflank']![route]).toBe(updatesBefore + 1);
    expect(stateAttributes(ws, ADDRESS)).toMatchObject({
      id: 'production-main',
      name: 'Production Main',
      cloud_provider: 'aws',
      aws: { authentication_mode: 'crossAccountRole' },
      credentials: { role_arn: 'arn:aws:iam::123456789012:role/northflank-byoc', external_id: null, external_id_wo: null, external_id_wo_version: 1 },
    });
    expect((await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode', ...vars])).code).toBe(0);
  });

  it('shows an integration deleted out of band as drift (create again)', async () => {
    const vars = ['-var', 'description=Moved to a new team', '-var', 'name=Production Main'];
    await client().deleteIntegration('production-main');
    expect(await plannedActions(ws, vars)).toEqual({ [ADDRESS]: 'create' });
    await applySaved(ws);
    expect((await client().getIntegration('production-main')).name).toBe('Production Main');
  });

  it('destroy leaves nothing behind', async () => {
    const vars = ['-var', 'description=Moved to a new team', '-var', 'name=Production Main'];
    expectOk(await ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color', ...vars]));
    expect(await client().listIntegrations()).toEqual([]);
    expect(em.world.aws.getRoleByArn('arn:aws:iam::123456789012:role/northflank-byoc')).toBeUndefined();
  });
});

const ACCESS_KEY_CONFIG = `
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
variable "secret" {
  type      = string
  sensitive = true
}
variable "secret_version" {
  type    = number
  default = 1
}
provider "cloudbridge" {
  northflank {}
}
resource "cloudbridge_northflank_cloud_integration" "keys" {
  name           = "Key Based"
  cloud_provider = "aws"
  aws            = { authentication_mode = "accessKey" }
  credentials = {
    access_key            = "AKIAEXAMPLEKEY"
    secret_key_wo         = var.secret
    secret_key_wo_version = var.secret_version
  }
}
resource "cloudbridge_northflank_cloud_integration" "byok" {
  name           = "Bring Own Key"
  cloud_provider = "byok"
}
`;

describe('northflank write-only secrets, byok import and validation', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({ files: { 'main.tf': ACCESS_KEY_CONFIG }, env: env() });
    await ws.init();
  });
  afterAll(async () => {
    // No destroy: this is the file's last describe, and the emulator stops with it.
    await ws?.cleanup();
  });

  it('keeps secret_key_wo out of state, show -json and TF_LOG=trace output; a new version sends the new secret', async () => {
    const first = 'nf-wo-marker-first-5d1c';
    const applied = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color'], { TF_LOG: 'trace', TF_VAR_secret: first });
    expectOk(applied);
    expect(applied.stdout + applied.stderr).not.toContain(first);
    expect(ws.stateFile()).not.toContain(first);
    expect(JSON.stringify(await ws.show())).not.toContain(first);
    expect((await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode'], { TF_VAR_secret: first })).code).toBe(0);

    const second = 'nf-wo-marker-second-8e2a';
    const before = em.requestCounts()['northflank']?.['POST /v1/cloud-providers/integrations/:integrationId'] ?? 0;
    const rotated = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color', '-var', 'secret_version=2'], { TF_LOG: 'trace', TF_VAR_secret: second });
    expectOk(rotated);
    expect(em.requestCounts()['northflank']!['POST /v1/cloud-providers/integrations/:integrationId']).toBe(before + 1);
    expect(rotated.stdout + rotated.stderr).not.toContain(second);
    expect(ws.stateFile()).not.toContain(second);
    expect(JSON.stringify(await ws.show())).not.toContain(second);
  });

  it('imports a byok integration with a clean plan after', async () => {
    expectOk(await ws.tf(['state', 'rm', 'cloudbridge_northflank_cloud_integration.byok']));
    expectOk(await ws.tf(['import', '-input=false', '-no-color', '-var', 'secret=x', 'cloudbridge_northflank_cloud_integration.byok', 'bring-own-key']));
    expect((await ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode', '-var', 'secret=x', '-var', 'secret_version=2'])).code).toBe(0);
  });

  it('fails a 2-character name at validate and plan with the attribute path, without calling Northflank', async () => {
    // Same providers as this workspace's configuration: no new init needed.
    ws.write(
      'main.tf',
      `
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
provider "cloudbridge" {
  northflank {}
}
resource "cloudbridge_northflank_cloud_integration" "short" {
  name           = "ab"
  cloud_provider = "civo"
  credentials    = { api_key_wo = "civo-key", api_key_wo_version = 1 }
}
`,
    );
    const before = northflankCount();
    const validated = await ws.tf(['validate', '-json', '-no-color']);
    expect(validated.code).toBe(1);
    expect(validated.diagnostics.map((d) => ({ severity: d.severity, summary: d.summary, detail: d.detail, code: d.snippet?.code?.trim() }))).toEqual([
      { severity: 'error', summary: 'Invalid attribute value', detail: 'must be between 3 and 39 characters long, got 2', code: 'name           = "ab"' },
    ]);
    const planned = await ws.tf(['plan', '-input=false', '-no-color']);
    expect(planned.code).toBe(1);
    const text = planned.stderr.replace(/\s+/g, ' ');
    expect(text).toContain('Invalid attribute value');
    expect(text).toContain('name = "ab"');
    expect(text).toContain('must be between 3 and 39 characters long, got 2');
    expect(northflankCount()).toBe(before);
  });
});
