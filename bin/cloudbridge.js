#!/usr/bin/env node
'use strict';
// The `cloudbridge` command; the CLI itself is src/cli.ts, bundled by `npm run build`.
let cli;
try {
  cli = require('../dist/cli/cli.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli[\\/]cli\.js/.test(e.message)) {
    process.stderr.write('cloudbridge is not built yet: run "npm run build" in the package first.\n');
    process.exit(1);
  }
  throw e;
}
// A reader that stops early (`cloudbridge schema | head -c 100`) closes the pipe. Stop quietly then,
// as a Unix filter does, instead of dying with an unhandled EPIPE stack trace.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
cli.runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`cloudbridge: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);
