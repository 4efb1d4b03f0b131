import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateBindings } from '../../scripts/generate-bindings';

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

describe('generated cdktf bindings', () => {
  it('match the provider schema (run `npm run bindings` after changing a declaration)', async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-bindings-'));
    try {
      await generateBindings(fresh);
      const committed = path.join(__dirname, '..', '..', 'constructs', 'gen');
      const files = listFiles(fresh).sort();
      expect(listFiles(committed).sort()).toEqual(files);
      for (const file of files) {
        expect({ file, text: fs.readFileSync(path.join(committed, file), 'utf8') }).toEqual({
          file,
          text: fs.readFileSync(path.join(fresh, file), 'utf8'),
        });
      }
      expect(files).toContain(path.join('providers', 'cloudbridge', 'p0-aws-iam-write-staged', 'index.ts'));
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });
});
