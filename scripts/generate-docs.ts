/**
 * Writes docs/ (Terraform Registry layout) from the declarations, and the
 * generated part of each module's README from its .tf files. Run with
 * `npm run docs`. Files for types that no longer exist are removed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../src/cli';
import { providerDocs } from '../src/docs-content';
import { moduleReadmes } from './module-docs';

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
  const readmes = moduleReadmes(path.join(root, 'modules'));
  for (const [file, content] of readmes) fs.writeFileSync(file, content);
  process.stdout.write(`wrote ${files.size} files to ${path.relative(process.cwd(), docsDir) || docsDir} and ${readmes.size} module READMEs\n`);
}

main();
