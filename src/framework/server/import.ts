/**
 * ImportResourceState: the importer turns the id into the fields `read`
 * needs; every other field starts null, and the private marker tells the
 * next read that it fills in an import.
 */
import type { Diagnostic } from '../../protocol/service';
import type { CtyValue } from '../../protocol/values';
import { Diagnostics, diagnosticFromThrown } from '../diagnostics';
import { resourceAttributes } from '../schema';
import { nullObject } from '../values';
import type { Registry } from './registry';
import { IMPORTED_MARKER, shapeResult } from './shared';

export interface ImportResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly importedResources: readonly { readonly typeName: string; readonly state: CtyValue; readonly private?: Uint8Array }[];
}

export function importResourceState(registry: Registry, typeName: string, id: string): ImportResult {
  const diags = new Diagnostics();
  const r = registry.resource(typeName);
  if (!r) {
    diags.error('Unknown resource type', `The provider has no resource type "${typeName}".`);
    return { diagnostics: diags.list(), importedResources: [] };
  }
  const spec = r.type.spec;
  let partial: Readonly<Record<string, unknown>> | undefined;
  try {
    partial = spec.importer.parse(id, diags);
  } catch (err) {
    diags.add(diagnosticFromThrown(err, `Invalid import id for ${typeName}`));
  }
  if (diags.hasErrors || partial === undefined || partial === null || typeof partial !== 'object') {
    if (!diags.hasErrors) diags.error('Invalid import id', `Expected an id of the form ${spec.importer.format}, for example ${spec.importer.example}.`);
    return { diagnostics: diags.list(), importedResources: [] };
  }
  const attributes = resourceAttributes(spec);
  const state = shapeResult(attributes, { ...nullObject(attributes), ...partial }, diags, typeName, 'import');
  return { diagnostics: diags.list(), importedResources: state ? [{ typeName, state, private: IMPORTED_MARKER }] : [] };
}
