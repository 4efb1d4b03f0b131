/**
 * The `cloudbridge` command. bin/cloudbridge.js calls runCli(process.argv.slice(2))
 * and exits with the returned code. Each subcommand lives in src/cli/<name>.ts
 * with its declared options; this file dispatches and prints the global help.
 *
 * Exit codes: 0 done (and for --help / --version), 1 failed, 2 usage error
 * (unknown command or option, missing value, or no command at all).
 */
import { PROVIDER_VERSION } from './provider';
import { optionTable, usageLine, UsageError, type CommandSpec } from './cli/args';
import { emulateCommand, runEmulate } from './cli/emulate';
import { installCommand, runInstall } from './cli/install';
import { processIo, type CliIo } from './cli/io';
import { releaseCommand, runRelease } from './cli/release';
import { runSchema, schemaCommand } from './cli/schema';

export { cliConfig, installProvider, mirroredProviders, packageRoot, type InstallOptions, type InstallResult, type MirrorBlock } from './cli/install';
export { createRelease, type ReleaseOptions, type ReleaseResult } from './cli/release';
export { h1Hash, hashPackageDir, zhHash } from './cli/package-hash';
export type { CliIo } from './cli/io';

interface Command {
  readonly spec: CommandSpec;
  readonly run: (argv: readonly string[], io: CliIo) => Promise<number>;
}

const COMMANDS: readonly Command[] = [
  { spec: installCommand, run: runInstall },
  { spec: schemaCommand, run: runSchema },
  { spec: emulateCommand, run: runEmulate },
  { spec: releaseCommand, run: runRelease },
];

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => (l ? `${by}${l}` : l))
    .join('\n');

/** Every command with its usage line, summary and options. */
export function globalHelp(): string {
  const sections = COMMANDS.map(
    ({ spec }) => `  ${usageLine(spec)}\n${indent(spec.summary, '      ')}\n${spec.options.length > 0 ? optionTable(spec, '        ') : ''}`,
  );
  return `cloudbridge ${PROVIDER_VERSION}: a Terraform provider and CDKTF constructs for SaaS vendors' cloud integrations

Usage:
  cloudbridge <command> [options]

Commands:
${sections.join('\n')}
  cloudbridge help [<command>]
      This help, or one command's (as cloudbridge <command> --help).

Options:
  -h, --help     print help and exit (after a command: that command's help)
  -V, --version  print the version and exit

Exit codes: 0 done, 1 failed, 2 usage error. Docs: docs/install.md, docs/emulator.md.
`;
}

function usageHint(spec?: CommandSpec): string {
  return spec
    ? `Usage: ${usageLine(spec)}\nRun "cloudbridge ${spec.name} --help" for the options.\n`
    : `Usage: cloudbridge <command> [options], with <command> one of ${COMMANDS.map((c) => c.spec.name).join(', ')}\nRun "cloudbridge --help" for the commands and their options.\n`;
}

/** Returns the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    switch (name) {
      case undefined:
        throw new UsageError('no command given');
      case '-h':
      case '--help':
        io.out(globalHelp());
        return 0;
      case 'help': {
        if (rest.length === 0) {
          io.out(globalHelp());
          return 0;
        }
        const command = COMMANDS.find((c) => c.spec.name === rest[0]);
        if (!command || rest.length > 1) throw new UsageError(`help: unknown command ${JSON.stringify(rest.join(' '))}`);
        return await command.run(['--help'], io);
      }
      case '-V':
      case '--version':
      case 'version':
        if (rest.length > 0) throw new UsageError(`${name} takes no arguments`);
        io.out(`${PROVIDER_VERSION}\n`);
        return 0;
      default: {
        const command = COMMANDS.find((c) => c.spec.name === name);
        if (!command) throw new UsageError(name.startsWith('-') ? `unknown option ${name}` : `unknown command ${JSON.stringify(name)}`);
        return await command.run(rest, io);
      }
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`cloudbridge${err.command ? ` ${err.command.name}` : ''}: ${err.message}\n${usageHint(err.command)}`);
      return 2;
    }
    io.err(`cloudbridge${name && COMMANDS.some((c) => c.spec.name === name) ? ` ${name}` : ''}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
