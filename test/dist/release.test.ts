/**
 * `cloudbridge release`: the registry files, the packed filesystem mirror and
 * the network mirror, checked by the real terraform. Terraform records `h1:`
 * hashes for mirrored packages; every test compares them with the ones
 * `release` computed itself. One release per file, made through the CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, type CliIo } from '../../src/cli';
import { h1Hash } from '../../src/cli/package-hash';
import { providerPackageFiles } from '../../src/cli/provider-package';
import { createZip } from '../../src/cli/zip';
import { platformDir } from '../../src/plugin-mirrors';
import { PROVIDER_VERSION } from '../../src/provider';
import { cleanEnv, expectOk, initApplyPlan, lockedHashes, ROOT, terraform, workdir, writeCliConfig } from './support';

const V = PROVIDER_VERSION;
const PLATFORMS = ['linux_amd64', 'linux_arm64', 'darwin_amd64', 'darwin_arm64'];
const ADDRESS = 'registry.terraform.io/cloudbridge/cloudbridge';
const BUNDLE = path.join(ROOT, 'dist', 'provider');

let tmp: string;
let out: string;
let providerDir: string;
let h1: string;

async function cli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (t) => (stdout += t), err: (t) => (stderr += t), env };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

beforeAll(async () => {
  if (!fs.existsSync(path.join(BUNDLE, 'plugin-main.js'))) throw new Error(`${BUNDLE} is missing: run "npm run build" first`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-release-'));
  out = path.join(tmp, 'release');
  const r = await cli(['release', '--out', out]);
  if (r.code !== 0) throw new Error(`release failed: ${r.stderr}`);
  providerDir = path.join(out, 'mirror', ADDRESS);
  h1 = /h1 \(every platform\): (h1:\S+)/.exec(r.stdout)![1]!;
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the release files', () => {
  it('are the four platform zips, SHA256SUMS over them and the manifest, and the manifest says protocol 6.0', () => {
    const zips = PLATFORMS.map((p) => `terraform-provider-cloudbridge_${V}_${p}.zip`);
    expect(fs.readdirSync(out).sort()).toEqual(
      [...zips, `terraform-provider-cloudbridge_${V}_SHA256SUMS`, `terraform-provider-cloudbridge_${V}_manifest.json`, 'mirror'].sort(),
    );
    expect(readJson(path.join(out, `terraform-provider-cloudbridge_${V}_manifest.json`))).toEqual({ version: 1, metadata: { protocol_versions: ['6.0'] } });
    const sums = fs.readFileSync(path.join(out, `terraform-provider-cloudbridge_${V}_SHA256SUMS`), 'utf8');
    const expected = [...zips, `terraform-provider-cloudbridge_${V}_manifest.json`]
      .sort()
      .map((f) => `${sha256(path.join(out, f))}  ${f}\n`)
      .join('');
    expect(sums).toBe(expected);
  });

  it('hold the launcher (executable) and the provider bundle without source maps; h1 is computed from exactly those files', () => {
    const listing = execFileSync('unzip', ['-Z', path.join(out, `terraform-provider-cloudbridge_${V}_linux_amd64.zip`)], { encoding: 'utf8' });
    const entries = listing
      .split('\n')
      .filter((l) => /^[-d]r/.test(l))
      .map((l) => ({ mode: l.slice(0, 10), name: l.split(/\s+/).at(-1)! }));
    const expectedNames = [`terraform-provider-cloudbridge_v${V}`, ...fs.readdirSync(BUNDLE).filter((f) => !f.endsWith('.map')).map((f) => `provider/${f}`)];
    expect(entries.map((e) => e.name).sort()).toEqual(expectedNames.sort());
    expect(entries.find((e) => e.name === `terraform-provider-cloudbridge_v${V}`)!.mode).toBe('-rwxr-xr-x');
    expect(entries.filter((e) => e.name.startsWith('provider/')).every((e) => e.mode === '-rw-r--r--')).toBe(true);
    // Unzipped by another tool, the files hash to the same h1.
    const unzipped = path.join(tmp, 'unzipped');
    execFileSync('unzip', ['-q', '-d', unzipped, path.join(out, `terraform-provider-cloudbridge_${V}_linux_amd64.zip`)]);
    const files = expectedNames.map((name) => ({ name, data: fs.readFileSync(path.join(unzipped, name)) }));
    expect(h1Hash(files)).toBe(h1);
  });

  it('are the same bytes when made again (reproducible zips, stable zh:)', async () => {
    const again = path.join(tmp, 'again');
    expect((await cli(['release', '--out', again])).code).toBe(0);
    for (const p of PLATFORMS) {
      const name = `terraform-provider-cloudbridge_${V}_${p}.zip`;
      expect(sha256(path.join(again, name))).toBe(sha256(path.join(out, name)));
    }
  });

  it('write the network mirror protocol files beside the packed mirror, listing h1: and zh: per platform', () => {
    expect(fs.readdirSync(providerDir).sort()).toEqual(['index.json', `${V}.json`, ...PLATFORMS.map((p) => `terraform-provider-cloudbridge_${V}_${p}.zip`)].sort());
    expect(readJson(path.join(providerDir, 'index.json'))).toEqual({ versions: { [V]: {} } });
    const zh = (p: string) => `zh:${sha256(path.join(out, `terraform-provider-cloudbridge_${V}_${p}.zip`))}`;
    expect(readJson(path.join(providerDir, `${V}.json`))).toEqual({
      archives: Object.fromEntries(PLATFORMS.map((p) => [p, { url: `terraform-provider-cloudbridge_${V}_${p}.zip`, hashes: [h1, zh(p)] }])),
    });
    for (const p of PLATFORMS) expect(sha256(path.join(providerDir, `terraform-provider-cloudbridge_${V}_${p}.zip`))).toBe(zh(p).slice(3));
  });
});

describe('terraform with the packed filesystem mirror', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = workdir(tmp, 'fs-mirror');
    env = cleanEnv(dir, writeCliConfig(path.join(tmp, 'fs-mirror.tfrc'), `  filesystem_mirror {\n    path    = "${path.join(out, 'mirror')}"\n    include = ["${ADDRESS}"]\n  }`));
  });

  it('inits, records the h1 that release computed, and applies a cloudbridge resource', async () => {
    const id = await initApplyPlan(dir, env);
    expect(id).toMatch(/^[a-z0-9]{24}$/);
    expect(lockedHashes(dir)).toEqual([h1]);
  });

  it('refuses a tampered zip when the lock file holds the h1 release computed', async () => {
    const tampered = path.join(tmp, 'tampered-mirror');
    fs.cpSync(path.join(out, 'mirror'), tampered, { recursive: true });
    const files = providerPackageFiles(BUNDLE);
    files[0] = { ...files[0]!, data: Buffer.concat([files[0]!.data, Buffer.from('# changed\n')]) };
    fs.writeFileSync(path.join(tampered, ADDRESS, `terraform-provider-cloudbridge_${V}_linux_amd64.zip`), createZip(files));
    // The lock file a team commits after a release.
    const locked = workdir(tmp, 'fs-tampered');
    const lock = `provider "${ADDRESS}" {\n  version = "${V}"\n  hashes = [\n    "${h1}",\n  ]\n}\n`;
    fs.writeFileSync(path.join(locked, '.terraform.lock.hcl'), lock);
    const tamperedEnv = cleanEnv(locked, writeCliConfig(path.join(tmp, 'tampered.tfrc'), `  filesystem_mirror {\n    path = "${tampered}"\n  }`));
    const r = await terraform(locked, tamperedEnv, ['init', '-input=false']);
    expect(r.code).toBe(1);
    expect(r.stderr.replace(/\s+/g, ' ')).toContain(
      "Error while installing cloudbridge/cloudbridge v0.1.0: the current package for registry.terraform.io/cloudbridge/cloudbridge 0.1.0 doesn't match any of the checksums previously recorded in the dependency lock file",
    );
    expect(fs.readFileSync(path.join(locked, '.terraform.lock.hcl'), 'utf8')).toBe(lock);
    // The same lock file with the release's own mirror: init succeeds.
    fs.rmSync(path.join(locked, '.terraform'), { recursive: true, force: true });
    expectOk(await terraform(locked, env, ['init', '-input=false']), 'terraform init with the untampered mirror');
  });

  it('terraform providers lock -fs-mirror for all four platforms records release h1 for each', async () => {
    const lockDir = workdir(tmp, 'lock-all');
    const r = await terraform(lockDir, env, ['providers', 'lock', `-fs-mirror=${path.join(out, 'mirror')}`, ...PLATFORMS.map((p) => `-platform=${p}`)]);
    expectOk(r, 'terraform providers lock');
    // One package for every platform: four identical h1 hashes, recorded once.
    expect(lockedHashes(lockDir)).toEqual([h1]);
    for (const p of PLATFORMS) {
      const single = workdir(tmp, `lock-${p}`);
      expectOk(await terraform(single, env, ['providers', 'lock', `-fs-mirror=${path.join(out, 'mirror')}`, `-platform=${p}`]), `terraform providers lock -platform=${p}`);
      expect(lockedHashes(single)).toEqual([h1]);
    }
  });
});

/** A CA and a server certificate for 127.0.0.1 and localhost, made with openssl. */
function makeCertificates(dir: string): { caFile: string; certFile: string; keyFile: string } {
  fs.mkdirSync(dir, { recursive: true });
  const f = (n: string) => path.join(dir, n);
  const openssl = (args: string[]) => {
    const r = spawnSync('openssl', args, { encoding: 'utf8' });
    if (r.error || r.status !== 0) throw new Error(`openssl ${args[0]} failed (the network mirror test needs openssl): ${r.error?.message ?? r.stderr}`);
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(['req', '-x509', ...ec, '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=cloudbridge test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  openssl(['req', ...ec, '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=localhost']);
  fs.writeFileSync(f('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature\n');
  openssl(['x509', '-req', '-in', f('server.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('server.pem'), '-days', '2', '-extfile', f('server.ext')]);
  return { caFile: f('ca.pem'), certFile: f('server.pem'), keyFile: f('server.key') };
}

describe('terraform with the release served as a network mirror over HTTPS', () => {
  let server: Server;
  let url: string;
  let caFile: string;
  let served: string;
  const requests: string[] = [];

  beforeAll(async () => {
    const certs = makeCertificates(path.join(tmp, 'tls'));
    caFile = certs.caFile;
    served = path.join(tmp, 'served');
    fs.cpSync(path.join(out, 'mirror'), served, { recursive: true });
    // Any static file server will do; this one serves the folder as it is.
    server = createServer({ cert: fs.readFileSync(certs.certFile), key: fs.readFileSync(certs.keyFile) }, (req, res) => {
      const rel = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
      requests.push(`${req.method} ${rel}`);
      const file = path.join(served, rel);
      if (!file.startsWith(served + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': file.endsWith('.json') ? 'application/json' : 'application/zip' }).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const mirrorEnv = (dir: string) =>
    cleanEnv(dir, writeCliConfig(path.join(dir, 'network.tfrc'), `  network_mirror {\n    url     = "${url}"\n    include = ["${ADDRESS}"]\n  }`), { SSL_CERT_FILE: caFile });

  it('inits through index.json and <version>.json, records the h1 release computed, and applies', async () => {
    const dir = workdir(tmp, 'network-mirror');
    requests.length = 0;
    const id = await initApplyPlan(dir, mirrorEnv(dir));
    expect(id).toMatch(/^[a-z0-9]{24}$/);
    expect(lockedHashes(dir)).toEqual([h1]);
    expect(requests).toEqual(
      expect.arrayContaining([`GET /${ADDRESS}/index.json`, `GET /${ADDRESS}/${V}.json`, `GET /${ADDRESS}/terraform-provider-cloudbridge_${V}_linux_amd64.zip`]),
    );
  });

  it('fails init when the zip it downloads does not match the hashes the mirror lists', async () => {
    const files = providerPackageFiles(BUNDLE);
    files[0] = { ...files[0]!, data: Buffer.concat([files[0]!.data, Buffer.from('# changed\n')]) };
    const zipFile = path.join(served, ADDRESS, `terraform-provider-cloudbridge_${V}_linux_amd64.zip`);
    const original = fs.readFileSync(zipFile);
    fs.writeFileSync(zipFile, createZip(files));
    try {
      const dir = workdir(tmp, 'network-tampered');
      const r = await terraform(dir, mirrorEnv(dir), ['init', '-input=false']);
      expect(r.code).toBe(1);
      expect(r.stderr.replace(/\s+/g, ' ')).toContain("Error while installing cloudbridge/cloudbridge v0.1.0: provider package doesn't match the any of the expected checksums");
      expect(fs.existsSync(path.join(dir, '.terraform.lock.hcl'))).toBe(false);
    } finally {
      fs.writeFileSync(zipFile, original);
    }
  });
});

describe('the installed launcher', () => {
  it('writes the code caches a Node rejects to the user cache folder, so the package keeps the h1 terraform recorded', async () => {
    // Caches that no Node accepts stand for a release built with another Node version.
    const bundle = path.join(tmp, 'foreign-bundle');
    fs.cpSync(BUNDLE, bundle, { recursive: true });
    const caches = fs.readdirSync(bundle).filter((f) => f.endsWith('.cache'));
    expect(caches.sort()).toEqual(['provider.js.cache', 'rpc-server.js.cache']);
    for (const c of caches) fs.writeFileSync(path.join(bundle, c), 'not a code cache');
    const release = path.join(tmp, 'foreign-release');
    expect((await cli(['release', '--out', release, '--bundle-dir', bundle])).code).toBe(0);
    const dir = workdir(tmp, 'foreign');
    const env = cleanEnv(dir, writeCliConfig(path.join(dir, 'tfrc'), `  filesystem_mirror {\n    path = "${path.join(release, 'mirror')}"\n  }`));
    // init, apply and a clean plan: each command starts the provider and checks the package's hash first.
    await initApplyPlan(dir, env);
    const written = fs.readdirSync(path.join(env.XDG_CACHE_HOME!, 'cloudbridge'), { recursive: true }).map(String);
    expect(written.filter((f) => f.endsWith(`.${process.version}-${process.arch}.cache`)).map((f) => path.basename(f).split('.js.')[0]).sort()).toEqual(['provider', 'rpc-server']);
    const installed = path.join(dir, '.terraform', 'providers', ADDRESS, V, platformDir(), 'provider');
    for (const c of caches) expect(fs.readFileSync(path.join(installed, c), 'utf8')).toBe('not a code cache');
  });
});

describe('--gpg-key', () => {
  it('writes a detached signature of SHA256SUMS that gpg verifies, and that fails for changed sums', async () => {
    const gnupg = fs.mkdtempSync(path.join(os.tmpdir(), 'gnupg-'));
    fs.chmodSync(gnupg, 0o700);
    const env = { ...process.env, GNUPGHOME: gnupg };
    const gpg = (args: string[]) => spawnSync('gpg', ['--batch', ...args], { env, encoding: 'utf8' });
    try {
      const made = gpg(['--passphrase', '', '--quick-generate-key', 'cloudbridge release test <release-test@example.invalid>', 'ed25519', 'sign', '1d']);
      if (made.error || made.status !== 0) throw new Error(`gpg could not make a test key (the signing test needs gpg): ${made.error?.message ?? made.stderr}`);
      const signed = path.join(tmp, 'signed');
      const r = await cli(['release', '--out', signed, '--gpg-key', 'release-test@example.invalid'], env);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      const sums = path.join(signed, `terraform-provider-cloudbridge_${V}_SHA256SUMS`);
      expect(r.stdout).toContain(`terraform-provider-cloudbridge_${V}_SHA256SUMS.sig`);
      expect(gpg(['--verify', `${sums}.sig`, sums]).status).toBe(0);
      fs.appendFileSync(sums, '0000  extra\n');
      expect(gpg(['--verify', `${sums}.sig`, sums]).status).toBe(1);
      // Released again unsigned into the same folder: the stale signature goes.
      expect((await cli(['release', '--out', signed], env)).code).toBe(0);
      expect(fs.existsSync(`${sums}.sig`)).toBe(false);
      const missing = await cli(['release', '--out', path.join(tmp, 'unsigned'), '--gpg-key', 'nobody@example.invalid'], env);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('gpg could not sign with key nobody@example.invalid');
    } finally {
      spawnSync('gpgconf', ['--kill', 'gpg-agent'], { env });
      fs.rmSync(gnupg, { recursive: true, force: true });
    }
  });
});
