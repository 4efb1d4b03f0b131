/**
 * The props contract: every field of every construct props (and option)
 * interface is readonly and has a doc comment; an optional field has an
 * `@default` tag saying what happens without it, and a required field has
 * none (a default it does not have would mislead), as in aws-cdk-lib.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const CONSTRUCTS = path.join(__dirname, '..', '..', 'constructs');
const FILES = ['p0.ts', 'cloudflare.ts', 'northflank.ts', 'qtangl.ts', 'avisi.ts', 'checks.ts'];
/** Interfaces that describe what a construct exposes, not what it takes. */
const OUTPUT_SHAPES = new Set(['P0InstalledComponent', 'P0StagedComponent']);

interface Field {
  readonly interfaceName: string;
  readonly name: string;
  readonly optional: boolean;
  readonly readonly: boolean;
  readonly doc: string;
  readonly defaultTag: string | undefined;
}

function fieldsOf(file: string): Field[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(CONSTRUCTS, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const fields: Field[] = [];
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || OUTPUT_SHAPES.has(node.name.text)) return;
    if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
    for (const member of node.members) {
      if (!ts.isPropertySignature(member)) continue;
      const jsDoc = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
      const doc = jsDoc.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ').trim();
      const defaultTag = ts.getJSDocTags(member).find((t) => t.tagName.text === 'default');
      fields.push({
        interfaceName: node.name.text,
        name: member.name.getText(source),
        optional: member.questionToken !== undefined,
        readonly: member.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false,
        doc,
        defaultTag: defaultTag ? (ts.getTextOfJSDocComment(defaultTag.comment) ?? '').trim() : undefined,
      });
    }
  });
  return fields;
}

const fields = FILES.flatMap(fieldsOf);

describe('construct props', () => {
  it('cover the props of every integration construct', () => {
    const names = new Set(fields.map((f) => f.interfaceName));
    for (const props of [
      'P0AwsAccountIntegrationProps',
      'P0LambdaFunctionCallerProps',
      'CloudflareAwsCloudIntegrationProps',
      'NorthflankAwsIntegrationProps',
      'QtanglAwsIntegrationProps',
      'AvisiAwsCloudAccountProps',
      'CloudbridgeChecksProps',
    ]) {
      expect(names).toContain(props);
    }
  });

  it('have required fields to check (the contract below covers both kinds)', () => {
    expect(fields.filter((f) => !f.optional).map((f) => `${f.interfaceName}.${f.name}`)).toEqual(
      expect.arrayContaining(['P0AwsAccountIntegrationProps.accountId', 'P0IamWriteOptions.login', 'QtanglAwsIntegrationProps.region']),
    );
    expect(fields.filter((f) => f.optional).length).toBeGreaterThan(10);
  });

  it.each(fields.map((f) => [`${f.interfaceName}.${f.name}`, f] as const))('%s is readonly and documented, with @default only when optional', (_, field) => {
    expect({ field: field.name, readonly: field.readonly }).toEqual({ field: field.name, readonly: true });
    expect(field.doc.length).toBeGreaterThan(10);
    if (field.optional) {
      expect({ field: field.name, default: field.defaultTag ?? 'missing' }).not.toEqual({ field: field.name, default: 'missing' });
      expect(field.defaultTag).not.toBe('');
      expect(field.defaultTag).not.toBe('- required');
    } else {
      expect({ field: field.name, default: field.defaultTag }).toEqual({ field: field.name, default: undefined });
    }
  });
});
