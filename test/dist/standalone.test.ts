/**
 * The standalone provider (Node's single executable application, built by
 * scripts/build-sea.js) on a machine without Node: terraform runs under
 * `env -i` with a PATH that holds only terraform, installs the provider from
 * the release's mirror-standalone/ and applies a plain HCL configuration.
 * The executable is built once per test run, in the run's temp folder.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { runCli, type CliIo } from '../../src/cli';
import { PROVIDER_VERSION } from '../../src/provider';
import { EXTERNAL_ID_CONFIG, lockedHashes, run, terraformPath, writeCliConfig, type Run } from './support';

const V = PROVIDER_VERSION;
const ADDRESS = 'registry.terraform.io/cloudbridge/cloudbridge';

interface SeaBuild {
  readonly file: string;
  readonly bytes: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildSea } = require('../../scripts/build-sea.js') as { buildSea(o: { out: string }): Promise<SeaBuild> };

/** One build per jest run (CLOUDBRIDGE_JEST_TMPDIR is the run's folder). */
async function standaloneExecutable(): Promise<string> {
  const file = path.join(process.env.CLOUDBRIDGE_JEST_TMPDIR ?? os.tmpdir(), 'sea', 'terraform-provider-cloudbridge');
  if (!fs.existsSync(file)) await buildSea({ out: file });
  return file;
}

let tmp: string;
let out: string;
let standaloneH1: string;
let scriptH1: string;
let binDir: string;
let envBin: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-standalone-'));
  out = path.join(tmp, 'release');
  const exe = await standaloneExecutable();
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (t) => (stdout += t), err: (t) => (stderr += t), env: process.env };
  if ((await runCli(['release', '--out', out, '--standalone', exe], io)) !== 0) throw new Error(`release failed: ${stderr}`);
  standaloneH1 = /h1 \(standalone linux_amd64\): (h1:\S+)/.exec(stdout)![1]!;
  scriptH1 = /h1 \(every platform\): (h1:\S+)/.exec(stdout)![1]!;
  // The only program on PATH: terraform.
  binDir = path.join(tmp, 'bin');
  fs.mkdirSync(binDir);
  fs.symlinkSync(terraformPath(), path.join(binDir, 'terraform'));
  envBin = spawnSync('sh', ['-c', 'command -v env'], { encoding: 'utf8' }).stdout.trim() || '/usr/bin/env';
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** `env -i PATH=<only terraform> HOME=... terraform args` in dir. */
function bareTerraform(dir: string, mirror: string, args: readonly string[]): Promise<Run> {
  const cliConfig = writeCliConfig(path.join(dir, 'tfrc'), `  filesystem_mirror {\n    path    = "${mirror}"\n    include = ["${ADDRESS}"]\n  }`);
  const home = path.join(dir, 'home');
  fs.mkdirSync(home, { recursive: true });
  const vars = [`PATH=${binDir}`, `HOME=${home}`, `TF_CLI_CONFIG_FILE=${cliConfig}`, 'CHECKPOINT_DISABLE=1', 'TF_IN_AUTOMATION=1'];
  return run(envBin, ['-i', ...vars, 'terraform', ...args, ...(args[0] === 'output' ? [] : ['-no-color'])], { cwd: dir, env: {} });
}

function configDir(name: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'main.tf'), EXTERNAL_ID_CONFIG);
  return dir;
}

it('mirror-standalone holds one linux_amd64 zip with only the executable, listed with its h1: and zh:', () => {
  const dir = path.join(out, 'mirror-standalone', ADDRESS);
  const zip = `terraform-provider-cloudbridge_${V}_linux_amd64.zip`;
  expect(fs.readdirSync(dir).sort()).toEqual(['index.json', `${V}.json`, zip].sort());
  const listing = execFileSync('unzip', ['-Z', path.join(dir, zip)], { encoding: 'utf8' }).split('\n').filter((l) => /^-r/.test(l));
  expect(listing.map((l) => [l.slice(0, 10), l.split(/\s+/).at(-1)])).toEqual([['-rwxr-xr-x', `terraform-provider-cloudbridge_v${V}`]]);
  const version = JSON.parse(fs.readFileSync(path.join(dir, `${V}.json`), 'utf8')) as { archives: Record<string, { url: string; hashes: string[] }> };
  expect(Object.keys(version.archives)).toEqual(['linux_amd64']);
  expect(version.archives['linux_amd64']!.hashes[0]).toBe(standaloneH1);
  expect(version.archives['linux_amd64']!.hashes[1]).toMatch(/^zh:[0-9a-f]{64}$/);
  expect(standaloneH1).not.toBe(scriptH1);
});

it('inits and applies a cloudbridge resource under env -i with a PATH that holds only terraform', async () => {
  expect(fs.readdirSync(binDir)).toEqual(['terraform']);
  const dir = configDir('no-node');
  const mirror = path.join(out, 'mirror-standalone');
  const init = await bareTerraform(dir, mirror, ['init', '-input=false']);
  expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: '' });
  expect(lockedHashes(dir)).toEqual([standaloneH1]);
  const apply = await bareTerraform(dir, mirror, ['apply', '-auto-approve', '-input=false']);
  expect({ code: apply.code, stderr: apply.stderr }).toEqual({ code: 0, stderr: '' });
  expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
  const plan = await bareTerraform(dir, mirror, ['plan', '-detailed-exitcode', '-input=false']);
  expect(plan.code).toBe(0);
  const output = await bareTerraform(dir, mirror, ['output', '-raw', 'external_id']);
  expect(output.stdout).toMatch(/^[a-z0-9]{24}$/);
});

it('the script launcher in the same environment fails with a message that names the missing node and the standalone build', async () => {
  const dir = configDir('script-no-node');
  const mirror = path.join(out, 'mirror');
  expect((await bareTerraform(dir, mirror, ['init', '-input=false'])).code).toBe(0);
  const plan = await bareTerraform(dir, mirror, ['plan', '-input=false']);
  expect(plan.code).toBe(1);
  expect(plan.stderr.replace(/\s+/g, ' ')).toContain('"node" is not on PATH. This provider needs Node.js 20 or later; on machines without Node, install the standalone build');
});
