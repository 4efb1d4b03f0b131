#!/usr/bin/env node
// npm run bench: the provider's speed and scale, side by side with what it is measured against,
// in one run, written to docs/performance.md. See docs/performance.md ("Rerun") for the flags.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { setUp, machine, root } = require('./bench/terraform');
const { measureStartup } = require('./bench/startup');
const { compare } = require('./bench/compare');

function parseArgs(argv) {
  const o = { quick: false, sizes: [1, 100, 1000], out: path.join(root, 'docs', 'performance.md'), write: true, sections: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--no-write') o.write = false;
    else if (a === '--out') o.out = path.resolve(argv[++i]);
    else if (a === '--sizes') o.sizes = argv[++i].split(',').map(Number);
    else if (a === '--only') o.sections = argv[++i].split(',');
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const log = (s) => process.stderr.write(`bench: ${s}\n`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-bench-'));
  const started = new Date();
  const want = (s) => !o.sections || o.sections.includes(s);
  const result = { machine: machine(), started: started.toISOString() };
  try {
    const tf = setUp(work);
    result.terraform = tf.version;
    if (want('startup')) {
      log('start-up: spawn -> handshake and first calls, against bare node');
      result.startup = await measureStartup({ runs: o.quick ? 5 : 15, env: tf.env, log });
      delete result.startup.raw;
      log(JSON.stringify(result.startup));
    }
    if (want('compare')) {
      log('plan / apply / refresh against terraform_data and hashicorp/aws');
      result.compare = await compare({ work, env: tf.env, sizes: o.sizes, runs: (n) => (o.quick ? 1 : n >= 1000 ? 3 : 5), log });
      for (const r of result.compare.rows) log(JSON.stringify(r));
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  result.finished = new Date().toISOString();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
