/**
 * Acceptance harness: real `terraform` against our provider, installed with
 * `cloudbridge install` into a cached plugin dir, plus the hashicorp/aws
 * 5.100.0 filesystem mirror found by src/plugin-mirrors. Nothing comes from
 * the network. Missing terraform or a missing aws mirror fails loudly.
 *
 *   const ws = await Workspace.create({ files: { 'main.tf': hcl }, env: { CLOUDBRIDGE_P0_BASE_URL: url } });
 *   await ws.init(); const r = await ws.tf(['apply', '-auto-approve', '-json']);
 *   expect(r.code).toBe(0); r.diagnostics; r.json; ws.state(); await ws.cleanup();
 *
 * Test-only types (test/support/test-vendor.ts) come with `testTypes: true`: a second
 * provider build whose composition root is test/support/test-provider.ts.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { installProvider } from '../../src/cli';
import { requireMirror } from '../../src/plugin-mirrors';

export const ROOT = path.resolve(__dirname, '..', '..');
export const AWS_PROVIDER = { source: 'hashicorp/aws', version: '5.100.0' } as const;

export interface JsonLine {
  readonly '@level'?: string;
  readonly '@message'?: string;
  readonly type?: string;
  readonly diagnostic?: TfDiagnostic;
  readonly [key: string]: unknown;
}

export interface TfDiagnostic {
  readonly severity: string;
  readonly summary: string;
  readonly detail?: string;
  readonly address?: string;
  /** `validate -json` only: where the problem is in the configuration. */
  readonly range?: { filename: string; start: { line: number; column: number } };
  readonly snippet?: { context?: string; code?: string };
}

export interface TfResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Parsed JSON lines of stdout (for `-json` commands that stream). */
  readonly json: JsonLine[];
  /** Diagnostics from `-json` output (streamed lines or validate's single document). */
  readonly diagnostics: TfDiagnostic[];
}

interface Installed {
  readonly pluginDir: string;
  readonly cliConfigFile: string;
  /** Where this build's installs live (one folder per composition root). */
  readonly dir: string;
}

/** The composition root of the provider with the test types (`testTypes: true`). */
export const TEST_TYPES_ROOT = path.join(ROOT, 'test', 'support', 'test-provider.ts');
const rootInstalls = new Map<string, string>();

let installed: Installed | undefined;

function terraformVersion(): string {
  try {
    return execFileSync('terraform', ['version', '-json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  } catch {
    throw new Error('terraform is not on PATH: the acceptance tests need Terraform 1.11+ (https://developer.hashicorp.com/terraform/install).');
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function hashDir(dir: string, h: crypto.Hash): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }).sort((a, b) => (a.parentPath + a.name).localeCompare(b.parentPath + b.name))) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    h.update(path.relative(dir, file)).update(fs.readFileSync(file));
  }
}

/** Runs fn while holding a cross-process lock (jest workers share the cache). */
function withLock<T>(lockDir: string, fn: () => T): T {
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockDir}`);
      const stale = (() => {
        try {
          return Date.now() - fs.statSync(lockDir).mtimeMs > 600_000;
        } catch {
          return false;
        }
      })();
      if (stale) fs.rmSync(lockDir, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Builds (if dist/provider is missing or older than src/), installs the
 * provider once per build into a temp plugin dir, and writes the CLI config.
 */
export function ensureInstalled(): Installed {
  if (installed) return installed;
  terraformVersion();
  const awsMirror = requireMirror(AWS_PROVIDER.source, AWS_PROVIDER.version);
  const cacheRoot = path.join(os.tmpdir(), 'cloudbridge-acceptance');
  fs.mkdirSync(cacheRoot, { recursive: true });
  installed = withLock(path.join(cacheRoot, 'lock'), () => {
    const bundleDir = path.join(ROOT, 'dist', 'provider');
    if (!fs.existsSync(bundleDir) || newestMtime(bundleDir) < newestMtime(path.join(ROOT, 'src'))) {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const h = crypto.createHash('sha256');
    hashDir(bundleDir, h);
    h.update(awsMirror);
    const dir = path.join(cacheRoot, h.digest('hex').slice(0, 16));
    const pluginDir = path.join(dir, 'plugins');
    const cliConfigFile = path.join(dir, 'terraform.rc');
    if (!fs.existsSync(path.join(dir, 'ready'))) {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(cliConfigFile, installProvider({ pluginDir, bundleDir, withProviders: [`${AWS_PROVIDER.source}@${AWS_PROVIDER.version}`], env: process.env }).cliConfig);
      fs.writeFileSync(path.join(dir, 'ready'), '');
    }
    return { pluginDir, cliConfigFile, dir };
  });
  return installed;
}

/**
 * The provider built with another composition root (a test-only one: the test
 * types, or a toy vendor), installed into its own plugin dir: its CLI config.
 * The same build as the real provider, with `root` as its `provider.js` entry.
 */
export function ensureInstalledWith(root: string): string {
  const known = rootInstalls.get(root);
  if (known) return known;
  const base = ensureInstalled();
  const h = crypto.createHash('sha256').update(root);
  hashDir(path.dirname(root), h);
  const dir = path.join(base.dir, `root-${h.digest('hex').slice(0, 12)}`);
  const cliConfigFile = path.join(dir, 'terraform.rc');
  withLock(path.join(base.dir, 'lock-roots'), () => {
    if (fs.existsSync(path.join(dir, 'ready'))) return;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const bundleDir = path.join(dir, 'bundle');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js'), '--provider-out', bundleDir, '--provider-entry', root], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    fs.writeFileSync(cliConfigFile, installProvider({ pluginDir: path.join(dir, 'plugins'), bundleDir, withProviders: [`${AWS_PROVIDER.source}@${AWS_PROVIDER.version}`], env: process.env }).cliConfig);
    fs.writeFileSync(path.join(dir, 'ready'), '');
  });
  rootInstalls.set(root, cliConfigFile);
  return cliConfigFile;
}

export interface WorkspaceOptions {
  /** Files to write into the workdir, e.g. `{ 'main.tf': hcl }`. */
  readonly files?: Readonly<Record<string, string>>;
  /** Extra environment for terraform (and so the provider): endpoints, tokens, TF_LOG... */
  readonly env?: Readonly<Record<string, string>>;
  /** Load the test-only types (cloudbridge_test_*): the provider built with TEST_TYPES_ROOT. */
  readonly testTypes?: boolean;
  /** The provider built with this composition root instead of the shipped one (a test-only root). */
  readonly compositionRoot?: string;
  /** false sets TF_DISABLE_PLUGIN_TLS=1 (plaintext gRPC); default AutoMTLS. */
  readonly tls?: boolean;
}

export class Workspace {
  private constructor(
    readonly dir: string,
    readonly env: NodeJS.ProcessEnv,
    /** Unix sockets of the provider live here (PLUGIN_UNIX_SOCKET_DIR), so tests can check they are gone. */
    readonly socketDir: string,
    /** The fake API's file for the test types. */
    readonly remoteFile: string,
  ) {}

  static async create(options: WorkspaceOptions = {}): Promise<Workspace> {
    const inst = ensureInstalled();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-ws-'));
    const socketDir = path.join(dir, '.sockets');
    fs.mkdirSync(socketDir);
    const remoteFile = path.join(dir, 'remote.json');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TF_CLI_CONFIG_FILE: options.testTypes || options.compositionRoot ? ensureInstalledWith(options.compositionRoot ?? TEST_TYPES_ROOT) : inst.cliConfigFile,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      PLUGIN_UNIX_SOCKET_DIR: socketDir,
      TF_PLUGIN_CACHE_DIR: '',
      ...(options.testTypes ? { CLOUDBRIDGE_TEST_STATE_FILE: remoteFile } : {}),
      ...(options.tls === false ? { TF_DISABLE_PLUGIN_TLS: '1' } : {}),
      ...options.env,
    };
    delete env.TF_PLUGIN_CACHE_DIR;
    const ws = new Workspace(dir, env, socketDir, remoteFile);
    for (const [name, content] of Object.entries(options.files ?? {})) ws.write(name, content);
    return ws;
  }

  write(name: string, content: string): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, name)), { recursive: true });
    fs.writeFileSync(path.join(this.dir, name), content);
  }

  /** Starts terraform without waiting (for signal tests). */
  spawn(args: readonly string[], env: Readonly<Record<string, string>> = {}): ChildProcess {
    return spawn('terraform', [...args], { cwd: this.dir, env: { ...this.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Runs terraform to completion and parses its output. */
  tf(args: readonly string[], env: Readonly<Record<string, string>> = {}, timeoutMs = 300_000): Promise<TfResult> {
    return collect(this.spawn(args, env), timeoutMs);
  }

  async init(): Promise<TfResult> {
    const r = await this.tf(['init', '-input=false', '-no-color']);
    if (r.code !== 0) throw new Error(`terraform init failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
    return r;
  }

  /** `terraform show -json` of the current state. */
  async show(): Promise<Record<string, unknown>> {
    const r = await this.tf(['show', '-json', '-no-color']);
    if (r.code !== 0) throw new Error(`terraform show failed:\n${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  }

  /** The raw terraform.tfstate text ('' when none). */
  stateFile(): string {
    const f = path.join(this.dir, 'terraform.tfstate');
    return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '';
  }

  async cleanup(): Promise<void> {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function collect(child: ChildProcess, timeoutMs: number): Promise<TfResult> {
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`terraform timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve(parseResult(code, signal, stdout, stderr));
    });
  });
}

/** Fails with terraform's output unless it exited 0. */
export function expectOk(r: TfResult): void {
  if (r.code !== 0) throw new Error(`terraform exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
}

/**
 * The action per managed resource address in a `-json` plan or apply run's `planned_change`
 * lines: no-ops and data source reads are left out; an import shows as `import` or
 * `import+<action>`.
 */
export function plannedActionsOf(r: TfResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of r.json) {
    if (line.type !== 'planned_change') continue;
    const change = line['change'] as { resource: { addr: string }; action: string; importing?: unknown };
    // Data sources that depend on a pending change are read again at apply: not a resource change.
    if (change.resource.addr.startsWith('data.')) continue;
    if (change.importing) out[change.resource.addr] = change.action === 'import' ? 'import' : `import+${change.action}`;
    else if (change.action !== 'noop') out[change.resource.addr] = change.action;
  }
  return out;
}

/** Plans into `tfplan` (one terraform run, `plan -json`) and returns plannedActionsOf it. Apply it with applySaved. */
export async function plannedActions(ws: Workspace, extraArgs: readonly string[] = []): Promise<Record<string, string>> {
  const r = await ws.tf(['plan', '-json', '-input=false', '-out=tfplan', ...extraArgs]);
  expectOk(r);
  return plannedActionsOf(r);
}

/** Applies the plan that plannedActions saved. */
export async function applySaved(ws: Workspace): Promise<TfResult> {
  const r = await ws.tf(['apply', '-input=false', '-no-color', 'tfplan']);
  expectOk(r);
  return r;
}

/** A managed resource's attributes straight from terraform.tfstate (no terraform run). */
export function stateAttributes(ws: Workspace, address: string): Record<string, unknown> | undefined {
  const text = ws.stateFile();
  if (!text) return undefined;
  const state = JSON.parse(text) as { resources: { mode: string; type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[] };
  return state.resources.find((r) => r.mode === 'managed' && `${r.type}.${r.name}` === address)?.instances[0]?.attributes;
}

export function parseResult(code: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string): TfResult {
  const json: JsonLine[] = [];
  const diagnostics: TfDiagnostic[] = [];
  const trimmed = stdout.trim();
  // `validate -json` prints one document; plan/apply -json stream one object per line.
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    try {
      const doc = JSON.parse(trimmed) as { diagnostics?: TfDiagnostic[] } & JsonLine;
      json.push(doc);
      if (Array.isArray(doc.diagnostics)) diagnostics.push(...doc.diagnostics);
      if (doc.diagnostic) diagnostics.push(doc.diagnostic);
    } catch {
      /* not JSON */
    }
  } else {
    for (const line of stdout.split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        const obj = JSON.parse(line) as JsonLine;
        json.push(obj);
        if (obj.type === 'diagnostic' && obj.diagnostic) diagnostics.push(obj.diagnostic);
      } catch {
        /* not JSON */
      }
    }
  }
  return { code, signal, stdout, stderr, json, diagnostics };
}

/** PIDs of live processes whose command line mentions `needle`. Linux /proc only. */
export function processesMentioning(needle: string): number[] {
  const out: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle)) out.push(Number(pid));
    } catch {
      /* gone */
    }
  }
  return out;
}
