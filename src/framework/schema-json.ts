/**
 * ProviderSchemas → the JSON that `terraform providers schema -json` prints,
 * field for field (Go's encoding/json: sorted map keys, omitempty flags).
 */
import type { ProviderSchemas, Schema, SchemaAttribute, SchemaBlock, SchemaObject } from '../protocol/service';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function sorted<T>(entries: [string, T][]): [string, T][] {
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function attributeJson(a: SchemaAttribute): Json {
  const out: { [k: string]: Json } = {};
  if (a.type !== undefined) out.type = a.type as Json;
  if (a.nestedType) out.nested_type = objectJson(a.nestedType);
  if (a.description) out.description = a.description;
  out.description_kind = a.descriptionKind ?? 'plain';
  if (a.deprecated) out.deprecated = true;
  if (a.required) out.required = true;
  if (a.optional) out.optional = true;
  if (a.computed) out.computed = true;
  if (a.sensitive) out.sensitive = true;
  if (a.writeOnly) out.write_only = true;
  return out;
}

function objectJson(o: SchemaObject): Json {
  return {
    attributes: Object.fromEntries(sorted(o.attributes.map((a) => [a.name, attributeJson(a)]))),
    nesting_mode: o.nesting,
  };
}

function blockJson(b: SchemaBlock): Json {
  const out: { [k: string]: Json } = {};
  if (b.attributes.length) out.attributes = Object.fromEntries(sorted(b.attributes.map((a) => [a.name, attributeJson(a)])));
  if (b.blockTypes?.length) {
    out.block_types = Object.fromEntries(
      sorted(
        b.blockTypes.map((bt) => {
          const nb: { [k: string]: Json } = { nesting_mode: bt.nesting, block: blockJson(bt.block) };
          if (bt.minItems) nb.min_items = bt.minItems;
          if (bt.maxItems) nb.max_items = bt.maxItems;
          return [bt.typeName, nb];
        }),
      ),
    );
  }
  if (b.description) out.description = b.description;
  out.description_kind = b.descriptionKind ?? 'plain';
  if (b.deprecated) out.deprecated = true;
  return out;
}

function schemaJson(s: Schema): Json {
  return { version: s.version, block: blockJson(s.block) };
}

export function providerSchemaJson(address: string, schemas: ProviderSchemas): Json {
  const p: { [k: string]: Json } = { provider: schemaJson(schemas.provider) };
  const rs = Object.entries(schemas.resourceSchemas);
  const ds = Object.entries(schemas.dataSourceSchemas);
  if (rs.length) p.resource_schemas = Object.fromEntries(sorted(rs.map(([k, v]) => [k, schemaJson(v)])));
  if (ds.length) p.data_source_schemas = Object.fromEntries(sorted(ds.map(([k, v]) => [k, schemaJson(v)])));
  return { format_version: '1.0', provider_schemas: { [address]: p } };
}
