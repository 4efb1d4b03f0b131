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
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource, cite, citedValues, DOC_FILES, findApiDocsDir, pageDigest, sourceKey, type VendorOracle } from './sources';

const ORACLES: Readonly<Record<string, VendorOracle>> = {
  p0: p0Oracle,
  cloudflare: cloudflareOracle,
  northflank: northflankOracle,
  avisi: avisiOracle,
  qtangl: qtanglOracle,
};

/**
 * The pages live beside the checkout, not in it (they are the vendors' text). Where they are
 * found, every quote is checked against them, and the record of verified quotes
 * (verified-quotes.json: every source, and the digest of each page it was checked against) must
 * equal what the fixtures cite now (`UPDATE_ORACLE_RECORD=1` rewrites it). Where they are not
 * (a checkout without `shared/` beside it), the fixtures must cite exactly what the record says
 * was verified: a quote that changed since then fails, and the run says so out loud.
 */
const RECORD_FILE = join(__dirname, 'verified-quotes.json');
interface Record_ {
  readonly pages: Readonly<Record<string, string>>;
  readonly sources: readonly string[];
}
const allSources = [...new Set(Object.values(ORACLES).flatMap((o) => citedValues(o).map(({ cited }) => sourceKey(cited.source))))].sort();
const docsDir = findApiDocsDir();

describe('the record of verified quotes', () => {
  const record = JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as Record_;
  if (docsDir !== undefined) {
    it('matches the fixtures and the pages found', () => {
      const now: Record_ = { pages: Object.fromEntries(DOC_FILES.map((f) => [f, pageDigest(f)])), sources: allSources };
      if (process.env['UPDATE_ORACLE_RECORD'] === '1') writeFileSync(RECORD_FILE, `${JSON.stringify(now, null, 2)}\n`);
      expect(JSON.parse(readFileSync(RECORD_FILE, 'utf8'))).toEqual(now);
    });
  } else {
    it('covers every quote the fixtures cite (the pages are not beside this checkout)', () => {
      process.stderr.write('test/oracle: the vendor API pages were not found (shared/api-docs beside the checkout, or CLOUDBRIDGE_API_DOCS); quotes are held against verified-quotes.json only\n');
      expect(allSources.filter((s) => !record.sources.includes(s))).toEqual([]);
      expect(Object.keys(record.pages).sort()).toEqual([...DOC_FILES].sort());
    });
  }
});

describe.each(Object.entries(ORACLES))('%s oracle', (_vendor, oracle) => {
  const entries = citedValues(oracle);

  it('cites every value', () => {
    // routes, enums, patterns, lengths, required and fields all hold cited values only
    const leaves = Object.values(oracle).flatMap((group: Record<string, unknown>) => Object.keys(group));
    expect(entries.length).toBe(leaves.length);
    expect(entries.length).toBeGreaterThan(0);
  });

  if (docsDir !== undefined) {
    it.each(entries.map(({ path, cited }) => [path, cited.source] as const))('%s: its quotes are in its file', (_path, source) => {
      expect(checkSource(source)).toBeUndefined();
    });
  }
});

(docsDir === undefined ? describe.skip : describe)('checkSource', () => {
  it('refuses a quote that is not in the file, one out of order, and one outside its section', () => {
    expect(checkSource(cite('FACTS.md', 'order_by is one of friendly_name', null).source)).toMatch(/is not in the file/);
    expect(checkSource(cite('FACTS.md', ['## Northflank', '## Qtangl'], null).source)).toMatch(/not after the quote before it/);
    expect(
      checkSource(cite('cloudflare-magic-cloud-integrations.md', [{ line: '## Create Cloud Integration' }, { line: '#### 404 Not Found.' }], null, '## ').source),
    ).toMatch(/run past the section/);
    expect(checkSource(cite('FACTS.md', { line: 'Base URL' }, null).source)).toMatch(/is not in the file/);
  });
});
