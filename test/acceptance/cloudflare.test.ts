/**
 * Cloudflare Magic Cloud Networking through real terraform, with
 * hashicorp/aws 5.100.0 creating the role in the emulated IAM.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, Workspace, type TfResult, expectOk, plannedActionsOf, applySaved } from './harness';
import { emulatorEnv, withEmulator } from '../support/emulator';
import { CloudflareClient } from '../../src/vendors/cloudflare/client';
import { awsAssumeRoleRejectedMessage } from '../../src/vendors/cloudflare/emulator-assumptions';

const em = withEmulator();
/** The resources wired by hand (examples/hcl/cloudflare calls modules/ instead, tested in test/modules). */
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'test', 'acceptance', 'fixtures', 'cloudflare.tf'), 'utf8');

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { ...emulatorEnv(em), TF_VAR_aws_endpoint: em.endpoints.aws, ...extra };
}

function client(): CloudflareClient {
  return new CloudflareClient({
    baseUrl: em.endpoints.cloudflare,
    apiToken: em.tokens.cloudflare,
    accountId: em.ids.cloudflare_account,
    userAgent: 'cloudbridge-acceptance',
  });
}

const TERRAFORM_BLOCK = `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
    aws         = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
`;

/**
 * Plans into `tfplan` with `plan -json -detailed-exitcode` (one terraform run): the exit code, and
 * the action per address (no-ops left out; an import with no other change shows as `import`).
 */
async function plannedActions(ws: Workspace, extraArgs: string[] = []): Promise<{ code: number | null; actions: Record<string, string> }> {
  const r = await ws.tf(['plan', '-json', '-input=false', '-detailed-exitcode', '-out=tfplan', ...extraArgs]);
  if (r.code !== 0 && r.code !== 2) throw new Error(`terraform plan exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return { code: r.code, actions: plannedActionsOf(r) };
}

async function cleanPlan(ws: Workspace, extraArgs: string[] = []): Promise<TfResult> {
  return ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode', ...extraArgs]);
}

const ROLE_ARN = 'arn:aws:iam::123456789012:role/cloudflare-magic-cloud-networking';

describe('fixtures/cloudflare.tf', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({ files: { 'main.tf': EXAMPLE }, env: env() });
    await ws.init();
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  it('applies, authorises the role (SUCCEEDED) and a second plan is clean', async () => {
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']));
    const out = await ws.tf(['output', '-json']);
    const outputs = JSON.parse(out.stdout) as Record<string, { value: unknown }>;
    expect(outputs['discovery_state']!.value).toBe('SUCCEEDED');
    expect(outputs['regions']!.value).toEqual(['us-east-1', 'us-west-2', 'eu-west-1']);
    const integration = await client().getIntegration(outputs['integration_id']!.value as string, { status: true });
    expect(integration.lifecycle_state).toBe('ACTIVE');
    expect(integration.aws_arn).toBe(ROLE_ARN);
    expect((await cleanPlan(ws)).code).toBe(0);
  });

  it('updates friendly_name in place', async () => {
    const trustBefore = em.world.aws.getRoleByArn(ROLE_ARN)!.trustPolicy;
    const vars = ['-var', 'friendly_name=renamed-aws'];
    expect(await plannedActions(ws, vars)).toEqual({
      code: 2,
      actions: {
        'cloudbridge_cloudflare_cloud_integration.aws': 'update',
        // Terraform reads a data source at apply when a managed resource it refers to has a change pending, so the
        // setup's trust policy is unknown at plan and the role shows an update; at apply it gets the same policy.
        'aws_iam_role.cloudflare': 'update',
      },
    });
    await applySaved(ws);
    const [only] = await client().listIntegrations();
    expect(only!.friendly_name).toBe('renamed-aws');
    expect(only!.aws_arn).toBe(ROLE_ARN);
    expect(em.world.aws.getRoleByArn(ROLE_ARN)!.trustPolicy).toEqual(trustBefore);
    expect((await cleanPlan(ws, vars)).code).toBe(0);
  });

  it('imports the integration and the authorisation (timeouts set in the configuration), and the plan of the import changes nothing', async () => {
    const [only] = await client().listIntegrations();
    const id = `${em.ids.cloudflare_account}/${only!.id}`;
    const addresses = ['cloudbridge_cloudflare_cloud_integration.aws', 'cloudbridge_cloudflare_cloud_integration_authorization.aws'];
    expectOk(await ws.tf(['state', 'rm', ...addresses]));
    ws.write('imports.tf', addresses.map((to) => `import {\n  to = ${to}\n  id = "${id}"\n}\n`).join('\n'));
    // Import, refresh and diff against the configuration in one plan: both are imported with no other change
    // (exit code 2 is for the pending imports themselves).
    expect(await plannedActions(ws, ['-var', 'friendly_name=renamed-aws'])).toEqual({ code: 2, actions: Object.fromEntries(addresses.map((a) => [a, 'import'])) });
    const imported = await applySaved(ws);
    expect(imported.stdout).toContain('Apply complete! Resources: 2 imported, 0 added, 0 changed, 0 destroyed.');
    fs.rmSync(path.join(ws.dir, 'imports.tf'));
  });

  it('destroy leaves nothing behind', async () => {
    expectOk(await ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color', '-var', 'friendly_name=renamed-aws']));
    expect(await client().listIntegrations()).toEqual([]);
    expect(JSON.parse(ws.stateFile()).resources).toEqual([]);
    expect(em.world.aws.getRoleByArn(ROLE_ARN)).toBeUndefined();
  });
});

describe('integration only: replace and drift', () => {
  const hcl = (cloudType: string) => `${TERRAFORM_BLOCK}
provider "cloudbridge" {}
resource "cloudbridge_cloudflare_cloud_integration" "one" {
  cloud_type    = "${cloudType}"
  friendly_name = "replace-me"
}
`;
  /** This describe's integrations (the example's are gone by now, unless its tests failed). */
  const mine = async () => (await client().listIntegrations()).filter((i) => i.friendly_name === 'replace-me');
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({ files: { 'main.tf': hcl('AWS') }, env: env() });
    await ws.init();
  });
  afterAll(async () => {
    // No destroy: nothing after this reads the integrations, and the emulator stops with this file.
    await ws?.cleanup();
  });

  it('replaces on a cloud_type change', async () => {
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']));
    const before = (await mine()).map((i) => i.id);
    expect(before).toHaveLength(1);
    ws.write('main.tf', hcl('AZURE'));
    expect(await plannedActions(ws)).toEqual({ code: 2, actions: { 'cloudbridge_cloudflare_cloud_integration.one': 'replace' } });
    await applySaved(ws);
    const after = await mine();
    expect(after).toHaveLength(1);
    expect(after[0]!.cloud_type).toBe('AZURE');
    expect(before).not.toContain(after[0]!.id);
  });

  it('shows an out-of-band delete as drift', async () => {
    const [only] = await mine();
    await client().deleteIntegration(only!.id);
    expect(await plannedActions(ws)).toEqual({ code: 2, actions: { 'cloudbridge_cloudflare_cloud_integration.one': 'create' } });
  });
});

describe('authorisation with a role that lacks the external id', () => {
  const hcl = `${TERRAFORM_BLOCK}
provider "cloudbridge" {}
provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "cloudbridge_cloudflare_cloud_integration" "aws" {
  cloud_type    = "AWS"
  friendly_name = "no-external-id"
}
data "cloudbridge_cloudflare_cloud_integration_setup" "aws" {
  integration_id = cloudbridge_cloudflare_cloud_integration.aws.id
}
resource "aws_iam_role" "cloudflare" {
  name = "cloudflare-without-external-id"
  # Cloudflare's principal, but no sts:ExternalId condition.
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = jsondecode(data.cloudbridge_cloudflare_cloud_integration_setup.aws.aws_trust_policy).Statement[0].Principal
    }]
  })
}
resource "cloudbridge_cloudflare_cloud_integration_authorization" "aws" {
  integration_id = cloudbridge_cloudflare_cloud_integration.aws.id
  aws_arn        = aws_iam_role.cloudflare.arn
  timeouts = {
    create = "8s"
  }
}
`;
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({ files: { 'main.tf': hcl }, env: env() });
    await ws.init();
  });
  afterAll(async () => {
    // No destroy: this is the file's last test, and the emulator stops with it.
    await ws?.cleanup();
  });

  it("fails with Cloudflare's discovery message within the timeout", async () => {
    const started = Date.now();
    const r = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']);
    const elapsed = Date.now() - started;
    expect(r.code).toBe(1);
    const text = `${r.stdout}\n${r.stderr}`.replace(/\s*│\s*/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Cloudflare rejected the cloud integration credentials');
    expect(text).toContain(awsAssumeRoleRejectedMessage('arn:aws:iam::123456789012:role/cloudflare-without-external-id').replace(/\s+/g, ' '));
    expect(elapsed).toBeLessThan(60_000);
  });
});
