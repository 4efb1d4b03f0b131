/**
 * A reader for the subset of HCL native syntax that module docs need: the
 * blocks of a file (type, labels, body) and each body's attributes as the raw
 * text of their expressions, plus the value of plain string literals. It does
 * not evaluate expressions; it only has to know where each one ends, so it
 * understands strings with `${...}` and `%{...}` templates, heredocs, comments
 * and bracket nesting. Anything it cannot read fails with the file and line.
 */

export interface HclAttribute {
  readonly name: string;
  /** The expression's source text, as written (indentation of continuation lines kept). */
  readonly expression: string;
  readonly line: number;
}

export interface HclBlock {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: HclBody;
  readonly line: number;
}

export interface HclBody {
  readonly attributes: readonly HclAttribute[];
  readonly blocks: readonly HclBlock[];
}

export class HclSyntaxError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'HclSyntaxError';
  }
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;

class Reader {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
    /** Reading the items of an object constructor: a comma at depth 0 also ends an item. */
    private readonly objectItems = false,
  ) {}

  lineAt(pos = this.pos): number {
    let line = 1;
    for (let i = 0; i < pos && i < this.text.length; i++) if (this.text[i] === '\n') line++;
    return line;
  }

  fail(message: string, pos = this.pos): never {
    throw new HclSyntaxError(this.file, this.lineAt(pos), message);
  }

  private peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  /** Skips spaces, tabs and comments; also newlines when `newlines` is true. */
  private skip(newlines: boolean): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.pos++;
      else if (c === '#' || (c === '/' && this.peek(1) === '/')) {
        while (this.pos < this.text.length && this.peek() !== '\n') this.pos++;
      } else if (c === '/' && this.peek(1) === '*') {
        const end = this.text.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('unterminated /* comment');
        this.pos = end + 2;
      } else return;
    }
  }

  private ident(): string | undefined {
    IDENT.lastIndex = this.pos;
    const m = IDENT.exec(this.text);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  /** A body up to `}` (nested) or the end of the file (top level). */
  body(nested: boolean): HclBody {
    const attributes: HclAttribute[] = [];
    const blocks: HclBlock[] = [];
    for (;;) {
      this.skip(true);
      if (this.pos >= this.text.length) {
        if (nested) this.fail('missing } at the end of the file');
        return { attributes, blocks };
      }
      if (this.peek() === '}') {
        if (!nested) this.fail('unexpected }');
        this.pos++;
        return { attributes, blocks };
      }
      if (this.objectItems && this.peek() === ',') {
        this.pos++;
        continue;
      }
      const start = this.pos;
      let name: string | undefined;
      if (this.objectItems && this.peek() === '"') {
        const end = this.quoted();
        name = stringValue(this.text.slice(this.pos, end), this.file, this.lineAt());
        this.pos = end;
      } else name = this.ident();
      if (!name) this.fail(`expected an attribute or block, found ${JSON.stringify(this.peek())}`);
      this.skip(false);
      if ((this.peek() === '=' && this.peek(1) !== '=') || (this.objectItems && this.peek() === ':')) {
        this.pos++;
        this.skip(false);
        const exprStart = this.pos;
        this.expression();
        attributes.push({ name, expression: this.text.slice(exprStart, this.pos).trimEnd(), line: this.lineAt(start) });
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        this.skip(false);
        if (this.peek() === '"') {
          const end = this.quoted();
          labels.push(stringValue(this.text.slice(this.pos, end), this.file, this.lineAt()));
          this.pos = end;
        } else if (this.peek() === '{') break;
        else {
          const label = this.ident();
          if (!label) this.fail(`expected a block label or {, found ${JSON.stringify(this.peek())}`);
          labels.push(label);
        }
      }
      this.pos++;
      blocks.push({ type: name, labels, body: this.body(true), line: this.lineAt(start) });
    }
  }

  /** Moves past one expression: to the newline (or `}` of a one-line block) at bracket depth 0. */
  private expression(): void {
    const closers: string[] = [];
    for (;;) {
      if (this.pos >= this.text.length) {
        if (closers.length) this.fail(`missing ${closers[closers.length - 1]}`);
        return;
      }
      const c = this.peek();
      if (c === '"') {
        this.pos = this.quoted();
      } else if (c === '<' && this.peek(1) === '<' && /[-A-Za-z_]/.test(this.peek(2))) {
        this.heredoc();
      } else if (c === '#' || (c === '/' && this.peek(1) === '/')) {
        if (closers.length === 0) return; // a trailing comment is not part of the expression
        while (this.pos < this.text.length && this.peek() !== '\n') this.pos++;
      } else if (c === '/' && this.peek(1) === '*') {
        this.skip(false);
      } else if (c === '(' || c === '[' || c === '{') {
        closers.push(c === '(' ? ')' : c === '[' ? ']' : '}');
        this.pos++;
      } else if (c === ')' || c === ']' || c === '}') {
        if (closers.length === 0) return; // the `}` closing a one-line block
        if (closers.pop() !== c) this.fail(`unbalanced ${c}`);
        this.pos++;
      } else if ((c === '\n' || (c === ',' && this.objectItems)) && closers.length === 0) {
        return;
      } else {
        this.pos++;
      }
    }
  }

  /** From an opening quote: the position after the closing one, templates included. */
  private quoted(): number {
    let i = this.pos + 1;
    for (;;) {
      const c = this.text[i];
      if (c === undefined || c === '\n') this.fail('unterminated string', this.pos);
      if (c === '\\') i += 2;
      else if (c === '"') return i + 1;
      else if ((c === '$' || c === '%') && this.text[i + 1] === '{') {
        if (this.text[i - 1] === c && this.text[i - 2] !== c) {
          i += 2; // `$${` / `%%{` is an escaped literal
          continue;
        }
        i = this.template(i + 2);
      } else i++;
    }
  }

  /** Inside `${ ... }`: the position after the matching `}`. */
  private template(from: number): number {
    let depth = 1;
    let i = from;
    while (depth > 0) {
      const c = this.text[i];
      if (c === undefined) this.fail('unterminated template', from);
      if (c === '"') {
        const saved = this.pos;
        this.pos = i;
        i = this.quoted();
        this.pos = saved;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') depth--;
      i++;
    }
    return i;
  }

  private heredoc(): void {
    const m = /<<-?([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/y;
    m.lastIndex = this.pos;
    const open = m.exec(this.text);
    if (!open) this.fail('malformed heredoc');
    const marker = open[1]!;
    const end = new RegExp(`^[ \\t]*${marker}[ \\t]*$`, 'm');
    const rest = this.text.slice(this.pos + open[0].length);
    const found = end.exec(rest);
    if (!found) this.fail(`heredoc ${marker} is never closed`);
    this.pos += open[0].length + found.index + found[0].length;
  }
}

/** Parses a file's top-level body. */
export function parseHcl(text: string, file = '<hcl>'): HclBody {
  return new Reader(text, file).body(false);
}

/** The items of an object constructor expression (`{ a = 1, "b" = 2 }`) as attributes. */
export function objectItems(expression: string, file = '<hcl>'): readonly HclAttribute[] {
  const trimmed = expression.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) throw new HclSyntaxError(file, 0, `expected an object, got ${trimmed.slice(0, 60)}`);
  const body = new Reader(trimmed.slice(1, -1), file, true).body(false);
  if (body.blocks.length) throw new HclSyntaxError(file, body.blocks[0]!.line, 'expected object items, found a block');
  return body.attributes;
}

/**
 * The value of an expression that is one quoted string without interpolation;
 * throws otherwise (docs need literal descriptions).
 */
export function stringValue(expression: string, file = '<hcl>', line = 0): string {
  const m = /^"((?:[^"\\]|\\.)*)"$/s.exec(expression.trim());
  if (!m) throw new HclSyntaxError(file, line, `expected a string literal, got ${expression.trim().slice(0, 60)}`);
  const raw = m[1]!;
  if (/(^|[^$])\$\{|(^|[^%])%\{/.test(raw)) throw new HclSyntaxError(file, line, 'expected a string without interpolation');
  return raw
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, e: string) => {
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
      const out = simple[e];
      if (out === undefined) throw new HclSyntaxError(file, line, `unknown escape \\${e}`);
      return out;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

/** The attribute of that name, if the body has it. */
export function attribute(body: HclBody, name: string): HclAttribute | undefined {
  return body.attributes.find((a) => a.name === name);
}
