/** Ready-made import id parsers. */
import type { Diagnostics } from './diagnostics';

/** `<field>`: the whole id is one attribute (checked against `pattern` if given). */
export function importId<K extends string>(field: K, format: string, example: string, pattern?: RegExp) {
  return {
    format,
    example,
    parse(id: string, diags: Diagnostics): { [P in K]: string } | undefined {
      if (id === '' || (pattern && !pattern.test(id))) {
        diags.error('Invalid import id', `Expected ${format}, for example ${example}; got ${JSON.stringify(id)}.`);
        return undefined;
      }
      return { [field]: id } as { [P in K]: string };
    },
  };
}

/** `<a>/<b>`: the id splits on `separator` into these attributes, none empty. */
export function importParts<const K extends readonly string[]>(fields: K, example: string, separator = '/') {
  const format = fields.map((f) => `<${f}>`).join(separator);
  return {
    format,
    example,
    parse(id: string, diags: Diagnostics): { [P in K[number]]: string } | undefined {
      const parts = id.split(separator);
      if (parts.length !== fields.length || parts.some((p) => p === '')) {
        diags.error('Invalid import id', `Expected ${format}, for example ${example}; got ${JSON.stringify(id)}.`);
        return undefined;
      }
      return Object.fromEntries(fields.map((f, i) => [f, parts[i]])) as { [P in K[number]]: string };
    },
  };
}
