/**
 * `cloudbridge install`: what it writes (the launcher and the bundle, no
 * source maps), the CLI configuration it prints (mirrors, and `direct {}`
 * for the rest unless --offline), and what the launcher does when run.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliConfig, installProvider, runCli, type CliIo } from '../../src/cli';
import { platformDir } from '../../src/plugin-mirrors';
import { PROVIDER_VERSION } from '../../src/provider';

const ADDRESS = 'registry.terraform.io/cloudbridge/cloudbridge';
let tmp: string;
let bundle: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-install-'));
  // A stand-in bundle: its entry prints what the launcher gave it.
  bundle = path.join(tmp, 'bundle');
  fs.mkdirSync(bundle);
  fs.writeFileSync(
    path.join(bundle, 'plugin-main.js'),
    'process.stdout.write(JSON.stringify({ argv: process.argv.slice(2), cacheDir: process.env.CLOUDBRIDGE_CODE_CACHE_DIR, extra: process.env.CLOUDBRIDGE_EXTRA_CA_CERTS ?? null, nodeExtra: process.env.NODE_EXTRA_CA_CERTS ?? null }));\n',
  );
  fs.writeFileSync(path.join(bundle, 'plugin-main.js.map'), '{}');
  fs.writeFileSync(path.join(bundle, 'provider.js.cache'), 'cache');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A filesystem mirror holding the given providers (unpacked layout, one empty executable each). */
function fakeMirror(name: string, providers: readonly string[]): string {
  const dir = path.join(tmp, name);
  for (const p of providers) {
    const [ns, type] = p.split('/');
    const target = path.join(dir, 'registry.terraform.io', ns!, type!, '5.100.0', platformDir());
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, `terraform-provider-${type}_v5.100.0`), '');
  }
  return dir;
}

describe('installProvider', () => {
  it('writes the launcher (0755) and the bundle without source maps in the unpacked mirror layout', () => {
    const pluginDir = path.join(tmp, 'plugins-a');
    const r = installProvider({ pluginDir, bundleDir: bundle });
    const target = path.join(pluginDir, ADDRESS, PROVIDER_VERSION, platformDir());
    expect(r.executable).toBe(path.join(target, `terraform-provider-cloudbridge_v${PROVIDER_VERSION}`));
    expect(fs.readdirSync(target, { recursive: true }).map(String).sort()).toEqual([
      'provider',
      path.join('provider', 'plugin-main.js'),
      path.join('provider', 'provider.js.cache'),
      `terraform-provider-cloudbridge_v${PROVIDER_VERSION}`,
    ]);
    expect(fs.statSync(r.executable).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(target, 'provider', 'plugin-main.js')).mode & 0o777).toBe(0o644);
    // The library call stays offline (tests, demo): mirrors only.
    expect(r.cliConfig).toBe(`provider_installation {\n  filesystem_mirror {\n    path    = "${pluginDir}"\n    include = ["${ADDRESS}"]\n  }\n}\n`);
  });

  it('with registry: a direct block that leaves out every mirrored provider (named with --with, or found in a --mirror)', () => {
    const aws = fakeMirror('aws-mirror', ['hashicorp/aws']);
    const other = fakeMirror('other-mirror', ['hashicorp/random', 'hashicorp/tls']);
    const pluginDir = path.join(tmp, 'plugins-b');
    const r = installProvider({ pluginDir, bundleDir: bundle, registry: true, withProviders: ['hashicorp/aws@5.100.0'], mirrors: [other], env: { CLOUDBRIDGE_PLUGIN_MIRRORS: aws, HOME: tmp } });
    expect(r.cliConfig).toBe(
      `provider_installation {
  filesystem_mirror {
    path    = "${pluginDir}"
    include = ["${ADDRESS}"]
  }
  filesystem_mirror {
    path    = "${aws}"
    include = ["registry.terraform.io/hashicorp/aws"]
  }
  filesystem_mirror {
    path    = "${other}"
  }
  direct {
    exclude = ["${ADDRESS}", "registry.terraform.io/hashicorp/aws", "registry.terraform.io/hashicorp/random", "registry.terraform.io/hashicorp/tls"]
  }
}
`,
    );
  });

  it('fails before writing anything when a mirror is missing', () => {
    const pluginDir = path.join(tmp, 'plugins-never');
    expect(() => installProvider({ pluginDir, bundleDir: bundle, mirrors: [path.join(tmp, 'nope')] })).toThrow(`--mirror ${path.join(tmp, 'nope')}: no such folder`);
    expect(() => installProvider({ pluginDir, bundleDir: bundle, withProviders: ['hashicorp/aws@9.9.9'], env: { CLOUDBRIDGE_PLUGIN_MIRRORS: tmp, HOME: tmp } })).toThrow(
      /^No filesystem mirror holds hashicorp\/aws 9\.9\.9/,
    );
    expect(fs.existsSync(pluginDir)).toBe(false);
  });

  it('cliConfig without mirrors to leave out gives a bare direct block', () => {
    expect(cliConfig([], { exclude: [] })).toBe('provider_installation {\n  direct {\n  }\n}\n');
  });
});

describe('cloudbridge install', () => {
  async function install(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { out: (t) => (stdout += t), err: (t) => (stderr += t), env: { HOME: tmp } };
    return { code: await runCli(['install', ...args], io), stdout, stderr };
  }

  it('prints the CLI configuration with a direct block on stdout, and what it installed on stderr', async () => {
    const pluginDir = path.join(tmp, 'plugins-c');
    const r = await install('--plugin-dir', pluginDir, '--bundle-dir', bundle);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `provider_installation {\n  filesystem_mirror {\n    path    = "${pluginDir}"\n    include = ["${ADDRESS}"]\n  }\n  direct {\n    exclude = ["${ADDRESS}"]\n  }\n}\n`,
    );
    expect(r.stderr).toBe(`Installed ${path.join(pluginDir, ADDRESS, PROVIDER_VERSION, platformDir(), `terraform-provider-cloudbridge_v${PROVIDER_VERSION}`)}\n`);
  });

  it('--offline leaves the direct block out; --cli-config writes the file and says how to use it', async () => {
    const pluginDir = path.join(tmp, 'plugins-d');
    const file = path.join(tmp, 'offline.tfrc');
    const r = await install('--plugin-dir', pluginDir, '--bundle-dir', bundle, '--offline', '--cli-config', file);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 0, stdout: '' });
    expect(fs.readFileSync(file, 'utf8')).toBe(`provider_installation {\n  filesystem_mirror {\n    path    = "${pluginDir}"\n    include = ["${ADDRESS}"]\n  }\n}\n`);
    expect(r.stderr).toContain(`Wrote ${file}; use it with TF_CLI_CONFIG_FILE=${file}\n`);
  });
});

describe('the launcher', () => {
  let launcher: string;
  beforeAll(() => {
    launcher = installProvider({ pluginDir: path.join(tmp, 'plugins-run'), bundleDir: bundle }).executable;
  });

  it('runs the bundle with node, passes the arguments, and sends code caches to the user cache folder of this build', () => {
    const cache = path.join(tmp, 'xdg-cache');
    const r = spawnSync(launcher, ['a b', 'c'], { encoding: 'utf8', env: { PATH: process.env.PATH, XDG_CACHE_HOME: cache, CLOUDBRIDGE_NODE: process.execPath } });
    expect(r.status).toBe(0);
    const seen = JSON.parse(r.stdout) as { argv: string[]; cacheDir: string };
    expect(seen.argv).toEqual(['a b', 'c']);
    expect(seen.cacheDir).toMatch(new RegExp(`^${cache.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/cloudbridge/provider-${PROVIDER_VERSION.replace(/\./g, '\\.')}-[0-9a-f]{12}$`));
    // Without XDG_CACHE_HOME: under HOME.
    const home = spawnSync(launcher, [], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tmp, CLOUDBRIDGE_NODE: process.execPath } });
    expect((JSON.parse(home.stdout) as { cacheDir: string }).cacheDir.startsWith(path.join(tmp, '.cache', 'cloudbridge', `provider-${PROVIDER_VERSION}-`))).toBe(true);
  });

  it('hands NODE_EXTRA_CA_CERTS to the provider to read on its first HTTPS call, unless NODE_OPTIONS picks another CA store', () => {
    const run = (env: Record<string, string>) =>
      JSON.parse(spawnSync(launcher, [], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tmp, CLOUDBRIDGE_NODE: process.execPath, ...env } }).stdout) as { extra: string | null; nodeExtra: string | null };
    expect(run({ NODE_EXTRA_CA_CERTS: '/etc/corp-ca.pem' })).toMatchObject({ extra: '/etc/corp-ca.pem', nodeExtra: null });
    expect(run({})).toMatchObject({ extra: null, nodeExtra: null });
    // With another store Node's own handling stays (the provider's cannot match it). The stand-in node gets the flag too, so give it one it accepts.
    expect(run({ NODE_EXTRA_CA_CERTS: '/etc/corp-ca.pem', NODE_OPTIONS: '--use-openssl-ca' })).toMatchObject({ extra: null, nodeExtra: '/etc/corp-ca.pem' });
  });

  it('another build gets another cache folder', () => {
    const other = path.join(tmp, 'bundle-2');
    fs.cpSync(bundle, other, { recursive: true });
    fs.appendFileSync(path.join(other, 'plugin-main.js'), '// another build\n');
    const second = installProvider({ pluginDir: path.join(tmp, 'plugins-run-2'), bundleDir: other }).executable;
    const dirOf = (exe: string) =>
      (JSON.parse(spawnSync(exe, [], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tmp, CLOUDBRIDGE_NODE: process.execPath } }).stdout) as { cacheDir: string }).cacheDir;
    expect(dirOf(second)).not.toBe(dirOf(launcher));
  });

  it('without node on PATH exits 1 and says so on stderr and on stdout (where Terraform shows it)', () => {
    const r = spawnSync(launcher, [], { encoding: 'utf8', env: { PATH: path.join(tmp, 'empty-bin') } });
    const message = 'terraform-provider-cloudbridge: "node" is not on PATH. This provider needs Node.js 20 or later; on machines without Node, install the standalone build (see docs/install.md in the cloudbridge package).\n';
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 1, stdout: message, stderr: message });
  });
});
