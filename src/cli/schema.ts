/** `cloudbridge schema`: the provider schema as `terraform providers schema -json` prints it. */
import { parseArgs, type CommandSpec } from './args';
import { showHelp, type CliIo } from './io';

export const schemaCommand: CommandSpec = {
  name: 'schema',
  summary: 'Print the provider schema as `terraform providers schema -json` would (one JSON document).',
  options: [],
};

export async function runSchema(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(schemaCommand, argv);
  if (args.help) return showHelp(io, schemaCommand);
  // Lazy: the framework and every vendor load only for this command.
  const { printSchema } = await import('../schema-command');
  io.out(printSchema());
  return 0;
}
