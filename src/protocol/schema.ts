/**
 * Schema and diagnostic conversion between the service's plain objects and
 * the tfplugin6 protobuf messages, and the cty type a schema block implies
 * (which is what every DynamicValue of that resource is encoded with).
 */
import type { CtyType } from './values';
import type {
  AttributePath,
  Diagnostic,
  Schema,
  SchemaAttribute,
  SchemaBlock,
  SchemaNestedBlock,
  SchemaObject,
} from './service';
import { typeJson } from './codec';
import type { tfplugin6 } from './generated/proto';

const encoder = new TextEncoder();

const BLOCK_NESTING = { single: 1, list: 2, set: 3, map: 4, group: 5 } as const;
const OBJECT_NESTING = { single: 1, list: 2, set: 3, map: 4 } as const;

function hasDynamic(t: CtyType): boolean {
  if (t === 'dynamic') return true;
  if (typeof t === 'string') return false;
  switch (t[0]) {
    case 'list':
    case 'set':
    case 'map':
      return hasDynamic(t[1]);
    case 'tuple':
      return t[1].some(hasDynamic);
    case 'object':
      return Object.values(t[1]).some(hasDynamic);
  }
}

function attributeType(a: SchemaAttribute): CtyType {
  if (a.nestedType) return objectType(a.nestedType);
  if (!a.type) throw new Error(`attribute "${a.name}" has neither type nor nestedType`);
  return a.type;
}

function objectType(o: SchemaObject): CtyType {
  const attrs: Record<string, CtyType> = {};
  const optional: string[] = [];
  for (const a of o.attributes) {
    attrs[a.name] = attributeType(a);
    if (a.optional || a.computed) optional.push(a.name);
  }
  const obj: CtyType = optional.length > 0 ? ['object', attrs, optional.sort()] : ['object', attrs];
  switch (o.nesting) {
    case 'single':
      return obj;
    case 'list':
      return ['list', obj];
    case 'set':
      return ['set', obj];
    case 'map':
      return ['map', obj];
  }
}

function nestedBlockType(nb: SchemaNestedBlock): CtyType {
  const inner = impliedType(nb.block);
  switch (nb.nesting) {
    case 'single':
    case 'group':
      return inner;
    // Terraform falls back to a dynamic value when a repeated block holds dynamic attributes.
    case 'list':
      return hasDynamic(inner) ? 'dynamic' : ['list', inner];
    case 'map':
      return hasDynamic(inner) ? 'dynamic' : ['map', inner];
    case 'set':
      return ['set', inner];
  }
}

/** The object type of a block's values. */
export function impliedType(block: SchemaBlock): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const a of block.attributes) attrs[a.name] = attributeType(a);
  for (const nb of block.blockTypes ?? []) attrs[nb.typeName] = nestedBlockType(nb);
  return ['object', attrs];
}

function kind(k: 'plain' | 'markdown' | undefined): tfplugin6.StringKind {
  return (k === 'markdown' ? 1 : 0) as tfplugin6.StringKind;
}

function attributeToProto(a: SchemaAttribute): tfplugin6.Schema.Attribute.$Properties {
  const out: tfplugin6.Schema.Attribute.$Properties = {
    name: a.name,
    description: a.description ?? '',
    descriptionKind: kind(a.descriptionKind),
    required: !!a.required,
    optional: !!a.optional,
    computed: !!a.computed,
    sensitive: !!a.sensitive,
    deprecated: !!a.deprecated,
    writeOnly: !!a.writeOnly,
  };
  if (a.nestedType) {
    out.nestedType = {
      attributes: a.nestedType.attributes.map(attributeToProto),
      nesting: OBJECT_NESTING[a.nestedType.nesting] as tfplugin6.Schema.Object.NestingMode,
    };
  } else if (a.type !== undefined) {
    out.type = encoder.encode(typeJson(a.type));
  }
  return out;
}

export function blockToProto(b: SchemaBlock, version = 0): tfplugin6.Schema.Block.$Properties {
  return {
    version,
    attributes: b.attributes.map(attributeToProto),
    blockTypes: (b.blockTypes ?? []).map((nb) => ({
      typeName: nb.typeName,
      block: blockToProto(nb.block),
      nesting: BLOCK_NESTING[nb.nesting] as tfplugin6.Schema.NestedBlock.NestingMode,
      minItems: nb.minItems ?? 0,
      maxItems: nb.maxItems ?? 0,
    })),
    description: b.description ?? '',
    descriptionKind: kind(b.descriptionKind),
    deprecated: !!b.deprecated,
  };
}

export function schemaToProto(s: Schema): tfplugin6.Schema.$Properties {
  return { version: s.version, block: blockToProto(s.block, s.version) };
}

export function pathToProto(path: AttributePath): tfplugin6.AttributePath.$Properties {
  return {
    steps: path.map((s) =>
      'attribute' in s ? { attributeName: s.attribute } : 'key' in s ? { elementKeyString: s.key } : { elementKeyInt: s.index },
    ),
  };
}

/** `a.b[0]["k"]`: the text form of a path, for messages and tests. */
export function formatPath(path: AttributePath): string {
  let out = '';
  for (const step of path) {
    if ('attribute' in step) out += out === '' ? step.attribute : `.${step.attribute}`;
    else if ('index' in step) out += `[${step.index}]`;
    else out += `[${JSON.stringify(step.key)}]`;
  }
  return out;
}

/**
 * The part of a resource or data source path that Terraform can point at in the configuration.
 * Terraform 1.11 follows a diagnostic's path into nested *blocks* only; a step into a nested
 * attribute's object (`login = { type = ... }`) makes it give up and point at the whole resource
 * block. Our resources declare nested attributes, never blocks, so the path Terraform gets is the
 * top-level attribute plus, when there is one, the element it indexes; `cut` says whether
 * anything was dropped.
 */
export function locatablePath(path: AttributePath): { readonly path: AttributePath; readonly cut: boolean } {
  const first = path[0];
  if (!first || !('attribute' in first)) return { path, cut: false };
  const second = path[1];
  const keep = second && !('attribute' in second) ? 2 : 1;
  return { path: path.slice(0, keep), cut: path.length > keep };
}

export interface DiagnosticOptions {
  /** The diagnostic is about a resource or data source: send a path Terraform can locate (see locatablePath). */
  readonly nestedAttributes?: boolean;
}

export function diagnosticToProto(d: Diagnostic, options: DiagnosticOptions = {}): tfplugin6.Diagnostic.$Properties {
  let attribute = d.attribute && d.attribute.length > 0 ? d.attribute : undefined;
  let detail = d.detail ?? '';
  if (attribute && options.nestedAttributes) {
    const located = locatablePath(attribute);
    // The full path goes into the text, so that the user still sees which nested field it is.
    const full = formatPath(attribute);
    if (located.cut && !detail.includes(full)) detail = detail ? `${full}: ${detail}` : full;
    attribute = located.path;
  }
  const out: tfplugin6.Diagnostic.$Properties = {
    severity: (d.severity === 'warning' ? 2 : 1) as tfplugin6.Diagnostic.Severity,
    summary: d.summary,
    detail,
  };
  if (attribute) out.attribute = pathToProto(attribute);
  return out;
}
