/**
 * Docs in the Terraform Registry's layout, from the declarations:
 * docs/index.md, docs/resources/<name>.md, docs/data-sources/<name>.md.
 *
 * Each page has the Registry's frontmatter, the description, `## Example Usage`,
 * `## Schema` (`### Required`, `### Optional`, `### Read-Only`, then one
 * `### Nested Schema for` section per nested object, with the anchors
 * terraform-plugin-docs uses) and, for resources, `## Import`.
 *
 * Facts the declarations carry besides the description (allowed values,
 * lengths, defaults, replacement, write-only) are written once: a fact the
 * description already states is not generated again.
 */
import type { Attr, Attrs } from './attributes';
import type { DataSourceType, ResourceType } from './resource';
import { resourceAttributes } from './schema';

/** One block of the provider configuration, as the index page documents it. */
export interface ProviderBlockDoc {
  /** The block's name in `provider "<provider>" { <name> { ... } }`. */
  readonly name: string;
  /** Who the settings are for, in words (`P0 Security`). */
  readonly title: string;
  readonly attributes: Attrs;
  /** Each attribute falls back to `<envVarPrefix><ATTRIBUTE>` (`CLOUDBRIDGE_P0_`). */
  readonly envVarPrefix: string;
}

export interface DocsInput {
  readonly providerName: string;
  /** Markdown for the index page; its first paragraph is the summary. */
  readonly providerDescription: string;
  readonly providerExample: string;
  readonly providerBlocks: readonly ProviderBlockDoc[];
  readonly resources: readonly ResourceType[];
  readonly dataSources: readonly DataSourceType[];
}

/** Relative path → file content. */
export function renderDocs(input: DocsInput): Map<string, string> {
  const out = new Map<string, string>();
  out.set('index.md', renderIndex(input));
  for (const r of byName(input.resources)) out.set(`resources/${shortName(input, r.typeName)}.md`, renderResource(input.providerName, r));
  for (const d of byName(input.dataSources)) out.set(`data-sources/${shortName(input, d.typeName)}.md`, renderDataSource(input.providerName, d));
  return out;
}

function byName<T extends { typeName: string }>(xs: readonly T[]): T[] {
  return [...xs].sort((a, b) => a.typeName.localeCompare(b.typeName));
}

export function shortName(input: Pick<DocsInput, 'providerName'>, typeName: string): string {
  return typeName.startsWith(`${input.providerName}_`) ? typeName.slice(input.providerName.length + 1) : typeName;
}

// ---- page frame ------------------------------------------------------------------------------

function frontMatter(title: string, description: string): string {
  const summary = firstParagraph(description);
  return (
    '---\n# generated from the declarations by `npm run docs`; edit those, not this file\n' +
    `page_title: ${JSON.stringify(title)}\nsubcategory: ""\ndescription: |-\n${summary
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n')}\n---\n\n`
  );
}

function firstParagraph(md: string): string {
  return md.trim().split(/\n\s*\n/)[0]!.trim();
}

function notesSection(notes: string | undefined): string {
  if (!notes) return '';
  return notes.trim().startsWith('#') ? `\n${notes.trim()}\n` : `\n## Notes\n\n${notes.trim()}\n`;
}

function renderResource(provider: string, r: ResourceType): string {
  const s = r.spec;
  let md = frontMatter(`${r.typeName} Resource - ${provider}`, s.description);
  md += `# ${r.typeName} (Resource)\n\n${s.description.trim()}\n\n`;
  if (s.deprecated) md += `~> **Deprecated:** ${s.deprecated}\n\n`;
  md += `## Example Usage\n\n\`\`\`terraform\n${s.example.trim()}\n\`\`\`\n\n`;
  md += renderSchema(resourceAttributes(s), s.validators, s.description);
  md += notesSection(s.notes);
  md += `\n## Import\n\nImport ids have the form \`${s.importer.format}\`. In Terraform 1.5 and later, use an \`import\` block:\n\n`;
  md += `\`\`\`terraform\nimport {\n  to = ${r.typeName}.example\n  id = ${JSON.stringify(s.importer.example)}\n}\n\`\`\`\n\n`;
  md += `Or the \`terraform import\` command:\n\n\`\`\`shell\nterraform import ${r.typeName}.example ${shellQuote(s.importer.example)}\n\`\`\`\n`;
  if (s.importer.notes) md += `\n${s.importer.notes.trim()}\n`;
  return md;
}

function renderDataSource(provider: string, d: DataSourceType): string {
  const s = d.spec;
  let md = frontMatter(`${d.typeName} Data Source - ${provider}`, s.description);
  md += `# ${d.typeName} (Data Source)\n\n${s.description.trim()}\n\n`;
  if (s.deprecated) md += `~> **Deprecated:** ${s.deprecated}\n\n`;
  md += `## Example Usage\n\n\`\`\`terraform\n${s.example.trim()}\n\`\`\`\n\n`;
  md += renderSchema(s.schema, s.validators, s.description);
  md += notesSection(s.notes);
  return md;
}

function renderIndex(input: DocsInput): string {
  let md = frontMatter(`${input.providerName} Provider`, input.providerDescription);
  md += `# ${input.providerName} Provider\n\n${input.providerDescription.trim()}\n\n`;
  md += `## Example Usage\n\n\`\`\`terraform\n${input.providerExample.trim()}\n\`\`\`\n\n`;
  md += '## Schema\n\n### Optional\n\n';
  for (const b of input.providerBlocks) {
    md += `- \`${b.name}\` (Block, Optional) ${b.title} settings; each falls back to an environment variable. (see [below for nested schema](#nestedblock--${b.name}))\n`;
  }
  for (const b of input.providerBlocks) {
    md += `\n<a id="nestedblock--${b.name}"></a>\n### Nested Schema for \`${b.name}\`\n\nOptional:\n\n`;
    for (const [name, a] of Object.entries(b.attributes)) {
      md += `${attrLine(name, a, { anchor: name, writeOnlyParent: false })} Environment variable: \`${b.envVarPrefix}${name.toUpperCase()}\`.\n`;
    }
  }
  if (input.resources.length || input.dataSources.length) {
    md += '\n## Resources and data sources\n\n';
    for (const r of byName(input.resources)) md += `- Resource [\`${r.typeName}\`](resources/${shortName(input, r.typeName)}.md)\n`;
    for (const d of byName(input.dataSources)) md += `- Data source [\`${d.typeName}\`](data-sources/${shortName(input, d.typeName)}.md)\n`;
  }
  return md;
}

// ---- schema ----------------------------------------------------------------------------------

type Mode = 'required' | 'optional' | 'read-only';

function modeOf(attr: Attr): Mode {
  const o = attr.options;
  return o.required ? 'required' : o.optional ? 'optional' : 'read-only';
}

const HEADINGS: Readonly<Record<Mode, string>> = { required: 'Required', optional: 'Optional', 'read-only': 'Read-Only' };

/** `## Schema`: the three lists, object rules, then every nested object's section. */
function renderSchema(attributes: Attrs, validators: readonly { description: string }[] | undefined, typeDescription: string): string {
  let md = '## Schema\n';
  md += lists(attributes, '', false, (mode, lines) => `\n### ${HEADINGS[mode]}\n\n${lines}`);
  const rules = (validators ?? []).map((v) => sentence(v.description)).filter((r) => !alreadySaid(r, typeDescription));
  if (rules.length) md += `\n### Rules\n\n${rules.map((r) => `- ${r}`).join('\n')}\n`;
  md += nestedSections(attributes, '', false);
  return md;
}

/** The Required / Optional / Read-Only lists of one object; `section` formats each non-empty one. */
function lists(attributes: Attrs, prefix: string, writeOnlyParent: boolean, section: (mode: Mode, lines: string) => string): string {
  let md = '';
  for (const mode of ['required', 'optional', 'read-only'] as const) {
    const entries = Object.entries(attributes).filter(([, a]) => modeOf(a) === mode);
    if (!entries.length) continue;
    md += section(mode, entries.map(([n, a]) => `${attrLine(n, a, { anchor: prefix ? `${prefix}--${n}` : n, writeOnlyParent })}\n`).join(''));
  }
  return md;
}

/** One section per nested object, in the order the lists link to them. */
function nestedSections(attributes: Attrs, prefix: string, writeOnlyParent: boolean): string {
  let md = '';
  const order: readonly Mode[] = ['required', 'optional', 'read-only'];
  const entries = Object.entries(attributes).sort(([, a], [, b]) => order.indexOf(modeOf(a)) - order.indexOf(modeOf(b)));
  for (const [n, a] of entries) {
    if (a.kind.type !== 'nested') continue;
    const anchor = prefix ? `${prefix}--${n}` : n;
    const writeOnly = writeOnlyParent || Boolean(a.options.writeOnly);
    md += `\n<a id="nestedatt--${anchor}"></a>\n### Nested Schema for \`${anchor.replace(/--/g, '.')}\`\n`;
    md += lists(a.kind.attributes, anchor, writeOnly, (mode, lines) => `\n${HEADINGS[mode]}:\n\n${lines}`);
    md += nestedSections(a.kind.attributes, anchor, writeOnly);
  }
  return md;
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
      return k.nesting === 'single' ? 'Attributes' : `Attributes ${k.nesting[0]!.toUpperCase()}${k.nesting.slice(1)}`;
  }
}

function attrLine(name: string, attr: Attr, where: { anchor: string; writeOnlyParent: boolean }): string {
  const o = attr.options;
  const nested = attr.kind.type === 'nested';
  const flags = [typeLabel(attr), o.sensitive ? 'Sensitive' : null, o.writeOnly ? 'Write-only' : null, o.deprecated ? 'Deprecated' : null].filter(Boolean).join(', ');
  const description = (o.description ?? '').trim();
  const said = [description];
  const notes: string[] = [];
  const add = (note: string | undefined): void => {
    if (note && !said.some((s) => alreadySaid(note, s))) {
      notes.push(note);
      said.push(note);
    }
  };
  if (o.writeOnly && !where.writeOnlyParent && !/write-only|never stored/i.test(description)) {
    add('Write-only: Terraform passes it to the provider but never stores it in the plan or state (Terraform 1.11+).');
  }
  if (o.default !== undefined && !mentionsDefault(description, o.default)) add(`Defaults to \`${JSON.stringify(o.default)}\`.`);
  add(constraintSentence((o.validators ?? []) as readonly { description: string }[], description));
  for (const pm of o.planModifiers ?? []) {
    if (pm.replaces === 'always' && !REPLACES.test(description)) add('Changing it replaces the resource.');
    else if (pm.replaces === 'conditional' && !REPLACES.test(description)) add(sentence(pm.description));
  }
  if (o.deprecated) notes.push(`**Deprecated:** ${o.deprecated}`);
  // Continuation lines are indented so that a multi-line description (a list, say) stays inside its bullet.
  const text = [description, ...notes]
    .filter(Boolean)
    .join(' ')
    .replace(/\n(?=.)/g, '\n  ');
  const link = nested ? `(see [below for nested schema](#nestedatt--${where.anchor}))` : '';
  return `- \`${name}\` (${flags})${text ? ` ${text}` : ''}${link ? ` ${link}` : ''}`;
}

/** One sentence for all of an attribute's validators, leaving out what the description already says. */
function constraintSentence(validators: readonly { description: string }[], description: string): string | undefined {
  const rules = validators.map((v) => v.description.trim().replace(/\.$/, '')).filter((r) => !alreadySaid(r, description));
  if (!rules.length) return undefined;
  return `${rules.length === 1 ? 'Constraint' : 'Constraints'}: ${rules.join('; ')}.`;
}

function sentence(text: string): string {
  const t = text.trim();
  return `${t[0]!.toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

// ---- saying each fact once -------------------------------------------------------------------

/** The description already says the attribute forces replacement. */
const REPLACES = /\breplac(e|es|ed|ing)\b|\bforces? (a )?new\b|\bcreates? a new\b/i;

function mentionsDefault(description: string, value: unknown): boolean {
  const forms = new Set([JSON.stringify(value), String(value)]);
  return [...description.matchAll(/default[^.`]*`([^`]*)`/gi)].some((m) => forms.has(m[1]!));
}

const STOPWORDS = new Set(
  'a an the of or and to be is are must may set one each element only with in on for as it its this that these such by from at least most than any all'.split(' '),
);

/** Code spans as `code:<text>`, words singular and lower-cased, without the filler words. */
function contentTokens(text: string): string[] {
  const codes = [...text.matchAll(/`([^`]+)`/g)].map((m) => `code:${m[1]}`);
  const words = (text.replace(/`[^`]+`/g, ' ').toLowerCase().match(/[a-z0-9]+(?:[_.'][a-z0-9]+)*/g) ?? [])
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return [...codes, ...words];
}

/**
 * Whether `context` already states `fact`: a length or number range written
 * as a range; otherwise at least 80% of the fact's words and code spans, or
 * all of its words and two thirds of its code spans.
 */
export function alreadySaid(fact: string, context: string): boolean {
  const range = /^between (\d+) and (\d+)(?: (\w+))?$/.exec(fact.trim());
  if (range) {
    const [, min, max, unit] = range;
    const written = new RegExp(`\\b${min}\\s*(?:–|-|to|and)\\s*${max}\\b${unit ? `\\s*${unit}` : ''}`, 'i');
    return written.test(context);
  }
  const bound = /^at (most|least) (\d+)(?: (\w+))?$/.exec(fact.trim());
  if (bound) return new RegExp(`\\bat ${bound[1]} ${bound[2]}\\b`, 'i').test(context);
  const tokens = contentTokens(fact);
  if (!tokens.length) return true;
  const have = new Set(contentTokens(context));
  if (tokens.filter((t) => have.has(t)).length / tokens.length >= 0.8) return true;
  // Every word of it, with most of its examples (`a duration such as `30s`, `5m` or `1h30m``).
  const words = tokens.filter((t) => !t.startsWith('code:'));
  const codes = tokens.filter((t) => t.startsWith('code:'));
  return words.length > 0 && words.every((w) => have.has(w)) && codes.filter((c) => have.has(c)).length / Math.max(codes.length, 1) >= 2 / 3;
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
