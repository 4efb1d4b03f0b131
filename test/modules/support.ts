/** Helpers for the module suites: copying module folders into a workspace, reading their tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Every file under `dir` as `prefix/<relative path>` → content, for Workspace.create; folders named
 * in `skip` (at any depth) and Terraform's own `.terraform*` files are left out.
 */
export function filesUnder(dir: string, prefix: string, options: { skip?: readonly string[] } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const skip = new Set(options.skip ?? []);
  const walk = (sub: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      if (entry.name.startsWith('.terraform') || entry.name.endsWith('.tfstate')) continue;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip.has(entry.name)) walk(rel);
      } else out[`${prefix}/${rel}`] = fs.readFileSync(path.join(dir, rel), 'utf8');
    }
  };
  walk('');
  return out;
}

/** The verdict of `terraform validate -json`. */
export function validated(r: { stdout: string }): { valid: boolean; errors: number; warnings: number } {
  const doc = JSON.parse(r.stdout) as { valid: boolean; error_count: number; warning_count: number };
  return { valid: doc.valid, errors: doc.error_count, warnings: doc.warning_count };
}
