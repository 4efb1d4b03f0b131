/**
 * Every value of the five oracle fixtures quotes the page (or FACTS.md) it
 * was read from: here each quote is looked up in that file, in order and
 * within its section, so a fixture cannot claim what its source does not say.
 */
import { avisiOracle } from './avisi';
import { cloudflareOracle } from './cloudflare';
import { northflankOracle } from './northflank';
import { p0Oracle } from './p0';
import { qtanglOracle } from './qtangl';
import { apiDocsDir, checkSource, cite, citedValues, type VendorOracle } from './sources';

const ORACLES: Readonly<Record<string, VendorOracle>> = {
  p0: p0Oracle,
  cloudflare: cloudflareOracle,
  northflank: northflankOracle,
  avisi: avisiOracle,
  qtangl: qtanglOracle,
};

it('finds the vendor API pages', () => {
  expect(apiDocsDir()).toMatch(/api-docs$/);
});

describe.each(Object.entries(ORACLES))('%s oracle', (_vendor, oracle) => {
  const entries = citedValues(oracle);

  it('cites every value', () => {
    // routes, enums, patterns, lengths, required and fields all hold cited values only
    const leaves = Object.values(oracle).flatMap((group: Record<string, unknown>) => Object.keys(group));
    expect(entries.length).toBe(leaves.length);
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries.map(({ path, cited }) => [path, cited.source] as const))('%s: its quotes are in its file', (_path, source) => {
    expect(checkSource(source)).toBeUndefined();
  });
});

describe('checkSource', () => {
  it('refuses a quote that is not in the file, one out of order, and one outside its section', () => {
    expect(checkSource(cite('FACTS.md', 'order_by is one of friendly_name', null).source)).toMatch(/is not in the file/);
    expect(checkSource(cite('FACTS.md', ['## Northflank', '## Qtangl'], null).source)).toMatch(/not after the quote before it/);
    expect(
      checkSource(cite('cloudflare-magic-cloud-integrations.md', [{ line: '## Create Cloud Integration' }, { line: '#### 404 Not Found.' }], null, '## ').source),
    ).toMatch(/run past the section/);
    expect(checkSource(cite('FACTS.md', { line: 'Base URL' }, null).source)).toMatch(/is not in the file/);
  });
});
