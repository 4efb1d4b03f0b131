/**
 * ValidateProviderConfig, ValidateResourceConfig and ValidateDataResourceConfig:
 * every attribute's validators (at its path), then the type's object validators
 * and `validateConfig`. Unknown values are skipped; nothing calls an API.
 */
import type { AttributePath, ClientCapabilities, Diagnostic } from '../../protocol/service';
import { isUnknown, type CtyValue } from '../../protocol/values';
import type { Attr, Attrs } from '../attributes';
import { childPath, Diagnostics } from '../diagnostics';
import { blockAttributes } from '../provider-config';
import type { HandlerObject } from '../resource';
import { resourceAttributes } from '../schema';
import type { ObjectValidator } from '../validators';
import { isFullyKnown, isObject, toHandlerObject, toHandlerValue } from '../values';
import type { Registry } from './registry';
import { runGuarded } from './guard';

type Obj = { readonly [k: string]: CtyValue };

interface TopLevelRules {
  readonly validators?: readonly ObjectValidator<HandlerObject>[];
  readonly validateConfig?: (config: HandlerObject, diags: Diagnostics) => void;
}

export function validateProviderConfig(registry: Registry, config: CtyValue): { diagnostics: readonly Diagnostic[] } {
  const diags = new Diagnostics();
  if (isObject(config)) {
    for (const block of registry.blocks) {
      const value = config[block.name];
      if (isObject(value)) validateObject(blockAttributes(block), value, [{ attribute: block.name }], diags, undefined);
    }
  }
  return { diagnostics: diags.list() };
}

export function validateResourceConfig(registry: Registry, typeName: string, config: CtyValue, caps: ClientCapabilities | undefined): { diagnostics: readonly Diagnostic[] } {
  const diags = new Diagnostics();
  const r = registry.resource(typeName);
  if (!r) diags.error('Unknown resource type', `The provider has no resource type "${typeName}".`);
  else if (isObject(config)) validateTop(resourceAttributes(r.type.spec), r.type.spec, config, diags, caps);
  return { diagnostics: diags.list() };
}

export function validateDataSourceConfig(registry: Registry, typeName: string, config: CtyValue): { diagnostics: readonly Diagnostic[] } {
  const diags = new Diagnostics();
  const d = registry.dataSource(typeName);
  if (!d) diags.error('Unknown data source type', `The provider has no data source type "${typeName}".`);
  else if (isObject(config)) validateTop(d.type.spec.schema, d.type.spec, config, diags, undefined);
  return { diagnostics: diags.list() };
}

function validateTop(attributes: Attrs, rules: TopLevelRules, config: Obj, diags: Diagnostics, caps: ClientCapabilities | undefined): void {
  validateObject(attributes, config, [], diags, caps);
  const value = toHandlerObject(config);
  for (const v of rules.validators ?? []) runGuarded(diags, () => v.validate(value, { path: [], diags }));
  const custom = rules.validateConfig;
  if (custom) runGuarded(diags, () => custom(value, diags));
}

export function validateObject(attributes: Attrs, value: Obj, path: AttributePath, diags: Diagnostics, caps: ClientCapabilities | undefined): void {
  for (const [name, attr] of Object.entries(attributes)) {
    const v = value[name] ?? null;
    if (v === null || isUnknown(v)) continue;
    validateAttr(attr, v, childPath(path, name), diags, caps);
  }
}

/** The nested objects of a nested attribute's value, each with its path (set elements share the set's). */
function nestedElements(attr: Attr, v: CtyValue, p: AttributePath): [CtyValue, AttributePath][] {
  const k = attr.kind;
  if (k.type !== 'nested') return [];
  if (k.nesting === 'single') return [[v, p]];
  if (Array.isArray(v)) return v.map((e, i): [CtyValue, AttributePath] => [e, k.nesting === 'set' ? p : childPath(p, i)]);
  if (isObject(v)) return Object.entries(v).map(([key, e]): [CtyValue, AttributePath] => [e, childPath(p, { key })]);
  return [];
}

function validateAttr(attr: Attr, v: CtyValue, p: AttributePath, diags: Diagnostics, caps: ClientCapabilities | undefined): void {
  const o = attr.options;
  if (o.deprecated) diags.warning('Deprecated attribute', o.deprecated, p);
  if (o.writeOnly && caps && caps.writeOnlyAttributesAllowed === false) {
    diags.error('Write-only attribute not supported', 'Write-only attributes need Terraform 1.11 or later.', p);
  }
  const k = attr.kind;
  if (k.type === 'nested') {
    const elements = nestedElements(attr, v, p);
    if (k.nesting !== 'single') {
      const n = elements.length;
      if (o.minItems !== undefined && n < o.minItems) diags.error('Too few elements', `At least ${o.minItems} required, got ${n}.`, p);
      if (o.maxItems !== undefined && n > o.maxItems) diags.error('Too many elements', `At most ${o.maxItems} allowed, got ${n}.`, p);
    }
    for (const [e, ep] of elements) {
      if (!isObject(e)) continue;
      validateObject(k.attributes, e, ep, diags, caps);
      const hv = toHandlerObject(e);
      for (const val of o.validators ?? []) {
        if (val.kind === 'object') runGuarded(diags, () => val.validate(hv, { path: ep, diags }));
        else if (isFullyKnown(e)) runGuarded(diags, () => val.validate(hv, { path: ep, diags }));
      }
    }
    return;
  }
  if (!isFullyKnown(v)) return;
  const hv = toHandlerValue(v);
  for (const val of o.validators ?? []) {
    if (val.kind === 'value') runGuarded(diags, () => val.validate(hv, { path: p, diags }));
  }
}
