/**
 * Registry-layout docs from the declarations: docs/index.md,
 * docs/resources/<name>.md, docs/data-sources/<name>.md.
 */
import type { Attr, Attrs } from './attributes';
import { blockAttributes, envVarName, type VendorBlock } from './provider-config';
import type { DataSourceType, ResourceType } from './resource';
import { resourceAttributes } from './schema';

export interface DocsInput {
  readonly providerName: string;
  /** The provider's vendor blocks, in the order the docs list them. */
  readonly blocks: readonly VendorBlock[];
  readonly resources: readonly ResourceType[];
  readonly dataSources: readonly DataSourceType[];
  readonly providerExample: string;
}

/** Relative path → file content. */
export function renderDocs(input: DocsInput): Map<string, string> {
  const out = new Map<string, string>();
  const byName = <T extends { typeName: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.typeName.localeCompare(b.typeName));
  out.set('index.md', renderIndex(input));
  for (const r of byName(input.resources)) out.set(`resources/${shortName(r.typeName)}.md`, renderResource(r));
  for (const d of byName(input.dataSources)) out.set(`data-sources/${shortName(d.typeName)}.md`, renderDataSource(d));
  return out;
}

export function shortName(typeName: string): string {
  return typeName.replace(/^cloudbridge_/, '');
}

function frontMatter(title: string, description: string): string {
  const summary = firstParagraph(description);
  return `---\npage_title: ${JSON.stringify(title)}\nsubcategory: ""\ndescription: |-\n${summary.split('\n').map((l) => `  ${l}`).join('\n')}\n---\n\n`;
}

function firstParagraph(md: string): string {
  return md.trim().split(/\n\s*\n/)[0]!.trim();
}

function typeLabel(attr: Attr): string {
  const k = attr.kind;
  const prim = (p: string) => (p === 'string' ? 'String' : p === 'number' ? 'Number' : 'Boolean');
  switch (k.type) {
    case 'primitive':
      return prim(k.primitive);
    case 'list':
      return `List of ${prim(k.element)}`;
    case 'set':
      return `Set of ${prim(k.element)}`;
    case 'map':
      return `Map of ${prim(k.element)}`;
    case 'nested':
      return k.nesting === 'single' ? 'Attributes' : `${k.nesting[0]!.toUpperCase()}${k.nesting.slice(1)} of Attributes`;
  }
}

function mode(attr: Attr): 'required' | 'optional' | 'computed' {
  const o = attr.options;
  return o.required ? 'required' : o.optional ? 'optional' : 'computed';
}

function attrLine(name: string, attr: Attr, anchor: string): string {
  const o = attr.options;
  const flags = [typeLabel(attr), o.required ? 'Required' : o.optional ? 'Optional' : null, o.sensitive ? 'Sensitive' : null, o.writeOnly ? 'Write-only' : null, o.deprecated ? 'Deprecated' : null].filter(Boolean).join(', ');
  const notes: string[] = [];
  if (o.description) notes.push(o.description.trim());
  if (o.writeOnly) notes.push('Write-only: sent to the API but never stored in the plan or state (Terraform 1.11+).');
  if (o.default !== undefined) notes.push(`Default: \`${JSON.stringify(o.default)}\`.`);
  for (const v of (o.validators ?? []) as readonly { kind: string; description: string }[]) {
    notes.push(`Constraint: ${v.description}.`);
  }
  for (const pm of o.planModifiers ?? []) {
    if (pm.replaces === 'always') notes.push('Changing this forces a new resource.');
    else if (pm.replaces === 'conditional') notes.push(`Forces a new resource when: ${pm.description}`);
  }
  if (o.deprecated) notes.push(`**Deprecated:** ${o.deprecated}`);
  if (attr.kind.type === 'nested') notes.push(`See [below for nested schema](#nestedatt--${anchor}).`);
  return `- \`${name}\` (${flags})${notes.length ? ` ${notes.join(' ')}` : ''}`;
}

/** Argument and attribute lists for one object, then its nested objects. */
function renderAttributes(attributes: Attrs, prefix: string, kindWord: 'Argument' | 'Attribute' | null): string {
  const entries = Object.entries(attributes);
  const anchorOf = (n: string) => (prefix ? `${prefix}--${n}` : n);
  const args = entries.filter(([, a]) => mode(a) !== 'computed');
  const computed = entries.filter(([, a]) => mode(a) === 'computed');
  let md = '';
  if (kindWord === null) {
    md += entries.map(([n, a]) => attrLine(n, a, anchorOf(n))).join('\n') + '\n';
  } else {
    md += '## Argument Reference\n\n';
    md += args.length ? args.map(([n, a]) => attrLine(n, a, anchorOf(n))).join('\n') + '\n' : 'This type takes no arguments.\n';
    md += '\n## Attribute Reference\n\nIn addition to the arguments above, these attributes are exported:\n\n';
    md += computed.length ? computed.map(([n, a]) => attrLine(n, a, anchorOf(n))).join('\n') + '\n' : '- No other attributes.\n';
  }
  for (const [n, a] of entries) {
    if (a.kind.type !== 'nested' || n === 'timeouts') continue;
    const anchor = anchorOf(n);
    const path = anchor.replace(/--/g, '.');
    md += `\n<a id="nestedatt--${anchor}"></a>\n### Nested Schema for \`${path}\`\n\n`;
    md += renderAttributes(a.kind.attributes, anchor, null);
  }
  return md;
}

function renderObjectRules(validators: readonly { description: string }[] | undefined): string {
  if (!validators?.length) return '';
  return `\n### Rules\n\n${validators.map((v) => `- ${v.description[0]!.toUpperCase()}${v.description.slice(1)}.`).join('\n')}\n`;
}

function renderResource(r: ResourceType): string {
  const s = r.spec;
  const attributes = resourceAttributes(s);
  const { timeouts, ...rest } = attributes;
  let md = frontMatter(`${r.typeName} Resource - cloudbridge`, s.description);
  md += `# ${r.typeName} (Resource)\n\n${s.description.trim()}\n\n`;
  if (s.deprecated) md += `~> **Deprecated:** ${s.deprecated}\n\n`;
  md += `## Example Usage\n\n\`\`\`terraform\n${s.example.trim()}\n\`\`\`\n\n`;
  md += renderAttributes(rest, '', 'Argument');
  md += renderObjectRules(s.validators);
  if (timeouts && timeouts.kind.type === 'nested') {
    md += timeouts.options.writeOnly
      ? '\n## Timeouts\n\n`timeouts` (Optional, Write-only) takes durations such as `30s`, `5m` or `1h30m`. It is read from the configuration at create and update and never stored in state (Terraform 1.11+):\n\n```terraform\ntimeouts = {\n'
      : '\n## Timeouts\n\n`timeouts` (Optional) takes durations such as `30s`, `5m` or `1h30m`:\n\n```terraform\ntimeouts = {\n';
    for (const op of Object.keys(timeouts.kind.attributes)) md += `  ${op} = "${s.timeouts?.[op as keyof typeof s.timeouts]}"\n`;
    md += '}\n```\n\n';
    md += Object.keys(timeouts.kind.attributes)
      .map((op) => `- \`${op}\` (String) Default \`${s.timeouts?.[op as keyof typeof s.timeouts]}\`.`)
      .join('\n');
    md += '\n';
  }
  if (s.notes) md += s.notes.trim().startsWith('#') ? `\n${s.notes.trim()}\n` : `\n## Notes\n\n${s.notes.trim()}\n`;
  md += `\n## Import\n\nImport ids have the form \`${s.importer.format}\`.\n\n`;
  md += `\`\`\`terraform\nimport {\n  to = ${r.typeName}.example\n  id = ${JSON.stringify(s.importer.example)}\n}\n\`\`\`\n\n`;
  md += `\`\`\`shell\nterraform import ${r.typeName}.example ${shellQuote(s.importer.example)}\n\`\`\`\n`;
  if (s.importer.notes) md += `\n${s.importer.notes.trim()}\n`;
  return md;
}

function renderDataSource(d: DataSourceType): string {
  const s = d.spec;
  let md = frontMatter(`${d.typeName} Data Source - cloudbridge`, s.description);
  md += `# ${d.typeName} (Data Source)\n\n${s.description.trim()}\n\n`;
  if (s.deprecated) md += `~> **Deprecated:** ${s.deprecated}\n\n`;
  md += `## Example Usage\n\n\`\`\`terraform\n${s.example.trim()}\n\`\`\`\n\n`;
  md += renderAttributes(s.schema, '', 'Argument');
  md += renderObjectRules(s.validators);
  if (s.notes) md += s.notes.trim().startsWith('#') ? `\n${s.notes.trim()}\n` : `\n## Notes\n\n${s.notes.trim()}\n`;
  return md;
}

function renderIndex(input: DocsInput): string {
  let md = frontMatter('cloudbridge Provider', "The cloudbridge provider manages SaaS vendors' cloud integrations and the AWS IAM roles they need.");
  md += `# cloudbridge Provider\n\nThe cloudbridge provider manages SaaS vendors' cloud integrations as code: ${listOf(input.blocks.map((b) => b.title))}. Pair it with \`hashicorp/aws\` for the IAM roles those vendors need.\n\n`;
  md += `## Example Usage\n\n\`\`\`terraform\n${input.providerExample.trim()}\n\`\`\`\n\n`;
  md += '## Schema\n\nEvery block is optional; configure the vendors you use. Each setting falls back to an environment variable named `CLOUDBRIDGE_<VENDOR>_<ATTRIBUTE>`.\n';
  for (const b of input.blocks) {
    md += `\n### \`${b.name}\` (${b.title})\n\n`;
    for (const [name, a] of Object.entries(blockAttributes(b))) {
      const o = a.options;
      md += `- \`${name}\` (String, Optional${o.sensitive ? ', Sensitive' : ''}) ${o.description ?? ''} Environment: \`${envVarName(b.name, name)}\`.\n`;
    }
  }
  if (input.resources.length || input.dataSources.length) {
    md += '\n## Types\n\n';
    for (const r of [...input.resources].sort((a, b) => a.typeName.localeCompare(b.typeName))) md += `- Resource [\`${r.typeName}\`](resources/${shortName(r.typeName)}.md)\n`;
    for (const d of [...input.dataSources].sort((a, b) => a.typeName.localeCompare(b.typeName))) md += `- Data source [\`${d.typeName}\`](data-sources/${shortName(d.typeName)}.md)\n`;
  }
  return md;
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
