/**
 * P0 Security's AWS integration through real terraform, with hashicorp/aws
 * 5.100.0 creating the roles in the emulated IAM (issue 4, Done when 1-6).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, Workspace, expectOk, plannedActions, applySaved } from './harness';
import { emulatorEnv, withEmulator } from '../support/emulator';
import { P0Client } from '../../src/vendors/p0/client';
import { P0_COMPONENTS } from '../../src/vendors/p0/model';

const em = withEmulator();
/** The resources wired by hand (examples/hcl/p0-aws calls modules/ instead, tested in test/modules). */
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'test', 'acceptance', 'fixtures', 'p0.tf'), 'utf8');
const ACCOUNT = '123456789012';

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { ...emulatorEnv(em, { awsAccountId: ACCOUNT }), TF_VAR_aws_endpoint: em.endpoints.aws, ...extra };
}

function client(): P0Client {
  return new P0Client({ baseUrl: em.endpoints.p0, apiToken: em.tokens.p0, orgId: em.ids.p0_org, userAgent: 'cloudbridge-acceptance' });
}

const apply = (ws: Workspace, ...args: string[]) => ws.tf(['apply', '-auto-approve', '-input=false', '-no-color', ...args]);
const cleanPlan = (ws: Workspace) => ws.tf(['plan', '-input=false', '-no-color', '-detailed-exitcode']);

/** Every P0 item in the emulator, as `component/id` → state (base items included). */
async function p0Items(): Promise<Record<string, string>> {
  const config = await client().findConfig();
  if (!config) return {};
  const out: Record<string, string> = {};
  for (const component of ['base', ...P0_COMPONENTS] as const) {
    for (const [id, item] of Object.entries(config[component] ?? {})) out[`${component}/${id}`] = item.state;
  }
  return out;
}

async function p0RequestCount(): Promise<number> {
  const res = await fetch(`${em.url}/_emulator/requests`);
  const body = (await res.json()) as Record<string, Record<string, number>>;
  return Object.values(body['p0'] ?? {}).reduce((a, b) => a + b, 0);
}

const TERRAFORM_BLOCK = `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
`;

const FUNCTION_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:p0-notifier`;
/** Beside the example: the component types it does not use, and the base data source. */
const MORE_COMPONENTS = `
resource "cloudbridge_p0_aws_function_caller_staged" "fn" {
  function_arn = "${FUNCTION_ARN}"
  depends_on   = [cloudbridge_p0_aws_integration.this]
}
resource "aws_iam_role" "fn" {
  name               = cloudbridge_p0_aws_function_caller_staged.fn.role.name
  assume_role_policy = cloudbridge_p0_aws_function_caller_staged.fn.role.trust_policy
}
resource "aws_iam_role_policy" "fn" {
  role   = aws_iam_role.fn.name
  name   = cloudbridge_p0_aws_function_caller_staged.fn.role.inline_policy_name
  policy = cloudbridge_p0_aws_function_caller_staged.fn.role.inline_policy
}
resource "cloudbridge_p0_aws_function_caller" "fn" {
  function_arn = cloudbridge_p0_aws_function_caller_staged.fn.function_arn
  depends_on   = [aws_iam_role_policy.fn]
  # Set here so that the import below shows timeouts do not make the plan after an import dirty.
  timeouts = {
    create = "4m"
    update = "4m"
  }
}

resource "cloudbridge_p0_aws_access_logs_staged" "logs" {
  account_id = "${ACCOUNT}"
  depends_on = [cloudbridge_p0_aws_integration.this]
}
resource "cloudbridge_p0_aws_access_logs" "logs" {
  account_id     = cloudbridge_p0_aws_access_logs_staged.logs.account_id
  cloud_lake_arn = "arn:aws:cloudtrail:us-east-1:${ACCOUNT}:eventdatastore/abc-123"
}

data "cloudbridge_p0_aws_base" "account" {
  account_id = cloudbridge_p0_aws_access_logs_staged.logs.account_id
}
output "base_service_account_id" {
  value = data.cloudbridge_p0_aws_base.account.service_account_id
}
`;

/** Every cloudbridge resource of the workspace and its import id. */
const IMPORTS: readonly (readonly [string, string])[] = [
  ['cloudbridge_p0_aws_integration.this', 'ORG'],
  ['cloudbridge_p0_aws_iam_write_staged.this', ACCOUNT],
  ['cloudbridge_p0_aws_iam_write.this', ACCOUNT],
  ['cloudbridge_p0_aws_iam_assessment_staged.this', ACCOUNT],
  ['cloudbridge_p0_aws_iam_assessment.this', ACCOUNT],
  ['cloudbridge_p0_aws_inventory_staged.this', ACCOUNT],
  ['cloudbridge_p0_aws_inventory.this', ACCOUNT],
  ['cloudbridge_p0_aws_function_caller_staged.fn', FUNCTION_ARN],
  ['cloudbridge_p0_aws_function_caller.fn', FUNCTION_ARN],
  ['cloudbridge_p0_aws_access_logs_staged.logs', ACCOUNT],
  ['cloudbridge_p0_aws_access_logs.logs', ACCOUNT],
];

describe('fixtures/p0.tf (plus function_caller and access_logs)', () => {
  let ws: Workspace;
  beforeAll(async () => {
    await em.reset();
    ws = await Workspace.create({ files: { 'main.tf': EXAMPLE, 'more.tf': MORE_COMPONENTS }, env: env() });
    await ws.init();
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  it('applies: every installed item reaches installed, and a second plan is clean (1)', async () => {
    expectOk(await apply(ws));
    expect(await p0Items()).toEqual({
      [`base/${ACCOUNT}`]: 'installed',
      [`iam-write/${ACCOUNT}`]: 'installed',
      [`iam-assessment/${ACCOUNT}`]: 'installed',
      [`inventory/${ACCOUNT}`]: 'installed',
      [`function-caller/${FUNCTION_ARN}`]: 'installed',
      [`access-logs/${ACCOUNT}`]: 'installed',
    });
    const outputs = JSON.parse((await ws.tf(['output', '-json'])).stdout) as Record<string, { value: unknown }>;
    expect(outputs['item_states']!.value).toEqual({
      iam_write: { [ACCOUNT]: 'installed' },
      iam_assessment: { [ACCOUNT]: 'installed' },
      inventory: { [ACCOUNT]: 'installed' },
    });
    const serviceAccountId = (await client().getBase(ACCOUNT)).serviceAccountId;
    expect(outputs['service_account_id']!.value).toBe(serviceAccountId);
    expect(outputs['base_service_account_id']!.value).toBe(serviceAccountId);
    expect((await client().getItem('iam-write', ACCOUNT)).item.login).toEqual({ type: 'iam', identity: { type: 'email' } });
    expect((await client().getItem('access-logs', ACCOUNT)).item.cloudLakeArn).toBe(`arn:aws:cloudtrail:us-east-1:${ACCOUNT}:eventdatastore/abc-123`);
    expect((await cleanPlan(ws)).code).toBe(0);
  });

  it('an item deleted and another set back to stage out of band: one plan creates and installs them again, and re-apply converges (3)', async () => {
    await client().deleteItem('inventory', ACCOUNT);
    await client().stageItem('iam-write', ACCOUNT, { label: 'production', awsPartition: 'aws' });
    expect(await plannedActions(ws)).toEqual({
      'cloudbridge_p0_aws_inventory_staged.this': 'create',
      'cloudbridge_p0_aws_inventory.this': 'create',
      'cloudbridge_p0_aws_iam_write.this': 'update',
    });
    await applySaved(ws);
    expect((await client().getItem('inventory', ACCOUNT)).item.state).toBe('installed');
    expect((await client().getItem('iam-write', ACCOUNT)).item.state).toBe('installed');
    expect((await cleanPlan(ws)).code).toBe(0);
  });

  it('imports every resource type, and the plan of the import changes nothing (4)', async () => {
    expectOk(await ws.tf(['state', 'rm', '-no-color', ...IMPORTS.map(([address]) => address)]));
    const blocks = IMPORTS.map(([to, id]) => `import {\n  to = ${to}\n  id = "${id === 'ORG' ? em.ids.p0_org : id}"\n}\n`);
    ws.write('imports.tf', blocks.join('\n'));
    // Import, refresh and diff against the configuration in one plan: every resource is imported with no change.
    expect(await plannedActions(ws)).toEqual(Object.fromEntries(IMPORTS.map(([address]) => [address, 'import'])));
    const imported = await applySaved(ws);
    expect(imported.stdout).toContain(`Apply complete! Resources: ${IMPORTS.length} imported, 0 added, 0 changed, 0 destroyed.`);
    fs.rmSync(path.join(ws.dir, 'imports.tf'));
  });

  it('destroy leaves no P0 items in the emulator (5)', async () => {
    expectOk(await ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color']));
    expect(await p0Items()).toEqual({});
    expect(await client().findConfig()).toBeNull();
  });
});

describe('installed without its IAM role (2)', () => {
  let ws: Workspace;
  beforeAll(async () => {
    await em.reset();
    ws = await Workspace.create({
      files: {
        'main.tf': `${TERRAFORM_BLOCK}
resource "cloudbridge_p0_aws_integration" "this" {}
resource "cloudbridge_p0_aws_iam_write_staged" "this" {
  account_id = "${ACCOUNT}"
  depends_on = [cloudbridge_p0_aws_integration.this]
}
resource "cloudbridge_p0_aws_iam_write" "this" {
  account_id = cloudbridge_p0_aws_iam_write_staged.this.account_id
  login      = { type = "idc", parent = "210987654321" }
  timeouts   = { create = "5s" }
}
`,
      },
      env: env(),
    });
    await ws.init();
  });
  afterAll(async () => {
    // No destroy: the emulator is reset by the next describe and stops with this file.
    await ws?.cleanup();
  });

  it('fails with P0\'s message after the verify timeout and writes no installed state', async () => {
    const started = Date.now();
    const r = await apply(ws);
    const elapsed = Date.now() - started;
    expect(r.code).toBe(1);
    // Terraform wraps diagnostic text; compare with whitespace collapsed.
    const output = (r.stdout + r.stderr).replace(/\s+/g, ' ');
    expect(output).toContain(`P0 could not verify the iam-write item ${ACCOUNT} within the timeout`);
    expect(output).toContain(`AWS verification failed: role "P0RoleIamManager" does not exist in AWS account ${ACCOUNT}`);
    expect(elapsed).toBeGreaterThanOrEqual(5_000);
    const list = await ws.tf(['state', 'list']);
    expect(list.stdout.trim().split('\n').sort()).toEqual(['cloudbridge_p0_aws_iam_write_staged.this', 'cloudbridge_p0_aws_integration.this']);
    expect((await client().getItem('iam-write', ACCOUNT)).item.state).toBe('stage');
  });
});

describe('bad input fails at terraform validate (6)', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({
      files: {
        'main.tf': `${TERRAFORM_BLOCK}resource "cloudbridge_p0_aws_iam_write_staged" "short" {
  account_id = "12345678901"
}

resource "cloudbridge_p0_aws_inventory_staged" "partition" {
  account_id = "123456789012"
  partition  = "aws-cn"
}

resource "cloudbridge_p0_aws_iam_write" "login" {
  account_id = "123456789012"
  login = {
    type = "saml"
  }
}

resource "cloudbridge_p0_aws_access_logs_staged" "case" {
  account_id = "123456789012"
  partition  = "AWS"
}
`,
      },
      env: env(),
    });
    await ws.init();
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  it('reports each attribute with its rule, and makes no API call', async () => {
    const before = await p0RequestCount();
    const r = await ws.tf(['validate', '-json', '-no-color']);
    expect(r.code).toBe(1);
    const found = r.diagnostics
      .map((d) => ({ detail: d.detail, line: d.range?.start.line, code: d.snippet?.code?.trim() }))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    expect(found).toEqual([
      { detail: 'AWS account IDs consist of exactly 12 digits', line: 7, code: 'account_id = "12345678901"' },
      { detail: 'must be one of: "aws", "aws-us-gov"', line: 12, code: 'partition  = "aws-cn"' },
      // Terraform locates paths through nested attributes only to the top-level attribute, so the
      // provider sends `login` as the path and names `login.type` in the detail.
      { detail: 'login.type: must be one of: "iam", "idc", "merged-idc", "federated"', line: 17, code: 'login = {\n    type = "saml"\n  }' },
      // A value that differs from an allowed one only in case gets a hint (issue 14).
      { detail: 'must be one of: "aws", "aws-us-gov"; did you mean "aws"?', line: 24, code: 'partition  = "AWS"' },
    ]);
    expect(await p0RequestCount()).toBe(before);
  });
});
