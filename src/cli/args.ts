/**
 * One small argument parser for every `cloudbridge` subcommand, so that they
 * all behave alike: `--flag VALUE` and `--flag=VALUE`, `--help` anywhere,
 * unknown options and missing values as a UsageError (exit 2 with the
 * command's usage), and help text generated from the same declarations.
 */

/** A mistake in the command line: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to print; undefined for the global one. */
    readonly command?: CommandSpec,
  ) {
    super(message);
  }
}

export interface OptionSpec {
  /** `--port`. */
  readonly name: string;
  /** The value's placeholder (`N`, `DIR`); absent for a switch. */
  readonly value?: string;
  /** May be given more than once. */
  readonly repeatable?: boolean;
  readonly help: string;
}

export interface CommandSpec {
  readonly name: string;
  /** One line for the global help. */
  readonly summary: string;
  /** Options that must be given, shown without brackets in the usage line. */
  readonly required?: readonly string[];
  readonly options: readonly OptionSpec[];
  /** Paragraphs after the option table of `cloudbridge <command> --help`. */
  readonly details?: string;
}

export interface ParsedArgs {
  /** `--help` or `-h` was given: print the command's help, ignore the rest. */
  readonly help: boolean;
  /** Values by option name; switches map to `['']`. */
  readonly values: ReadonlyMap<string, readonly string[]>;
}

export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true, values: new Map() };
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const option = spec.options.find((o) => o.name === name);
    if (!option) {
      throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${JSON.stringify(arg)}`, spec);
    }
    let value = '';
    if (option.value) {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${name} needs a value (${name} ${option.value})`, spec);
      value = v;
    } else if (inline !== undefined) {
      throw new UsageError(`${name} takes no value`, spec);
    }
    const list = values.get(name) ?? [];
    if (list.length > 0 && !option.repeatable) throw new UsageError(`${name} is given twice`, spec);
    list.push(value);
    values.set(name, list);
  }
  for (const name of spec.required ?? []) {
    if (!values.has(name)) {
      const option = spec.options.find((o) => o.name === name);
      throw new UsageError(`${spec.name} needs ${name}${option?.value ? ` ${option.value}` : ''}`, spec);
    }
  }
  return { help: false, values };
}

/** The last value of an option, or undefined. */
export function valueOf(args: ParsedArgs, name: string): string | undefined {
  return args.values.get(name)?.at(-1);
}

export function allValues(args: ParsedArgs, name: string): readonly string[] {
  return args.values.get(name) ?? [];
}

export function hasSwitch(args: ParsedArgs, name: string): boolean {
  return args.values.has(name);
}

function optionUsage(o: OptionSpec, required: boolean): string {
  const text = `${o.name}${o.value ? ` ${o.value}` : ''}`;
  return required ? text : `[${text}]${o.repeatable ? '...' : ''}`;
}

/** `cloudbridge install --plugin-dir DIR [--mirror DIR]...`. */
export function usageLine(spec: CommandSpec): string {
  const required = new Set(spec.required ?? []);
  const parts = [
    ...spec.options.filter((o) => required.has(o.name)).map((o) => optionUsage(o, true)),
    ...spec.options.filter((o) => !required.has(o.name)).map((o) => optionUsage(o, false)),
  ];
  return ['cloudbridge', spec.name, ...parts].join(' ');
}

/** The option table, indented by `indent`. */
export function optionTable(spec: CommandSpec, indent = '  '): string {
  const heads = spec.options.map((o) => `${o.name}${o.value ? ` ${o.value}` : ''}`);
  const width = Math.max(...heads.map((h) => h.length), 0);
  return spec.options.map((o, i) => `${indent}${heads[i]!.padEnd(width)}  ${o.help.split('\n').join(`\n${indent}${' '.repeat(width + 2)}`)}\n`).join('');
}

/** `cloudbridge <command> --help`. */
export function commandHelp(spec: CommandSpec): string {
  const table = optionTable({ ...spec, options: [...spec.options, HELP_OPTION] });
  return `${spec.summary}\n\nUsage:\n  ${usageLine(spec)}\n\nOptions:\n${table}` + (spec.details ? `\n${spec.details.trimEnd()}\n` : '');
}

export const HELP_OPTION: OptionSpec = { name: '--help', help: 'print this help and exit' };
