import * as fs from 'node:fs';
import * as path from 'node:path';
import * as framework from '../../src/framework';
import { providerBlockDocs, providerDocs } from '../../src/docs-content';
import { alreadySaid, renderDocs } from '../../src/framework/docs';
import { resourceAttributes } from '../../src/framework/schema';
import { createProvider } from '../../src/provider';
import { createFrameworkProvider } from '../../src/framework/server';
import type { Attrs } from '../../src/framework/attributes';
import testVendor from '../support/test-vendor';

const docsDir = path.join(__dirname, '..', '..', 'docs');

function testDocs(): Map<string, string> {
  const mod = testVendor(framework, {});
  return renderDocs({
    providerName: 'cloudbridge',
    providerDescription: 'Test provider.\n\nSecond paragraph.',
    providerExample: 'provider "cloudbridge" {}',
    providerBlocks: [{ name: 'acme', title: 'Acme', envVarPrefix: 'ACME_TEST_', attributes: framework.attrs({ api_key: framework.str({ optional: true, sensitive: true, description: 'Acme key.' }) }) }],
    resources: [...createFrameworkProvider({ version: '0', modules: [mod], env: {} }).resources.values()],
    dataSources: [...createFrameworkProvider({ version: '0', modules: [mod], env: {} }).dataSources.values()],
  });
}

/** The `- \`name\` (...)` bullets of a page with the heading they are under (`Required`, `Nested Schema for \`x\` / Optional`...). */
function bullets(md: string): { section: string; name: string; flags: string; text: string }[] {
  const out: { section: string; name: string; flags: string; text: string }[] = [];
  let heading = '';
  let label = '';
  for (const line of md.split('\n')) {
    if (line.startsWith('#')) {
      heading = line.replace(/^#+\s*/, '');
      label = '';
    } else if (/^(Required|Optional|Read-Only):$/.test(line)) label = line.slice(0, -1);
    const m = /^- `([^`]+)` \(([^)]*)\)(?: (.*))?$/.exec(line);
    if (m) out.push({ section: label ? `${heading} / ${label}` : heading, name: m[1]!, flags: m[2]!, text: m[3] ?? '' });
  }
  return out;
}

/** Sentences of a bullet's text, without its nested-schema link. */
function sentences(text: string): string[] {
  return text
    .replace(/\(see \[below for nested schema\]\([^)]*\)\)/, '')
    .split(/(?<=[.!?])\s+(?=[A-Z`*])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('generated docs', () => {
  it('are up to date (run `npm run docs` to regenerate)', () => {
    const expected = providerDocs();
    const stale: string[] = [];
    for (const [rel, content] of expected) {
      const file = path.join(docsDir, rel);
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) stale.push(rel);
    }
    for (const sub of ['resources', 'data-sources']) {
      const dir = path.join(docsDir, sub);
      if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (!expected.has(`${sub}/${f}`)) stale.push(`${sub}/${f} (no such type)`);
    }
    expect(stale).toEqual([]);
  });

  it("follow the Registry's layout: frontmatter, description, Example Usage, Schema, nested schemas with anchors, Import", () => {
    const md = testDocs().get('resources/test_thing.md')!;
    expect(md.startsWith('---\n# generated from the declarations by `npm run docs`; edit those, not this file\npage_title: "cloudbridge_test_thing Resource - cloudbridge"\nsubcategory: ""\ndescription: |-\n  A thing kept in a local JSON file. **Test only.**\n---\n\n# cloudbridge_test_thing (Resource)\n')).toBe(true);
    const headings = md.split('\n').filter((l) => l.startsWith('#') || /^(Required|Optional|Read-Only):$/.test(l) || l.startsWith('<a id='));
    expect(headings).toEqual([
      '# generated from the declarations by `npm run docs`; edit those, not this file',
      '# cloudbridge_test_thing (Resource)',
      '## Example Usage',
      '## Schema',
      '### Required',
      '### Optional',
      '### Read-Only',
      '### Rules',
      '<a id="nestedatt--timeouts"></a>',
      '### Nested Schema for `timeouts`',
      'Optional:',
      '<a id="nestedatt--details"></a>',
      '### Nested Schema for `details`',
      'Read-Only:',
      '## Import',
    ]);
    expect(bullets(md).map((b) => `${b.section}: ${b.name} (${b.flags})`)).toEqual([
      'Required: name (String)',
      'Optional: description (String)',
      'Optional: size (Number)',
      'Optional: kind (String)',
      'Optional: token (String, Sensitive)',
      'Optional: secret_wo (String, Write-only)',
      'Optional: secret_wo_version (Number)',
      'Optional: tags (Map of String)',
      'Optional: slow (Boolean)',
      'Optional: timeouts (Attributes)',
      'Read-Only: id (String)',
      'Read-Only: details (Attributes)',
      'Nested Schema for `timeouts` / Optional: create (String)',
      'Nested Schema for `timeouts` / Optional: delete (String)',
      'Nested Schema for `details` / Read-Only: created_by (String)',
      'Nested Schema for `details` / Read-Only: revision (Number)',
    ]);
    expect(md).toContain('- `details` (Attributes) Computed nested object. (see [below for nested schema](#nestedatt--details))\n');
    expect(md).toContain('## Import\n\nImport ids have the form `<id>`. In Terraform 1.5 and later, use an `import` block:\n\n```terraform\nimport {\n  to = cloudbridge_test_thing.example\n  id = "thing-1"\n}\n```\n\nOr the `terraform import` command:\n\n```shell\nterraform import cloudbridge_test_thing.example thing-1\n```\n');
    const data = testDocs().get('data-sources/test_thing_info.md')!;
    expect(data).toContain('# cloudbridge_test_thing_info (Data Source)');
    expect(data).toContain('## Schema\n\n### Required\n');
    expect(data).not.toContain('## Import');
  });

  it('write each fact once: constraints, defaults, replacement and write-only only where the description does not say them', () => {
    const md = testDocs().get('resources/test_thing.md')!;
    // Said by the description ("changing it replaces the thing"): no generated replacement sentence.
    expect(md).toContain('- `name` (String) Name; changing it replaces the thing. Constraints: between 3 and 20 characters; must start with a letter and use only a-z, 0-9 and - (pattern `^[a-z][a-z0-9-]*$`).\n');
    expect(md).toContain('- `size` (Number) A number with a default. Defaults to `1`.\n');
    expect(md).toContain('- `kind` (String) Kind. Defaults to `"small"`. Constraint: one of `small`, `large`.\n');
    // The description says "never stored": no generated write-only sentence.
    expect(md).toContain('- `secret_wo` (String, Write-only) A write-only secret; never stored.\n');
    expect(md).toContain('### Rules\n\n- When `secret_wo` is set, `secret_wo_version` must be set too.\n');
    expect(md).toContain('- `create` (String) How long to wait for the create to finish, as a duration such as `30s` or `5m`. Default `2m`.\n');

    expect(alreadySaid('between 3 and 64 characters', 'Name of the account, 3–64 characters.')).toBe(true);
    expect(alreadySaid('between 1 and 64 characters', 'Identity of the cloud profile, such as `aws`.')).toBe(false);
    expect(alreadySaid('one of `AWS`, `AZURE`, `GOOGLE`, `CLOUDFLARE`', 'The cloud: one of `AWS`, `AZURE`, `GOOGLE`, `CLOUDFLARE`.')).toBe(true);
    expect(alreadySaid('one of `AWS`, `AZURE`, `GOOGLE`, `CLOUDFLARE`', 'The cloud: `AWS`, `AZURE` or `GOOGLE`.')).toBe(false);
    expect(alreadySaid('one of `aws`, `aws-us-gov`', 'The AWS partition the item lives in.')).toBe(false);
  });

  const realPages = [...providerDocs()].filter(([rel]) => rel !== 'index.md');

  it.each(realPages)('%s says no sentence twice', (_rel, md) => {
    for (const b of bullets(md)) {
      const said = sentences(b.text);
      expect({ attribute: b.name, repeated: said.filter((s, i) => said.indexOf(s) !== i) }).toEqual({ attribute: b.name, repeated: [] });
      const count = (re: RegExp) => (b.text.match(re) ?? []).length;
      // One statement per kind of fact.
      expect({ attribute: b.name, constraint: count(/\bConstraints?:/g) <= 1, default: count(/\bDefault(s to)?\b/gi) <= 1, replaces: count(/\breplac(e|es|ed)\b|forces? (a )?new/gi) <= 1, writeOnly: count(/write-only:/gi) <= 1 }).toEqual({
        attribute: b.name,
        constraint: true,
        default: true,
        replaces: true,
        writeOnly: true,
      });
      // A list of allowed values is given once.
      const lists = [...b.text.matchAll(/(?:`[^`]+`, )+(?:or )?`[^`]+`/g)].map((m) => m[0].replace(/ or /g, ' '));
      expect({ attribute: b.name, repeatedLists: lists.filter((l, i) => lists.indexOf(l) !== i) }).toEqual({ attribute: b.name, repeatedLists: [] });
    }
  });

  it('document exactly the attributes that exist, each once, under the right heading', () => {
    const docs = providerDocs();
    const expectedBullets = (attributes: Attrs, section: (mode: string) => string, prefix = ''): string[] => {
      const mode = (a: Attrs[string]) => (a.options.required ? 'Required' : a.options.optional ? 'Optional' : 'Read-Only');
      const own = ['Required', 'Optional', 'Read-Only'].flatMap((m) => Object.entries(attributes).filter(([, a]) => mode(a) === m).map(([n]) => `${section(m)}: ${n}`));
      const nested = Object.entries(attributes).flatMap(([n, a]) => (a.kind.type === 'nested' ? expectedBullets(a.kind.attributes, (m) => `Nested Schema for \`${prefix}${n}\` / ${m}`, `${prefix}${n}.`) : []));
      return [...own, ...nested];
    };
    const sections = (md: string) => bullets(md).map((b) => `${b.section}: ${b.name}`);
    const provider = createProvider({});
    for (const m of [{ resources: [...provider.resources.values()], dataSources: [...provider.dataSources.values()] }]) {
      for (const r of m.resources) {
        const md = docs.get(`resources/${r.typeName.replace(/^cloudbridge_/, '')}.md`)!;
        expect({ type: r.typeName, bullets: sections(md) }).toEqual({ type: r.typeName, bullets: expectedBullets(resourceAttributes(r.spec), (x) => x) });
      }
      for (const d of m.dataSources) {
        const md = docs.get(`data-sources/${d.typeName.replace(/^cloudbridge_/, '')}.md`)!;
        expect({ type: d.typeName, bullets: sections(md) }).toEqual({ type: d.typeName, bullets: expectedBullets(d.spec.schema, (x) => x) });
      }
    }
  });

  it('name only arguments that exist when they say "the … argument"', () => {
    const problems: string[] = [];
    const provider = createProvider({});
    for (const m of [{ resources: [...provider.resources.values()], dataSources: [...provider.dataSources.values()] }]) {
      for (const t of [...m.resources.map((r) => ({ name: r.typeName, attributes: resourceAttributes(r.spec) })), ...m.dataSources.map((d) => ({ name: d.typeName, attributes: d.spec.schema as Attrs }))]) {
        const args = new Set(Object.entries(t.attributes).filter(([, a]) => a.options.required || a.options.optional).map(([n]) => n));
        const walk = (attributes: Attrs): void => {
          for (const a of Object.values(attributes)) {
            for (const mention of (a.options.description ?? '').matchAll(/\bthe `?([a-z_]+)`? argument\b/g)) if (!args.has(mention[1]!)) problems.push(`${t.name}: ${mention[0]}`);
            if (a.kind.type === 'nested') walk(a.kind.attributes);
          }
        };
        walk(t.attributes);
      }
    }
    expect(problems).toEqual([]);
  });

  it('describe the provider blocks given as input, with their environment variables', () => {
    const index = testDocs().get('index.md')!;
    expect(index).toContain('## Schema\n\n### Optional\n\n- `acme` (Block, Optional) Acme settings; each falls back to an environment variable. (see [below for nested schema](#nestedblock--acme))\n');
    expect(index).toContain('<a id="nestedblock--acme"></a>\n### Nested Schema for `acme`\n\nOptional:\n\n- `api_key` (String, Sensitive) Acme key. Environment variable: `ACME_TEST_API_KEY`.\n');
    expect(index).toContain('description: |-\n  Test provider.\n---');
    expect(providerBlockDocs().map((b) => `${b.name}:${b.envVarPrefix}`)).toEqual(['p0:CLOUDBRIDGE_P0_', 'cloudflare:CLOUDBRIDGE_CLOUDFLARE_', 'northflank:CLOUDBRIDGE_NORTHFLANK_', 'avisi:CLOUDBRIDGE_AVISI_', 'qtangl:CLOUDBRIDGE_QTANGL_']);
    expect(providerDocs().get('index.md')).toContain('- `api_key` (String, Sensitive) Qtangl API key; writes need the `operator` or `admin` role. Environment variable: `CLOUDBRIDGE_QTANGL_API_KEY`.\n');
    // The framework's docs know no vendor: the blocks come in as input (issue 15).
    expect(fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'framework', 'docs.ts'), 'utf8')).not.toMatch(/provider-config|vendorBlocks/);
  });
});
