/**
 * What the reliability suites share: two terraform workspaces ("A", the owner,
 * and "B", another team's state) against one emulator per file, the vendor's
 * remote objects read straight from the emulator, faults, kill -9 and SIGINT of
 * terraform, the provider processes left behind, and the observations that
 * become docs/reliability.md (report.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Workspace, ensureInstalled, parseResult, plannedActionsOf, type TfDiagnostic, type TfResult } from '../acceptance/harness';
import { emulatorEnv, type TestEmulator } from '../support/emulator';
import type { FaultSpec } from '../../src/emulator/faults';

export type Vendor = 'p0' | 'cloudflare' | 'northflank' | 'avisi' | 'qtangl';

/** One object of the vendor's, as the emulator holds it. */
export interface RemoteObject {
  /** Its identity at the vendor (id, provider, item id). */
  readonly key: string;
  /** The name (or account, or provider) that another state could also configure. */
  readonly name: string;
  /** The whole record, to show that it was not touched. */
  readonly record: unknown;
}

export interface Route {
  readonly method: string;
  /** A route pattern of the emulator (below the vendor's endpoint). */
  readonly path: string;
}

/** One Terraform resource of a scenario's configuration, and the remote object it leaves. */
export interface PlannedResource {
  readonly address: string;
  /** The RemoteObject.name of its object. */
  readonly objectName: string;
}

/** What a suite needs to know of one vendor. */
export interface VendorProfile {
  readonly vendor: Vendor;
  /** `Northflank`. */
  readonly title: string;
  /** Three names (or accounts, or providers) for new objects, and a fourth that only B configures. */
  readonly names: readonly [string, string, string, string];
  /** The HCL (resources only) for objects with these names; `label` sets a label or description where the resource has one. */
  hcl(names: readonly string[], options?: { readonly allowDuplicates?: boolean; readonly label?: string }): string;
  /** The resources the configuration of one name has; the first is the one the create route makes. */
  resources(name: string): readonly PlannedResource[];
  /** The route that creates the first resource's object (faults are armed on it). */
  readonly create: Route;
  /** The route a create's preflight reads. */
  readonly read: Route;
  /** The route a refresh reads. */
  readonly refresh: Route;
  /** The vendor's objects in the emulator (what a duplicate would show up in). */
  objects(em: TestEmulator): RemoteObject[];
  /** How an ownership error names the object (a part of its summary). */
  describedAs(o: RemoteObject): string;
  /** The resource's import id of the object. */
  importId(o: RemoteObject): string;
  /** Destroy only forgets the object (Qtangl has no delete). */
  readonly keepsDestroyed?: boolean;
  /**
   * How the create call behaves when its answer is lost:
   * - `repeat`: the call is keyed by the caller and repeating it has the same effect (PUT, upsert): the HTTP client repeats it;
   * - `retry`: a POST whose identity is unique (an id the caller chooses): after an unknown outcome that left nothing, the create is tried again;
   * - `report`: a POST on an API that allows duplicates: an unknown outcome that left nothing is reported, and the next apply creates it.
   */
  readonly onLostAnswer: 'repeat' | 'retry' | 'report';
  /** Called after every emulator reset (seed what the scenarios assume). */
  seed?(em: TestEmulator): Promise<void> | void;
}

export const TERRAFORM_BLOCK = `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
provider "cloudbridge" {}
`;

// ---------------------------------------------------------------------------
// Workspaces

/** A workspace that is initialised once and reused: each scenario starts it with no state. */
export class Stage {
  private constructor(readonly ws: Workspace) {}

  static async open(em: TestEmulator, extraEnv: Record<string, string> = {}): Promise<Stage> {
    const ws = await Workspace.create({ files: { 'main.tf': TERRAFORM_BLOCK }, env: { ...emulatorEnv(em), ...extraEnv } });
    await ws.init();
    return new Stage(ws);
  }

  /** No state, this configuration. */
  fresh(resources: string): void {
    for (const f of ['terraform.tfstate', 'terraform.tfstate.backup', 'tfplan', '.terraform.tfstate.lock.info', 'imports.tf']) fs.rmSync(path.join(this.ws.dir, f), { force: true });
    this.configure(resources);
  }

  configure(resources: string): void {
    this.ws.write('main.tf', `${TERRAFORM_BLOCK}\n${resources}`);
  }

  apply(): Promise<TfResult> {
    return this.ws.tf(['apply', '-auto-approve', '-input=false', '-no-color', '-json']);
  }

  destroy(): Promise<TfResult> {
    return this.ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color', '-json']);
  }

  /** A plan with `-detailed-exitcode`: 0 when there is nothing to do, 2 with changes. */
  async plan(): Promise<{ code: number | null; actions: Record<string, string>; result: TfResult }> {
    const result = await this.ws.tf(['plan', '-input=false', '-no-color', '-json', '-detailed-exitcode']);
    return { code: result.code, actions: plannedActionsOf(result), result };
  }

  /** The managed resources in terraform.tfstate, by address. */
  stateAddresses(): string[] {
    const text = this.ws.stateFile();
    if (!text) return [];
    const state = JSON.parse(text) as { resources: { mode: string; type: string; name: string; instances: unknown[] }[] };
    return state.resources.filter((r) => r.mode === 'managed' && r.instances.length > 0).map((r) => `${r.type}.${r.name}`).sort();
  }

  /** Writes `import {}` blocks for these (address, id) pairs. */
  writeImports(imports: readonly { readonly address: string; readonly id: string }[]): void {
    this.ws.write('imports.tf', imports.map((i) => `import {\n  to = ${i.address}\n  id = ${JSON.stringify(i.id)}\n}\n`).join('\n'));
  }

  removeImports(): void {
    fs.rmSync(path.join(this.ws.dir, 'imports.tf'), { force: true });
  }

  cleanup(): Promise<void> {
    return this.ws.cleanup();
  }
}

/** Fails with terraform's output unless it exited with `code`. */
export function expectExit(r: TfResult, code: number): void {
  if (r.code !== code) throw new Error(`terraform exited ${r.code} (expected ${code}):\n${r.stdout.slice(-6000)}\n${r.stderr.slice(-4000)}`);
}

export function errors(r: TfResult): TfDiagnostic[] {
  return r.diagnostics.filter((d) => d.severity === 'error');
}

/** The import advice of an ownership error: the `import {}` block's id and the `terraform import` line, both naming the same id. */
export interface ImportAdvice {
  readonly summary: string;
  readonly address?: string;
  readonly id: string;
}

/** Reads the import advice out of an error, or fails saying what it lacks. */
export function importAdvice(d: TfDiagnostic): ImportAdvice {
  const detail = d.detail ?? '';
  const block = /import \{\s+to = <address>\s+id = ("(?:[^"\\]|\\.)*")\s+\}/.exec(detail);
  const cli = /terraform import <address> (\S+)/.exec(detail);
  if (!block || !cli) throw new Error(`the error gives no import block and terraform import line:\n${d.summary}\n${detail}`);
  const id = JSON.parse(block[1]!) as string;
  const cliId = cli[1]!.replace(/^'(.*)'$/, '$1');
  if (cliId !== id) throw new Error(`the import block names ${id} but terraform import names ${cliId}`);
  return { summary: d.summary, address: d.address, id };
}

// ---------------------------------------------------------------------------
// The emulator

/** Counts of the emulator's requests of one vendor, by `METHOD /route`. */
export type Counts = Record<string, number>;

export function counts(em: TestEmulator, vendor: Vendor): Counts {
  return { ...(em.requestCounts()[vendor] ?? {}) };
}

/** `after` minus `before`, zero entries left out. */
export function delta(before: Counts, after: Counts): Counts {
  const out: Counts = {};
  for (const [k, v] of Object.entries(after)) {
    const d = v - (before[k] ?? 0);
    if (d > 0) out[k] = d;
  }
  return out;
}

export function total(c: Counts): number {
  return Object.values(c).reduce((a, b) => a + b, 0);
}

export function routeKey(r: Route): string {
  return `${r.method} ${r.path}`;
}

export async function armedFaults(em: TestEmulator): Promise<unknown[]> {
  const res = await fetch(`${em.url}/_emulator/faults`);
  return (await res.json()) as unknown[];
}

export function fault(em: TestEmulator, vendor: Vendor, route: Route, spec: Omit<FaultSpec, 'vendor' | 'method' | 'path'>): void {
  em.addFault({ vendor, method: route.method, path: route.path, ...spec });
}

export async function waitUntil(what: string, check: () => boolean, timeoutMs: number, details: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${details()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---------------------------------------------------------------------------
// Killing terraform

/**
 * Live provider processes started from this workspace: processes whose program
 * (the first argument that is a file) resolves, from their working directory, to
 * an executable under the installed plugin dir. Linux /proc.
 */
export function providerProcesses(ws: Workspace): number[] {
  const pluginDir = fs.realpathSync(ensureInstalled().pluginDir);
  const out: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
      if (cwd !== ws.dir) continue;
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      for (const arg of args.slice(0, 3)) {
        const file = path.resolve(cwd, arg);
        if (!fs.existsSync(file)) continue;
        if (fs.realpathSync(file).startsWith(`${pluginDir}${path.sep}`)) {
          out.push(Number(pid));
          break;
        }
      }
    } catch {
      /* gone, or not ours to read */
    }
  }
  return out;
}

export interface Interrupted {
  readonly result: TfResult;
  /** Provider processes seen while terraform ran. */
  readonly providersSeen: number;
}

/**
 * Starts `terraform apply`, waits until `ready()` (the emulator has committed
 * what the scenario needs), then sends `signal` to terraform alone (not its
 * process group: the provider is left to notice). Resolves once terraform is
 * gone and no provider process of the workspace is left, or fails.
 */
export async function interruptApply(stage: Stage, ready: () => boolean, signal: 'SIGKILL' | 'SIGINT', what: string): Promise<Interrupted> {
  const child: ChildProcess = stage.ws.spawn(['apply', '-auto-approve', '-input=false', '-no-color', '-json']);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, sig) => resolve({ code, signal: sig })));
  try {
    await waitUntil(what, ready, 90_000, () => `${stdout.slice(-3000)}\n${stderr.slice(-3000)}`);
    const providersSeen = providerProcesses(stage.ws).length;
    child.kill(signal);
    const end = await closed;
    // The provider watches its parent: killed terraform, it exits within its 1 s poll; stopped, terraform shuts it down.
    await waitUntil('the provider processes to exit', () => providerProcesses(stage.ws).length === 0, 15_000, () => `left: ${providerProcesses(stage.ws).join(', ')}`);
    return { result: parseResult(end.code, end.signal, stdout, stderr), providersSeen };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await closed;
    }
  }
}

// ---------------------------------------------------------------------------
// Observations

/** One scenario's outcome, as docs/reliability.md shows it. */
export interface Observation {
  readonly vendor: Vendor;
  /** Stable id, also the order in the document. */
  readonly id: string;
  readonly scenario: string;
  readonly expected: string;
  /** What happened: only figures that are the same on every run. */
  readonly observed: string;
  /** Requests the vendor's API answered during the scenario. */
  readonly calls: number;
  /** The vendor's objects at the end: `n of n configured` or similar. */
  readonly objects: string;
  /** Wall time of the scenario's terraform runs (not stable; left out of the staleness check). */
  readonly durationMs: number;
}

/** Times a scenario and counts its calls. */
export class Meter {
  private readonly started = Date.now();
  private readonly before: Counts;
  constructor(
    private readonly em: TestEmulator,
    private readonly vendor: Vendor,
  ) {
    this.before = counts(em, vendor);
  }

  calls(): Counts {
    return delta(this.before, counts(this.em, this.vendor));
  }

  elapsedMs(): number {
    return Date.now() - this.started;
  }
}

/** `2 creates, 1 repeated` style phrases: `n` and the noun, plural when needed. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
