#!/usr/bin/env node
// npm run bench: median time from spawn to the handshake line of the built
// provider (AutoMTLS on, as Terraform runs it), next to bare `node -e ''`
// (spawn to exit) in the same run. Usage: node scripts/bench-startup.js [RUNS]
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'dist/provider/plugin-main.js');
const runs = Number(process.argv[2] || process.env.BENCH_RUNS || 21);
const COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

/** A client certificate as Terraform makes one (our own DER builder, bundled on the fly). */
function clientCertPem() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cb-bench-')), 'x509.js');
  require('esbuild').buildSync({ entryPoints: [path.join(root, 'src/protocol/x509.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  const pem = require(out).selfSignedCert().certPem;
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return pem;
}

/** Milliseconds from spawning `command args` to its first stdout line, and the line; then stops it. */
function timeToHandshake(command, args, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        const line = out.split('\n')[0];
        child.once('exit', () => resolve({ ms, line }));
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!out.includes('\n')) reject(new Error(`${command} exited (${code}) before the handshake: ${err}`));
    });
  });
}

const timeProvider = (env) => timeToHandshake(process.execPath, [entry], env);

function timeBareNode() {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(Number(process.hrtime.bigint() - t0) / 1e6));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build" first`);
  const env = {
    ...process.env,
    TF_PLUGIN_MAGIC_COOKIE: COOKIE,
    PLUGIN_PROTOCOL_VERSIONS: '6',
    PLUGIN_CLIENT_CERT: clientCertPem(),
  };
  delete env.TF_LOG;
  delete env.TF_LOG_PROVIDER;
  // Warm the file cache once, then interleave so both see the same machine load.
  await timeProvider(env);
  await timeBareNode();
  const provider = [];
  const bare = [];
  let line = '';
  for (let i = 0; i < runs; i++) {
    const r = await timeProvider(env);
    provider.push(r.ms);
    line = r.line;
    bare.push(await timeBareNode());
  }
  const p = median(provider);
  const b = median(bare);
  const fields = line.split('|');
  if (fields.length !== 6 || fields[5] === '') throw new Error(`unexpected handshake line: ${line}`);
  console.log(`runs: ${runs} (node ${process.version}, ${os.cpus().length} CPUs)`);
  console.log(`provider spawn -> handshake line (AutoMTLS): median ${p.toFixed(1)} ms  (min ${Math.min(...provider).toFixed(1)}, max ${Math.max(...provider).toFixed(1)})`);
  console.log(`bare node -e '' spawn -> exit:               median ${b.toFixed(1)} ms  (min ${Math.min(...bare).toFixed(1)}, max ${Math.max(...bare).toFixed(1)})`);
  console.log(`ratio: ${(p / b).toFixed(2)}x bare node (target <= 1.5x)`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`bench failed: ${e.message}`);
    process.exit(1);
  });
}
module.exports = { clientCertPem, median, timeToHandshake, COOKIE };
