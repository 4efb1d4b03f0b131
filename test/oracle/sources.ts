/**
 * The oracle's citations: every value in test/oracle/<vendor>.ts names the
 * API page (or FACTS.md) it was read from and quotes the line(s) it was read
 * in, so that a reader can check the transcription and a test can check that
 * the quote is really there (quotes.test.ts).
 *
 * The pages live outside the repository, in `shared/api-docs/` beside the
 * checkout (CI clones the repository with a copy of `shared/` next to it).
 * `CLOUDBRIDGE_API_DOCS` overrides the search.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const DOC_FILES = [
  'FACTS.md',
  'cloudflare-magic-cloud-integrations.md',
  'northflank-update-cloud-integration.txt',
  'avisi-cloud-accounts.txt',
  'p0-aws-integration.txt',
  'qtangl-cloud-integration-upsert.txt',
] as const;
export type DocFile = (typeof DOC_FILES)[number];

/** A piece of one line of the file, or (`{ line }`) one whole line, compared without its surrounding blanks. */
export type Quote = string | { readonly line: string };

/**
 * Where a value was read: `quotes` are found in this order, each on the same
 * line as the one before (further along it) or on a later line. With
 * `sectionEnd`, they all lie before the first line, after the first quote's
 * line, that starts with `sectionEnd` (for example the next `## ` heading), so
 * a route's heading, path and status lines quote one section.
 */
export interface Source {
  readonly file: DocFile;
  readonly quotes: readonly Quote[];
  readonly sectionEnd?: string;
}

export interface Cited<T> {
  readonly value: T;
  readonly source: Source;
}

export function cite<T>(file: DocFile, quotes: Quote | readonly Quote[], value: T, sectionEnd?: string): Cited<T> {
  const list: readonly Quote[] = typeof quotes === 'string' || !Array.isArray(quotes) ? [quotes as Quote] : quotes;
  return { value, source: sectionEnd === undefined ? { file, quotes: list } : { file, quotes: list, sectionEnd } };
}

/** The `shared/api-docs` folder, or undefined when it is nowhere to be found (see apiDocsDir). */
export function findApiDocsDir(): string | undefined {
  try {
    return apiDocsDir();
  } catch {
    return undefined;
  }
}

/** The `shared/api-docs` folder: `CLOUDBRIDGE_API_DOCS`, else the nearest `shared/api-docs` above the repository. */
export function apiDocsDir(): string {
  const fromEnv = process.env['CLOUDBRIDGE_API_DOCS'];
  if (fromEnv) {
    if (!existsSync(join(resolve(fromEnv), 'FACTS.md'))) throw new Error(`CLOUDBRIDGE_API_DOCS=${fromEnv} holds no FACTS.md`);
    return resolve(fromEnv);
  }
  let dir = resolve(__dirname, '..', '..');
  for (;;) {
    const candidate = join(dir, 'shared', 'api-docs');
    if (existsSync(join(candidate, 'FACTS.md'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('the vendor API pages were not found: put shared/api-docs/ beside the checkout (as CI does) or set CLOUDBRIDGE_API_DOCS to that folder');
}

const texts = new Map<DocFile, readonly string[]>();
function docLines(file: DocFile): readonly string[] {
  let lines = texts.get(file);
  if (lines === undefined) {
    lines = readFileSync(join(apiDocsDir(), file), 'utf8').split(/\r?\n/);
    texts.set(file, lines);
  }
  return lines;
}

const show = (quote: Quote): string => (typeof quote === 'string' ? JSON.stringify(quote) : `the line ${JSON.stringify(quote.line)}`);

/** Why `source` does not hold in its file, or undefined when every quote is found as it says. */
export function checkSource(source: Source): string | undefined {
  if (source.quotes.length === 0) return `${source.file}: no quote`;
  const lines = docLines(source.file);
  let line = 0;
  let column = 0;
  let firstLine = -1;
  for (const quote of source.quotes) {
    const text = typeof quote === 'string' ? quote : quote.line;
    if (text.trim() === '' || text.includes('\n')) return `${source.file}: a quote must be a non-empty piece of one line: ${show(quote)}`;
    let found = -1;
    for (let i = line; i < lines.length && found < 0; i++) {
      const from = i === line ? column : 0;
      if (typeof quote === 'string') {
        const at = lines[i]!.indexOf(quote, from);
        if (at >= 0) {
          found = i;
          column = at + quote.length;
        }
      } else if (from === 0 && lines[i]!.trim() === quote.line.trim()) {
        found = i;
        column = lines[i]!.length;
      }
    }
    if (found < 0) {
      const anywhere = lines.some((l) => (typeof quote === 'string' ? l.includes(quote) : l.trim() === quote.line.trim()));
      return `${source.file}: ${show(quote)} ${anywhere ? 'is there, but not after the quote before it' : 'is not in the file'}`;
    }
    if (firstLine < 0) firstLine = found;
    line = found;
  }
  if (source.sectionEnd !== undefined) {
    const end = lines.findIndex((l, i) => i > firstLine && l.startsWith(source.sectionEnd!));
    if (end >= 0 && end <= line) return `${source.file}: the quotes run past the section that starts on line ${firstLine + 1} (it ends on line ${end + 1})`;
  }
  return undefined;
}

/** Every cited value inside `fixture` (walks plain objects and arrays), with its path. */
export function citedValues(fixture: unknown, path = ''): { path: string; cited: Cited<unknown> }[] {
  if (fixture === null || typeof fixture !== 'object') return [];
  if (isCited(fixture)) return [{ path, cited: fixture }];
  const out: { path: string; cited: Cited<unknown> }[] = [];
  for (const [key, value] of Object.entries(fixture)) out.push(...citedValues(value, path ? `${path}.${key}` : key));
  return out;
}

function isCited(value: object): value is Cited<unknown> {
  const source = (value as { source?: unknown }).source;
  return 'value' in value && typeof source === 'object' && source !== null && 'file' in source && 'quotes' in source;
}

/** The value of every entry of a record of cited values. */
export function values<T>(record: Readonly<Record<string, Cited<T>>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([key, cited]) => [key, cited.value]));
}

/**
 * One documented route: method, path template (the page's own placeholders),
 * success status and documented error statuses, where the sources give them
 * (a route known only from FACTS.md may have neither).
 */
export interface RouteFact {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly status?: number;
  readonly errors?: readonly number[];
}

export interface LengthFact {
  readonly min?: number;
  readonly max?: number;
}

/** What one vendor's page (and FACTS.md) says, transcribed without the provider's model. */
export interface VendorOracle {
  readonly routes: Readonly<Record<string, Cited<RouteFact>>>;
  readonly enums: Readonly<Record<string, Cited<readonly string[]>>>;
  readonly patterns: Readonly<Record<string, Cited<string>>>;
  readonly lengths: Readonly<Record<string, Cited<LengthFact>>>;
  /** Required fields of a request or response body. */
  readonly required: Readonly<Record<string, Cited<readonly string[]>>>;
  /** The documented fields of a request or response body (required or not). */
  readonly fields: Readonly<Record<string, Cited<readonly string[]>>>;
}

/** SHA-256 of one API page as found (the record of verified quotes names the page versions it was checked against). */
export function pageDigest(file: DocFile): string {
  return createHash('sha256').update(readFileSync(join(apiDocsDir(), file))).digest('hex');
}

/** A stable text form of a source, for the record of verified quotes. */
export function sourceKey(source: Source): string {
  return JSON.stringify({ file: source.file, quotes: source.quotes, sectionEnd: source.sectionEnd ?? null });
}
