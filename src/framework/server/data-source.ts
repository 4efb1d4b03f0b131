/** ReadDataSource: the type's `read`; its arguments are echoed as configured, whatever it returned. */
import type { CallContext, Diagnostic } from '../../protocol/service';
import type { CtyValue } from '../../protocol/values';
import { Diagnostics } from '../diagnostics';
import { resolveTimeouts } from '../timeouts';
import { isObject, toHandlerObject } from '../values';
import { handlerContext, inOperation } from './context';
import { guarded } from './guard';
import type { Registry } from './registry';
import { shapeResult } from './shared';

export interface DataSourceResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly state: CtyValue;
}

export async function readDataSource(registry: Registry, typeName: string, config: CtyValue, call: CallContext): Promise<DataSourceResult> {
  const diags = new Diagnostics();
  const d = registry.dataSource(typeName);
  if (!d || !isObject(config)) {
    diags.error('Unknown data source type', `The provider has no data source type "${typeName}".`);
    return { diagnostics: diags.list(), state: null };
  }
  const spec = d.type.spec;
  const ctx = handlerContext(registry, d.module, call, diags, resolveTimeouts({}, null), 'read', typeName);
  const result = await guarded(diags, `Failed to read ${typeName}`, () => inOperation(ctx, () => spec.read({ config: toHandlerObject(config) }, ctx)));
  if (!result.ok || result.value === undefined || result.value === null) {
    if (!diags.hasErrors) diags.error(`${typeName}: read returned no state`, 'This is a bug in the provider.');
    return { diagnostics: diags.list(), state: config };
  }
  const shaped = shapeResult(spec.schema, result.value, diags, typeName, 'read');
  if (!shaped) return { diagnostics: diags.list(), state: config };
  const merged: Record<string, CtyValue> = { ...shaped };
  for (const [name, attr] of Object.entries(spec.schema)) {
    const c = config[name] ?? null;
    if (c !== null && !attr.options.writeOnly && (attr.options.required || attr.options.optional)) merged[name] = c;
  }
  return { diagnostics: diags.list(), state: merged };
}
