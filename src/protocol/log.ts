/**
 * hclog-style JSON logging on stderr. go-plugin parses these lines and
 * re-emits them under TF_LOG / TF_LOG_PROVIDER. Never write to stdout.
 */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  trace(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** A logger that adds these fields to every line. */
  with(fields: Record<string, unknown>): Logger;
}

// ---------------------------------------------------------------- implementation

const LEVELS: Readonly<Record<LogLevel, number>> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };
const OFF = 5;

/**
 * The level from TF_LOG_PROVIDER, else TF_LOG ("json" means trace, as in
 * Terraform). Unset or unrecognised means off: Terraform only shows plugin
 * lines when the user asked for logs.
 */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel | 'off' {
  const raw = (env.TF_LOG_PROVIDER || env.TF_LOG || '').trim().toLowerCase();
  if (raw === 'json' || raw === '1' || raw === 'true') return 'trace';
  if (raw === 'warning') return 'warn';
  if (raw in LEVELS) return raw as LogLevel;
  return 'off';
}

const secrets = new Set<string>();
let secretPattern: RegExp | undefined;

/**
 * Registers a value that must never appear in a log line: every later line
 * shows `***` in its place. Values shorter than 4 characters are ignored
 * (they would mask ordinary words).
 */
export function registerSecret(value: string | undefined | null): void {
  if (typeof value !== 'string' || value.length < 4 || secrets.has(value)) return;
  secrets.add(value);
  const escaped = [...secrets].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  secretPattern = new RegExp(escaped.join('|'), 'g');
}

/** The text with every registered secret replaced by `***`. */
export function redact(text: string): string {
  return secretPattern ? text.replace(secretPattern, '***') : text;
}

function redactValue(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return redact(v);
  if (v instanceof Error) return redact(v.message);
  if (depth > 8 || v === null || typeof v !== 'object') return typeof v === 'bigint' ? v.toString() : v;
  if (Array.isArray(v)) return v.map((e) => redactValue(e, depth + 1));
  if (v instanceof Uint8Array) return `<${v.length} bytes>`;
  const out: Record<string, unknown> = {};
  for (const [k, e] of Object.entries(v)) out[k] = redactValue(e, depth + 1);
  return out;
}

export interface LoggerOptions {
  /** Minimum level written; default from TF_LOG_PROVIDER / TF_LOG. */
  readonly level?: LogLevel | 'off';
  /** hclog module name, e.g. "provider.cloudbridge". */
  readonly module?: string;
  /** Where lines go; default stderr. */
  readonly write?: (line: string) => void;
  readonly fields?: Record<string, unknown>;
}

/**
 * hclog's JSON time format, microseconds included: go-plugin parses
 * `@timestamp` with the layout 2006-01-02T15:04:05.000000Z07:00 and, when
 * that fails, relays the whole line as an unparsed DEBUG message, so the
 * entry's own level, message and fields would be lost under TF_LOG.
 */
export function timestamp(d: Date): string {
  return d.toISOString().replace(/Z$/, '000Z');
}

class JsonLogger implements Logger {
  constructor(
    private readonly min: number,
    private readonly module: string,
    private readonly write: (line: string) => void,
    private readonly fields: Record<string, unknown>,
  ) {}

  private log(level: LogLevel, message: string, fields?: Record<string, unknown>): void {
    if (LEVELS[level] < this.min) return;
    const extra = redactValue({ ...this.fields, ...fields }, 0) as Record<string, unknown>;
    for (const k of ['@level', '@message', '@module', '@timestamp']) delete extra[k];
    const line = {
      '@level': level,
      '@message': redact(message),
      '@module': this.module,
      '@timestamp': timestamp(new Date()),
      ...extra,
    };
    let text: string;
    try {
      text = JSON.stringify(line);
    } catch {
      text = JSON.stringify({ '@level': level, '@message': redact(message), '@module': this.module, '@timestamp': line['@timestamp'] });
    }
    this.write(`${text}\n`);
  }
  trace(message: string, fields?: Record<string, unknown>): void {
    this.log('trace', message, fields);
  }
  debug(message: string, fields?: Record<string, unknown>): void {
    this.log('debug', message, fields);
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.log('info', message, fields);
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.log('warn', message, fields);
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.log('error', message, fields);
  }
  with(fields: Record<string, unknown>): Logger {
    // Logging off (no TF_LOG): nothing to carry, and Terraform's thousands of calls each ask for one.
    if (this.min === OFF) return this;
    return new JsonLogger(this.min, this.module, this.write, { ...this.fields, ...fields });
  }
}

/** An hclog-style JSON logger (one line per entry: @level, @message, @module, @timestamp + fields). */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? logLevelFromEnv();
  return new JsonLogger(
    level === 'off' ? OFF : LEVELS[level],
    opts.module ?? 'provider.cloudbridge',
    opts.write ?? ((line) => void process.stderr.write(line)),
    opts.fields ?? {},
  );
}

/** A logger that drops everything (tests, tools). */
export const nullLogger: Logger = createLogger({ level: 'off', write: () => undefined });
