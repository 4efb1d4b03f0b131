/**
 * `npm run demo -- --keep`: nothing is destroyed, and the destroy.sh it writes
 * restarts the emulator from its data file and destroys everything later.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runDemo, type DemoResult } from '../../scripts/run-demo';
import { prepareProvider, type TestProvider } from './support';

function run(command: string, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run demo -- --keep, then destroy.sh', () => {
  let provider: TestProvider;
  let result: DemoResult;
  let managed = 0;
  const lines: string[] = [];

  beforeAll(async () => {
    provider = await prepareProvider();
    result = await runDemo({
      keep: true,
      providerBundle: provider.bundleDir,
      out: (line) => lines.push(line),
      hooks: {
        afterApply: async (ctx) => {
          managed = (await ctx.terraform(['state', 'list'])).stdout.trim().split('\n').filter((a) => !a.startsWith('data.')).length;
        },
      },
    });
  }, 900_000);

  afterAll(() => {
    provider?.cleanup();
    if (result?.workdir) fs.rmSync(result.workdir, { recursive: true, force: true });
  });

  it('keeps the workdir, the state and the emulator data, and says how to destroy', () => {
    const workdir = result.workdir!;
    const script = path.join(workdir, 'destroy.sh');
    expect(lines.filter((l) => /^\[\d\/9\]/.test(l)).at(-1)).toBe('[9/9] Keep (--keep): nothing destroyed');
    expect(lines).toContain(`        sh ${script}`);
    expect(fs.existsSync(path.join(workdir, 'emulator-data.json'))).toBe(true);
    expect(fs.existsSync(path.join(workdir, 'cdktf.out', 'stacks', 'platform', 'terraform.tfstate'))).toBe(true);
    expect(managed).toBeGreaterThan(30);
  });

  it('destroy.sh restarts the emulator from its data and destroys every resource, then removes the workdir', async () => {
    const workdir = result.workdir!;
    const r = await run('sh', [path.join(workdir, 'destroy.sh')]);
    // eslint-disable-next-line no-control-regex
    const stdout = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    expect({ code: r.code, stderr: r.stderr.replace(/\s+$/, '') }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(`Destroy complete! Resources: ${managed} destroyed.`);
    expect(stdout.trim().split('\n').at(-1)).toBe(`Destroyed; removed ${workdir}`);
    expect(fs.existsSync(workdir)).toBe(false);
  }, 300_000);
});
