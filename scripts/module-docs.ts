/**
 * The generated part of each module's README (modules/<name>/README.md):
 * requirements, inputs, outputs and resources, read from the module's own
 * .tf files with the HCL reader, so the README cannot drift from the code.
 * The part between the markers is generated; the rest is written by hand.
 * `npm run docs` writes it; test/modules/readme.test.ts fails when it is stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { attribute, objectItems, parseHcl, stringValue, type HclBlock, type HclBody } from './hcl-reader';

export const BEGIN_MARKER = '<!-- BEGIN GENERATED: `npm run docs` writes this part from the .tf files; edit those, not this -->';
export const END_MARKER = '<!-- END GENERATED -->';

export interface ModuleVariable {
  readonly name: string;
  readonly description: string;
  readonly type: string;
  /** The default's source text; undefined when the input is required. */
  readonly default: string | undefined;
  readonly sensitive: boolean;
}

export interface ModuleOutput {
  readonly name: string;
  readonly description: string;
  readonly sensitive: boolean;
}

export interface ModuleInfo {
  readonly dir: string;
  readonly requiredVersion: string | undefined;
  readonly providers: readonly { readonly name: string; readonly source: string; readonly version: string | undefined }[];
  readonly variables: readonly ModuleVariable[];
  readonly outputs: readonly ModuleOutput[];
  /** `type.name` of each managed resource, then `data.type.name` of each data source, in file order. */
  readonly resources: readonly string[];
  /** Blocks that a reusable module must not have (`provider`), as `file:line`. */
  readonly providerBlocks: readonly string[];
}

/** The module folders under `modulesRoot` (each has a versions.tf). */
export function moduleDirs(modulesRoot: string): string[] {
  if (!fs.existsSync(modulesRoot)) return [];
  return fs
    .readdirSync(modulesRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(modulesRoot, e.name, 'versions.tf')))
    .map((e) => path.join(modulesRoot, e.name))
    .sort();
}

function literal(body: HclBody, name: string, file: string): string | undefined {
  const a = attribute(body, name);
  return a === undefined ? undefined : stringValue(a.expression, file, a.line);
}

function flag(body: HclBody, name: string): boolean {
  return attribute(body, name)?.expression.trim() === 'true';
}

/** Removes the indentation common to the continuation lines of a multi-line expression. */
function dedent(expression: string): string {
  const lines = expression.split('\n');
  if (lines.length === 1) return expression;
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  const indent = Math.min(...rest.map((l) => /^ */.exec(l)![0].length));
  return [lines[0], ...lines.slice(1).map((l) => l.slice(indent))].join('\n');
}

/** Reads a module's top-level .tf files (not tests/). */
export function readModule(dir: string): ModuleInfo {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.tf')).sort();
  const blocks: { block: HclBlock; file: string }[] = [];
  for (const f of files) {
    const file = path.join(dir, f);
    for (const block of parseHcl(fs.readFileSync(file, 'utf8'), file).blocks) blocks.push({ block, file });
  }
  let requiredVersion: string | undefined;
  const providers: { name: string; source: string; version: string | undefined }[] = [];
  const variables: ModuleVariable[] = [];
  const outputs: ModuleOutput[] = [];
  const resources: string[] = [];
  const dataSources: string[] = [];
  const providerBlocks: string[] = [];
  for (const { block, file } of blocks) {
    const where = `${path.relative(dir, file)}:${block.line}`;
    const need = (what: string): string => {
      const label = block.labels[0];
      if (label === undefined) throw new Error(`${where}: ${block.type} block without ${what}`);
      return label;
    };
    switch (block.type) {
      case 'terraform': {
        requiredVersion = literal(block.body, 'required_version', file) ?? requiredVersion;
        for (const rp of block.body.blocks.filter((b) => b.type === 'required_providers')) {
          for (const p of rp.body.attributes) {
            const items = objectItems(p.expression, file);
            const source = items.find((i) => i.name === 'source');
            if (!source) throw new Error(`${where}: required provider ${p.name} has no source`);
            const version = items.find((i) => i.name === 'version');
            providers.push({ name: p.name, source: stringValue(source.expression, file, p.line), version: version ? stringValue(version.expression, file, p.line) : undefined });
          }
        }
        break;
      }
      case 'variable': {
        const name = need('a name');
        const description = literal(block.body, 'description', file);
        if (!description) throw new Error(`${where}: variable ${name} has no description`);
        const type = attribute(block.body, 'type');
        if (!type) throw new Error(`${where}: variable ${name} has no type`);
        const def = attribute(block.body, 'default');
        variables.push({ name, description, type: dedent(type.expression), default: def ? dedent(def.expression) : undefined, sensitive: flag(block.body, 'sensitive') });
        break;
      }
      case 'output': {
        const name = need('a name');
        const description = literal(block.body, 'description', file);
        if (!description) throw new Error(`${where}: output ${name} has no description`);
        outputs.push({ name, description, sensitive: flag(block.body, 'sensitive') });
        break;
      }
      case 'resource':
        resources.push(`${need('a type')}.${block.labels[1] ?? ''}`);
        break;
      case 'data':
        dataSources.push(`data.${need('a type')}.${block.labels[1] ?? ''}`);
        break;
      case 'provider':
        providerBlocks.push(where);
        break;
      default:
        break;
    }
  }
  return { dir, requiredVersion, providers, variables, outputs, resources: [...resources, ...dataSources], providerBlocks };
}

function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

function variableLine(v: ModuleVariable): string {
  const multiLineType = v.type.includes('\n');
  const multiLineDefault = v.default?.includes('\n') ?? false;
  const facts = [multiLineType ? null : code(v.type), v.default === undefined || multiLineDefault ? null : `default ${code(v.default)}`, v.sensitive ? 'sensitive' : null].filter(Boolean);
  let md = `- <a id="input_${v.name}"></a>\`${v.name}\`${facts.length ? ` (${facts.join(', ')})` : ''} ${v.description}\n`;
  if (multiLineType) md += `\n  Type:\n\n  \`\`\`hcl\n${indent(v.type)}\n  \`\`\`\n`;
  if (multiLineDefault) md += `\n  Default:\n\n  \`\`\`hcl\n${indent(v.default!)}\n  \`\`\`\n`;
  return md;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
}

/** The generated section, markers included. */
export function renderGenerated(info: ModuleInfo): string {
  let md = `${BEGIN_MARKER}\n\n## Requirements\n\n`;
  if (info.requiredVersion) md += `- Terraform ${code(info.requiredVersion)}\n`;
  for (const p of info.providers) md += `- ${code(p.source)}${p.version ? ` ${code(p.version)}` : ''} (local name ${code(p.name)})\n`;
  if (info.providerBlocks.length === 0) {
    md += '\nThe module configures no provider: it uses the caller\'s `cloudbridge` and `aws` providers, so pass `providers = { aws = aws.<alias> }` to call it once per AWS account.\n';
  }
  const required = info.variables.filter((v) => v.default === undefined);
  const optional = info.variables.filter((v) => v.default !== undefined);
  md += '\n## Inputs\n';
  md += `\n### Required\n\n${required.length ? required.map(variableLine).join('') : 'None.\n'}`;
  md += `\n### Optional\n\n${optional.length ? optional.map(variableLine).join('') : 'None.\n'}`;
  md += '\n## Outputs\n\n';
  md += info.outputs.length ? info.outputs.map((o) => `- <a id="output_${o.name}"></a>\`${o.name}\`${o.sensitive ? ' (sensitive)' : ''} ${o.description}\n`).join('') : 'None.\n';
  md += '\n## Resources\n\n';
  md += info.resources.map((r) => `- \`${r}\`\n`).join('');
  md += `\n${END_MARKER}\n`;
  return md;
}

/** The README with its generated section replaced (or appended when it has none yet). */
export function renderReadme(current: string, info: ModuleInfo): string {
  const generated = renderGenerated(info);
  const begin = current.indexOf(BEGIN_MARKER);
  const end = current.indexOf(END_MARKER);
  if (begin < 0 || end < begin) return `${current.trimEnd()}\n\n${generated}`;
  return current.slice(0, begin) + generated + current.slice(end + END_MARKER.length).replace(/^\n/, '');
}

/** Each module's README path and its expected content. */
export function moduleReadmes(modulesRoot: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of moduleDirs(modulesRoot)) {
    const file = path.join(dir, 'README.md');
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# ${path.basename(dir)}\n`;
    out.set(file, renderReadme(current, readModule(dir)));
  }
  return out;
}
