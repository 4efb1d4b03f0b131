/**
 * `npm run demo`: the platform example, end to end, against the local
 * emulator, with real Terraform and nothing from the network.
 *
 * scripts/demo.js checks for Terraform, builds (step 1), then calls `cli()`
 * here for the rest: start the emulator, synth, install the provider into a
 * temp filesystem mirror, init + apply, check that a second plan is clean,
 * print a summary per vendor, destroy (unless --keep). test/platform runs
 * the same `runDemo()` with hooks between the steps.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { installProvider, packageRoot } from '../src/cli';
import type { RunningEmulator } from '../src/emulator/server';
import { roleTokensOf, tokenOf } from '../src/emulator/types';
import { startDefaultEmulator } from '../src/emulate';
import { requireMirror } from '../src/plugin-mirrors';
import { readEmulator, platformConfig } from '../examples/platform/config';
import { synthPlatform } from '../examples/platform/main';
import { PLATFORM_STACK } from '../examples/platform/platform-stack';

export const AWS_PROVIDER = { source: 'hashicorp/aws', version: '5.100.0' } as const;
/** Steps of the whole demo; step 1 (build) runs in scripts/demo.js before this module exists. */
export const TOTAL_STEPS = 9;

export const TERRAFORM_MISSING =
  'Terraform was not found on PATH: install Terraform 1.11 or later (https://developer.hashicorp.com/terraform/install) and run the demo again.';

/** `terraform version`, or an Error with one clear sentence when Terraform is missing or unusable. */
export function terraformVersion(env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: { ...env, CHECKPOINT_DISABLE: '1' }, timeout: 60_000 });
  if (r.error || r.status !== 0) {
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(TERRAFORM_MISSING);
    throw new Error(`"terraform version" failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr.trim()}`);
  }
  const version = (JSON.parse(r.stdout) as { terraform_version?: string }).terraform_version ?? 'unknown';
  const [major, minor] = version.split('.').map(Number);
  if (!(major! > 1 || (major === 1 && minor! >= 11))) throw new Error(`Terraform ${version} is too old: the demo needs Terraform 1.11 or later.`);
  return version;
}

// ---------------------------------------------------------------------------
// Terraform runs

export interface TfRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Parsed `-json` lines. */
  readonly lines: readonly Record<string, unknown>[];
}

interface Diagnostic {
  readonly severity?: string;
  readonly summary?: string;
  readonly detail?: string;
  readonly address?: string;
}

/** Terraform's errors in a readable form: diagnostics from -json lines, else the raw stderr. */
export function terraformErrors(run: TfRun): string {
  const diags = run.lines
    .filter((l) => l.type === 'diagnostic' && (l.diagnostic as Diagnostic | undefined)?.severity === 'error')
    .map((l) => l.diagnostic as Diagnostic)
    .map((d) => `  Error: ${d.summary ?? ''}${d.address ? ` (${d.address})` : ''}${d.detail ? `\n    ${d.detail.split('\n').join('\n    ')}` : ''}`);
  const text = diags.length > 0 ? diags.join('\n') : '';
  const rest = `${run.stderr.trim()}${run.lines.length === 0 ? `\n${run.stdout.trim()}` : ''}`.trim();
  return [text, rest].filter(Boolean).join('\n') || `(terraform exited ${run.code} without a message)`;
}

export class TerraformError extends Error {}

// ---------------------------------------------------------------------------

export interface VendorSummary {
  readonly vendor: string;
  readonly integration: string;
  readonly state: string;
  /** IAM role ARN or access key id: never a secret. */
  readonly credential: string;
}

export interface DemoContext {
  readonly emulator: RunningEmulator;
  /** The temp folder holding the plugin mirror, CLI config and synthesized stack. */
  readonly workdir: string;
  /** Where terraform runs: the synthesized stack's folder. */
  readonly stackDir: string;
  readonly cliConfigFile: string;
  /** Runs terraform in stackDir with the demo's environment. */
  terraform(args: readonly string[], onLine?: (line: Record<string, unknown>) => void): Promise<TfRun>;
  /** `terraform output -json`, values only. */
  outputs(): Promise<Record<string, unknown>>;
}

export interface DemoOptions {
  /** Keep the workdir and the emulator's data (in the workdir) instead of destroying. */
  readonly keep?: boolean;
  /** Progress lines. Default: stdout. */
  readonly out?: (line: string) => void;
  /** The provider bundle to install. Default: dist/provider. */
  readonly providerBundle?: string;
  /** Where the temp workdir is made. Default: the OS temp dir. */
  readonly tmpRoot?: string;
  /** Runs between steps (tests look at the emulator there). */
  readonly hooks?: {
    readonly afterApply?: (ctx: DemoContext) => Promise<void>;
    readonly afterDestroy?: (ctx: DemoContext) => Promise<void>;
  };
  /** Step numbers start here (scripts/demo.js ran the build as step 1). */
  readonly firstStep?: number;
  /** Stops before the next step (Ctrl-C); cleanup still runs. */
  readonly signal?: AbortSignal;
}

export interface DemoResult {
  readonly summary: readonly VendorSummary[];
  /** Seconds per step title. */
  readonly timings: Readonly<Record<string, number>>;
  /** Set when kept. */
  readonly workdir?: string;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

class Steps {
  readonly timings: Record<string, number> = {};
  private n: number;
  constructor(
    private readonly out: (line: string) => void,
    first: number,
    private readonly signal?: AbortSignal,
  ) {
    this.n = first;
  }
  async run<T>(title: string, fn: () => Promise<T>): Promise<T> {
    if (this.signal?.aborted) throw new Error('interrupted');
    const n = this.n++;
    this.out(`[${n}/${TOTAL_STEPS}] ${title}`);
    const t0 = Date.now();
    try {
      const result = await fn();
      this.timings[title] = (Date.now() - t0) / 1000;
      this.out(`      done in ${seconds(Date.now() - t0)}`);
      return result;
    } catch (err) {
      this.out(`      FAILED after ${seconds(Date.now() - t0)}`);
      throw err;
    }
  }
}

/** The environment terraform (and so both providers) runs with: only local mirrors, the emulator's tokens. */
function terraformEnv(emulator: RunningEmulator, cliConfigFile: string, socketDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // The user's own AWS, cloudbridge and terraform settings must not leak into the demo.
    if (/^(AWS_|CLOUDBRIDGE_|TF_CLI_ARGS|TF_DATA_DIR|TF_WORKSPACE|TF_PLUGIN_CACHE_DIR|TF_VAR_)/.test(k)) continue;
    env[k] = v;
  }
  const t = emulator.identities;
  return {
    ...env,
    TF_CLI_CONFIG_FILE: cliConfigFile,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    PLUGIN_UNIX_SOCKET_DIR: socketDir,
    // Secrets go to the providers through the environment, never into cdk.tf.json.
    CLOUDBRIDGE_P0_API_TOKEN: tokenOf(t, 'p0'),
    CLOUDBRIDGE_CLOUDFLARE_API_TOKEN: tokenOf(t, 'cloudflare'),
    CLOUDBRIDGE_NORTHFLANK_API_TOKEN: tokenOf(t, 'northflank'),
    CLOUDBRIDGE_AVISI_API_TOKEN: tokenOf(t, 'avisi'),
    CLOUDBRIDGE_QTANGL_API_KEY: roleTokensOf(t, 'qtangl')['operator'] ?? '',
  };
}

function runTerraform(cwd: string, env: NodeJS.ProcessEnv, args: readonly string[], onLine?: (line: Record<string, unknown>) => void, timeoutMs = 600_000): Promise<TfRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('terraform', [...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    const lines: Record<string, unknown>[] = [];
    const take = (line: string): void => {
      if (!line.startsWith('{')) return;
      try {
        const obj = JSON.parse(line) as Record<string, unknown>;
        lines.push(obj);
        onLine?.(obj);
      } catch {
        /* not a JSON line */
      }
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      pending += d;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      parts.forEach(take);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new TerraformError(`terraform ${args[0]} timed out after ${seconds(timeoutMs)}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject((err as NodeJS.ErrnoException).code === 'ENOENT' ? new Error(TERRAFORM_MISSING) : err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      take(pending);
      resolve({ code, stdout, stderr, lines });
    });
  });
}

/** Prints one line per resource Terraform finished, as -json reports them. */
function progress(out: (line: string) => void, verb: string): (line: Record<string, unknown>) => void {
  return (line) => {
    if (line.type !== 'apply_complete') return;
    const hook = line.hook as { resource?: { addr?: string }; elapsed_seconds?: number } | undefined;
    out(`      ${verb} ${hook?.resource?.addr ?? '?'} (${hook?.elapsed_seconds ?? 0}s)`);
  };
}

function expectSuccess(run: TfRun, what: string): void {
  if (run.code !== 0) throw new TerraformError(`${what} failed (exit ${run.code}):\n${terraformErrors(run)}`);
}

/** What the stack's outputs say about each vendor. */
export function vendorSummary(outputs: Record<string, unknown>): VendorSummary[] {
  type Obj = Record<string, unknown>;
  const o = (k: string): Obj => (outputs[k] ?? {}) as Obj;
  const s = (v: unknown): string => (v === undefined || v === null ? '-' : String(v));
  const rows: VendorSummary[] = [];
  for (const [key, account] of Object.entries(o('p0')) as [string, Obj][]) {
    for (const [component, c] of Object.entries((account.components ?? {}) as Record<string, Obj>)) {
      rows.push({ vendor: `P0 Security (${key.replace('_', ' ')})`, integration: `${component} ${s(account.account_id)}`, state: s(c.state), credential: c.role_arn ? s(c.role_arn) : '-' });
    }
  }
  const cf = o('cloudflare');
  rows.push({ vendor: 'Cloudflare', integration: s(cf.integration_id), state: s(cf.state), credential: s(cf.role_arn) });
  const nf = o('northflank');
  rows.push({ vendor: 'Northflank', integration: s(nf.integration_id), state: nf.integration_id ? 'created' : '-', credential: s(nf.role_arn) });
  const qt = o('qtangl');
  rows.push({ vendor: 'Qtangl', integration: s(qt.integration_id), state: s(qt.status), credential: s(qt.role_arn) });
  const av = o('avisi');
  const primary = av.credentials !== undefined && av.credentials === av.primary_credentials;
  rows.push({ vendor: 'Avisi Cloud', integration: s(av.cloud_account), state: primary ? 'primary credentials set' : 'no primary credentials', credential: `access key ${s(av.access_key_id)}` });
  return rows;
}

export function formatSummary(rows: readonly VendorSummary[]): string {
  const head: VendorSummary = { vendor: 'vendor', integration: 'integration', state: 'state', credential: 'IAM role ARN / access key' };
  const all = [head, ...rows];
  const w = (k: keyof VendorSummary) => Math.max(...all.map((r) => r[k].length));
  const line = (r: VendorSummary) => `      ${r.vendor.padEnd(w('vendor'))}  ${r.integration.padEnd(w('integration'))}  ${r.state.padEnd(w('state'))}  ${r.credential}`;
  return all.map(line).join('\n');
}

/** Writes a script that restarts the kept emulator from its data file and destroys the stack. */
function writeDestroyScript(ctx: DemoContext, dataFile: string, port: number): string {
  const file = path.join(ctx.workdir, 'destroy.sh');
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const binPath = path.join(packageRoot(), 'bin', 'cloudbridge.js');
  fs.writeFileSync(
    file,
    `#!/bin/sh
# Destroys what "npm run demo -- --keep" left: restarts the emulator from its data file on the
# same port, runs terraform destroy with the demo's CLI config, then removes this folder.
set -eu
EMULATOR_JSON=${q(path.join(ctx.workdir, 'emulator.json'))}
tok() { node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); console.log(process.argv[2].split(".").reduce((o,k)=>o[k],j))' "$EMULATOR_JSON" "$1"; }
# --ready-file: the emulator writes its JSON line to the file atomically once it listens
# (and removes a stale one at start), so the file is complete as soon as it exists.
node ${q(binPath)} emulate --port ${port} --data ${q(dataFile)} --quiet --ready-file "$EMULATOR_JSON" > /dev/null 2> ${q(path.join(ctx.workdir, 'emulator.log'))} &
EMULATOR=$!
trap 'kill $EMULATOR 2>/dev/null || true' EXIT
tries=0
until [ -f "$EMULATOR_JSON" ]; do
  tries=$((tries + 1))
  if [ "$tries" -gt 300 ] || ! kill -0 "$EMULATOR" 2>/dev/null; then
    echo "the emulator did not start; see ${ctx.workdir.replace(/"/g, '')}/emulator.log" >&2
    exit 1
  fi
  sleep 0.1
done
export CLOUDBRIDGE_P0_API_TOKEN="$(tok tokens.p0)" CLOUDBRIDGE_CLOUDFLARE_API_TOKEN="$(tok tokens.cloudflare)"
export CLOUDBRIDGE_NORTHFLANK_API_TOKEN="$(tok tokens.northflank)" CLOUDBRIDGE_AVISI_API_TOKEN="$(tok tokens.avisi)"
export CLOUDBRIDGE_QTANGL_API_KEY="$(tok tokens.qtangl.operator)"
export TF_CLI_CONFIG_FILE=${q(ctx.cliConfigFile)} TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
terraform -chdir=${q(ctx.stackDir)} destroy -auto-approve -input=false
kill $EMULATOR
rm -rf ${q(ctx.workdir)}
echo "Destroyed; removed ${ctx.workdir.replace(/"/g, '')}"
`,
    { mode: 0o755 },
  );
  return file;
}

/** The demo's steps after the build. Throws on the first failure (with terraform's error); always cleans up. */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const steps = new Steps(out, options.firstStep ?? 2, options.signal);
  const version = terraformVersion();
  const awsMirror = requireMirror(AWS_PROVIDER.source, AWS_PROVIDER.version);
  out(`      terraform ${version}; ${AWS_PROVIDER.source} ${AWS_PROVIDER.version} from ${awsMirror}`);

  const workdir = fs.mkdtempSync(path.join(options.tmpRoot ?? os.tmpdir(), 'cloudbridge-demo-'));
  const dataFile = path.join(workdir, 'emulator-data.json');
  let emulator: RunningEmulator | undefined;
  let kept = false;
  try {
    emulator = await steps.run('Start the emulator', async () => {
      const em = await startDefaultEmulator({ port: 0, ...(options.keep ? { dataFile } : {}) });
      out(`      ${em.url} (P0, Cloudflare, Northflank, Avisi, Qtangl, AWS IAM/STS)`);
      return em;
    });
    const em = emulator;

    const synth = await steps.run('Synthesize the platform example (examples/platform)', async () => {
      const config = platformConfig({}, await readEmulator(em.url));
      const r = synthPlatform(config, path.join(workdir, 'cdktf.out'));
      const doc = JSON.parse(fs.readFileSync(r.file, 'utf8')) as { resource?: Record<string, Record<string, unknown>> };
      const count = Object.values(doc.resource ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
      out(`      stack "${PLATFORM_STACK}": ${count} resources, accounts ${config.accounts.map((a) => a.accountId).join(' and ')}`);
      out(`      ${r.file}`);
      return r;
    });
    const stackDir = path.dirname(synth.file);

    const cliConfigFile = await steps.run('Install the provider into a local filesystem mirror', async () => {
      const pluginDir = path.join(workdir, 'plugins');
      // Our provider from pluginDir, hashicorp/aws from its local mirror: nothing from the network.
      const installed = installProvider({
        pluginDir,
        withProviders: [`${AWS_PROVIDER.source}@${AWS_PROVIDER.version}`],
        ...(options.providerBundle ? { bundleDir: options.providerBundle } : {}),
      });
      const file = path.join(workdir, 'terraform.rc');
      fs.writeFileSync(file, installed.cliConfig);
      out(`      ${path.relative(workdir, installed.executable)}`);
      out(`      TF_CLI_CONFIG_FILE=${file} (filesystem mirrors only)`);
      return file;
    });

    const socketDir = path.join(workdir, 'sockets');
    fs.mkdirSync(socketDir);
    const env = terraformEnv(em, cliConfigFile, socketDir);
    const ctx: DemoContext = {
      emulator: em,
      workdir,
      stackDir,
      cliConfigFile,
      terraform: (args, onLine) => runTerraform(stackDir, env, args, onLine),
      outputs: async () => {
        const r = await runTerraform(stackDir, env, ['output', '-json', '-no-color']);
        expectSuccess(r, 'terraform output');
        const doc = JSON.parse(r.stdout) as Record<string, { value: unknown }>;
        return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, v.value]));
      },
    };

    await steps.run('terraform init', async () => {
      const r = await ctx.terraform(['init', '-input=false', '-no-color']);
      expectSuccess(r, 'terraform init');
    });

    await steps.run('terraform apply', async () => {
      const r = await ctx.terraform(['apply', '-auto-approve', '-input=false', '-json'], progress(out, 'created'));
      expectSuccess(r, 'terraform apply');
    });

    await steps.run('A second plan is clean (terraform plan -detailed-exitcode)', async () => {
      const r = await ctx.terraform(['plan', '-detailed-exitcode', '-input=false', '-json']);
      if (r.code === 0) {
        out('      no changes');
        return;
      }
      if (r.code === 2) {
        const changes = r.lines
          .filter((l) => l.type === 'planned_change' || l.type === 'resource_drift' || l.type === 'outputs')
          .map((l) => `  ${String(l['@message'] ?? JSON.stringify(l))}`);
        throw new TerraformError(`the second plan is not clean:\n${changes.join('\n')}`);
      }
      expectSuccess(r, 'terraform plan');
    });

    const summary = await steps.run('Summary per vendor', async () => {
      const rows = vendorSummary(await ctx.outputs());
      out(formatSummary(rows));
      return rows;
    });
    await options.hooks?.afterApply?.(ctx);

    if (options.keep) {
      await steps.run('Keep (--keep): nothing destroyed', async () => {
        const port = Number(new URL(em.url).port);
        const script = writeDestroyScript(ctx, dataFile, port);
        out(`      workdir: ${workdir}`);
        out(`      stack:   ${stackDir}`);
        out(`      The emulator's state is kept in ${dataFile}. To destroy everything later, run:`);
        out(`        sh ${script}`);
      });
      kept = true;
      return { summary, timings: steps.timings, workdir };
    }

    await steps.run('terraform destroy', async () => {
      // The clean plan of step 7 refreshed every resource just now: no need to read them all again.
      const r = await ctx.terraform(['destroy', '-auto-approve', '-input=false', '-refresh=false', '-json'], progress(out, 'destroyed'));
      expectSuccess(r, 'terraform destroy');
    });
    await options.hooks?.afterDestroy?.(ctx);
    return { summary, timings: steps.timings };
  } finally {
    await emulator?.close();
    if (!kept) fs.rmSync(workdir, { recursive: true, force: true });
  }
}

/** Entry from scripts/demo.js. Returns the exit code. */
export async function cli(argv: readonly string[], startedAt = Date.now()): Promise<number> {
  const unknown = argv.filter((a) => a !== '--keep');
  if (unknown.length > 0) {
    process.stderr.write(`demo: unknown option ${unknown.join(' ')} (the only option is --keep)\n`);
    return 2;
  }
  // Ctrl-C reaches terraform too (same process group); we stop after it and clean up.
  const interrupt = new AbortController();
  const onSigint = (): void => {
    process.stderr.write('\ninterrupted: stopping, then removing the emulator and temp files\n');
    interrupt.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    await runDemo({ keep: argv.includes('--keep'), signal: interrupt.signal });
    process.stdout.write(`\nDemo finished in ${seconds(Date.now() - startedAt)}.\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`\ndemo failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
