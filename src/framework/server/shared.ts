/** Small helpers the RPC files share. */
import type { AttributePath } from '../../protocol/service';
import { isUnknown, type CtyValue } from '../../protocol/values';
import type { Attrs } from '../attributes';
import { formatPath, type Diagnostics } from '../diagnostics';
import { shapeState, type ShapeProblem } from '../values';

type Obj = { readonly [k: string]: CtyValue };

/** Private state that marks a resource as just imported (its read then fills in the rest). */
export const IMPORTED_MARKER = new TextEncoder().encode('{"cloudbridge":"imported"}');

export function withoutTimeouts(attributes: Attrs): Attrs {
  if (!('timeouts' in attributes)) return attributes;
  const { timeouts: _t, ...rest } = attributes;
  return rest;
}

/** Copies `timeouts` from the plan (or state) into a handler's result: it is configuration, not remote state. */
export function withTimeouts(attributes: Attrs, state: Obj, from: Obj): Obj {
  const timeouts = attributes['timeouts'];
  if (timeouts === undefined) return state;
  return { ...state, timeouts: timeouts.options.writeOnly ? null : (from['timeouts'] ?? null) };
}

/** Shapes a handler's result, reporting problems as errors. */
export function shapeResult(attributes: Attrs, value: unknown, diags: Diagnostics, typeName: string, what: string): Obj | null {
  const problems: ShapeProblem[] = [];
  const shaped = shapeState(attributes, value, problems);
  for (const p of problems) diags.error(`${typeName}: ${what} returned an invalid value`, `${p.path} ${p.message}.`, p.path === '(root)' ? undefined : p.path);
  return shaped;
}

export function dedupePaths(paths: readonly AttributePath[]): AttributePath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = formatPath(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A value as the user would read it in an error. */
export function show(v: CtyValue): string {
  return v === null ? 'null' : JSON.stringify(v, (_k, x: unknown) => (isUnknown(x) ? '(known after apply)' : typeof x === 'object' && x !== null && 'text' in x ? String(x) : x));
}
