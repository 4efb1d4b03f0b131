/**
 * The framework end to end with real terraform (issue 2, "Done when" 1-4 and
 * 6), on the test-only cloudbridge_test_thing, with AutoMTLS and without TLS.
 */
import * as fs from 'node:fs';
import { processesMentioning, Workspace, type TfResult } from './harness';
import type { RemoteFile } from '../support/test-vendor';

const hcl = (attrs: string) => `
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
provider "cloudbridge" {}
resource "cloudbridge_test_thing" "t" {
${attrs}
}
`;

const WO_MARKER = 'wo-marker-7f3a9c';
const SENSITIVE_MARKER = 'sensitive-marker-51b2';

function ok(r: TfResult, what: string): void {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
}

function remote(ws: Workspace): RemoteFile {
  return JSON.parse(fs.readFileSync(ws.remoteFile, 'utf8')) as RemoteFile;
}

describe.each([
  ['AutoMTLS', true],
  ['TF_DISABLE_PLUGIN_TLS=1', false],
])('cloudbridge_test_thing with %s', (_label, tls) => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({
      testTypes: true,
      tls,
      files: {
        'main.tf': hcl(`  name = "alpha"\n  description = "one"\n  token = "${SENSITIVE_MARKER}"\n  secret_wo = "${WO_MARKER}"\n  secret_wo_version = 1`),
      },
    });
    await ws.init();
  });
  afterAll(() => ws?.cleanup());

  it('plans with (sensitive value), applies, and a second plan is empty', async () => {
    const plan = await ws.tf(['plan', '-no-color', '-input=false']);
    ok(plan, 'plan');
    expect(plan.stdout).toContain('token             = (sensitive value)');
    expect(plan.stdout).not.toContain(SENSITIVE_MARKER);
    expect(plan.stdout).not.toContain(WO_MARKER);
    ok(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']), 'apply');
    const again = await ws.tf(['plan', '-detailed-exitcode', '-no-color', '-input=false']);
    expect({ code: again.code, out: again.stdout }).toMatchObject({ code: 0 });
  });

  it('keeps the write-only value out of state and show -json, but the provider received it', async () => {
    expect(ws.stateFile()).toContain('"secret_wo_version": 1');
    expect(ws.stateFile()).not.toContain(WO_MARKER);
    expect(JSON.stringify(await ws.show())).not.toContain(WO_MARKER);
    expect(Object.values(remote(ws).things)[0]!.secret_wo).toBe(WO_MARKER);
  });

  it('updates in place, then replaces on a requires-replace attribute', async () => {
    ws.write('main.tf', hcl(`  name = "alpha"\n  description = "two"\n  secret_wo = "${WO_MARKER}"\n  secret_wo_version = 1`));
    const upd = await ws.tf(['apply', '-auto-approve', '-input=false', '-json']);
    ok(upd, 'apply (update)');
    expect(upd.json.some((l) => l.type === 'planned_change' && (l.change as { action?: string }).action === 'update')).toBe(true);
    const before = Object.keys(remote(ws).things);
    ws.write('main.tf', hcl(`  name = "beta"\n  description = "two"\n  secret_wo = "${WO_MARKER}"\n  secret_wo_version = 1`));
    const plan = await ws.tf(['plan', '-no-color', '-input=false']);
    expect(plan.stdout).toMatch(/must be replaced/);
    expect(plan.stdout).toMatch(/name\s+= "alpha" -> "beta" # forces replacement/);
    ok(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']), 'apply (replace)');
    const after = Object.keys(remote(ws).things);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
    expect((await ws.tf(['plan', '-detailed-exitcode', '-input=false'])).code).toBe(0);
  });

  it('imports, with a clean plan afterwards', async () => {
    const id = Object.keys(remote(ws).things)[0]!;
    ok(await ws.tf(['state', 'rm', 'cloudbridge_test_thing.t']), 'state rm');
    ws.write('main.tf', hcl(`  name = "beta"\n  description = "two"`));
    ok(await ws.tf(['import', '-input=false', '-no-color', 'cloudbridge_test_thing.t', id]), 'import');
    const plan = await ws.tf(['plan', '-detailed-exitcode', '-input=false', '-no-color']);
    expect({ code: plan.code, out: plan.stdout }).toMatchObject({ code: 0 });
    const bad = await ws.tf(['import', '-input=false', '-no-color', 'cloudbridge_test_thing.other', 'not-an-id']);
    expect(bad.code).not.toBe(0);
  });

  it('destroys', async () => {
    ok(await ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color']), 'destroy');
    expect(remote(ws).things).toEqual({});
  });
});

describe('validation, schema and stopping', () => {
  it('validate -json reports a validator failure with its attribute path', async () => {
    const ws = await Workspace.create({ testTypes: true, files: { 'main.tf': hcl('  name = "X!"') } });
    try {
      await ws.init();
      const r = await ws.tf(['validate', '-json', '-no-color']);
      expect(r.code).toBe(1);
      const d = r.diagnostics.find((x) => x.detail?.includes('between 3 and 20 characters'));
      expect(d).toBeDefined();
      expect(d!.severity).toBe('error');
      // Terraform maps the attribute path to the source range of `name = "X!"`.
      expect(d!.range).toMatchObject({ filename: 'main.tf', start: { line: 8 } });
      expect(d!.snippet?.code).toContain('name = "X!"');
    } finally {
      await ws.cleanup();
    }
  });

  it('terraform providers schema -json shows the provider with the five vendor blocks', async () => {
    const ws = await Workspace.create({ files: { 'main.tf': hcl('  name = "abc"').replace(/resource[\s\S]*$/, '') } });
    try {
      await ws.init();
      const r = await ws.tf(['providers', 'schema', '-json']);
      ok(r, 'providers schema');
      const schema = JSON.parse(r.stdout) as { provider_schemas: Record<string, { provider: { block: { block_types: Record<string, unknown> } } }> };
      const p = schema.provider_schemas['registry.terraform.io/cloudbridge/cloudbridge'];
      expect(p).toBeDefined();
      expect(Object.keys(p!.provider.block.block_types).sort()).toEqual(['avisi', 'cloudflare', 'northflank', 'p0', 'qtangl']);
      // `cloudbridge schema` prints the same provider block.
    } finally {
      await ws.cleanup();
    }
  });

  it('SIGINT during a slow apply stops the provider: cancelled, exited, no process or socket left', async () => {
    const ws = await Workspace.create({ testTypes: true, files: { 'main.tf': hcl('  name = "slow"\n  slow = true') } });
    try {
      await ws.init();
      const child = ws.spawn(['apply', '-auto-approve', '-input=false', '-no-color']);
      let out = '';
      child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      const started = Date.now();
      while (!(fs.existsSync(ws.remoteFile) && fs.readFileSync(ws.remoteFile, 'utf8').includes('create:slow-start'))) {
        if (Date.now() - started > 60_000) throw new Error(`slow create never started:\n${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(processesMentioning(ws.dir).length).toBeGreaterThan(0);
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).not.toBe(0);
      expect(out).toMatch(/Interrupt received|Stopping operation/);
      expect(JSON.parse(fs.readFileSync(ws.remoteFile, 'utf8')).events).toContain('create:cancelled');
      // Give the provider a moment to exit after Controller.Shutdown.
      const deadline = Date.now() + 10_000;
      while (processesMentioning(ws.dir).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(processesMentioning(ws.dir)).toEqual([]);
      expect(fs.readdirSync(ws.socketDir)).toEqual([]);
    } finally {
      await ws.cleanup();
    }
  });
});
