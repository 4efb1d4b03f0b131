/**
 * The `cloudbridge` command: install the provider into a filesystem mirror,
 * print its schema, or run the vendor emulators. bin/cloudbridge.js calls
 * runCli(process.argv.slice(2)) and exits with the returned code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROVIDER_ADDRESS, PROVIDER_VERSION } from './provider';
import { platformDir, requireMirror } from './plugin-mirrors';

const HELP = `cloudbridge ${PROVIDER_VERSION}: a Terraform provider and CDKTF constructs for SaaS vendors' cloud integrations

Usage:
  cloudbridge install --plugin-dir DIR [--mirror DIR]... [--with PROVIDER@VERSION]... [--cli-config FILE]
      Write the provider into DIR in Terraform's unpacked filesystem-mirror layout
      (DIR/${PROVIDER_ADDRESS}/${PROVIDER_VERSION}/${platformDir()}/) and print a CLI
      configuration that uses it (for TF_CLI_CONFIG_FILE). Nothing is fetched from the network.
        --mirror DIR        also use this filesystem mirror (for any provider)
        --with SRC@VERSION  also use the local mirror that holds SRC (e.g. hashicorp/aws@5.100.0),
                            found via CLOUDBRIDGE_PLUGIN_MIRRORS or the usual mirror folders
        --cli-config FILE   write the CLI configuration to FILE instead of stdout
  cloudbridge schema
      Print the provider schema as \`terraform providers schema -json\` would.
  cloudbridge emulate [--port N] [--data FILE]
      Serve every emulated vendor API (and AWS IAM/STS) on one local port.
  cloudbridge --help | --version
`;

class UsageError extends Error {}

/** Returns the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return 0;
      case '--version':
      case 'version':
        process.stdout.write(`${PROVIDER_VERSION}\n`);
        return 0;
      case 'install': {
        const opts = parseInstallArgs(rest);
        const result = installProvider(opts);
        if (opts.cliConfigFile) {
          fs.writeFileSync(opts.cliConfigFile, result.cliConfig);
          process.stderr.write(`Installed ${result.executable}\nWrote ${opts.cliConfigFile}; use it with TF_CLI_CONFIG_FILE=${opts.cliConfigFile}\n`);
        } else {
          process.stdout.write(result.cliConfig);
          process.stderr.write(`Installed ${result.executable}\n`);
        }
        return 0;
      }
      case 'schema': {
        if (rest.includes('--help')) {
          process.stdout.write(HELP);
          return 0;
        }
        const { printSchema } = await import('./schema-command');
        process.stdout.write(printSchema());
        return 0;
      }
      case 'emulate': {
        // Lazy: the emulator pulls in every vendor's fake; install and schema do not need it.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const emulator = require('./emulate') as typeof import('./emulate');
        return await emulator.runEmulatorCli([...rest]);
      }
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`cloudbridge: ${err.message}\nRun "cloudbridge --help" for usage.\n`);
      return 2;
    }
    process.stderr.write(`cloudbridge: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

export interface InstallOptions {
  readonly pluginDir: string;
  /** Extra filesystem mirrors, used for every provider they hold. */
  readonly mirrors?: readonly string[];
  /** Providers (`hashicorp/aws@5.100.0`) whose local mirror to find and add. */
  readonly withProviders?: readonly string[];
  readonly cliConfigFile?: string;
  /** The bundled provider folder; default `dist/provider` of this package. */
  readonly bundleDir?: string;
  readonly env?: NodeJS.ProcessEnv;
}

function parseInstallArgs(args: readonly string[]): InstallOptions {
  let pluginDir: string | undefined;
  let cliConfigFile: string | undefined;
  let bundleDir: string | undefined;
  const mirrors: string[] = [];
  const withProviders: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--plugin-dir':
        pluginDir = value();
        break;
      case '--mirror':
        mirrors.push(value());
        break;
      case '--with':
        withProviders.push(value());
        break;
      case '--cli-config':
        cliConfigFile = value();
        break;
      case '--bundle-dir':
        bundleDir = value();
        break;
      default:
        throw new UsageError(`install: unknown option ${JSON.stringify(a)}`);
    }
  }
  if (!pluginDir) throw new UsageError('install needs --plugin-dir DIR');
  return { pluginDir, mirrors, withProviders, cliConfigFile, bundleDir };
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

/** Which file in the bundle folder starts the provider. */
const ENTRY_CANDIDATES = ['plugin-main.js', 'main.js', 'index.js'];

export interface InstallResult {
  readonly executable: string;
  readonly cliConfig: string;
}

export function installProvider(opts: InstallOptions): InstallResult {
  const bundleDir = path.resolve(opts.bundleDir ?? path.join(packageRoot(), 'dist', 'provider'));
  const entry = ENTRY_CANDIDATES.find((f) => fs.existsSync(path.join(bundleDir, f)));
  if (!entry) throw new Error(`no provider bundle in ${bundleDir} (looked for ${ENTRY_CANDIDATES.join(', ')}); run "npm run build" first`);

  const pluginDir = path.resolve(opts.pluginDir);
  const target = path.join(pluginDir, PROVIDER_ADDRESS, PROVIDER_VERSION, platformDir());
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  fs.cpSync(bundleDir, path.join(target, 'provider'), { recursive: true });
  const executable = path.join(target, `terraform-provider-cloudbridge_v${PROVIDER_VERSION}`);
  // A shell launcher: Terraform execs it; only `node` is needed (CLOUDBRIDGE_NODE overrides which one).
  fs.writeFileSync(
    executable,
    `#!/bin/sh\n# cloudbridge ${PROVIDER_VERSION}: started by Terraform.\nexec "\${CLOUDBRIDGE_NODE:-node}" "$(dirname "$0")/provider/${entry}" "$@"\n`,
    { mode: 0o755 },
  );

  const env = opts.env ?? process.env;
  const blocks: { path: string; include?: string[] }[] = [{ path: pluginDir, include: [PROVIDER_ADDRESS] }];
  for (const spec of opts.withProviders ?? []) {
    const m = /^([\w-]+\/[\w-]+)@(\d+\.\d+\.\d+\S*)$/.exec(spec);
    if (!m) throw new UsageError(`--with expects SOURCE@VERSION such as hashicorp/aws@5.100.0, got ${JSON.stringify(spec)}`);
    blocks.push({ path: requireMirror(m[1]!, m[2]!, env), include: [`registry.terraform.io/${m[1]}`] });
  }
  for (const dir of opts.mirrors ?? []) blocks.push({ path: path.resolve(dir) });
  return { executable, cliConfig: cliConfig(blocks) };
}

/** A CLI configuration with only filesystem mirrors: Terraform never goes to the network. */
export function cliConfig(mirrors: readonly { path: string; include?: readonly string[] }[]): string {
  const hcl = (s: string) => JSON.stringify(s);
  const body = mirrors
    .map(
      (m) =>
        `  filesystem_mirror {\n    path    = ${hcl(m.path)}\n` +
        (m.include ? `    include = [${m.include.map(hcl).join(', ')}]\n` : '') +
        `  }\n`,
    )
    .join('');
  return `provider_installation {\n${body}}\n`;
}
