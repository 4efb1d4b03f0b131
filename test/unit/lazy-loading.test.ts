/**
 * A call loads only the vendor modules of the types it touches. The source is
 * compiled file by file (esbuild, no bundling) into a temp folder and driven in
 * a plain node process, whose require.cache then tells which files ran: the
 * composition root and each vendor's index (its provider block) at start; the
 * type's own files when a validate or plan touches it; never another vendor's
 * resources, clients, zod or undici.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** What the driver prints: per step, the files under src/vendors that were loaded, and whether zod or undici were. */
interface Step {
  readonly vendors: string[];
  readonly zod: boolean;
  readonly undici: boolean;
}

const DRIVER = `
const path = require('path');
const root = process.argv[1];
const vendorsDir = path.join(root, 'src', 'vendors') + path.sep;
const snapshot = () => {
  const files = Object.keys(require.cache);
  return {
    vendors: files.filter((f) => f.startsWith(vendorsDir)).map((f) => path.relative(vendorsDir, f).split(path.sep).join('/')).sort(),
    zod: files.some((f) => /node_modules[\\\\/]zod[\\\\/]/.test(f)),
    undici: files.some((f) => /node_modules[\\\\/]undici[\\\\/]/.test(f)),
  };
};
(async () => {
  const steps = {};
  const { createProvider } = require(path.join(root, 'src', 'provider.js'));
  const p = createProvider({});
  steps.created = snapshot();
  const nulls = (names) => Object.fromEntries(names.map((n) => [n, null]));
  const ext = await p.validateResourceConfig({ typeName: 'cloudbridge_external_id', config: nulls(['id', 'result', 'length', 'keepers']) });
  if (ext.diagnostics.length) throw new Error(JSON.stringify(ext.diagnostics));
  steps.externalId = snapshot();
  const nf = 'cloudbridge_northflank_cloud_integration';
  // The type's own declaration (a Northflank file the validate loads anyway) gives its attribute names.
  const declared = require(path.join(root, 'src', 'vendors', 'northflank', 'cloud-integration.js')).northflankCloudIntegrationResource;
  const names = Object.keys(require(path.join(root, 'src', 'framework', 'schema.js')).resourceAttributes(declared.spec));
  const config = { ...nulls(names), name: 'lazy one', cloud_provider: 'byok' };
  const v = await p.validateResourceConfig({ typeName: nf, config });
  if (v.diagnostics.length) throw new Error(JSON.stringify(v.diagnostics));
  steps.northflank = snapshot();
  process.stdout.write(JSON.stringify(steps));
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;

describe('lazy loading', () => {
  let steps: Record<'created' | 'externalId' | 'northflank', Step>;
  beforeAll(() => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-lazy-'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    const src = path.join(ROOT, 'src');
    esbuild.buildSync({ entryPoints: sources(src), outdir: path.join(out, 'src'), outbase: src, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'error' });
    fs.mkdirSync(path.join(out, 'src', 'protocol', 'generated'), { recursive: true });
    fs.copyFileSync(path.join(src, 'protocol', 'generated', 'proto.js'), path.join(out, 'src', 'protocol', 'generated', 'proto.js'));
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(out, 'package.json'));
    const stdout = execFileSync(process.execPath, ['-e', DRIVER, out], { env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') }, encoding: 'utf8' });
    steps = JSON.parse(stdout) as typeof steps;
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('at start: the composition root and each vendor module\'s index, nothing else', () => {
    expect(steps.created).toEqual({
      vendors: ['avisi/index.js', 'cloudflare/index.js', 'index.js', 'module.js', 'northflank/index.js', 'p0/index.js', 'qtangl/index.js', 'shared/index.js'],
      zod: false,
      undici: false,
    });
  });

  test('validating cloudbridge_external_id loads that type only', () => {
    expect(steps.externalId).toEqual({ ...steps.created, vendors: [...steps.created.vendors, 'shared/external-id.js'].sort() });
  });

  test('validating a Northflank resource loads Northflank files only, and no HTTP client', () => {
    const added = steps.northflank.vendors.filter((f) => !steps.externalId.vendors.includes(f));
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((f) => !f.startsWith('northflank/'))).toEqual([]);
    expect(added).toEqual(['northflank/cloud-integration.js', 'northflank/model.js']);
    expect(steps.northflank.undici).toBe(false);
  });
});
