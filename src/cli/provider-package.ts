/**
 * What a cloudbridge provider package holds, in one place, for both
 * `cloudbridge install` (written unpacked into a filesystem mirror) and
 * `cloudbridge release` (zipped): the executable Terraform starts, and the
 * bundled provider under `provider/`.
 *
 * The executable is a POSIX sh launcher that runs the bundle with `node`, so
 * the same package serves linux and darwin on amd64 and arm64. Source maps
 * stay out (several MB that Terraform would hash before every command, and
 * that Node reads only with --enable-source-maps).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROVIDER_VERSION } from '../provider';
import type { ZipEntry } from './zip';

export const PROVIDER_TYPE = 'cloudbridge';
export const PROVIDER_NAMESPACE = 'cloudbridge';
export const PROVIDER_HOST = 'registry.terraform.io';

/** Which file in the bundle folder starts the provider. */
const ENTRY_CANDIDATES = ['plugin-main.js', 'main.js', 'index.js'];

export type PackageFile = ZipEntry;

/** `terraform-provider-cloudbridge_v0.1.0`: Terraform looks for `terraform-provider-<type>` at the package root. */
export function executableName(version: string = PROVIDER_VERSION): string {
  return `terraform-provider-${PROVIDER_TYPE}_v${version}`;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** Left out of packages: source maps, and temp files of a code cache being written. */
function shipped(rel: string): boolean {
  return !rel.endsWith('.map') && !rel.endsWith('.tmp');
}

export function bundleEntry(bundleDir: string): string {
  const entry = ENTRY_CANDIDATES.find((f) => fs.existsSync(path.join(bundleDir, f)));
  if (!entry) throw new Error(`no provider bundle in ${bundleDir} (looked for ${ENTRY_CANDIDATES.join(', ')}); run "npm run build" first`);
  return entry;
}

/**
 * The launcher. It sets CLOUDBRIDGE_CODE_CACHE_DIR because Terraform checks the
 * package's `h1:` hash before every command: a V8 code cache rewritten inside
 * the package (a Node other than the builder's rejects the shipped one) would
 * fail the next command, so new caches go to the user's cache folder, keyed by
 * this build.
 */
export function launcherScript(version: string, entry: string, buildId: string): string {
  return `#!/bin/sh
# cloudbridge ${version}, a Terraform provider. Terraform starts this file; it runs provider/${entry}
# with Node.js 20 or later: \`node\` on PATH, or the one CLOUDBRIDGE_NODE names. For machines
# without Node there is a standalone build (docs/install.md in the cloudbridge package).
node="\${CLOUDBRIDGE_NODE:-node}"
if ! command -v "$node" >/dev/null 2>&1; then
  # On stdout too: Terraform shows the first line a plugin prints there in its error.
  msg="terraform-provider-cloudbridge: \\"$node\\" is not on PATH. This provider needs Node.js 20 or later; on machines without Node, install the standalone build (see docs/install.md in the cloudbridge package)."
  echo "$msg" >&2
  echo "$msg"
  exit 1
fi
CLOUDBRIDGE_CODE_CACHE_DIR="\${XDG_CACHE_HOME:-\${HOME:-/tmp}/.cache}/cloudbridge/provider-${version}-${buildId}"
export CLOUDBRIDGE_CODE_CACHE_DIR
# Node reads NODE_EXTRA_CA_CERTS when it starts, in each of the three or four processes a
# command starts; the provider reads it on its first HTTPS connection instead, with the same
# trust (Node's own roots plus these). Left alone when NODE_OPTIONS picks another store.
if [ -n "\${NODE_EXTRA_CA_CERTS:-}" ]; then
  case " \${NODE_OPTIONS:-} " in
    *--use-openssl-ca*|*--use-system-ca*) ;;
    *) CLOUDBRIDGE_EXTRA_CA_CERTS="$NODE_EXTRA_CA_CERTS"; export CLOUDBRIDGE_EXTRA_CA_CERTS; unset NODE_EXTRA_CA_CERTS ;;
  esac
fi
case "$0" in */*) here="\${0%/*}" ;; *) here=. ;; esac
exec "$node" "$here/provider/${entry}" "$@"
`;
}

/** The launcher and the bundle, in a stable order (launcher first, then by path). */
export function providerPackageFiles(bundleDir: string, version: string = PROVIDER_VERSION): PackageFile[] {
  const dir = path.resolve(bundleDir);
  const entry = bundleEntry(dir);
  const bundle: PackageFile[] = listFiles(dir)
    .filter(shipped)
    .sort()
    .map((rel) => ({ name: `provider/${rel}`, data: fs.readFileSync(path.join(dir, rel)), mode: 0o644 }));
  // The build's identity: its scripts (code caches derive from them and the Node that made them).
  const id = createHash('sha256');
  for (const file of bundle.filter((f) => f.name.endsWith('.js'))) id.update(`${file.name}\0`).update(file.data);
  const launcher = launcherScript(version, entry, id.digest('hex').slice(0, 12));
  return [{ name: executableName(version), data: Buffer.from(launcher, 'utf8'), mode: 0o755 }, ...bundle];
}

/** Writes package files into `dir` (emptied first). */
export function writePackage(dir: string, files: readonly PackageFile[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(dir, ...file.name.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.data, { mode: file.mode });
    fs.chmodSync(target, file.mode);
  }
}
