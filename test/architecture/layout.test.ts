/**
 * The shape of src/, measured from the code itself (TypeScript's own parser):
 * - the framework, the protocol, src/http and the emulator core name no vendor;
 *   at most three files outside a vendor's folder do (the composition roots);
 * - no function in src/ is longer than 150 lines;
 * - at most three type-erasing casts in src/framework and src/protocol
 *   (`as never`, `as unknown`, `as any`, and `as unknown as T`), each with a comment saying why.
 * Generated files (src/protocol/generated) are left out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');
const VENDORS = ['p0', 'cloudflare', 'northflank', 'avisi', 'qtangl'];
const VENDOR_WORD = new RegExp(`(^|[^a-z0-9])(${VENDORS.join('|')})([^a-z0-9]|$)`, 'i');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${path.sep}generated${path.sep}`))
    .sort();
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const rel = (f: string): string => path.relative(ROOT, f);

/** Identifiers and string literals (no comments) that name a vendor. */
function vendorMentions(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  walk(sf, (n) => {
    let text: string | undefined;
    if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) text = n.text;
    else if (ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) text = n.text;
    if (text !== undefined && VENDOR_WORD.test(text.replace(/([a-z])([A-Z])/g, '$1 $2'))) out.push(text);
  });
  return out;
}

function isInVendorFolder(file: string): boolean {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts[0] === 'vendors' && parts.length > 2;
}

describe('src/ layout', () => {
  const files = sourceFiles(SRC);

  it('reads the whole tree', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(files).toContain(path.join(SRC, 'framework', 'server', 'index.ts'));
  });

  it('the framework, the protocol, src/http and the emulator core name no vendor; at most three files outside the vendor folders do', () => {
    const naming = files.filter((f) => !isInVendorFolder(f)).filter((f) => vendorMentions(parse(f)).length > 0).map(rel);
    const core = naming.filter((f) => /^src\/(framework|protocol|http|emulator)\//.test(f));
    expect(core).toEqual([]);
    expect(naming.length).toBeLessThanOrEqual(3);
    expect(naming).toContain('src/vendors/index.ts');
  });

  it('has no function longer than 150 lines', () => {
    const long: string[] = [];
    for (const f of files) {
      const sf = parse(f);
      walk(sf, (n) => {
        if (!ts.isFunctionLike(n) || !('body' in n) || !n.body) return;
        const start = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
        if (end - start + 1 > 150) long.push(`${rel(f)}:${start + 1} (${end - start + 1} lines)`);
      });
    }
    expect(long).toEqual([]);
  });

  it('has at most three type-erasing casts in src/framework and src/protocol, each explained by a comment', () => {
    const casts: { where: string; explained: boolean }[] = [];
    for (const f of files.filter((x) => /^src\/(framework|protocol)\//.test(rel(x)))) {
      const sf = parse(f);
      const text = sf.getFullText();
      walk(sf, (n) => {
        if (!ts.isAsExpression(n) && !ts.isTypeAssertionExpression(n)) return;
        const kind = n.type.kind;
        if (kind !== ts.SyntaxKind.NeverKeyword && kind !== ts.SyntaxKind.UnknownKeyword && kind !== ts.SyntaxKind.AnyKeyword) return;
        const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
        const lines = text.split('\n');
        const context = lines.slice(Math.max(0, line - 8), line + 1).join('\n');
        casts.push({ where: `${rel(f)}:${line + 1}`, explained: /\/\/|\/\*|\*/.test(context) && /safe/i.test(context) });
      });
    }
    expect(casts.length).toBeLessThanOrEqual(3);
    expect(casts.filter((c) => !c.explained)).toEqual([]);
  });
});
