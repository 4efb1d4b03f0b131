/**
 * What an official client library's own TypeScript declarations say a
 * response looks like: which fields are required and which literal values an
 * enum field takes. Read from the library's `.d.ts` in node_modules with the
 * TypeScript parser (no type checking), so that the suite follows the pinned
 * library rather than a transcription of it.
 */
import { readFileSync } from 'node:fs';
import * as ts from 'typescript';

export type Shape =
  | { readonly kind: 'object'; readonly props: Readonly<Record<string, { readonly optional: boolean; readonly shape: Shape }>> }
  | { readonly kind: 'array'; readonly element: Shape }
  | { readonly kind: 'union'; readonly members: readonly Shape[] }
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'primitive'; readonly name: 'string' | 'number' | 'boolean' }
  | { readonly kind: 'any' };

type Declaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration;

/** One parsed `.d.ts`: its interfaces and type aliases by qualified name (`A`, `A.B` inside `namespace A`). */
export class DeclarationFile {
  private readonly declarations = new Map<string, { node: Declaration; scope: readonly string[] }>();

  constructor(path: string) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    this.collect(source.statements, []);
  }

  private collect(statements: readonly ts.Statement[], scope: readonly string[]): void {
    for (const statement of statements) {
      if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && !this.declarations.has([...scope, statement.name.text].join('.'))) {
        this.declarations.set([...scope, statement.name.text].join('.'), { node: statement, scope });
      } else if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) {
        this.collect(statement.body.statements, [...scope, statement.name.text]);
      }
    }
  }

  /** The shape of the declaration named `name` (qualified from the top: `Foo` or `Foo.Status`). */
  shape(name: string): Shape {
    const found = this.declarations.get(name);
    if (!found) throw new Error(`no declaration ${name}`);
    return this.declarationShape(found.node, found.scope, new Set([name]));
  }

  private declarationShape(node: Declaration, scope: readonly string[], seen: ReadonlySet<string>): Shape {
    const inner = [...scope, node.name.text];
    if (ts.isInterfaceDeclaration(node)) return this.members(node.members, inner, seen);
    return this.typeShape(node.type, scope, seen);
  }

  private members(members: ts.NodeArray<ts.TypeElement>, scope: readonly string[], seen: ReadonlySet<string>): Shape {
    const props: Record<string, { optional: boolean; shape: Shape }> = {};
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
      props[name] = { optional: member.questionToken !== undefined, shape: this.typeShape(member.type, scope, seen) };
    }
    return { kind: 'object', props };
  }

  private typeShape(type: ts.TypeNode, scope: readonly string[], seen: ReadonlySet<string>): Shape {
    switch (type.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { kind: 'primitive', name: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { kind: 'primitive', name: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { kind: 'primitive', name: 'boolean' };
      default:
        break;
    }
    if (ts.isTypeLiteralNode(type)) return this.members(type.members, scope, seen);
    if (ts.isArrayTypeNode(type)) return { kind: 'array', element: this.typeShape(type.elementType, scope, seen) };
    if (ts.isParenthesizedTypeNode(type)) return this.typeShape(type.type, scope, seen);
    if (ts.isLiteralTypeNode(type)) {
      const literal = type.literal;
      if (ts.isStringLiteral(literal)) return { kind: 'literal', value: literal.text };
      if (ts.isNumericLiteral(literal)) return { kind: 'literal', value: Number(literal.text) };
      if (literal.kind === ts.SyntaxKind.TrueKeyword) return { kind: 'literal', value: true };
      if (literal.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'literal', value: false };
      return { kind: 'any' };
    }
    if (ts.isUnionTypeNode(type)) return unionShape(type.types.map((t) => this.typeShape(t, scope, seen)));
    if (ts.isTypeReferenceNode(type)) {
      const referenced = entityName(type.typeName);
      if (referenced === 'Array' && type.typeArguments?.[0]) return { kind: 'array', element: this.typeShape(type.typeArguments[0], scope, seen) };
      for (let depth = scope.length; depth >= 0; depth--) {
        const qualified = [...scope.slice(0, depth), referenced].join('.');
        const found = this.declarations.get(qualified);
        if (found && !seen.has(qualified)) return this.declarationShape(found.node, found.scope, new Set([...seen, qualified]));
      }
      return { kind: 'any' };
    }
    return { kind: 'any' };
  }
}

function entityName(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : `${entityName(name.left)}.${name.right.text}`;
}

/**
 * A union of literals that ends in an array of one more literal
 * (`'a' | 'b' | 'c'[]`) is how a code generator writes `('a' | 'b' | 'c')[]`
 * when it drops the parentheses (the Northflank client does, for `features`):
 * read it as the array it means.
 */
function unionShape(members: readonly Shape[]): Shape {
  const last = members[members.length - 1];
  const head = members.slice(0, -1);
  if (last?.kind === 'array' && last.element.kind === 'literal' && head.length > 0 && head.every((m) => m.kind === 'literal')) {
    return { kind: 'array', element: { kind: 'union', members: [...head, last.element] } };
  }
  return { kind: 'union', members };
}

/** The literal values of an enum-like shape (a union of literals, or an array of one). */
export function literals(shape: Shape): readonly (string | number | boolean)[] {
  if (shape.kind === 'literal') return [shape.value];
  if (shape.kind === 'union') return shape.members.flatMap(literals);
  if (shape.kind === 'array') return literals(shape.element);
  return [];
}

/** The shape of property `path` (dotted) inside an object shape. */
export function propertyShape(shape: Shape, path: string): Shape {
  let current = shape;
  for (const key of path.split('.')) {
    if (current.kind === 'array') current = current.element;
    if (current.kind !== 'object' || !current.props[key]) throw new Error(`no property ${path}`);
    current = current.props[key].shape;
  }
  return current;
}

/** Where `value` breaks `shape`: missing required fields, values outside a literal union, wrong primitive types. */
export function problems(value: unknown, shape: Shape, path = '$'): string[] {
  switch (shape.kind) {
    case 'any':
      return [];
    case 'primitive':
      return typeof value === shape.name ? [] : [`${path}: expected a ${shape.name}, got ${JSON.stringify(value)}`];
    case 'literal':
      return value === shape.value ? [] : [`${path}: expected ${JSON.stringify(shape.value)}, got ${JSON.stringify(value)}`];
    case 'union': {
      const each = shape.members.map((m) => problems(value, m, path));
      if (each.some((p) => p.length === 0)) return [];
      const allowed = literals(shape);
      return allowed.length === shape.members.length ? [`${path}: ${JSON.stringify(value)} is not one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`] : each.flat();
    }
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected an array, got ${JSON.stringify(value)}`];
      return value.flatMap((item, i) => problems(item, shape.element, `${path}[${i}]`));
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected an object, got ${JSON.stringify(value)}`];
      const record = value as Record<string, unknown>;
      const out: string[] = [];
      for (const [key, prop] of Object.entries(shape.props)) {
        if (!(key in record) || record[key] === undefined) {
          if (!prop.optional) out.push(`${path}.${key}: required by the client's types, missing`);
          continue;
        }
        out.push(...problems(record[key], prop.shape, `${path}.${key}`));
      }
      return out;
    }
  }
}
