#!/usr/bin/env node
// npm run demo [-- --keep]: the platform example against the local emulator, end to end.
// Step 1 (build) runs here, so that a fresh clone needs only `npm ci` and Terraform;
// the other steps are dist/scripts/run-demo.js (source: scripts/run-demo.ts).
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const startedAt = Date.now();

// Fail fast, before the build: unknown options, missing Terraform.
const unknown = process.argv.slice(2).filter((a) => a !== '--keep');
if (unknown.length > 0) {
  process.stderr.write(`demo: unknown option ${unknown.join(' ')} (the only option is --keep)\n`);
  process.exit(2);
}
const tf = spawnSync('terraform', ['version'], { stdio: 'ignore', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
if (tf.error && tf.error.code === 'ENOENT') {
  process.stderr.write('Terraform was not found on PATH: install Terraform 1.11 or later (https://developer.hashicorp.com/terraform/install) and run the demo again.\n');
  process.exit(1);
}

process.stdout.write('[1/9] Build (npm run build)\n');
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.js')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
if (build.status !== 0) {
  process.stderr.write(`\ndemo failed: the build failed (exit ${build.status ?? build.signal}); see its output above.\n`);
  process.exit(1);
}
process.stdout.write(`      done in ${((Date.now() - startedAt) / 1000).toFixed(1)}s\n`);

require(path.join(root, 'dist', 'scripts', 'run-demo.js'))
  .cli(process.argv.slice(2), startedAt)
  .then((code) => {
    process.exitCode = code;
  });
