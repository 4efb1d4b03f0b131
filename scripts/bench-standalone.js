#!/usr/bin/env node
// The standalone provider (one executable, no Node needed) against the script launcher
// (sh + node + the split bundles), as Terraform sees them:
//  - start-up: median time from spawn to the handshake line, AutoMTLS on;
//  - per command: the package's h1 hash, which Terraform computes before every command
//    (88 MB against 2.4 MB), and the median wall time of `terraform validate`, which
//    starts the provider once (init done beforehand).
// Runs alone (node scripts/bench-standalone.js [RUNS]) or as measureStandalone() from
// another script. Needs `npm run build` and `npm run build:sea` (or pass the files).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { clientCertPem, median, timeToHandshake, COOKIE } = require('./bench-startup');

const root = path.resolve(__dirname, '..');

async function spawnToHandshake(file, env) {
  const { ms, line } = await timeToHandshake(file, [], env);
  if (line.split('|').length !== 6) throw new Error(`not a handshake line from ${file}: ${line}`);
  return ms;
}

function timed(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

/**
 * @param {{ runs?: number, standalone?: string, bundleDir?: string, terraform?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ startup: { script: object, standalone: object, ratio: number }, h1: { script: object, standalone: object, scriptBytes: number, standaloneBytes: number }, validate?: { script: object, standalone: object, ratio: number } }>}
 */
async function measureStandalone(options = {}) {
  const runs = options.runs || 11;
  const log = options.log || (() => undefined);
  const standalone = path.resolve(options.standalone || path.join(root, 'dist', 'sea', 'terraform-provider-cloudbridge'));
  const bundleDir = path.resolve(options.bundleDir || path.join(root, 'dist', 'provider'));
  const cliFile = path.join(root, 'dist', 'cli', 'cli.js');
  for (const [file, how] of [
    [cliFile, 'npm run build'],
    [standalone, 'npm run build:sea'],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run "${how}" first`);
  }
  const cli = require(cliFile);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-bench-sea-'));
  try {
    // Both packages the way Terraform gets them: unzipped from a release's mirrors.
    const release = cli.createRelease({ outDir: path.join(work, 'release'), standalone, bundleDir });
    const unpack = (mirror, name) => {
      const zip = path.join(mirror, 'registry.terraform.io/cloudbridge/cloudbridge', `terraform-provider-cloudbridge_${release.version}_linux_amd64.zip`);
      const dir = path.join(work, name);
      const r = spawnSync('unzip', ['-q', '-d', dir, zip]);
      if (r.status !== 0) throw new Error(`unzip failed: ${r.stderr}`);
      return { dir, exe: path.join(dir, `terraform-provider-cloudbridge_v${release.version}`) };
    };
    const script = unpack(release.mirror.root, 'script');
    const sea = unpack(release.standalone.root, 'standalone');

    const env = { ...process.env, TF_PLUGIN_MAGIC_COOKIE: COOKIE, PLUGIN_PROTOCOL_VERSIONS: '6', PLUGIN_CLIENT_CERT: clientCertPem(), XDG_CACHE_HOME: path.join(work, 'cache') };
    delete env.TF_LOG;
    delete env.TF_LOG_PROVIDER;
    await spawnToHandshake(script.exe, env);
    await spawnToHandshake(sea.exe, env);
    const startup = { script: [], standalone: [] };
    for (let i = 0; i < runs; i++) {
      startup.script.push(await spawnToHandshake(script.exe, env));
      startup.standalone.push(await spawnToHandshake(sea.exe, env));
    }
    log(`start-up measured (${runs} runs each)`);

    const h1Of = (dir) => cli.hashPackageDir(dir);
    const h1 = { script: [], standalone: [] };
    for (let i = 0; i < Math.min(runs, 5); i++) {
      h1.script.push(timed(() => h1Of(script.dir)));
      h1.standalone.push(timed(() => h1Of(sea.dir)));
    }
    const size = (dir) => fs.readdirSync(dir, { recursive: true }).reduce((n, f) => n + (fs.statSync(path.join(dir, f)).isFile() ? fs.statSync(path.join(dir, f)).size : 0), 0);

    const result = {
      startup: { script: stats(startup.script), standalone: stats(startup.standalone), ratio: median(startup.standalone) / median(startup.script) },
      h1: { script: stats(h1.script), standalone: stats(h1.standalone), scriptBytes: size(script.dir), standaloneBytes: size(sea.dir) },
    };

    if (options.terraform !== false) {
      const validate = { script: [], standalone: [] };
      const dirs = {};
      for (const [name, mirror] of [
        ['script', release.mirror.root],
        ['standalone', release.standalone.root],
      ]) {
        const dir = path.join(work, `tf-${name}`);
        fs.mkdirSync(dir);
        fs.writeFileSync(path.join(dir, 'main.tf'), 'terraform {\n  required_providers {\n    cloudbridge = { source = "cloudbridge/cloudbridge" }\n  }\n}\nresource "cloudbridge_external_id" "x" {}\n');
        fs.writeFileSync(path.join(dir, 'tfrc'), `provider_installation {\n  filesystem_mirror {\n    path = "${mirror}"\n  }\n}\n`);
        dirs[name] = dir;
      }
      const tfEnv = (dir) => ({ ...process.env, TF_CLI_CONFIG_FILE: path.join(dir, 'tfrc'), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', XDG_CACHE_HOME: path.join(work, 'cache') });
      const tf = (dir, args) => {
        const r = spawnSync('terraform', args, { cwd: dir, env: tfEnv(dir), encoding: 'utf8' });
        if (r.error || r.status !== 0) throw new Error(`terraform ${args[0]} failed: ${r.error ? r.error.message : r.stderr}`);
      };
      for (const dir of Object.values(dirs)) {
        tf(dir, ['init', '-input=false']);
        tf(dir, ['validate']);
      }
      for (let i = 0; i < runs; i++) {
        validate.script.push(timed(() => tf(dirs.script, ['validate'])));
        validate.standalone.push(timed(() => tf(dirs.standalone, ['validate'])));
      }
      result.validate = { script: stats(validate.script), standalone: stats(validate.standalone), ratio: median(validate.standalone) / median(validate.script) };
      log('terraform validate measured');
    }
    return result;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function format(r) {
  const ms = (s) => `median ${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`;
  const lines = [
    `node ${process.version}, ${os.cpus().length} CPUs`,
    `spawn -> handshake line (AutoMTLS)`,
    `  script launcher (sh + node + bundles): ${ms(r.startup.script)}`,
    `  standalone executable:                 ${ms(r.startup.standalone)}`,
    `  ratio standalone / script:             ${r.startup.ratio.toFixed(2)}x`,
    `package h1 (Terraform hashes it before every command)`,
    `  script launcher: ${(r.h1.scriptBytes / 1e6).toFixed(1)} MB, ${ms(r.h1.script)}`,
    `  standalone:      ${(r.h1.standaloneBytes / 1e6).toFixed(1)} MB, ${ms(r.h1.standalone)}`,
  ];
  if (r.validate) {
    lines.push(
      `terraform validate (one provider start)`,
      `  script launcher: ${ms(r.validate.script)}`,
      `  standalone:      ${ms(r.validate.standalone)}`,
      `  ratio standalone / script: ${r.validate.ratio.toFixed(2)}x`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  measureStandalone({ runs: Number(process.argv[2] || process.env.BENCH_RUNS || 11), log: (l) => process.stderr.write(`${l}\n`) }).then(
    (r) => process.stdout.write(format(r)),
    (e) => {
      process.stderr.write(`bench failed: ${e.message}\n`);
      process.exit(1);
    },
  );
}
module.exports = { measureStandalone, format };
