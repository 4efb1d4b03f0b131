/**
 * `cloudbridge emulate`: every emulated vendor API (and AWS IAM/STS) on one
 * local port until SIGINT or SIGTERM. Exactly one JSON line on stdout once
 * listening (and, with --ready-file, the same line in a file written
 * atomically); request logs and errors on stderr.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasSwitch, parseArgs, UsageError, valueOf, type CommandSpec } from './args';
import { showHelp, type CliIo } from './io';

export const emulateCommand: CommandSpec = {
  name: 'emulate',
  summary: 'Serve every emulated vendor API (and AWS IAM/STS) on one local port.',
  options: [
    { name: '--port', value: 'N', help: 'port to listen on; 0 (the default) picks a free one' },
    { name: '--host', value: 'H', help: 'address to bind (default 127.0.0.1; keep it on loopback)' },
    { name: '--data', value: 'FILE', help: 'keep identities and state in FILE across restarts (atomic writes)' },
    { name: '--quiet', help: 'log no requests (problems are still logged on stderr)' },
    {
      name: '--ready-file',
      value: 'FILE',
      help: 'once listening, write the JSON line to FILE atomically (mode 0600), before\nstdout; removed at start and on shutdown, so a script can wait for FILE',
    },
  ],
  details: `Once listening it prints exactly one JSON line on stdout: url, endpoints, tokens and ids.
SIGINT and SIGTERM stop it after flushing state (exit 0). See docs/emulator.md.`,
};

interface EmulateArgs {
  readonly port: number;
  readonly host: string;
  readonly dataFile?: string;
  readonly quiet: boolean;
  readonly readyFile?: string;
}

function emulateArgs(argv: readonly string[]): EmulateArgs | undefined {
  const args = parseArgs(emulateCommand, argv);
  if (args.help) return undefined;
  const portText = valueOf(args, '--port') ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError('--port must be an integer between 0 and 65535', emulateCommand);
  return {
    port,
    host: valueOf(args, '--host') ?? '127.0.0.1',
    dataFile: valueOf(args, '--data'),
    quiet: hasSwitch(args, '--quiet'),
    readyFile: valueOf(args, '--ready-file'),
  };
}

/** The emulator core's problem lines start with "emulator:"; the others are the request log. */
const isProblem = (line: string): boolean => line.startsWith('emulator:');

/** Resolves with the exit code once the emulator has closed (state flushed). */
export async function runEmulate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = emulateArgs(argv);
  if (!args) return showHelp(io, emulateCommand);
  const readyFile = args.readyFile ? path.resolve(args.readyFile) : undefined;
  // A file left by an earlier run must not tell a script that this one is ready.
  if (readyFile) fs.rmSync(readyFile, { force: true });

  // Lazy: the emulator pulls in every vendor's fake; the other commands do not need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startDefaultEmulator } = require('../emulate') as typeof import('../emulate');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { writeFileAtomic } = require('../emulator/persistence') as typeof import('../emulator/persistence');
  const emulator = await startDefaultEmulator({
    port: args.port,
    host: args.host,
    dataFile: args.dataFile,
    log: (line) => {
      if (!args.quiet || isProblem(line)) io.err(`${line}\n`);
    },
  });
  // Handlers first: a script may send SIGTERM as soon as it has read the line or the file.
  let stopped!: (code: number) => void;
  const done = new Promise<number>((resolve) => (stopped = resolve));
  const stop = (signal: NodeJS.Signals): void => {
    io.err(`cloudbridge emulate: ${signal}, shutting down\n`);
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void emulator.close().then(() => {
      if (readyFile) fs.rmSync(readyFile, { force: true });
      stopped(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // The file before stdout: whoever has read the line finds the file too.
  const line = `${JSON.stringify(emulator.info())}\n`;
  if (readyFile) {
    try {
      writeFileAtomic(readyFile, line);
    } catch (err) {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await emulator.close();
      throw new Error(`--ready-file ${args.readyFile}: ${(err as Error).message}`);
    }
  }
  io.out(line);
  return done;
}
