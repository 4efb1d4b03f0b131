/**
 * Declarations → protocol schemas (what GetProviderSchema returns).
 */
import type { Schema, SchemaAttribute, SchemaBlock } from '../protocol/service';
import { ctyTypeOf, type Attr, type Attrs } from './attributes';
import type { DataSourceSpec, ResourceSpec } from './resource';
import { timeoutsAttribute } from './timeouts';

export function schemaAttribute(name: string, attr: Attr): SchemaAttribute {
  const o = attr.options;
  const k = attr.kind;
  return {
    name,
    ...(k.type === 'nested'
      ? { nestedType: { nesting: k.nesting, attributes: schemaAttributes(k.attributes) } }
      : { type: ctyTypeOf(attr) }),
    ...(o.description ? { description: o.description, descriptionKind: 'markdown' as const } : {}),
    ...(o.required ? { required: true } : {}),
    ...(o.optional ? { optional: true } : {}),
    ...(o.computed ? { computed: true } : {}),
    ...(o.sensitive ? { sensitive: true } : {}),
    ...(o.writeOnly ? { writeOnly: true } : {}),
    ...(o.deprecated ? { deprecated: true } : {}),
  };
}

export function schemaAttributes(attributes: Attrs): SchemaAttribute[] {
  return Object.entries(attributes).map(([name, a]) => schemaAttribute(name, a));
}

const fullAttrsCache = new WeakMap<object, Attrs>();
/** The declared attributes plus the framework's own (`timeouts`). */
export function resourceAttributes(spec: ResourceSpec<Attrs, unknown>): Attrs {
  let out = fullAttrsCache.get(spec);
  if (!out) {
    out = spec.timeouts && Object.keys(spec.timeouts).length > 0 ? { ...spec.schema, timeouts: timeoutsAttribute(spec.timeouts, spec.writeOnlyTimeouts === true) } : spec.schema;
    fullAttrsCache.set(spec, out);
  }
  return out;
}

export function resourceSchema(spec: ResourceSpec<Attrs, unknown>): Schema {
  return { version: spec.version ?? 0, block: typeBlock(resourceAttributes(spec), spec.description, spec.deprecated) };
}

export function dataSourceSchema(spec: DataSourceSpec<Attrs, unknown>): Schema {
  return { version: 0, block: typeBlock(spec.schema, spec.description, spec.deprecated) };
}

function typeBlock(attributes: Attrs, description: string, deprecated: string | undefined): SchemaBlock {
  return {
    attributes: schemaAttributes(attributes),
    description,
    descriptionKind: 'markdown',
    ...(deprecated ? { deprecated: true } : {}),
  };
}
