#!/usr/bin/env node
// npm run build: type-check and compile (tsc -> dist/src, dist/constructs), then bundle
//  - dist/provider/: the provider process, self-contained (only `node` needed);
//    plugin-main.js holds only the handshake, so the line goes out before the
//    heavy parts load: rpc-server.js (grpc-js, protobuf, codecs) right
//    after it, provider.js (framework + vendors) on the first RPC that needs it.
//    values.js and log.js are shared by those bundles so class identity (UNKNOWN)
//    and the secret registry exist once per process. schema.pb and types.json are
//    the schema catalog (src/protocol/catalog.ts), precomputed here from the
//    declarations, so GetProviderSchema loads no provider code at all.
//  - dist/cli/cli.js: the `cloudbridge` command (bin/cloudbridge.js).
//  - dist/constructs-cdktn/: the `cloudbridge/constructs-cdktn` entry, the constructs of
//    dist/constructs rebuilt from the same source for CDK Terrain (cdktn) apps.
// Flags: --no-tsc (bundles only), --provider-out DIR [--provider-entry FILE] (bundle the provider elsewhere,
// optionally with another composition root; used by tests).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const src = (p) => path.join(root, 'src', p);

/** Source module -> file name of its own bundle in dist/provider. */
const PROVIDER_BUNDLES = {
  'plugin-main.js': src('plugin-main.ts'),
  'rpc-server.js': src('protocol/rpc-server.ts'),
  'provider.js': src('provider.ts'),
  'values.js': src('protocol/values.ts'),
  'log.js': src('protocol/log.ts'),
};
const SHARED = new Map(Object.entries(PROVIDER_BUNDLES).map(([out, file]) => [file.replace(/\.ts$/, ''), out]));

/** Imports of another bundle's entry become `require('./<bundle>.js')` at run time. */
function splitPlugin(self) {
  return {
    name: 'cloudbridge-split',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const abs = path.resolve(args.resolveDir, args.path).replace(/\.(ts|js)$/, '');
        const out = SHARED.get(abs);
        if (!out || abs === self.replace(/\.ts$/, '')) return undefined;
        return { path: `./${out}`, external: true };
      });
    },
  };
}

/**
 * The provider process never serves an emulator: the vendor modules' lazy
 * `require('./emulator')` resolves to a module that says so, so no emulator
 * code is bundled (or hashed by Terraform) with the provider.
 */
const withoutEmulators = {
  name: 'cloudbridge-without-emulators',
  setup(build) {
    // Any vendor module's index.ts (src/vendors/<vendor>/, or a test-only vendor): its `./emulator`.
    build.onResolve({ filter: /^\.\/emulator$/ }, (args) =>
      /[\\/]index\.ts$/.test(args.importer) ? { path: args.resolveDir, namespace: 'no-emulator' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-emulator' }, () => ({
      contents: "throw new Error('the vendor emulators are not part of the provider bundle: run `cloudbridge emulate`');",
      loader: 'js',
    }));
  },
};

/** `providerEntry` swaps in another ProviderService module (tests use a fake one). */
async function bundleProvider(outDir = path.join(root, 'dist/provider'), { providerEntry } = {}) {
  const esbuild = require('esbuild');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  await Promise.all(
    Object.entries(PROVIDER_BUNDLES).map(([out, entry]) =>
      esbuild.build({
        entryPoints: [out === 'provider.js' && providerEntry ? providerEntry : entry],
        outfile: path.join(outDir, out),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        minify: true,
        keepNames: false,
        legalComments: 'eof',
        sourcemap: 'linked',
        logLevel: 'warning',
        plugins: [splitPlugin(entry), withoutEmulators],
      }),
    ),
  );
  precompute(outDir);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  // Marks the folder as CommonJS and records what it is; nothing is installed from it.
  fs.writeFileSync(
    path.join(outDir, 'package.json'),
    `${JSON.stringify({ name: 'terraform-provider-cloudbridge', version: pkg.version, private: true, type: 'commonjs', main: 'plugin-main.js' }, null, 2)}\n`,
  );
  return outDir;
}

/**
 * In a fresh node (so that the code caches match the node that runs the provider):
 * - the schema catalog (schema.pb, types.json) from the bundled declarations, by the
 *   bundled protocol code itself;
 * - the V8 code caches (<bundle>.js.cache) that src/protocol/code-cache.ts reads,
 *   made right after each bundle's top level ran, as a provider process loads them.
 * A cache from another node version is rejected at run time and rewritten; the
 * catalog has no such tie and must exist: the build fails without it.
 */
function precompute(outDir) {
  const script = `
    const vm = require('vm'), fs = require('fs'), path = require('path'), Module = require('module');
    const dir = ${JSON.stringify(outDir)};
    const loaded = {};
    const caches = [];
    for (const name of ['rpc-server', 'provider']) {
      const file = path.join(dir, name + '.js');
      const s = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file });
      const m = new Module(file, module);
      m.filename = file;
      m.paths = Module._nodeModulePaths(path.dirname(file));
      Module._cache[file] = m;
      s.runInThisContext().call(m.exports, m.exports, (id) => m.require(id), m, file, path.dirname(file));
      caches.push([file + '.cache', s.createCachedData()]);
      loaded[name] = m.exports;
    }
    const rpc = loaded['rpc-server'];
    rpc.writeCatalog(dir, rpc.catalogOf(loaded.provider.createProvider().getProviderSchema()));
    for (const [file, data] of caches) {
      try { fs.writeFileSync(file, data); } catch (e) { process.stderr.write('build: code cache ' + file + ' not written: ' + e.message + '\\n'); }
    }`;
  try {
    execFileSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    throw new Error(`cannot precompute the schema catalog of ${outDir}: ${e.stderr || e.message}`);
  }
}

async function bundleCli() {
  const esbuild = require('esbuild');
  await esbuild.build({
    entryPoints: [src('cli.ts')],
    outfile: path.join(root, 'dist/cli/cli.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: false,
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

/** Bare modules of the constructs source, and what each is in a CDK Terrain app. */
function cdktnModule(specifier) {
  if (specifier === 'constructs' || specifier.startsWith('node:')) return specifier;
  if (specifier === 'cdktf') return 'cdktn';
  const aws = /^@cdktf\/provider-aws(\/.*)?$/.exec(specifier);
  if (aws) return `@cdktn/provider-aws${aws[1] ?? ''}`;
  return undefined;
}

const CDKTF_REQUIRE = /require\(["'](cdktf|@cdktf\/[^"']*)["']\)/;
const DTS_SPECIFIER = /(\bfrom\s+|\bimport\(\s*)(["'])([^"']+)\2/g;

/**
 * dist/constructs-cdktn/ from the same source as dist/constructs/ (no second copy of
 * the code): index.js is constructs/index.ts bundled with `cdktf` -> `cdktn`,
 * `@cdktf/provider-aws/*` -> `@cdktn/provider-aws/*` and the cdktf bindings
 * (constructs/gen) swapped for the cdktn ones (constructs/gen-cdktn, which tsc has
 * compiled: moved here as gen/, so relative imports stay as they are). The .d.ts files
 * are tsc's of dist/constructs with the same module swap. Fails when anything would
 * still load cdktf: a CDK Terrain app has none to resolve.
 */
async function buildCdktnEntry() {
  const esbuild = require('esbuild');
  const out = path.join(root, 'dist/constructs-cdktn');
  const constructsDist = path.join(root, 'dist/constructs');
  const cdktfGen = path.join(root, 'constructs/gen');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.renameSync(path.join(constructsDist, 'gen-cdktn'), path.join(out, 'gen'));
  await esbuild.build({
    entryPoints: [path.join(root, 'constructs/index.ts')],
    outfile: path.join(out, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    sourcesContent: false, // the source says `cdktf`; the map points at constructs/*.ts instead
    logLevel: 'warning',
    plugins: [
      {
        name: 'cloudbridge-cdktn',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            if (/^\.\.?(\/|$)/.test(args.path)) {
              const rel = path.relative(cdktfGen, path.resolve(args.resolveDir, args.path));
              if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined; // the constructs' own code: bundled
              return { path: `./gen/${rel.split(path.sep).join('/')}`, external: true };
            }
            const swapped = cdktnModule(args.path);
            if (swapped === undefined) return { errors: [{ text: `constructs-cdktn: no CDK Terrain counterpart for "${args.path}"` }] };
            return { path: swapped, external: true };
          });
        },
      },
    ],
  });
  for (const file of walk(constructsDist)) {
    const rel = path.relative(constructsDist, file);
    if (!rel.endsWith('.d.ts') || rel.startsWith(`gen${path.sep}`)) continue;
    const text = fs.readFileSync(file, 'utf8').replace(DTS_SPECIFIER, (whole, lead, quote, specifier) => {
      if (specifier.startsWith('.')) return whole;
      const swapped = cdktnModule(specifier);
      if (swapped === undefined) throw new Error(`constructs-cdktn: ${rel} imports "${specifier}", which has no CDK Terrain counterpart`);
      return `${lead}${quote}${swapped}${quote}`;
    });
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), text);
  }
  for (const file of walk(out)) {
    if (file.endsWith('.js') && CDKTF_REQUIRE.test(fs.readFileSync(file, 'utf8'))) {
      throw new Error(`constructs-cdktn: ${path.relative(root, file)} still loads cdktf`);
    }
  }
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function tsc() {
  // A file removed or moved in the source must not linger in dist (a stale server.js would shadow server/index.js).
  for (const dir of ['src', 'constructs', 'scripts', 'examples']) fs.rmSync(path.join(root, 'dist', dir), { recursive: true, force: true });
  execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
  // tsc does not copy plain .js; the generated protobuf module lives next to its .d.ts.
  const gen = path.join(root, 'dist/src/protocol/generated');
  fs.mkdirSync(gen, { recursive: true });
  fs.copyFileSync(src('protocol/generated/proto.js'), path.join(gen, 'proto.js'));
}

async function main() {
  const args = process.argv.slice(2);
  const t0 = Date.now();
  const protos = require('./gen-proto');
  if (protos.stale()) protos.generate();
  const outIdx = args.indexOf('--provider-out');
  if (outIdx >= 0) {
    const entryIdx = args.indexOf('--provider-entry');
    await bundleProvider(path.resolve(args[outIdx + 1]), entryIdx >= 0 ? { providerEntry: path.resolve(args[entryIdx + 1]) } : {});
    return;
  }
  const compile = !args.includes('--no-tsc');
  if (compile) tsc();
  // The cdktn entry is made from tsc's output, so it is rebuilt only with it.
  await Promise.all([bundleProvider(), bundleCli(), ...(compile ? [buildCdktnEntry()] : [])]);
  process.stderr.write(`build: done in ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`build failed: ${err && err.message ? err.message : err}\n`);
    process.exit(1);
  });
}
module.exports = { bundleProvider, bundleCli, buildCdktnEntry };
