/**
 * Module READMEs are generated from the modules' .tf files (scripts/module-docs.ts) and must be
 * current; their usage examples may only pass inputs the module declares. The HCL-subset reader
 * behind them is tested on the syntax it must get right.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HclSyntaxError, objectItems, parseHcl, stringValue } from '../../scripts/hcl-reader';
import { END_MARKER, BEGIN_MARKER, moduleDirs, moduleReadmes, readModule, renderReadme } from '../../scripts/module-docs';

const ROOT = path.resolve(__dirname, '..', '..');
const MODULES_ROOT = path.join(ROOT, 'modules');

describe('module READMEs', () => {
  it('cover all five vendors', () => {
    expect(moduleDirs(MODULES_ROOT).map((d) => path.basename(d))).toEqual(['avisi-aws', 'cloudflare-aws', 'northflank-aws', 'p0-aws', 'qtangl-aws']);
  });

  it('are up to date (run `npm run docs` to regenerate)', () => {
    const stale = [...moduleReadmes(MODULES_ROOT)].filter(([file, expected]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== expected).map(([file]) => path.relative(ROOT, file));
    expect(stale).toEqual([]);
  });

  it('list every input and output of the module, each once', () => {
    for (const dir of moduleDirs(MODULES_ROOT)) {
      const info = readModule(dir);
      const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
      for (const v of info.variables) expect(readme.split(`<a id="input_${v.name}"></a>`)).toHaveLength(2);
      for (const o of info.outputs) expect(readme.split(`<a id="output_${o.name}"></a>`)).toHaveLength(2);
      expect(info.providers.map((p) => p.source).sort()).toEqual(['cloudbridge/cloudbridge', 'hashicorp/aws']);
    }
  });

  it('fail the staleness check when a description changes', () => {
    const dir = path.join(MODULES_ROOT, 'qtangl-aws');
    const info = readModule(dir);
    const changed = { ...info, variables: info.variables.map((v) => (v.name === 'region' ? { ...v, description: 'Somewhere else.' } : v)) };
    const current = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(renderReadme(current, changed)).not.toBe(current);
    expect(renderReadme(current, changed)).toContain('- <a id="input_region"></a>`region` (`string`) Somewhere else.\n');
    // The hand-written part around the generated one is kept as it is.
    expect(renderReadme(current, changed).slice(0, current.indexOf(BEGIN_MARKER))).toBe(current.slice(0, current.indexOf(BEGIN_MARKER)));
    expect(renderReadme(current, changed).endsWith(`${END_MARKER}\n`)).toBe(true);
  });

  it("pass only declared inputs in their usage examples, and every required one", () => {
    for (const dir of moduleDirs(MODULES_ROOT)) {
      const info = readModule(dir);
      const declared = new Set(info.variables.map((v) => v.name));
      const required = info.variables.filter((v) => v.default === undefined).map((v) => v.name);
      const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
      // The hand-written part; the generated one holds types, not configurations.
      const handWritten = readme.slice(0, readme.indexOf(BEGIN_MARKER));
      const snippets = [...handWritten.matchAll(/```hcl\n([\s\S]*?)```/g)].map((m) => m[1]!);
      const calls = snippets.flatMap((s) => parseHcl(s, `${path.basename(dir)}/README.md`).blocks.filter((b) => b.type === 'module'));
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) {
        const inputs = call.body.attributes.map((a) => a.name).filter((n) => !['source', 'providers', 'depends_on', 'count', 'for_each', 'version'].includes(n));
        expect(inputs.filter((n) => !declared.has(n))).toEqual([]);
        expect(required.filter((n) => !inputs.includes(n))).toEqual([]);
        expect(stringValue(call.body.attributes.find((a) => a.name === 'source')!.expression)).toBe(`./modules/${path.basename(dir)}`);
      }
    }
  });
});

describe('the HCL-subset reader', () => {
  const text = `
# a comment with "quotes" and { braces
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 5.0" } // trailing
  }
}

variable "with_template" {
  description = "uses $\${literal} and a \\"quote\\" and a \\u00e9"
  type = object({
    a = optional(string, "x}")
    b = list(number)
  })
  default = {
    a = "\${upper("}")}"
    b = [1, 2]
  }
}

locals { one_line = { k = 1 } }

/* a block
   comment */
resource "aws_iam_role" "r" {
  policy = <<-EOT
    { "Statement": [] }
    EOT
  name = "r"
}
`;

  it('reads blocks, labels and raw expressions through strings, templates, heredocs and comments', () => {
    const body = parseHcl(text, 'test.tf');
    expect(body.blocks.map((b) => [b.type, ...b.labels])).toEqual([['terraform'], ['variable', 'with_template'], ['locals'], ['resource', 'aws_iam_role', 'r']]);
    const variable = body.blocks[1]!.body;
    expect(variable.attributes.map((a) => a.name)).toEqual(['description', 'type', 'default']);
    expect(stringValue(variable.attributes[0]!.expression)).toBe('uses ${literal} and a "quote" and a é');
    expect(variable.attributes[1]!.expression).toBe('object({\n    a = optional(string, "x}")\n    b = list(number)\n  })');
    expect(variable.attributes[2]!.expression).toBe('{\n    a = "${upper("}")}"\n    b = [1, 2]\n  }');
    expect(body.blocks[2]!.body.attributes).toEqual([{ name: 'one_line', expression: '{ k = 1 }', line: 21 }]);
    const resource = body.blocks[3]!.body;
    expect(resource.attributes.map((a) => a.name)).toEqual(['policy', 'name']);
    expect(resource.attributes[0]!.expression).toBe('<<-EOT\n    { "Statement": [] }\n    EOT');
    const aws = body.blocks[0]!.body.blocks[0]!.body.attributes[0]!;
    expect(aws.expression).toBe('{ source = "hashicorp/aws", version = ">= 5.0" }');
    expect(objectItems(aws.expression).map((i) => [i.name, stringValue(i.expression)])).toEqual([
      ['source', 'hashicorp/aws'],
      ['version', '>= 5.0'],
    ]);
  });

  it('fails with the file and line on what it cannot read', () => {
    expect(() => parseHcl('variable "x" {\n  type = string\n', 'a.tf')).toThrow(new HclSyntaxError('a.tf', 3, 'missing } at the end of the file'));
    expect(() => parseHcl('x = "open\n', 'b.tf')).toThrow(/^b\.tf:1: unterminated string$/);
    expect(() => stringValue('"a ${var.b}"')).toThrow(/without interpolation/);
    expect(() => stringValue('var.b')).toThrow(/expected a string literal/);
  });
});
