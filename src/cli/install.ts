/**
 * `cloudbridge install --plugin-dir DIR`: the provider in Terraform's unpacked
 * filesystem-mirror layout, and a CLI configuration that uses it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROVIDER_ADDRESS, PROVIDER_VERSION } from '../provider';
import { platformDir, requireMirror } from '../plugin-mirrors';
import { allValues, hasSwitch, parseArgs, UsageError, valueOf, type CommandSpec } from './args';
import { executableName, providerPackageFiles, writePackage } from './provider-package';
import { showHelp, type CliIo } from './io';

export const installCommand: CommandSpec = {
  name: 'install',
  summary: `Write the provider into a plugin folder in Terraform's unpacked filesystem-mirror
layout (DIR/${PROVIDER_ADDRESS}/${PROVIDER_VERSION}/${platformDir()}/)
and print a CLI configuration that uses it (for TF_CLI_CONFIG_FILE). Nothing is fetched.`,
  required: ['--plugin-dir'],
  options: [
    { name: '--plugin-dir', value: 'DIR', help: 'the plugin folder to write the provider into' },
    { name: '--mirror', value: 'DIR', repeatable: true, help: 'also use this filesystem mirror, for the providers it holds' },
    {
      name: '--with',
      value: 'SRC@VERSION',
      repeatable: true,
      help: 'also use the local mirror that holds SRC at VERSION (e.g. hashicorp/aws@5.100.0),\nfound via CLOUDBRIDGE_PLUGIN_MIRRORS or the usual mirror folders',
    },
    { name: '--offline', help: 'leave out the direct {} block: Terraform then installs no provider\nfrom a registry, only from the mirrors above' },
    { name: '--cli-config', value: 'FILE', help: 'write the CLI configuration to FILE instead of stdout' },
    { name: '--bundle-dir', value: 'DIR', help: "install this provider bundle instead of the package's dist/provider" },
  ],
  details: `The CLI configuration has one filesystem_mirror block per mirror, each limited to the
providers it holds, and a direct {} block (excluding those) so that any other provider
the configuration uses still installs from its registry, unless --offline.`,
};

export interface InstallOptions {
  readonly pluginDir: string;
  /** Extra filesystem mirrors, used for every provider they hold. */
  readonly mirrors?: readonly string[];
  /** Providers (`hashicorp/aws@5.100.0`) whose local mirror to find and add. */
  readonly withProviders?: readonly string[];
  /**
   * Add a `direct {}` block (excluding the mirrored providers), so that other
   * providers install from their registries. Default false: mirrors only, as
   * tests and the demo need; the `install` command sets it unless `--offline`.
   */
  readonly registry?: boolean;
  /** The bundled provider folder; default `dist/provider` of this package. */
  readonly bundleDir?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export interface InstallResult {
  readonly executable: string;
  readonly cliConfig: string;
}

/** The folder holding package.json (works from src/ under jest, dist/ and the bundle). */
export function packageRoot(start = __dirname): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const pj = path.join(dir, 'package.json');
    // tsc copies package.json into dist/ too; the root is the folder that also holds bin/.
    if (
      fs.existsSync(pj) &&
      fs.existsSync(path.join(dir, 'bin', 'cloudbridge.js')) &&
      (JSON.parse(fs.readFileSync(pj, 'utf8')) as { name?: string }).name === 'cloudbridge'
    ) {
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error('cannot find the cloudbridge package root');
  }
}

export interface MirrorBlock {
  readonly path: string;
  /** Provider addresses (`registry.terraform.io/hashicorp/aws`) this mirror is used for; all when absent. */
  readonly include?: readonly string[];
}

/** The providers a filesystem mirror holds (HOST/NAMESPACE/TYPE folders), as addresses. */
export function mirroredProviders(dir: string): string[] {
  const subdirs = (d: string): string[] => {
    try {
      return fs
        .readdirSync(d, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
    } catch {
      return [];
    }
  };
  const out: string[] = [];
  for (const host of subdirs(dir)) {
    for (const namespace of subdirs(path.join(dir, host))) {
      for (const type of subdirs(path.join(dir, host, namespace))) out.push(`${host}/${namespace}/${type}`);
    }
  }
  return out;
}

export function installProvider(opts: InstallOptions): InstallResult {
  const bundleDir = path.resolve(opts.bundleDir ?? path.join(packageRoot(), 'dist', 'provider'));
  const files = providerPackageFiles(bundleDir);
  const pluginDir = path.resolve(opts.pluginDir);
  const target = path.join(pluginDir, PROVIDER_ADDRESS, PROVIDER_VERSION, platformDir());

  // Every mirror is found before anything is written.
  const env = opts.env ?? process.env;
  const blocks: MirrorBlock[] = [{ path: pluginDir, include: [PROVIDER_ADDRESS] }];
  for (const spec of opts.withProviders ?? []) {
    const m = /^([\w-]+\/[\w-]+)@(\d+\.\d+\.\d+\S*)$/.exec(spec);
    if (!m) throw new UsageError(`--with expects SOURCE@VERSION such as hashicorp/aws@5.100.0, got ${JSON.stringify(spec)}`, installCommand);
    blocks.push({ path: requireMirror(m[1]!, m[2]!, env), include: [`registry.terraform.io/${m[1]}`] });
  }
  for (const dir of opts.mirrors ?? []) {
    const resolved = path.resolve(dir);
    if (!fs.existsSync(resolved)) throw new Error(`--mirror ${dir}: no such folder`);
    blocks.push({ path: resolved });
  }
  writePackage(target, files);
  const direct = opts.registry ? { exclude: [...new Set(blocks.flatMap((b) => b.include ?? mirroredProviders(b.path)))] } : undefined;
  return { executable: path.join(target, executableName()), cliConfig: cliConfig(blocks, direct) };
}

/**
 * A CLI configuration's `provider_installation`: the filesystem mirrors, then
 * `direct {}` for everything they do not hold when `direct` is given.
 */
export function cliConfig(mirrors: readonly MirrorBlock[], direct?: { readonly exclude: readonly string[] }): string {
  const hcl = (s: string) => JSON.stringify(s);
  const list = (xs: readonly string[]) => `[${xs.map(hcl).join(', ')}]`;
  const body = mirrors
    .map((m) => `  filesystem_mirror {\n    path    = ${hcl(m.path)}\n` + (m.include ? `    include = ${list(m.include)}\n` : '') + `  }\n`)
    .join('');
  const tail = direct ? `  direct {\n` + (direct.exclude.length > 0 ? `    exclude = ${list(direct.exclude)}\n` : '') + `  }\n` : '';
  return `provider_installation {\n${body}${tail}}\n`;
}

export async function runInstall(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(installCommand, argv);
  if (args.help) return showHelp(io, installCommand);
  const cliConfigFile = valueOf(args, '--cli-config');
  const result = installProvider({
    pluginDir: valueOf(args, '--plugin-dir')!,
    mirrors: allValues(args, '--mirror'),
    withProviders: allValues(args, '--with'),
    registry: !hasSwitch(args, '--offline'),
    bundleDir: valueOf(args, '--bundle-dir'),
    env: io.env,
  });
  if (cliConfigFile) {
    fs.writeFileSync(cliConfigFile, result.cliConfig);
    io.err(`Installed ${result.executable}\nWrote ${cliConfigFile}; use it with TF_CLI_CONFIG_FILE=${cliConfigFile}\n`);
  } else {
    io.out(result.cliConfig);
    io.err(`Installed ${result.executable}\n`);
  }
  return 0;
}
