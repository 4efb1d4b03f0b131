#!/usr/bin/env node
// npm run bench: the provider's speed and scale, side by side with what it is held against, in
// one run, written to docs/performance.md (the table, the machine, the date, how to rerun).
//   start-up      spawn -> handshake and first calls, against a bare `node -e ''`  (bench/startup.js)
//   compare       plan / apply / refresh at N = 1, 100, 1000 against terraform_data and
//                 hashicorp/aws, plus one vendor resource against the emulator       (bench/compare.js)
//   calls         API calls per refresh per vendor collection at N = 50 and 500     (bench/calls.js)
//   --scale       the scale check: 500 P0 accounts and 100 of each other vendor      (bench/scale.js)
//   sea           the standalone executable (npm run build:sea, ~20 s) against the
//                 script launcher                                                    (bench-standalone.js)
// Flags: --no-sea, --quick (one run each), --no-write (JSON on stdout only), --out FILE, --only a,b,
//        --sizes 1,100,1000, --call-sizes 50,500, --bundle-dir DIR (another build's dist/provider).
// Public tools only: node and terraform (and the hashicorp/aws mirror the tests use).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { setUp, machine, root } = require('./bench/terraform');
const { measureStartup } = require('./bench/startup');
const { compare } = require('./bench/compare');
const { countCalls } = require('./bench/calls');
const { scaleCheck } = require('./bench/scale');
const { startEmulator, emulatorEnv } = require('./bench/emulator');
const { renderReport } = require('./bench/report');

function parseArgs(argv) {
  const o = { quick: false, sizes: [1, 100, 1000], callSizes: [50, 500], out: path.join(root, 'docs', 'performance.md'), write: true, only: null, scale: false, sea: true, bundleDir: undefined };
  const value = (i) => {
    if (argv[i + 1] === undefined) throw new Error(`${argv[i]} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--no-write') o.write = false;
    else if (a === '--scale') o.scale = true;
    else if (a === '--no-sea') o.sea = false;
    else if (a === '--out') o.out = path.resolve(value(i++));
    else if (a === '--sizes') o.sizes = value(i++).split(',').map(Number);
    else if (a === '--call-sizes') o.callSizes = value(i++).split(',').map(Number);
    else if (a === '--only') o.only = value(i++).split(',');
    else if (a === '--bundle-dir') o.bundleDir = path.resolve(value(i++));
    else throw new Error(`unknown option ${a} (see the head of scripts/bench.js)`);
  }
  return o;
}

/** The installed package's size: every file Terraform hashes. */
function packageBytes(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).reduce((n, e) => n + (e.isFile() ? fs.statSync(path.join(e.parentPath, e.name)).size : 0), 0);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const log = (s) => process.stderr.write(`bench: ${s}\n`);
  const want = (s) => (o.only ? o.only.includes(s) : s === 'scale' ? o.scale : s === 'sea' ? o.sea : true);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-bench-'));
  const result = { machine: machine(), started: new Date().toISOString(), notes: [] };
  try {
    const tf = setUp(work, { bundleDir: o.bundleDir });
    result.terraform = tf.version;
    result.packageBytes = packageBytes(tf.pluginDir);
    if (want('startup')) {
      log('start-up: spawn -> handshake and first calls, against bare node');
      result.startup = await measureStartup({ runs: o.quick ? 5 : 21, env: tf.env, bundleDir: o.bundleDir, log });
      delete result.startup.raw;
    }
    if (want('compare')) {
      log('plan / apply / refresh against terraform_data and hashicorp/aws');
      const em = await startEmulator(work);
      try {
        const vendor = { env: emulatorEnv(em.info), reset: () => em.reset() };
        result.compare = await compare({ work, env: tf.env, vendor, sizes: o.sizes, runs: (n) => (o.quick ? 1 : n >= 1000 ? 3 : 5), log });
      } finally {
        await em.stop();
      }
    }
    if (want('calls')) {
      log('API calls per refresh');
      result.calls = await countCalls({ work, env: tf.env, sizes: o.callSizes, log });
    }
    if (want('scale')) {
      log('scale check (several minutes)');
      result.scale = await scaleCheck({ work, env: tf.env, log });
    }
    if (want('sea')) {
      log('standalone executable: npm run build:sea, then against the script launcher');
      execFileSync(process.execPath, [path.join(root, 'scripts', 'build-sea.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
      result.standalone = await require('./bench-standalone').measureStandalone({ runs: o.quick ? 3 : 11, log });
    }
    if (process.env.NODE_EXTRA_CA_CERTS) {
      result.notes.push('`NODE_EXTRA_CA_CERTS` was set in this environment; Node 20 reads that bundle when it starts, so the bare `node -e \'\'` above pays for it too (the provider defers it: see docs/install.md).');
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  result.finished = new Date().toISOString();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (o.write) {
    fs.writeFileSync(o.out, renderReport(result));
    log(`wrote ${path.relative(process.cwd(), o.out)}`);
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
