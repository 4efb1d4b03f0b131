/**
 * Holding the provider and the emulator against an oracle fixture: run an
 * attribute's own validators on a value (what `terraform validate` would do),
 * and call the emulator over HTTP.
 */
import type { Attrs } from '../../src/framework/attributes';
import { Diagnostics } from '../../src/framework/diagnostics';
import type { Validator } from '../../src/framework/validators';

/** The validators of attribute `path` (dotted through nested objects) of a resource or data source schema. */
export function validatorsAt(schema: Attrs, path: string): readonly Validator<unknown>[] {
  const steps = path.split('.');
  let attrs: Attrs = schema;
  for (let i = 0; ; i++) {
    const attr = attrs[steps[i]!];
    if (!attr) throw new Error(`no attribute ${path}`);
    if (i === steps.length - 1) return (attr.options.validators ?? []) as readonly Validator<unknown>[];
    const kind = attr.kind as { type: string; attributes?: Attrs };
    if (kind.type !== 'nested' || !kind.attributes) throw new Error(`${steps.slice(0, i + 1).join('.')} is not a nested object`);
    attrs = kind.attributes;
  }
}

/** Whether the attribute's validators accept `value`. */
export function accepts(schema: Attrs, path: string, value: unknown): boolean {
  const diags = new Diagnostics();
  for (const validator of validatorsAt(schema, path)) {
    if (validator.kind === 'value') validator.validate(value, { path: [], diags });
  }
  return !diags.hasErrors;
}

/** The values of `values` the attribute accepts, and those it refuses. */
export function verdicts(schema: Attrs, path: string, values: readonly unknown[]): { accepted: unknown[]; refused: unknown[] } {
  const accepted: unknown[] = [];
  const refused: unknown[] = [];
  for (const value of values) (accepts(schema, path, value) ? accepted : refused).push(value);
  return { accepted, refused };
}

export interface HttpAnswer {
  readonly status: number;
  readonly json: unknown;
}

/** One HTTP call to the emulator; the body is sent as JSON. */
export async function call(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<HttpAnswer> {
  const res = await fetch(url, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

/** A route template (`/a/{x}/b`) with its placeholders filled from `params`. */
export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}

/** Strings of exactly `n` characters made of `char`. */
export const ofLength = (n: number, char = 'a'): string => char.repeat(n);

/** `<type>.<path>` of every attribute (nested ones too) that has validators, in the given resources and data sources. */
export function validatedAttributes(definitions: readonly { readonly typeName: string; readonly schema: Attrs }[]): string[] {
  const out: string[] = [];
  const walk = (typeName: string, attrs: Attrs, prefix: string): void => {
    for (const [name, attr] of Object.entries(attrs)) {
      const path = prefix ? `${prefix}.${name}` : name;
      if ((attr.options.validators ?? []).length > 0) out.push(`${typeName}.${path}`);
      const kind = attr.kind as { type: string; attributes?: Attrs };
      if (kind.type === 'nested' && kind.attributes) walk(typeName, kind.attributes, path);
    }
  };
  for (const definition of definitions) walk(definition.typeName, definition.schema, '');
  return out.sort();
}
