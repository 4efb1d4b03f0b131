/**
 * Per-resource operation timeouts, written as Go-style durations ("5m",
 * "90s", "1h30m") in an optional `timeouts = { create = "10m" }` attribute.
 */
import { attrs, obj, str } from './attributes';
import { custom } from './validators';

export type TimeoutOperation = 'create' | 'read' | 'update' | 'delete';
/** Default durations of the operations a resource lets the user set. */
export type TimeoutDefaults = Partial<Record<TimeoutOperation, string>>;
/** Resolved timeouts in milliseconds, for every operation (unset ones use DEFAULT_TIMEOUT). */
export type Timeouts = Readonly<Record<TimeoutOperation, number>>;

/** Used for operations a resource does not declare. Matches terraform-plugin-framework's habit of 20 minutes. */
export const DEFAULT_TIMEOUT = '20m';

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses a Go duration into milliseconds; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim();
  if (s === '0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let pos = 0;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? -1 : 1;
    pos = 1;
  }
  if (pos >= s.length) return undefined;
  re.lastIndex = pos;
  while (pos < s.length) {
    const m = re.exec(s);
    if (!m || m.index !== pos) return undefined;
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    pos = re.lastIndex;
  }
  return sign * total;
}

export const durationValidator = custom<string>('a duration such as `30s`, `5m` or `1h30m`', (v) => {
  const ms = parseDuration(v);
  if (ms === undefined) return `must be a duration such as "30s", "5m" or "1h30m" (units ns, us, ms, s, m, h)`;
  if (ms <= 0) return 'must be a positive duration';
  return undefined;
});

/** The `timeouts` nested attribute for the declared operations (write-only: read from the configuration, never stored). */
export function timeoutsAttribute(defaults: TimeoutDefaults, writeOnly = false) {
  const fields: Record<string, ReturnType<typeof str>> = {};
  for (const op of ['create', 'read', 'update', 'delete'] as const) {
    const d = defaults[op];
    if (d === undefined) continue;
    fields[op] = str({
      optional: true,
      description: `How long to wait for ${op === 'read' ? 'a read' : `the ${op}`} to finish, as a duration such as \`30s\` or \`5m\`. Default \`${d}\`.`,
      validators: [durationValidator],
      ...(writeOnly ? { writeOnly: true } : {}),
    });
  }
  return obj(attrs(fields), {
    optional: true,
    // Same description either way: the generated CDKTF bindings carry it; docs.ts says it is write-only.
    description: 'Operation timeouts.',
    ...(writeOnly ? { writeOnly: true } : {}),
  });
}

/** Resolves the configured timeouts (a `timeouts` object value, possibly null) against the defaults. */
export function resolveTimeouts(defaults: TimeoutDefaults, configured: unknown): Timeouts {
  const pick = (op: TimeoutOperation): number => {
    const set = typeof configured === 'object' && configured !== null ? (configured as Record<string, unknown>)[op] : undefined;
    const fromConfig = typeof set === 'string' ? parseDuration(set) : undefined;
    if (fromConfig !== undefined && fromConfig > 0) return fromConfig;
    return parseDuration(defaults[op] ?? DEFAULT_TIMEOUT)!;
  };
  return { create: pick('create'), read: pick('read'), update: pick('update'), delete: pick('delete') };
}
