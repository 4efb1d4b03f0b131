// The provider process as Terraform drives it, timed from outside, next to a bare `node -e ''`:
//  - spawn -> handshake line (AutoMTLS on);
//  - spawn -> GetProviderSchema answered (a command's first provider process);
//  - spawn -> ValidateResourceConfig answered (the next processes skip the schema:
//    the provider announces GetProviderSchemaOptional);
//  - spawn -> the calls of a plan's last process for one resource (ValidateProviderConfig,
//    ConfigureProvider, ValidateResourceConfig, PlanResourceChange) answered;
//  - and after each, GRPCController.Shutdown -> exit, and the process's peak RSS (VmHWM).
// Every figure is the median of fresh processes, interleaved with bare node spawns.
'use strict';
const { Buffer } = require('node:buffer');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { median, root } = require('./terraform');

const COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
const now = () => Number(process.hrtime.bigint()) / 1e6;

function tools(env) {
  const grpc = require(path.join(root, 'node_modules', '@grpc', 'grpc-js'));
  const { tfplugin6, plugin } = require(path.join(root, 'dist', 'src', 'protocol', 'generated', 'proto.js'));
  const { encode } = require(path.join(root, 'node_modules', '@msgpack', 'msgpack'));
  const { selfSignedCert } = require(path.join(root, 'dist', 'src', 'protocol', 'x509.js'));
  return { grpc, tfplugin6, plugin, encode, cert: selfSignedCert(), env };
}

function pemFromDer(der) {
  return `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`.replace(/\n\n/g, '\n');
}

/** A bare `node -e ''`, spawn to exit, in the environment the provider gets. */
function bareNode(env) {
  return new Promise((resolve, reject) => {
    const t0 = now();
    const child = spawn(process.execPath, ['-e', ''], { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(now() - t0));
  });
}

/** Peak resident set of a live process, in MiB (Linux). */
function peakRssMiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * One provider process: spawn, handshake, the `calls` in order, Shutdown.
 * Returns ms from spawn to the handshake, to each call's answer, and Shutdown -> exit.
 */
function session(t, entry, calls, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const env = { ...t.env, TF_PLUGIN_MAGIC_COOKIE: COOKIE, PLUGIN_PROTOCOL_VERSIONS: '6', PLUGIN_CLIENT_CERT: t.cert.certPem, ...extraEnv };
    const t0 = now();
    const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let done = false;
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    const exited = new Promise((r) => child.on('exit', () => r(now())));
    child.on('exit', (code) => {
      if (!done) reject(new Error(`provider exited (${code}) early: ${err.slice(-2000)}`));
    });
    child.stdout.on('data', async (d) => {
      out += d;
      if (done || !out.includes('\n')) return;
      done = true;
      const handshake = now() - t0;
      try {
        const f = out.split('\n')[0].split('|');
        const der = Buffer.from(f[5], 'base64');
        const creds = t.grpc.credentials.createSsl(Buffer.from(pemFromDer(der)), Buffer.from(t.cert.keyPem), Buffer.from(t.cert.certPem));
        const c = new t.grpc.Client(`unix://${f[3]}`, creds, { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost', 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
        const answered = [];
        for (const call of calls) {
          await unary(t, c, call);
          answered.push(now() - t0);
        }
        const rss = peakRssMiB(child.pid);
        const s0 = now();
        await unary(t, c, { method: '/plugin.GRPCController/Shutdown', req: t.plugin.Empty, res: t.plugin.Empty, msg: {} }).catch(() => undefined);
        const end = await exited;
        c.close();
        resolve({ handshake, answered, shutdown: end - s0, rss });
      } catch (e) {
        child.kill('SIGKILL');
        reject(e);
      }
    });
  });
}

function unary(t, c, { method, req, res, msg }) {
  return new Promise((resolve, reject) => {
    c.makeUnaryRequest(method, (m) => Buffer.from(req.encode(m).finish()), (b) => res.decode(b), msg, new t.grpc.Metadata(), { deadline: Date.now() + 20000 }, (e, v) => {
      if (e) return reject(e);
      const diags = (v && v.diagnostics) || [];
      const bad = diags.find((d) => d.severity === 1);
      if (bad) return reject(new Error(`${method}: ${bad.summary}: ${bad.detail}`));
      resolve(v);
    });
  });
}

const P = (t, name, msg) => ({ method: `/tfplugin6.Provider/${name}`, req: t.tfplugin6[name].Request, res: t.tfplugin6[name].Response, msg });

/** The attributes of `type`'s block, all null: a configuration that sets nothing. */
function emptyConfig(t, block) {
  const o = {};
  for (const a of block.attributes || []) o[a.name] = null;
  for (const b of block.blockTypes || []) o[b.typeName] = null;
  return { msgpack: t.encode(o) };
}

/**
 * @param {{ runs: number, env: object, bundleDir?: string, type?: string, log: (s: string) => void }} o
 *   env: what Terraform would pass on (the bench's terraform environment).
 */
async function measureStartup(o) {
  const t = tools(o.env);
  const entry = path.join(o.bundleDir || path.join(root, 'dist', 'provider'), 'plugin-main.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build" first`);
  const type = o.type || 'cloudbridge_external_id';
  const schema = P(t, 'GetProviderSchema', {});
  // The shapes to send, from the provider's own schema (one process, not timed).
  const schemaResponse = await schemaOf(t, entry);
  const block = schemaResponse.resourceSchemas[type].block;
  const providerBlock = schemaResponse.provider.block;
  const config = emptyConfig(t, block);
  const providerConfig = emptyConfig(t, providerBlock);
  const validate = P(t, 'ValidateResourceConfig', { typeName: type, config });
  const planCalls = [
    P(t, 'ValidateProviderConfig', { config: providerConfig }),
    P(t, 'ConfigureProvider', { terraformVersion: '1.11.4', config: providerConfig }),
    P(t, 'ValidateResourceConfig', { typeName: type, config }),
    P(t, 'PlanResourceChange', { typeName: type, priorState: { msgpack: t.encode(null) }, proposedNewState: config, config, priorPrivate: new Uint8Array() }),
  ];
  // The code cache's worth: the same calls with it turned off (CLOUDBRIDGE_NO_CODE_CACHE).
  const noCache = { CLOUDBRIDGE_NO_CODE_CACHE: '1' };
  const scenarios = { schema: [[schema]], validate: [[validate]], plan: [planCalls], schemaNoCache: [[schema], noCache], planNoCache: [planCalls, noCache] };
  const out = { bare: [], handshake: [], schema: [], validate: [], plan: [], schemaNoCache: [], planNoCache: [], shutdown: [], rss: [] };
  // Warm the file cache.
  await session(t, entry, [schema]);
  await bareNode(o.env);
  for (let i = 0; i < o.runs; i++) {
    for (const [name, [calls, extraEnv]] of Object.entries(scenarios)) {
      const r = await session(t, entry, calls, extraEnv);
      out[name].push(r.answered[r.answered.length - 1]);
      if (!extraEnv) {
        out.handshake.push(r.handshake);
        out.shutdown.push(r.shutdown);
        if (r.rss !== null) out.rss.push(r.rss);
      }
      out.bare.push(await bareNode(o.env));
    }
  }
  const med = (k) => median(out[k]);
  return {
    runs: o.runs,
    type,
    bare: med('bare'),
    handshake: med('handshake'),
    schema: med('schema'),
    validate: med('validate'),
    plan: med('plan'),
    schemaNoCache: med('schemaNoCache'),
    planNoCache: med('planNoCache'),
    shutdown: med('shutdown'),
    rssMiB: Math.max(...out.rss),
    raw: out,
  };
}

async function schemaOf(t, entry) {
  let response;
  const call = P(t, 'GetProviderSchema', {});
  const capture = { ...call, res: { decode: (b) => (response = call.res.decode(b)) } };
  await session(t, entry, [capture]);
  return response;
}

module.exports = { measureStartup, bareNode };
