/**
 * examples/hcl: each example calls the modules (modules/<vendor>-aws) and
 * passes `terraform validate`, copied out of the repo with the modules beside
 * it as in the repo. Validation needs no emulator. The HCL of both is in
 * `terraform fmt` style.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, Workspace, expectOk } from '../acceptance/harness';
import { moduleDirs } from '../../scripts/module-docs';
import { parseHcl, stringValue } from '../../scripts/hcl-reader';
import { filesUnder, validated } from './support';

const MODULES = moduleDirs(path.join(ROOT, 'modules')).map((d) => path.basename(d));
const EXAMPLES = fs
  .readdirSync(path.join(ROOT, 'examples', 'hcl'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('examples/hcl', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({
      files: { ...filesUnder(path.join(ROOT, 'examples', 'hcl'), 'examples/hcl'), ...filesUnder(path.join(ROOT, 'modules'), 'modules') },
    });
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  it.each(EXAMPLES)('%s calls the modules and validates', async (example) => {
    const dir = `examples/hcl/${example}`;
    const calls = parseHcl(fs.readFileSync(path.join(ROOT, dir, 'main.tf'), 'utf8'))
      .blocks.filter((b) => b.type === 'module')
      .map((b) => stringValue(b.body.attributes.find((a) => a.name === 'source')!.expression));
    expect(calls.length).toBeGreaterThan(0);
    for (const source of calls) expect(MODULES.map((m) => `../../../modules/${m}`)).toContain(source);
    expectOk(await ws.tf([`-chdir=${dir}`, 'init', '-input=false', '-no-color']));
    expect(validated(await ws.tf([`-chdir=${dir}`, 'validate', '-json', '-no-color']))).toEqual({ valid: true, errors: 0, warnings: 0 });
  }, 180_000);

  it('are formatted as terraform fmt writes them, like the modules', async () => {
    const r = await ws.tf(['fmt', '-check', '-recursive', '-list=true', '-no-color']);
    expect({ code: r.code, unformatted: r.stdout.split('\n').filter(Boolean) }).toEqual({ code: 0, unformatted: [] });
  });
});
