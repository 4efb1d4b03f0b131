#!/usr/bin/env node
// Usage: node scripts/find-mirror.js hashicorp/aws 5.100.0
// Prints the filesystem mirror directory that holds the provider, or explains where it looked (exit 1).
// Runs before any build (CI), so it compiles src/plugin-mirrors.ts on the fly with esbuild.
const path = require('node:path');
const Module = require('node:module');
const esbuild = require('esbuild');

const entry = path.join(__dirname, '..', 'src', 'plugin-mirrors.ts');
const out = esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', write: false, target: 'node20' });
const mod = new Module(entry);
mod._compile(out.outputFiles[0].text, entry);
const { requireMirror } = mod.exports;

const [source = 'hashicorp/aws', version = '5.100.0'] = process.argv.slice(2);
try {
  console.log(requireMirror(source, version));
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
