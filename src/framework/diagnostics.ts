/**
 * Diagnostics with attribute paths: how handlers, validators and the framework
 * report problems. Nothing is thrown across the protocol boundary.
 */
import type { AttributePath, AttributePathStep, Diagnostic } from '../protocol/service';
import { formatPath } from '../protocol/schema';

export { formatPath };

/**
 * An attribute path, either as protocol steps or as text:
 * `credentials.secret_key`, `login.identity.type`, `items[0].name`, `tags["env"]`.
 */
export type PathLike = string | AttributePath;

export function toPath(path: PathLike): AttributePath {
  if (typeof path !== 'string') return path;
  const steps: AttributePathStep[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) steps.push({ attribute: m[1] });
    else if (m[2] !== undefined) steps.push({ index: Number(m[2]) });
    else if (m[3] !== undefined) steps.push({ key: m[3].replace(/\\(.)/g, '$1') });
  }
  return steps;
}

export function childPath(path: AttributePath, step: string | number | { key: string }): AttributePath {
  if (typeof step === 'string') return [...path, { attribute: step }];
  if (typeof step === 'number') return [...path, { index: step }];
  return [...path, { key: step.key }];
}

/** Collects errors and warnings. Handlers get one in `ctx.diags`. */
export class Diagnostics {
  private readonly items: Diagnostic[] = [];

  error(summary: string, detail?: string, path?: PathLike): void {
    this.add({ severity: 'error', summary, detail, attribute: path === undefined ? undefined : toPath(path) });
  }

  warning(summary: string, detail?: string, path?: PathLike): void {
    this.add({ severity: 'warning', summary, detail, attribute: path === undefined ? undefined : toPath(path) });
  }

  add(d: Diagnostic): void {
    const clean: Diagnostic = {
      severity: d.severity,
      summary: d.summary,
      ...(d.detail !== undefined && d.detail !== '' ? { detail: d.detail } : {}),
      ...(d.attribute !== undefined && d.attribute.length > 0 ? { attribute: d.attribute } : {}),
    };
    this.items.push(clean);
  }

  append(other: Diagnostics | readonly Diagnostic[]): void {
    for (const d of other instanceof Diagnostics ? other.list() : other) this.add(d);
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  list(): readonly Diagnostic[] {
    return this.items.slice();
  }
}

/** An error a handler may throw to produce a diagnostic with a summary, detail and path of its choice. */
export class DiagnosticError extends Error {
  constructor(
    readonly summary: string,
    readonly detail?: string,
    readonly path?: PathLike,
  ) {
    super(detail ? `${summary}: ${detail}` : summary);
    this.name = 'DiagnosticError';
  }
}

/** Turns anything thrown by a handler into an error diagnostic. */
export function diagnosticFromThrown(err: unknown, summary: string): Diagnostic {
  if (err instanceof DiagnosticError) {
    return {
      severity: 'error',
      summary: err.summary,
      detail: err.detail,
      attribute: err.path === undefined ? undefined : toPath(err.path),
    };
  }
  if (err instanceof Error) {
    if (err.name === 'AbortError') {
      return { severity: 'error', summary, detail: 'The operation was cancelled (Terraform asked the provider to stop).' };
    }
    return { severity: 'error', summary, detail: err.message };
  }
  return { severity: 'error', summary, detail: String(err) };
}
