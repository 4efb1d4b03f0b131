/**
 * The emulator's composition root: every vendor's emulated API (from
 * src/vendors/index.ts) and the emulated AWS IAM/STS, for `cloudbridge emulate`
 * and the tests.
 */
import { awsEmulator } from './emulator/aws';
import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from './emulator/server';
import { apiModule, type EmulatedApiModule } from './emulator/types';
import { VENDOR_MODULES } from './vendors';

/** Every emulated API cloudbridge ships. */
export function emulatedApis(): EmulatedApiModule<unknown>[] {
  return [...VENDOR_MODULES.map((m) => m.emulator()), apiModule(awsEmulator)];
}

/** Starts the emulator with every emulated API (unless `modules` says otherwise). */
export function startDefaultEmulator(options: Omit<StartEmulatorOptions, 'modules'> & { readonly modules?: StartEmulatorOptions['modules'] } = {}): Promise<RunningEmulator> {
  return startEmulator({ ...options, modules: options.modules ?? emulatedApis() });
}

interface CliArgs {
  port: number;
  host: string;
  dataFile?: string;
}

function parseCliArgs(argv: readonly string[]): CliArgs {
  const args = argv[0] === 'emulate' ? argv.slice(1) : [...argv];
  const out: CliArgs = { port: 0, host: '127.0.0.1' };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be an integer between 0 and 65535');
        out.port = port;
        break;
      }
      case '--host':
        out.host = value();
        break;
      case '--data':
        out.dataFile = value();
        break;
      default:
        throw new Error(`unknown option ${flag}; usage: cloudbridge emulate [--port N] [--host H] [--data FILE]`);
    }
  }
  return out;
}

/**
 * `cloudbridge emulate`: runs the emulator until SIGINT/SIGTERM. Prints exactly
 * one JSON line on stdout once listening; everything else goes to stderr.
 * Resolves with the exit code once closed (state flushed).
 */
export async function runEmulatorCli(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    process.stderr.write(`cloudbridge emulate: ${(err as Error).message}\n`);
    return 2;
  }
  let emulator: RunningEmulator;
  try {
    emulator = await startDefaultEmulator({ port: args.port, host: args.host, dataFile: args.dataFile, log: (line) => process.stderr.write(`${line}\n`) });
  } catch (err) {
    process.stderr.write(`cloudbridge emulate: ${(err as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(emulator.info())}\n`);
  return new Promise<number>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.stderr.write(`cloudbridge emulate: ${signal}, shutting down\n`);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void emulator.close().then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
