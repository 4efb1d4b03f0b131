/**
 * The framework end to end with real terraform (issue 2, "Done when" 1-4 and
 * 6), on the test-only cloudbridge_test_thing, with AutoMTLS and without TLS.
 *
 * One workspace per TLS mode, shared by sequential steps (init once); one more
 * workspace for validate, the schema and the SIGINT test.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, Workspace, type TfResult } from './harness';
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
/** Line of the first attribute in hcl(): the template starts with a newline. */
const FIRST_ATTR_LINE = 9;

const WO_MARKER = 'wo-marker-7f3a9c';
const SENSITIVE_MARKER = 'sensitive-marker-51b2';
const PROVIDER_LOG_NAME = 'provider.terraform-provider-cloudbridge_v0.1.0';

function ok(r: TfResult, what: string): void {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
}

function remote(ws: Workspace): RemoteFile {
  return JSON.parse(fs.readFileSync(ws.remoteFile, 'utf8')) as RemoteFile;
}

/**
 * Live processes whose working directory is the workspace: terraform and the
 * providers it starts (Terraform runs them as `node .terraform/providers/...`,
 * a relative path, so their command lines do not name the workspace). Linux /proc.
 */
function processesIn(dir: string): { pid: number; cmd: string }[] {
  const out: { pid: number; cmd: string }[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (fs.readlinkSync(`/proc/${pid}/cwd`) !== dir) continue;
      out.push({ pid: Number(pid), cmd: fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim() });
    } catch {
      /* gone, or not ours to read */
    }
  }
  return out;
}

async function waitUntil(what: string, check: () => boolean, timeoutMs: number, details: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${details()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every provider Terraform started has exited and removed its socket folder. */
async function expectNothingLeft(ws: Workspace): Promise<void> {
  // go-plugin waits for the plugin to exit after Controller.Shutdown before terraform itself exits; the grace is for slow machines.
  await waitUntil('the providers to exit', () => processesIn(ws.dir).length === 0, 5_000).catch(() => undefined);
  expect(processesIn(ws.dir)).toEqual([]);
  expect(fs.readdirSync(ws.socketDir)).toEqual([]);
}

describe.each([
  ['AutoMTLS', true],
  ['TF_DISABLE_PLUGIN_TLS=1', false],
])('cloudbridge_test_thing with %s', (_label, tls) => {
  const first = `  name = "alpha"\n  description = "one"\n  token = "${SENSITIVE_MARKER}"\n  secret_wo = "${WO_MARKER}"\n  secret_wo_version = 1`;
  const updated = `  name = "alpha"\n  description = "two"\n  secret_wo = "${WO_MARKER}"\n  secret_wo_version = 1`;
  const renamed = `  name = "beta"\n  description = "two"\n  secret_wo = "${WO_MARKER}"\n  secret_wo_version = 1`;
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({ testTypes: true, tls, files: { 'main.tf': hcl(first) } });
    await ws.init();
  });
  afterAll(() => ws?.cleanup());

  it('plans with (sensitive value), applies, and a second plan is empty', async () => {
    const log = path.join(ws.dir, 'plan.log');
    const plan = await ws.tf(['plan', '-no-color', '-input=false'], { TF_LOG_PROVIDER: 'debug', TF_LOG_PATH: log });
    ok(plan, 'plan');
    // The transport really is what this block says: the provider logs whether it serves TLS.
    const logText = fs.readFileSync(log, 'utf8');
    expect(logText).toMatch(new RegExp(`\\[DEBUG\\] ${PROVIDER_LOG_NAME}: gRPC server ready: .*\\btls=${tls}\\b`));
    if (tls) expect(logText).toContain('configuring client automatic mTLS');
    else expect(logText).not.toContain('automatic mTLS');
    expect(plan.stdout).toContain('+ token             = (sensitive value)');
    expect(plan.stdout).toContain('+ secret_wo         = (write-only attribute)');
    expect(plan.stdout).toContain('Plan: 1 to add, 0 to change, 0 to destroy.');
    expect(plan.stdout).not.toContain(SENSITIVE_MARKER);
    expect(plan.stdout).not.toContain(WO_MARKER);
    ok(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']), 'apply');
    const again = await ws.tf(['plan', '-detailed-exitcode', '-no-color', '-input=false']);
    expect({ code: again.code, out: again.stdout }).toEqual({ code: 0, out: expect.stringContaining('No changes.') });
  });

  it('keeps the write-only value out of state and show -json, but the provider received it', async () => {
    const state = JSON.parse(ws.stateFile()) as { resources: { instances: { attributes: Record<string, unknown> }[] }[] };
    const attrs = state.resources[0]!.instances[0]!.attributes;
    expect(attrs).toMatchObject({ name: 'alpha', description: 'one', token: SENSITIVE_MARKER, secret_wo: null, secret_wo_version: 1 });
    expect(ws.stateFile()).not.toContain(WO_MARKER);
    const shown = await ws.show();
    expect(JSON.stringify(shown)).not.toContain(WO_MARKER);
    expect(JSON.stringify(shown)).toContain('"secret_wo_version":1');
    const things = Object.values(remote(ws).things);
    expect(things).toHaveLength(1);
    expect(things[0]!.secret_wo).toBe(WO_MARKER);
  });

  it('updates in place, then replaces on a requires-replace attribute', async () => {
    ws.write('main.tf', hcl(updated));
    const upd = await ws.tf(['apply', '-auto-approve', '-input=false', '-json']);
    ok(upd, 'apply (update)');
    const actions = upd.json.filter((l) => l.type === 'planned_change').map((l) => (l.change as { action?: string }).action);
    expect(actions).toEqual(['update']);
    const before = Object.keys(remote(ws).things);
    expect(before).toHaveLength(1);
    expect(remote(ws).events).toContain(`update:${before[0]}`);

    ws.write('main.tf', hcl(renamed));
    // apply prints the plan it carries out, so one command shows the replacement and makes it.
    const replace = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']);
    ok(replace, 'apply (replace)');
    expect(replace.stdout).toContain('# cloudbridge_test_thing.t must be replaced');
    expect(replace.stdout).toMatch(/~ name\s+= "alpha" -> "beta" # forces replacement/);
    expect(replace.stdout).toContain('Plan: 1 to add, 0 to change, 1 to destroy.');
    expect(replace.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 1 destroyed.');
    const after = Object.keys(remote(ws).things);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
    expect(remote(ws).events.slice(-2)).toEqual([`delete:${before[0]}`, `create:${after[0]}`]);
    expect((await ws.tf(['plan', '-detailed-exitcode', '-input=false', '-no-color'])).code).toBe(0);
  });

  it('imports, with a clean plan afterwards; a malformed id is refused with the documented format', async () => {
    const id = Object.keys(remote(ws).things)[0]!;
    ok(await ws.tf(['state', 'rm', 'cloudbridge_test_thing.t']), 'state rm');
    expect(ws.stateFile()).not.toContain(id);

    const bad = await ws.tf(['import', '-input=false', '-no-color', 'cloudbridge_test_thing.t', 'not-an-id']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Error: Invalid import id');
    expect(bad.stderr).toContain('Expected <id>, for example thing-1; got "not-an-id".');

    // The configuration describes the remote object as it is (secret_wo_version included), so nothing is left to change.
    const imp = await ws.tf(['import', '-input=false', '-no-color', 'cloudbridge_test_thing.t', id]);
    ok(imp, 'import');
    expect(imp.stdout).toContain('Import successful!');
    const shown = (await ws.show()) as { values: { root_module: { resources: { address: string; values: Record<string, unknown> }[] } } };
    expect(shown.values.root_module.resources).toEqual([
      expect.objectContaining({
        address: 'cloudbridge_test_thing.t',
        values: expect.objectContaining({ id, name: 'beta', description: 'two', size: 1, kind: 'small', secret_wo_version: 1, secret_wo: null }),
      }),
    ]);
    const plan = await ws.tf(['plan', '-detailed-exitcode', '-input=false', '-no-color']);
    expect({ code: plan.code, out: plan.stdout }).toEqual({ code: 0, out: expect.stringContaining('No changes.') });
  });

  it('destroys, and leaves no provider process or socket behind', async () => {
    const id = Object.keys(remote(ws).things)[0]!;
    const destroy = await ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color']);
    ok(destroy, 'destroy');
    expect(destroy.stdout).toContain('Destroy complete! Resources: 1 destroyed.');
    expect(remote(ws).things).toEqual({});
    expect(remote(ws).events.at(-1)).toBe(`delete:${id}`);
    await expectNothingLeft(ws);
  });
});

describe('validation, schema and stopping', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({ testTypes: true, files: { 'main.tf': hcl('  name = "X!"') } });
    await ws.init();
  });
  afterAll(() => ws?.cleanup());

  it('validate -json reports a validator failure with its attribute path', async () => {
    ws.write('main.tf', hcl('  name = "X!"'));
    const r = await ws.tf(['validate', '-json', '-no-color']);
    expect(r.code).toBe(1);
    expect(r.json[0]).toMatchObject({ valid: false, error_count: 2, warning_count: 0 });
    // Terraform can only point at `"X!"` (line 9, columns 10-14) because the diagnostics carry the attribute path `name`;
    // without a path the range would be the resource block's header on line 8.
    type Ranged = { range?: { filename: string; start: { line: number; column: number }; end: { line: number; column: number } } };
    const seen = r.diagnostics.map((d) => {
      const range = (d as Ranged).range;
      return {
        severity: d.severity,
        summary: d.summary,
        detail: d.detail,
        address: d.address,
        at: range && `${range.filename}:${range.start.line}.${range.start.column}-${range.end.line}.${range.end.column}`,
        code: d.snippet?.code,
      };
    });
    const at = { severity: 'error', summary: 'Invalid attribute value', address: 'cloudbridge_test_thing.t', at: `main.tf:${FIRST_ATTR_LINE}.10-${FIRST_ATTR_LINE}.14`, code: '  name = "X!"' };
    expect(seen).toEqual([
      { ...at, detail: 'must be between 3 and 20 characters long, got 2' },
      { ...at, detail: 'must start with a letter and use only a-z, 0-9 and -' },
    ]);
  });

  it('terraform providers schema -json shows the provider with the five vendor blocks, as `cloudbridge schema` does', async () => {
    const r = await ws.tf(['providers', 'schema', '-json']);
    ok(r, 'providers schema');
    type Schemas = { provider_schemas: Record<string, { provider: { block: { block_types: Record<string, unknown> } } }> };
    const schema = JSON.parse(r.stdout) as Schemas;
    expect(Object.keys(schema.provider_schemas)).toEqual(['registry.terraform.io/cloudbridge/cloudbridge']);
    const p = schema.provider_schemas['registry.terraform.io/cloudbridge/cloudbridge']!;
    expect(Object.keys(p.provider.block.block_types).sort()).toEqual(['avisi', 'cloudflare', 'northflank', 'p0', 'qtangl']);
    const ours = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin', 'cloudbridge.js'), 'schema'], { encoding: 'utf8' })) as Schemas;
    expect(ours.provider_schemas['registry.terraform.io/cloudbridge/cloudbridge']!.provider).toEqual(p.provider);
  });

  it('SIGINT during a slow apply stops the provider: StopProvider received, create cancelled, exited, no process or socket left', async () => {
    ws.write('main.tf', hcl('  name = "slow"\n  slow = true'));
    const log = path.join(ws.dir, 'sigint.log');
    const child = ws.spawn(['apply', '-auto-approve', '-input=false', '-no-color'], { TF_LOG_PROVIDER: 'info', TF_LOG_PATH: log });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const events = () => (fs.existsSync(ws.remoteFile) ? remote(ws).events : []);
      await waitUntil('the slow create to start', () => events().includes('create:slow-start'), 60_000, () => out);
      const providers = processesIn(ws.dir).filter((p) => p.cmd.includes('terraform-provider-cloudbridge') || p.cmd.includes('plugin-main.js'));
      expect(providers).toHaveLength(1);
      expect(fs.readdirSync(ws.socketDir)).toHaveLength(1);

      child.kill('SIGINT');
      const code = await closed;
      expect(code).toBe(1);
      expect(out).toContain('Interrupt received.');
      expect(out).toContain('Stopping operation...');
      expect(out).toContain('The operation was cancelled (Terraform asked the provider to stop).');
      // The provider got StopProvider over gRPC (its own log line, relayed by go-plugin) and the handler saw the abort.
      expect(fs.readFileSync(log, 'utf8')).toMatch(new RegExp(`\\[INFO\\]  ${PROVIDER_LOG_NAME}: StopProvider: cancelling in-flight calls`));
      expect(events()).toEqual(['create:slow-start', 'create:cancelled']);
      expect(remote(ws).things).toEqual({});
      await expectNothingLeft(ws);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await closed;
      }
    }
  });
});
