/** Where a command writes, and the environment it reads: the process's, or a test's. */
import { commandHelp, type CommandSpec } from './args';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly env: NodeJS.ProcessEnv;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  get env() {
    return process.env;
  },
};

/** `cloudbridge <command> --help`: the command's help on stdout, exit 0. */
export function showHelp(io: CliIo, spec: CommandSpec): number {
  io.out(commandHelp(spec));
  return 0;
}
