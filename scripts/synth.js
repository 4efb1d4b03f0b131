#!/usr/bin/env node
// npm run synth: writes examples/platform/cdktf.out/stacks/platform/cdk.tf.json from the
// compiled example (dist/examples/platform/main.js; `npm run synth` builds first).
// Settings come from the environment: see examples/platform/README.md.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const entry = path.resolve(__dirname, '..', 'dist', 'examples', 'platform', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(`synth: ${path.relative(process.cwd(), entry)} is missing: run "npm run build" first (or use "npm run synth").\n`);
  process.exit(1);
}
require(entry).cli();
