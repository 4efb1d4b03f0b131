import * as fs from 'node:fs';
import * as path from 'node:path';
import * as framework from '../../src/framework';
import { providerDocs } from '../../src/docs-content';
import { renderDocs } from '../../src/framework/docs';
import { VENDOR_MODULES } from '../../src/vendors';
import { createFrameworkProvider } from '../../src/framework/server';
import testVendor from '../support/test-vendor';

const docsDir = path.join(__dirname, '..', '..', 'docs');

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

  it('document arguments, rules, write-only, replacement, timeouts and import', () => {
    const mod = testVendor(framework, {});
    const docs = renderDocs({ providerName: 'cloudbridge', blocks: VENDOR_MODULES.map((m) => m.block), resources: [...createFrameworkProvider({ version: '0', modules: [mod], env: {} }).resources.values()], dataSources: [...createFrameworkProvider({ version: '0', modules: [mod], env: {} }).dataSources.values()], providerExample: 'provider "cloudbridge" {}' });
    const md = docs.get('resources/test_thing.md')!;
    expect(md).toContain('- `name` (String, Required) Name; changing it replaces the thing. Constraint: between 3 and 20 characters.');
    expect(md).toContain('Changing this forces a new resource.');
    expect(md).toContain('- `token` (String, Optional, Sensitive)');
    expect(md).toContain('- `secret_wo` (String, Optional, Write-only)');
    expect(md).toContain('Default: `1`.');
    expect(md).toContain('Constraint: one of `small`, `large`.');
    expect(md).toContain('## Timeouts');
    expect(md).toContain('- `create` (String) Default `2m`.');
    expect(md).toContain('Import ids have the form `<id>`.');
    expect(md).toContain('terraform import cloudbridge_test_thing.example thing-1');
    expect(md).toContain('### Nested Schema for `details`');
    expect(md).toContain('When `secret_wo` is set, `secret_wo_version` must be set too.');
    expect(docs.get('data-sources/test_thing_info.md')).toContain('# cloudbridge_test_thing_info (Data Source)');
    expect(docs.get('index.md')).toContain('`CLOUDBRIDGE_QTANGL_API_KEY`');
  });
});
