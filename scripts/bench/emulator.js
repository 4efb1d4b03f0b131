// `cloudbridge emulate` for the benchmark: started as its own process (as a user would run it),
// read through its ready file, driven through its admin routes.
'use strict';
/* global fetch */
const { spawn } = require('node:child_process');
const { setTimeout } = require('node:timers');
const fs = require('node:fs');
const path = require('node:path');
const { root } = require('./terraform');

async function startEmulator(work) {
  const ready = path.join(work, 'emulator.json');
  fs.rmSync(ready, { force: true });
  const child = spawn(process.execPath, [path.join(root, 'bin', 'cloudbridge.js'), 'emulate', '--port', '0', '--quiet', '--ready-file', ready], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const t0 = Date.now();
  while (!fs.existsSync(ready)) {
    if (child.exitCode !== null) throw new Error(`the emulator exited (${child.exitCode}): ${err}`);
    if (Date.now() - t0 > 30000) throw new Error(`the emulator did not start in 30 s: ${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const info = JSON.parse(fs.readFileSync(ready, 'utf8'));
  const admin = async (method, route, body) => {
    const res = await fetch(`${info.url}/_emulator/${route}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
    if (!res.ok) throw new Error(`emulator ${method} ${route}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  return {
    info,
    admin,
    /** Requests per vendor since the last reset of the counts. */
    counts: () => admin('GET', 'requests'),
    resetCounts: () => admin('DELETE', 'requests'),
    reset: () => admin('POST', 'reset'),
    /** The rate limits in force and the 429s each API answered. */
    limits: () => admin('GET', 'limits'),
    setLimit: (vendor, requests, windowMs) => admin('POST', 'limits', requests === null ? { vendor, requests: null } : { vendor, requests, windowMs }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The environment that points the cloudbridge provider and hashicorp/aws at the emulator. */
function emulatorEnv(info, awsAccountId = '123456789012') {
  const e = info.endpoints;
  const t = info.tokens;
  return {
    CLOUDBRIDGE_P0_BASE_URL: e.p0,
    CLOUDBRIDGE_P0_API_TOKEN: t.p0,
    CLOUDBRIDGE_P0_ORG_ID: info.ids.p0_org,
    CLOUDBRIDGE_CLOUDFLARE_BASE_URL: e.cloudflare,
    CLOUDBRIDGE_CLOUDFLARE_API_TOKEN: t.cloudflare,
    CLOUDBRIDGE_CLOUDFLARE_ACCOUNT_ID: info.ids.cloudflare_account,
    CLOUDBRIDGE_NORTHFLANK_BASE_URL: e.northflank,
    CLOUDBRIDGE_NORTHFLANK_API_TOKEN: t.northflank,
    CLOUDBRIDGE_AVISI_BASE_URL: e.avisi,
    CLOUDBRIDGE_AVISI_API_TOKEN: t.avisi,
    CLOUDBRIDGE_AVISI_ORGANISATION: info.ids.avisi_organisation,
    CLOUDBRIDGE_QTANGL_BASE_URL: e.qtangl,
    CLOUDBRIDGE_QTANGL_API_KEY: t.qtangl.admin,
    AWS_ENDPOINT_URL_IAM: e.aws,
    AWS_ENDPOINT_URL_STS: e.aws,
    AWS_ACCESS_KEY_ID: awsAccountId,
    AWS_SECRET_ACCESS_KEY: 'emulated-secret-access-key',
    AWS_REGION: 'us-east-1',
  };
}

/** Requests of one vendor in a counts document: total, and per route. */
function vendorCalls(counts, vendor) {
  const routes = counts[vendor] || {};
  return { total: Object.values(routes).reduce((a, b) => a + b, 0), routes };
}

module.exports = { startEmulator, emulatorEnv, vendorCalls };
