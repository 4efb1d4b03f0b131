/**
 * `cloudbridge release --out DIR`: what a team needs to distribute the
 * provider without this repository.
 *
 *   DIR/terraform-provider-cloudbridge_<v>_<os>_<arch>.zip     linux, darwin × amd64, arm64
 *   DIR/terraform-provider-cloudbridge_<v>_SHA256SUMS          the zips and the manifest
 *   DIR/terraform-provider-cloudbridge_<v>_SHA256SUMS.sig      with --gpg-key: detached, binary
 *   DIR/terraform-provider-cloudbridge_<v>_manifest.json       protocol_versions ["6.0"]
 *   DIR/mirror/registry.terraform.io/cloudbridge/cloudbridge/  packed filesystem mirror, and a
 *       <the zips>, index.json, <v>.json                       network mirror (static files)
 *   DIR/mirror-standalone/...                                  with --standalone: linux_amd64 only,
 *                                                              the single executable (no Node needed)
 *
 * The provider is a Node script behind a sh launcher, so every platform's zip
 * holds the same files; they are separate archives because Terraform and the
 * registry look for one per platform.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROVIDER_VERSION } from '../provider';
import { packageRoot } from './install';
import { parseArgs, valueOf, type CommandSpec } from './args';
import { showHelp, type CliIo } from './io';
import { h1Hash, sha256Hex, zhHash } from './package-hash';
import { executableName, providerPackageFiles, PROVIDER_HOST, PROVIDER_NAMESPACE, PROVIDER_TYPE, type PackageFile } from './provider-package';
import { createZip } from './zip';

export const RELEASE_PLATFORMS = ['linux_amd64', 'linux_arm64', 'darwin_amd64', 'darwin_arm64'] as const;
export const STANDALONE_PLATFORM = 'linux_amd64';

export const releaseCommand: CommandSpec = {
  name: 'release',
  summary: `Write the registry release files (one zip per platform, linux and darwin on amd64 and
arm64; SHA256SUMS; the manifest), a packed filesystem mirror in DIR/mirror/ and, beside
the zips there, the network mirror's index.json and <version>.json.`,
  required: ['--out'],
  options: [
    { name: '--out', value: 'DIR', help: 'folder to write the release into (created if missing)' },
    { name: '--gpg-key', value: 'ID', help: 'sign SHA256SUMS with this gpg key (detached binary signature, SHA256SUMS.sig)' },
    {
      name: '--standalone',
      value: 'FILE',
      help: `also write DIR/mirror-standalone/ for ${STANDALONE_PLATFORM} with this single executable\n(made by "npm run build:sea"), for machines without Node`,
    },
    { name: '--bundle-dir', value: 'DIR', help: "release this provider bundle instead of the package's dist/provider" },
  ],
  details: `Every hash list in <version>.json holds the archive's h1: (what Terraform records in
.terraform.lock.hcl for mirrored packages) and its zh: (the SHA256SUMS line). Serve DIR/mirror
with any static HTTPS server for a network_mirror, or point a filesystem_mirror at it.`,
};

export interface ReleaseOptions {
  readonly outDir: string;
  readonly gpgKey?: string;
  /** A single executable for linux_amd64 (Node's SEA); adds mirror-standalone/. */
  readonly standalone?: string;
  readonly bundleDir?: string;
  readonly version?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export interface MirrorSummary {
  /** The folder to serve or to name in filesystem_mirror. */
  readonly root: string;
  /** h1: per platform. */
  readonly h1: Readonly<Record<string, string>>;
  /** zh: per platform. */
  readonly zh: Readonly<Record<string, string>>;
}

export interface ReleaseResult {
  readonly version: string;
  /** Files written, relative to outDir, sorted. */
  readonly files: readonly string[];
  readonly mirror: MirrorSummary;
  readonly standalone?: MirrorSummary;
}

const archiveName = (version: string, platform: string) => `terraform-provider-${PROVIDER_TYPE}_${version}_${platform}.zip`;

/** The network mirror protocol's files beside the zips; index.json lists every version found there. */
function writeMirror(root: string, version: string, archives: Readonly<Record<string, { zip: Buffer; h1: string }>>): MirrorSummary {
  const dir = path.join(root, PROVIDER_HOST, PROVIDER_NAMESPACE, PROVIDER_TYPE);
  fs.mkdirSync(dir, { recursive: true });
  const h1: Record<string, string> = {};
  const zh: Record<string, string> = {};
  const entries: Record<string, { url: string; hashes: string[] }> = {};
  for (const [platform, { zip, h1: hash }] of Object.entries(archives)) {
    fs.writeFileSync(path.join(dir, archiveName(version, platform)), zip);
    h1[platform] = hash;
    zh[platform] = zhHash(zip);
    entries[platform] = { url: archiveName(version, platform), hashes: [hash, zhHash(zip)] };
  }
  fs.writeFileSync(path.join(dir, `${version}.json`), `${JSON.stringify({ archives: entries }, null, 2)}\n`);
  // Keep earlier releases written into the same mirror listed.
  const versions = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => f.slice(0, -'.json'.length))
    .filter((v) => /^\d+\.\d+\.\d+/.test(v))
    .sort();
  fs.writeFileSync(path.join(dir, 'index.json'), `${JSON.stringify({ versions: Object.fromEntries(versions.map((v) => [v, {}])) }, null, 2)}\n`);
  return { root, h1, zh };
}

/** ELF, 64-bit, little-endian, x86-64: what linux_amd64 can run. */
function checkLinuxAmd64(file: string, data: Buffer): void {
  const ok = data.length > 20 && data.readUInt32BE(0) === 0x7f454c46 && data[4] === 2 && data[5] === 1 && data.readUInt16LE(18) === 0x3e;
  if (!ok) throw new Error(`--standalone ${file} is not a linux x86-64 executable`);
}

function sign(file: string, key: string, env: NodeJS.ProcessEnv): void {
  try {
    execFileSync('gpg', ['--batch', '--yes', '--local-user', key, '--detach-sign', '--output', `${file}.sig`, file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') throw new Error('--gpg-key needs gpg on PATH');
    throw new Error(`gpg could not sign with key ${key}: ${e.stderr?.toString().trim() || e.message}`);
  }
}

export function createRelease(opts: ReleaseOptions): ReleaseResult {
  const version = opts.version ?? PROVIDER_VERSION;
  const env = opts.env ?? process.env;
  // Checked before anything is written.
  let exe: Buffer | undefined;
  if (opts.standalone) {
    if (!fs.existsSync(opts.standalone)) throw new Error(`--standalone ${opts.standalone}: no such file`);
    exe = fs.readFileSync(opts.standalone);
    checkLinuxAmd64(opts.standalone, exe);
  }
  const files = providerPackageFiles(path.resolve(opts.bundleDir ?? path.join(packageRoot(), 'dist', 'provider')), version);
  const out = path.resolve(opts.outDir);
  fs.mkdirSync(out, { recursive: true });
  const written = new Set<string>();
  const write = (rel: string, data: Buffer | string): void => {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), data);
    written.add(rel);
  };
  const zip = createZip(files);
  const h1 = h1Hash(files);
  const prefix = `terraform-provider-${PROVIDER_TYPE}_${version}`;
  const manifest = `${JSON.stringify({ version: 1, metadata: { protocol_versions: ['6.0'] } }, null, 2)}\n`;
  for (const platform of RELEASE_PLATFORMS) write(archiveName(version, platform), zip);
  write(`${prefix}_manifest.json`, manifest);
  const sums = [...RELEASE_PLATFORMS.map((p) => archiveName(version, p)), `${prefix}_manifest.json`]
    .sort()
    .map((name) => `${sha256Hex(fs.readFileSync(path.join(out, name)))}  ${name}\n`)
    .join('');
  write(`${prefix}_SHA256SUMS`, sums);
  if (opts.gpgKey) {
    sign(path.join(out, `${prefix}_SHA256SUMS`), opts.gpgKey, env);
    written.add(`${prefix}_SHA256SUMS.sig`);
  } else {
    // A signature left by an earlier run would not match these sums.
    fs.rmSync(path.join(out, `${prefix}_SHA256SUMS.sig`), { force: true });
  }

  const mirrorRoot = path.join(out, 'mirror');
  const mirror = writeMirror(mirrorRoot, version, Object.fromEntries(RELEASE_PLATFORMS.map((p) => [p, { zip, h1 }])));
  const relMirror = (root: string) => (name: string) => path.relative(out, path.join(root, PROVIDER_HOST, PROVIDER_NAMESPACE, PROVIDER_TYPE, name));
  for (const name of [...RELEASE_PLATFORMS.map((p) => archiveName(version, p)), 'index.json', `${version}.json`]) written.add(relMirror(mirrorRoot)(name));

  let standalone: MirrorSummary | undefined;
  if (exe) {
    const single: PackageFile[] = [{ name: executableName(version), data: exe, mode: 0o755 }];
    const root = path.join(out, 'mirror-standalone');
    // Level 3: about twice as fast as 6 on the ~90 MB executable, for a zip 5% larger.
    standalone = writeMirror(root, version, { [STANDALONE_PLATFORM]: { zip: createZip(single, { level: 3 }), h1: h1Hash(single) } });
    for (const name of [archiveName(version, STANDALONE_PLATFORM), 'index.json', `${version}.json`]) written.add(relMirror(root)(name));
  }
  return { version, files: [...written].sort(), mirror, ...(standalone ? { standalone } : {}) };
}

export async function runRelease(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(releaseCommand, argv);
  if (args.help) return showHelp(io, releaseCommand);
  const result = createRelease({
    outDir: valueOf(args, '--out')!,
    gpgKey: valueOf(args, '--gpg-key'),
    standalone: valueOf(args, '--standalone'),
    bundleDir: valueOf(args, '--bundle-dir'),
    env: io.env,
  });
  const out = path.resolve(valueOf(args, '--out')!);
  io.out(`cloudbridge ${result.version} release in ${out}\n${result.files.map((f) => `  ${f}\n`).join('')}`);
  io.out(`h1 (every platform): ${result.mirror.h1[RELEASE_PLATFORMS[0]]}\n`);
  if (result.standalone) io.out(`h1 (standalone ${STANDALONE_PLATFORM}): ${result.standalone.h1[STANDALONE_PLATFORM]}\n`);
  io.out(`Use it: filesystem_mirror { path = "${result.mirror.root}" }, or serve that folder over HTTPS as a network_mirror.\n`);
  return 0;
}
