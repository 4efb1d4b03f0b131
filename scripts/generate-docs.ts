/**
 * Writes docs/ (Terraform Registry layout) from the declarations. Run with
 * `npm run docs`. Files for types that no longer exist are removed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../src/cli';
import { providerDocs } from '../src/docs-content';

function main(): void {
  const root = packageRoot(__dirname);
  const docsDir = path.join(root, 'docs');
  const files = providerDocs();
  for (const sub of ['resources', 'data-sources']) {
    const dir = path.join(docsDir, sub);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.md') && !files.has(`${sub}/${f}`)) fs.rmSync(path.join(dir, f));
  }
  for (const [rel, content] of files) {
    const file = path.join(docsDir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  process.stdout.write(`wrote ${files.size} files to ${path.relative(process.cwd(), docsDir) || docsDir}\n`);
}

main();
