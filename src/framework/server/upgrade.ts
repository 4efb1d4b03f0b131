/**
 * UpgradeResourceState: runs the type's upgraders from the stored schema
 * version up to the current one, then shapes the result to the schema.
 */
import type { Diagnostic } from '../../protocol/service';
import type { CtyValue } from '../../protocol/values';
import { Diagnostics, diagnosticFromThrown } from '../diagnostics';
import { resourceAttributes } from '../schema';
import type { JsonObject, JsonValue } from '../resource';
import type { Registry } from './registry';
import { shapeResult } from './shared';

export interface UpgradeResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly upgradedState: CtyValue;
}

export function upgradeResourceState(registry: Registry, typeName: string, version: number, rawState: unknown): UpgradeResult {
  const diags = new Diagnostics();
  const r = registry.resource(typeName);
  if (!r) {
    diags.error('Unknown resource type', `The provider has no resource type "${typeName}".`);
    return { diagnostics: diags.list(), upgradedState: null };
  }
  const spec = r.type.spec;
  const current = spec.version ?? 0;
  if (version > current) {
    diags.error('Unsupported state version', `The state of ${typeName} was written by a newer provider (schema version ${version}; this provider knows up to ${current}). Upgrade the provider.`);
    return { diagnostics: diags.list(), upgradedState: null };
  }
  let raw: unknown = rawState;
  for (let v = version; v < current; v++) {
    const up = spec.upgraders?.[v];
    if (!up) {
      diags.error('Cannot upgrade state', `${typeName} has no state upgrader from schema version ${v}.`);
      return { diagnostics: diags.list(), upgradedState: null };
    }
    if (!isJsonObject(raw)) break;
    try {
      raw = up(raw);
    } catch (err) {
      diags.add(diagnosticFromThrown(err, `Cannot upgrade ${typeName} state from version ${v}`));
      return { diagnostics: diags.list(), upgradedState: null };
    }
  }
  return { diagnostics: diags.list(), upgradedState: shapeResult(resourceAttributes(spec), raw, diags, typeName, 'state upgrade') };
}

function isJsonValue(v: unknown): v is JsonValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJsonValue);
  return typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every(isJsonValue);
}

/** Stored state is parsed JSON; checked all the way down before an upgrader sees it. */
function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && isJsonValue(v);
}
