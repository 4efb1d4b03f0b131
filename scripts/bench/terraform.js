// Terraform workdirs for the benchmark: one CLI configuration with the cloudbridge provider
// installed from this build and hashicorp/aws from its local mirror, and timed terraform runs.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

function terraformVersion() {
  const r = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (r.error || r.status !== 0) throw new Error('terraform is not on PATH: the benchmark needs Terraform 1.11+');
  return JSON.parse(r.stdout).terraform_version;
}

/**
 * Installs the built provider (or the bundle in `bundleDir`) into `work/plugins`, as
 * `cloudbridge install` does, with the hashicorp/aws mirror; returns the environment every
 * terraform run of the bench uses.
 */
function setUp(work, { bundleDir } = {}) {
  const cli = require(path.join(root, 'dist', 'cli', 'cli.js'));
  const pluginDir = path.join(work, 'plugins');
  const { cliConfig } = cli.installProvider({ pluginDir, bundleDir, withProviders: ['hashicorp/aws@5.100.0'], env: process.env });
  const rc = path.join(work, 'terraform.rc');
  fs.writeFileSync(rc, cliConfig);
  const env = {
    ...process.env,
    TF_CLI_CONFIG_FILE: rc,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    // The launcher keeps code caches a Node other than the builder's writes here.
    XDG_CACHE_HOME: path.join(work, 'cache'),
  };
  for (const k of ['TF_LOG', 'TF_LOG_PROVIDER', 'TF_LOG_CORE', 'TF_PLUGIN_CACHE_DIR', 'TF_CLI_ARGS', 'NODE_OPTIONS']) delete env[k];
  return { env, pluginDir, version: terraformVersion() };
}

/**
 * Runs terraform to completion; returns its wall time in ms and its stdout (the first 200 kB
 * unless `capture`). Fails with its output on a non-zero exit (unless `allow`).
 */
function run(dir, args, env, { allow = [0], capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('terraform', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      if (capture || out.length < 200000) out += d;
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!allow.includes(code)) reject(new Error(`terraform ${args.join(' ')} in ${dir} exited ${code}:\n${out.slice(-4000)}\n${err.slice(-4000)}`));
      else resolve({ ms, code, stdout: out });
    });
  });
}

/** A workdir with `files`, initialised (not timed). */
async function workdir(work, name, files, env) {
  const dir = path.join(work, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), text);
  await run(dir, ['init', '-input=false', '-no-color'], env);
  return dir;
}

function removeState(dir) {
  for (const f of ['terraform.tfstate', 'terraform.tfstate.backup']) fs.rmSync(path.join(dir, f), { force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const machine = () => ({
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0] ? os.cpus()[0].model.trim() : 'unknown',
  memGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
});

module.exports = { setUp, run, workdir, removeState, median, machine, root };
