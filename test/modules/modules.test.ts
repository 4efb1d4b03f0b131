/**
 * The HCL modules (modules/<vendor>-aws) through the real terraform, each
 * copied out of the repo first: `terraform validate` passes, and the module's
 * own `terraform test` files apply against the emulator (no mock provider)
 * with every run passing. One emulator and one provider install for the file;
 * the examples that call the modules are in examples.test.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, Workspace, expectOk, type TfResult } from '../acceptance/harness';
import { emulatorEnv, withEmulator } from '../support/emulator';
import { moduleDirs } from '../../scripts/module-docs';
import { parseHcl } from '../../scripts/hcl-reader';
import { NORTHFLANK_AWS_ACCOUNT_ID } from '../../src/vendors/northflank/emulator-assumptions';
import { QTANGL_AWS_ACCOUNT_ID } from '../../src/vendors/qtangl/emulator-assumptions';
import { filesUnder, validated } from './support';

const em = withEmulator();
const MODULES = moduleDirs(path.join(ROOT, 'modules')).map((d) => path.basename(d));

function env(): Record<string, string> {
  return {
    ...emulatorEnv(em),
    // Inputs the vendors' own pages would give; the emulator's values.
    TF_VAR_qtangl_principal: QTANGL_AWS_ACCOUNT_ID,
    TF_VAR_northflank_principal: NORTHFLANK_AWS_ACCOUNT_ID,
  };
}

/** The run blocks of a module's test files, as `file: run`, in order. */
function runsOf(moduleDir: string): string[] {
  const testsDir = path.join(moduleDir, 'tests');
  return fs
    .readdirSync(testsDir)
    .filter((f) => f.endsWith('.tftest.hcl'))
    .sort()
    .flatMap((f) => {
      const file = path.join(testsDir, f);
      return parseHcl(fs.readFileSync(file, 'utf8'), file)
        .blocks.filter((b) => b.type === 'run')
        .map((b) => `tests/${f}: ${b.labels[0]}`);
    });
}

/** `terraform test` reports each run as `  run "name"... pass` under its file's line. */
function runResults(r: TfResult): string[] {
  const out: string[] = [];
  let file = '';
  for (const line of r.stdout.split('\n')) {
    const f = /^(tests\/\S+\.tftest\.hcl)\.\.\. /.exec(line);
    if (f) file = f[1]!;
    const run = /^\s+run "([^"]+)"\.\.\. (\w+)/.exec(line);
    if (run) out.push(`${file}: ${run[1]} ${run[2]}`);
  }
  return out;
}


describe.each(MODULES)('modules/%s', (name) => {
  const moduleDir = path.join(ROOT, 'modules', name);
  let ws: Workspace;
  // The module alone, in a temp folder: nothing from the repo around it.
  beforeAll(async () => {
    ws = await Workspace.create({ files: filesUnder(moduleDir, name), env: env() });
  });
  afterAll(async () => {
    await ws?.cleanup();
  });
  const inModule = (args: string[]) => ws.tf([`-chdir=${name}`, ...args]);

  it('validates outside the repo, with no provider block of its own', async () => {
    expect(ws.dir.startsWith(ROOT)).toBe(false);
    expectOk(await inModule(['init', '-input=false', '-no-color']));
    const r = await inModule(['validate', '-json', '-no-color']);
    expect(validated(r)).toEqual({ valid: true, errors: 0, warnings: 0 });
    const sources = fs
      .readdirSync(moduleDir)
      .filter((f) => f.endsWith('.tf'))
      .flatMap((f) => parseHcl(fs.readFileSync(path.join(moduleDir, f), 'utf8'), f).blocks);
    expect(sources.filter((b) => b.type === 'provider')).toEqual([]);
    const required = sources.filter((b) => b.type === 'terraform').flatMap((b) => b.body.blocks.filter((x) => x.type === 'required_providers'));
    expect(required.flatMap((b) => b.body.attributes.map((a) => a.name)).sort()).toEqual(['aws', 'cloudbridge']);
  });

  it('passes its terraform test, applied against the emulator', async () => {
    const tests = fs.readdirSync(path.join(moduleDir, 'tests')).filter((f) => f.endsWith('.tftest.hcl'));
    expect(tests.length).toBeGreaterThan(0);
    // Every run applies unless it only checks that bad input fails at plan.
    for (const f of tests) {
      const file = path.join(moduleDir, 'tests', f);
      for (const run of parseHcl(fs.readFileSync(file, 'utf8'), file).blocks.filter((b) => b.type === 'run')) {
        const command = run.body.attributes.find((a) => a.name === 'command')?.expression.trim() ?? 'apply';
        if (command !== 'apply') expect(run.body.attributes.map((a) => a.name)).toContain('expect_failures');
      }
    }
    const r = await inModule(['test', '-no-color']);
    if (r.code !== 0) throw new Error(`terraform test exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
    const runs = runsOf(moduleDir);
    expect(runResults(r)).toEqual(runs.map((run) => `${run} pass`));
    expect(r.stdout).toContain(`Success! ${runs.length} passed, 0 failed.`);
  }, 300_000);
});
