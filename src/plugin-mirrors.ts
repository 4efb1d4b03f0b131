/**
 * Finding local filesystem mirrors of Terraform providers (such as
 * hashicorp/aws 5.100.0), so that tests, the demo and CI never reach the
 * network. Setting: CLOUDBRIDGE_PLUGIN_MIRRORS, a path list (':' on Unix),
 * searched first; then the places a filesystem mirror usually lives.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const MIRRORS_ENV = 'CLOUDBRIDGE_PLUGIN_MIRRORS';

/** Candidate mirror directories, in search order. */
export function candidateMirrorDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const home = env.HOME ?? os.homedir();
  const fromEnv = (env[MIRRORS_ENV] ?? '').split(path.delimiter).filter(Boolean);
  const xdgData = env.XDG_DATA_HOME || path.join(home, '.local', 'share');
  const defaults = [
    '/opt/tf-plugins',
    path.join(home, '.terraform.d', 'plugins'),
    path.join(xdgData, 'terraform', 'plugins'),
    '/usr/local/share/terraform/plugins',
    '/usr/share/terraform/plugins',
  ];
  return [...new Set([...fromEnv, ...defaults].map((d) => path.resolve(d)))];
}

export function platformDir(): string {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'ia32' ? '386' : process.arch;
  return `${process.platform}_${arch}`;
}

/**
 * The mirror directory holding `source` (e.g. `hashicorp/aws`) at `version`
 * for this platform, in the unpacked layout or as a packed zip; undefined when none does.
 */
export function findMirror(source: string, version: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const [namespace, type] = source.split('/');
  if (!namespace || !type) throw new Error(`provider source must be namespace/type, got ${JSON.stringify(source)}`);
  const host = 'registry.terraform.io';
  for (const dir of candidateMirrorDirs(env)) {
    const unpacked = path.join(dir, host, namespace, type, version, platformDir());
    const packed = path.join(dir, host, namespace, type, `terraform-provider-${type}_${version}_${platformDir()}.zip`);
    try {
      if (fs.readdirSync(unpacked).some((f) => f.startsWith(`terraform-provider-${type}`))) return dir;
    } catch {
      /* not here */
    }
    if (fs.existsSync(packed)) return dir;
  }
  return undefined;
}

/** Like findMirror, but fails with a message that says where it looked and how to fix it. */
export function requireMirror(source: string, version: string, env: NodeJS.ProcessEnv = process.env): string {
  const found = findMirror(source, version, env);
  if (found) return found;
  throw new Error(
    `No filesystem mirror holds ${source} ${version} for ${platformDir()}. Looked in:\n` +
      candidateMirrorDirs(env).map((d) => `  ${d}`).join('\n') +
      `\nSet ${MIRRORS_ENV} to the directory that contains registry.terraform.io/${source}/${version}/${platformDir()}/.`,
  );
}
