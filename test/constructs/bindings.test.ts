import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BINDINGS_DIRS, BindingsFlavour, generateBindings } from '../../scripts/generate-bindings';
import { printSchema } from '../../src/schema-command';

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

const schema = printSchema();

/** The module each flavour's bindings import their CDK from. */
const CORE: Record<BindingsFlavour, string> = { cdktf: "import * as cdktf from 'cdktf';", cdktn: "import * as cdktn from 'cdktn';" };

describe.each(['cdktf', 'cdktn'] as const)('generated %s bindings', (flavour) => {
  it('match the provider schema (run `npm run bindings` after changing a declaration)', async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), `cloudbridge-bindings-${flavour}-`));
    try {
      await generateBindings(fresh, flavour, schema);
      const committed = BINDINGS_DIRS[flavour];
      const files = listFiles(fresh).sort();
      expect(listFiles(committed).sort()).toEqual(files);
      for (const file of files) {
        expect({ file, text: fs.readFileSync(path.join(committed, file), 'utf8') }).toEqual({
          file,
          text: fs.readFileSync(path.join(fresh, file), 'utf8'),
        });
      }
      const staged = path.join('providers', 'cloudbridge', 'p0-aws-iam-write-staged', 'index.ts');
      expect(files).toContain(staged);
      expect(fs.readFileSync(path.join(committed, staged), 'utf8')).toContain(CORE[flavour]);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });
});
