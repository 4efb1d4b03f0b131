#!/usr/bin/env node
// npm run build: type-check and compile (tsc -> dist/src, dist/constructs), then bundle
//  - dist/provider/: the provider process, self-contained (only `node` needed);
//    plugin-main.js holds only the handshake, so the line goes out before the
//    heavy parts load: rpc-server.js (grpc-js, protobuf, codecs) right after it,
//    provider.js (framework + vendors) on the first RPC. values.js and log.js
//    are shared by those bundles so class identity (UNKNOWN) and the secret
//    registry exist once per process.
//  - dist/cli/cli.js: the `cloudbridge` command (bin/cloudbridge.js).
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
    build.onResolve({ filter: /^\.\/emulator$/ }, (args) =>
      /[\\/]src[\\/]vendors[\\/][^\\/]+$/.test(args.resolveDir) ? { path: args.resolveDir, namespace: 'no-emulator' } : undefined,
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
  warmCodeCache(outDir);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  // Marks the folder as CommonJS and records what it is; nothing is installed from it.
  fs.writeFileSync(
    path.join(outDir, 'package.json'),
    `${JSON.stringify({ name: 'terraform-provider-cloudbridge', version: pkg.version, private: true, type: 'commonjs', main: 'plugin-main.js' }, null, 2)}\n`,
  );
  return outDir;
}

/**
 * Writes the V8 code caches (<bundle>.js.cache) that src/protocol/code-cache.ts
 * reads, in a fresh node so they match the node that runs the provider.
 * A cache from another node version is rejected at run time and rewritten.
 */
function warmCodeCache(outDir) {
  const script = `
    const vm = require('vm'), fs = require('fs'), path = require('path'), Module = require('module');
    for (const name of ['rpc-server', 'provider']) {
      const file = path.join(${JSON.stringify(outDir)}, name + '.js');
      const s = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file });
      const m = new Module(file, module);
      m.filename = file;
      m.paths = Module._nodeModulePaths(path.dirname(file));
      Module._cache[file] = m;
      s.runInThisContext().call(m.exports, m.exports, (id) => m.require(id), m, file, path.dirname(file));
      fs.writeFileSync(file + '.cache', s.createCachedData());
    }`;
  try {
    execFileSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    process.stderr.write(`build: code cache not written (the provider still works, starts slower): ${e.stderr || e.message}\n`);
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
  if (!args.includes('--no-tsc')) tsc();
  await Promise.all([bundleProvider(), bundleCli()]);
  process.stderr.write(`build: done in ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`build failed: ${err && err.message ? err.message : err}\n`);
    process.exit(1);
  });
}
module.exports = { bundleProvider, bundleCli };
