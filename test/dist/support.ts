/**
 * Helpers for the distribution tests: terraform in a clean environment of
 * the test's own (no user CLI config, cache or credentials), a plain HCL
 * configuration with a resource that needs no vendor, and lock file reading.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Plain HCL: one cloudbridge resource that calls no API, and its value as an output. */
export const EXTERNAL_ID_CONFIG = `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}

resource "cloudbridge_external_id" "vendor" {
  length = 24
}

output "external_id" {
  value = cloudbridge_external_id.vendor.result
}
`;

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The absolute path of terraform on PATH; a clear failure when it is missing. */
export function terraformPath(): string {
  const r = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' });
  const found = r.stdout.trim();
  if (r.status !== 0 || !found) throw new Error('terraform is not on PATH: the distribution tests need Terraform 1.11+ (https://developer.hashicorp.com/terraform/install).');
  return found;
}

/** The environment terraform runs with here: PATH and a private HOME, cache and socket folder, nothing of the user's. */
export function cleanEnv(dir: string, cliConfigFile: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const home = path.join(dir, 'home');
  fs.mkdirSync(home, { recursive: true });
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_CACHE_HOME: path.join(home, '.cache'),
    TMPDIR: os.tmpdir(),
    TF_CLI_CONFIG_FILE: cliConfigFile,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    ...extra,
  };
}

/** Runs `command args` with exactly `env` (nothing inherited). */
export function run(command: string, args: readonly string[], opts: { cwd: string; env: Readonly<Record<string, string>>; timeoutMs?: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: opts.cwd, env: { ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** `terraform args` in cwd; the result carries stdout and stderr for failure messages. */
export function terraform(cwd: string, env: Readonly<Record<string, string>>, args: readonly string[]): Promise<Run> {
  return run(terraformPath(), [...args, ...(args[0] === 'init' || args[0] === 'apply' || args[0] === 'plan' ? ['-no-color'] : [])], { cwd, env });
}

/** Fails with terraform's own words when it did not exit 0. */
export function expectOk(r: Run, what: string): void {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}:\n${r.stderr}\n${r.stdout}`);
}

/** The hashes .terraform.lock.hcl records for cloudbridge/cloudbridge. */
export function lockedHashes(workdir: string): string[] {
  const lock = fs.readFileSync(path.join(workdir, '.terraform.lock.hcl'), 'utf8');
  const block = /provider "registry\.terraform\.io\/cloudbridge\/cloudbridge" \{([\s\S]*?)\n\}/.exec(lock);
  if (!block) throw new Error(`no cloudbridge entry in the lock file:\n${lock}`);
  const hashes = /hashes = \[([\s\S]*?)\]/.exec(block[1]!);
  return hashes ? [...hashes[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [];
}

/** A new folder holding the plain HCL configuration. */
export function workdir(parent: string, name: string, config = EXTERNAL_ID_CONFIG): string {
  const dir = path.join(parent, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'main.tf'), config);
  return dir;
}

/** A CLI configuration file with one provider_installation body. */
export function writeCliConfig(file: string, body: string): string {
  fs.writeFileSync(file, `provider_installation {\n${body}\n}\n`);
  return file;
}

/** init, apply, then a plan that must be clean; returns the external id output. */
export async function initApplyPlan(dir: string, env: Readonly<Record<string, string>>): Promise<string> {
  expectOk(await terraform(dir, env, ['init', '-input=false']), 'terraform init');
  expectOk(await terraform(dir, env, ['apply', '-auto-approve', '-input=false']), 'terraform apply');
  const plan = await terraform(dir, env, ['plan', '-detailed-exitcode', '-input=false']);
  if (plan.code !== 0) throw new Error(`the plan after apply is not clean (exit ${plan.code}):\n${plan.stdout}\n${plan.stderr}`);
  const out = await terraform(dir, env, ['output', '-raw', 'external_id']);
  expectOk(out, 'terraform output');
  return out.stdout;
}
