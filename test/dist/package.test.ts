/**
 * The npm package as a user gets it: `npm pack`, installed into an empty
 * folder, its `cloudbridge` command, and a plain HCL configuration applied
 * with the provider that command installed. Nothing from the network: the
 * install uses a lock file made from this repository's (same versions,
 * tarballs from npm's cache), so `npm ci --offline` can run.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hashPackageDir } from '../../src/cli/package-hash';
import { platformDir } from '../../src/plugin-mirrors';
import { PROVIDER_VERSION } from '../../src/provider';
import { cleanEnv, initApplyPlan, lockedHashes, ROOT, workdir } from './support';

interface PackedFile {
  readonly path: string;
  readonly size: number;
}
interface Packed {
  readonly filename: string;
  readonly size: number;
  readonly files: readonly PackedFile[];
}

let tmp: string;
let packed: Packed;
let app: string;
let bin: string;

function npm(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npm', [...args], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' }, timeout: 300_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An app whose package-lock.json pins cloudbridge (the tarball) and this repository's production dependencies. */
function appWithLock(dir: string, tarball: string): void {
  type Lock = { packages: Record<string, { dev?: boolean; link?: boolean }> };
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const spec = `file:${path.relative(dir, tarball)}`;
  const packages: Record<string, unknown> = {
    '': { name: 'app', dependencies: { cloudbridge: spec } },
    'node_modules/cloudbridge': {
      version: pkg.version,
      resolved: spec,
      integrity: `sha512-${createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [key, entry] of Object.entries(lock.packages)) if (key !== '' && !entry.dev && !entry.link) packages[key] = entry;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'app', private: true, dependencies: { cloudbridge: spec } }, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'package-lock.json'), `${JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
}

function cloudbridge(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(bin, [...args], { cwd: app, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: path.join(tmp, 'home') } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'cli.js'))) throw new Error('dist/ is missing: run "npm run build" first');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-package-'));
  // dist/ is fresh (npm test builds first); --ignore-scripts skips prepack's second build.
  const r = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
  if (r.code !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  packed = (JSON.parse(r.stdout) as Packed[])[0]!;
  app = path.join(tmp, 'app');
  appWithLock(app, path.join(tmp, packed.filename));
  const ci = npm(['ci', '--offline', '--no-audit', '--no-fund'], app);
  if (ci.code !== 0) throw new Error(`npm ci --offline of the tarball failed:\n${ci.stderr}`);
  bin = path.join(app, 'node_modules', '.bin', 'cloudbridge');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the tarball', () => {
  it('ships the command, the built provider, the constructs (cdktf and CDK Terrain), README and docs; no sources, tests or source maps', () => {
    const paths = packed.files.map((f) => f.path);
    const tops = [...new Set(paths.map((p) => (p.includes('/') ? `${p.split('/')[0]}/${p.startsWith('dist/') ? `${p.split('/')[1]}` : ''}` : p)))].sort();
    expect(tops).toEqual(['README.md', 'bin/', 'dist/cli', 'dist/constructs', 'dist/constructs-cdktn', 'dist/package.json', 'dist/provider', 'docs/', 'package.json']);
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(['bin/cloudbridge.js', 'dist/cli/cli.js', 'dist/provider/plugin-main.js', 'dist/provider/rpc-server.js', 'dist/provider/provider.js', 'dist/constructs/index.js', 'dist/constructs-cdktn/index.js', 'docs/install.md']));
    expect(packed.files.find((f) => f.path === 'dist/cli/cli.js')!.size).toBe(fs.statSync(path.join(ROOT, 'dist', 'cli', 'cli.js')).size);
  });

  it('is publishable: npm publish --dry-run accepts the package', () => {
    const r = npm(['publish', '--dry-run', '--ignore-scripts', '--offline', '--json'], ROOT);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Record<string, { id: string }>)['cloudbridge']!.id).toBe(`cloudbridge@${PROVIDER_VERSION}`);
  });
});

describe('cloudbridge, installed from the tarball into an empty folder', () => {
  it('--version prints the version', () => {
    expect(cloudbridge(['--version'])).toEqual({ code: 0, stdout: `${PROVIDER_VERSION}\n`, stderr: '' });
  });

  it.each(['install', 'schema', 'emulate', 'release'])('%s --help prints its usage and exits 0', (command) => {
    const r = cloudbridge([command, '--help']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`Usage:\n  cloudbridge ${command}`);
  });

  it('a bare cloudbridge and an unknown option print usage and exit 2', () => {
    const bare = cloudbridge([]);
    expect({ code: bare.code, stdout: bare.stdout }).toEqual({ code: 2, stdout: '' });
    expect(bare.stderr).toContain('Usage: cloudbridge <command>');
    const unknown = cloudbridge(['install', '--plugin-dir', 'x', '--frobnicate']);
    expect({ code: unknown.code, stdout: unknown.stdout }).toEqual({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe('cloudbridge install: unknown option --frobnicate\nUsage: cloudbridge install --plugin-dir DIR [--mirror DIR]... [--with SRC@VERSION]... [--offline] [--cli-config FILE] [--bundle-dir DIR]\nRun "cloudbridge install --help" for the options.\n');
  });

  it('install --plugin-dir writes a provider that a plain HCL configuration inits and applies with', async () => {
    const plugins = path.join(app, 'plugins');
    const cliConfigFile = path.join(app, 'cloudbridge.tfrc');
    const r = cloudbridge(['install', '--plugin-dir', plugins, '--cli-config', cliConfigFile]);
    expect(r.code).toBe(0);
    const target = path.join(plugins, 'registry.terraform.io', 'cloudbridge', 'cloudbridge', PROVIDER_VERSION, platformDir());
    expect(r.stderr).toContain(`Installed ${path.join(target, `terraform-provider-cloudbridge_v${PROVIDER_VERSION}`)}`);
    // Other providers still come from their registry: the direct block leaves out only what the mirror holds.
    expect(fs.readFileSync(cliConfigFile, 'utf8')).toBe(
      `provider_installation {\n  filesystem_mirror {\n    path    = "${plugins}"\n    include = ["registry.terraform.io/cloudbridge/cloudbridge"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/cloudbridge/cloudbridge"]\n  }\n}\n`,
    );
    const dir = workdir(tmp, 'hcl');
    const id = await initApplyPlan(dir, cleanEnv(dir, cliConfigFile));
    expect(id).toMatch(/^[a-z0-9]{24}$/);
    expect(lockedHashes(dir)).toEqual([hashPackageDir(target)]);
  });
});
