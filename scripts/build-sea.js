#!/usr/bin/env node
// npm run build:sea: the provider as one executable that needs no Node on the machine
// (Node's single executable applications: this Node's binary with the provider injected).
//
//  1. esbuild: one CommonJS file with the whole provider (SEA runs one script and its
//     require() loads only builtins), the code-cache loader replaced by plain require:
//     the SEA blob carries its own V8 code cache (useCodeCache); the schema catalog
//     computed from the declarations and built in (no schema.pb beside it to read).
//  2. node --experimental-sea-config: the blob.
//  3. a copy of process.execPath without its symbol table when `strip` exists (an eighth
//     of the size; Node needs only the dynamic symbols), then postject puts the blob in
//     and flips the fuse.
//
// Linux x86-64 only (the build machine's Node is what gets copied): that is the
// standalone platform `cloudbridge release --standalone` ships.
// Usage: node scripts/build-sea.js [--out FILE]   (default dist/sea/terraform-provider-cloudbridge)
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
/** The sentinel Node's SEA support looks for (same in every Node with SEA). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const DEFAULT_OUT = path.join(root, 'dist', 'sea', 'terraform-provider-cloudbridge');

/** In the single file there is no bundle beside the script to load with a cache. */
const noSplitCodeCache = {
  name: 'sea-no-code-cache',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]protocol[\\/]code-cache\.ts$/ }, () => ({
      loader: 'ts',
      contents: `export function loadBundle<T>(_dir: string, _name: string, fallback: () => T): T { return fallback(); }
export function requireWithCodeCache(file: string): unknown { throw new Error('no code caches in the standalone build: ' + file); }`,
    }));
  },
};

/**
 * The schema catalog (src/protocol/catalog.ts), computed from the declarations by the
 * bundled protocol code, then built into the executable: there is no folder beside it to
 * read schema.pb and types.json from.
 */
function embeddedCatalog() {
  const esbuild = require('esbuild');
  const script = esbuild.buildSync({
    stdin: {
      contents: `import { catalogOf } from './src/protocol/provider-rpc';
import { createProvider } from './src/provider';
const c = catalogOf(createProvider({}).getProviderSchema());
process.stdout.write(JSON.stringify({ schema: Buffer.from(c.schemaResponse).toString('base64'), provider: c.providerType, resources: c.resourceTypes, dataSources: c.dataSourceTypes }));`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  }).outputFiles[0].text;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-sea-catalog-')), 'catalog.js');
  fs.writeFileSync(file, script);
  let json;
  try {
    json = execFileSync(process.execPath, [file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  return {
    name: 'sea-embedded-catalog',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]protocol[\\/]catalog\.ts$/ }, () => ({
        loader: 'ts',
        contents: `import type { SchemaCatalog } from './provider-rpc';
const EMBEDDED = ${json};
export const CATALOG_SCHEMA_FILE = 'schema.pb';
export const CATALOG_TYPES_FILE = 'types.json';
export function readCatalog(_dir: string): SchemaCatalog | undefined {
  return { schemaResponse: Buffer.from(EMBEDDED.schema, 'base64'), providerType: EMBEDDED.provider, resourceTypes: EMBEDDED.resources, dataSourceTypes: EMBEDDED.dataSources };
}
export function writeCatalog(): void {
  throw new Error('the standalone build carries its catalog');
}`,
      }));
    },
  };
}

/** Step 1: the single-file bundle. */
async function bundleSingleFile(outfile) {
  await require('esbuild').build({
    entryPoints: [path.join(root, 'src', 'plugin-main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [noSplitCodeCache, embeddedCatalog()],
  });
  return outfile;
}

/**
 * Builds the standalone executable. Returns its path, size and the time each step took (ms).
 * @param {{ out?: string, node?: string, strip?: boolean, log?: (line: string) => void }} [options]
 */
async function buildSea(options = {}) {
  const out = path.resolve(options.out || DEFAULT_OUT);
  const node = options.node || process.execPath;
  const log = options.log || (() => undefined);
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`the standalone build is made for linux_amd64 only, on a linux x64 machine (this is ${process.platform} ${process.arch})`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-sea-'));
  const times = {};
  const step = async (name, fn) => {
    const t0 = Date.now();
    const r = await fn();
    times[name] = Date.now() - t0;
    log(`build:sea: ${name} ${times[name]} ms`);
    return r;
  };
  try {
    const main = await step('bundle', () => bundleSingleFile(path.join(work, 'provider.js')));
    const blob = path.join(work, 'provider.blob');
    const config = path.join(work, 'sea-config.json');
    fs.writeFileSync(config, JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useCodeCache: true }));
    await step('blob', () => execFileSync(node, ['--experimental-sea-config', config], { stdio: ['ignore', 'pipe', 'pipe'] }));

    const tmp = path.join(work, 'terraform-provider-cloudbridge');
    await step('copy node', () => fs.copyFileSync(node, tmp));
    fs.chmodSync(tmp, 0o755);
    if (options.strip !== false) {
      await step('strip', () => {
        const r = spawnSync('strip', ['--strip-all', tmp], { stdio: ['ignore', 'ignore', 'pipe'] });
        if (r.error || r.status !== 0) log('build:sea: strip is not available; the executable keeps its debug symbols');
      });
    }
    // postject's own CLI in a child: its ELF library prints warnings about notes it does not know.
    await step('inject', () => {
      const cli = path.join(path.dirname(require.resolve('postject')), 'cli.js');
      const r = spawnSync(node, [cli, tmp, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', SEA_FUSE], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (r.error || r.status !== 0) throw new Error(`postject failed: ${r.error ? r.error.message : `${r.stdout}${r.stderr}`.trim()}`);
    });
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.copyFileSync(tmp, out);
    fs.chmodSync(out, 0o755);
    return { file: out, bytes: fs.statSync(out).size, times };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  buildSea({ out: outIdx >= 0 ? args[outIdx + 1] : undefined, log: (l) => process.stderr.write(`${l}\n`) }).then(
    (r) => process.stderr.write(`build:sea: ${r.file} (${(r.bytes / 1e6).toFixed(1)} MB)\n`),
    (err) => {
      process.stderr.write(`build:sea failed: ${err && err.message ? err.message : err}\n`);
      process.exit(1);
    },
  );
}
module.exports = { buildSea, bundleSingleFile, DEFAULT_OUT };
